namespace RuleSandbox;

/// <summary>Where rules run.</summary>
public enum ExecutionMode
{
    /// <summary>In pooled guard child processes under OS limits (the default; all three walls).</summary>
    Isolated,
    /// <summary>In the caller's process (policy and language walls only): fastest, for trusted code and tests.</summary>
    InProcess,
}
