using RuleSandbox.Engine.Runtime;

namespace RuleSandbox.Engine.Hosting;

/// <summary>The outcome of one run of a <see cref="CompiledProgram"/>.</summary>
public sealed class ExecutionResult
{
    /// <summary>How it ended.</summary>
    public required Verdict Verdict { get; init; }

    /// <summary>
    /// The result as JSON-compatible .NET values (null, bool, long, BigInteger, double, string,
    /// <c>List&lt;object?&gt;</c>, <c>Dictionary&lt;string, object?&gt;</c>); null unless <see cref="Verdict.Ok"/>.
    /// </summary>
    public object? Value { get; init; }

    /// <summary>Everything the program printed (empty when the output went to a caller-supplied writer).</summary>
    public string Stdout { get; init; } = "";

    /// <summary>The unhandled exception, for <see cref="Verdict.Error"/>.</summary>
    public PythonError? Error { get; init; }

    /// <summary>Which limit ended the run, for <see cref="Verdict.Limit"/> and <see cref="Verdict.Timeout"/>.</summary>
    public LimitKind? Limit { get; init; }

    /// <summary>A one-line description of the limit or of the invalid request.</summary>
    public string? Message { get; init; }

    /// <summary>Consumption figures.</summary>
    public required ExecutionMetrics Metrics { get; init; }
}
