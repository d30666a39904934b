using System.Text.Json.Nodes;
using RuleSandbox.Policies.Analysis;

namespace RuleSandbox;

/// <summary>The outcome of one rule execution.</summary>
public sealed class RuleResult
{
    internal RuleResult(Verdict verdict) => Verdict = verdict;

    public Verdict Verdict { get; }

    /// <summary>The rule's result as JSON-compatible data (null unless <see cref="Verdict.Ok"/>).</summary>
    public JsonNode? Value { get; init; }

    /// <summary><see cref="Value"/> as JSON text ("null" when there is none).</summary>
    public string ValueJson { get; init; } = "null";

    /// <summary>What the rule printed.</summary>
    public string Stdout { get; init; } = "";

    /// <summary>The rule's exception, for <see cref="Verdict.Error"/>.</summary>
    public RuleError? Error { get; init; }

    /// <summary>Policy findings (all of them, warnings included).</summary>
    public IReadOnlyList<Finding> Findings { get; init; } = Array.Empty<Finding>();

    /// <summary>For <see cref="Verdict.Limit"/>: fuel, memory, output, recursion or time.</summary>
    public string? Limit { get; init; }

    /// <summary>A sentence for the verdicts that are not the rule's own doing (timeout, crashed, invalid, overloaded, limit).</summary>
    public string? Message { get; init; }

    public RuleMetrics Metrics { get; init; } = new(0, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero, null, 0);
}
