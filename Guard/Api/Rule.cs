using RuleSandbox.Engine.Syntax;
using RuleSandbox.Policies.Analysis;

namespace RuleSandbox;

/// <summary>
/// A rule checked against the sandbox's policy and ready to run. Immutable and safe to share:
/// run it as often and from as many threads as you like.
/// </summary>
public sealed class Rule
{
    internal Rule(Sandbox sandbox, string name, string source, string hash, IReadOnlyList<Finding> findings, bool blocked, PythonSyntaxError? syntaxError, object? compiled)
    {
        Sandbox = sandbox;
        Name = name;
        Source = source;
        Hash = hash;
        Findings = findings;
        IsBlocked = blocked;
        SyntaxError = syntaxError;
        Compiled = compiled;
    }

    internal Sandbox Sandbox { get; }

    /// <summary>The file name used in messages and tracebacks.</summary>
    public string Name { get; }

    public string Source { get; }

    /// <summary>SHA-256 of the source (hex): the key guards cache the compiled rule under.</summary>
    public string Hash { get; }

    /// <summary>What the policy check found (an empty list for a clean rule).</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>True when a finding is an error: running the rule answers <see cref="Verdict.Blocked"/>.</summary>
    public bool IsBlocked { get; }

    /// <summary>The syntax error, if the source does not parse: running it answers <see cref="Verdict.Error"/>.</summary>
    public PythonSyntaxError? SyntaxError { get; }

    internal object? Compiled { get; }

    /// <summary>Runs the rule with the top-level keys of <paramref name="inputJson"/> (a JSON object) as its globals.</summary>
    public Task<RuleResult> RunAsync(string inputJson, RunLimits? limits = null, CancellationToken cancellationToken = default)
        => Sandbox.RunAsync(this, inputJson, limits, cancellationToken);

    /// <summary>Runs the rule with <paramref name="input"/> serialized to JSON (it must serialize to an object).</summary>
    public Task<RuleResult> RunAsync(object? input, RunLimits? limits = null, CancellationToken cancellationToken = default)
        => Sandbox.RunAsync(this, System.Text.Json.JsonSerializer.Serialize(input), limits, cancellationToken);
}
