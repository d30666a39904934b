namespace RuleSandbox.Engine.Hosting;

/// <summary>How an execution ended (the in-process subset of the verdicts in DESIGN.md).</summary>
public enum Verdict
{
    /// <summary>The program ran to completion.</summary>
    Ok,
    /// <summary>The program raised an exception (see <see cref="ExecutionResult.Error"/>).</summary>
    Error,
    /// <summary>A resource limit ended it (see <see cref="ExecutionResult.Limit"/>).</summary>
    Limit,
    /// <summary>The wall-clock deadline passed.</summary>
    Timeout,
    /// <summary>The request was unusable: bad input JSON, unknown entry point, a value that cannot cross.</summary>
    Invalid,
}
