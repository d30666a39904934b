namespace RuleSandbox.Policies;

/// <summary>
/// A per-execution request tried to loosen a limit that the policy sets. A single execution may
/// only tighten the policy (the policy author's word is the ceiling), so this is refused instead
/// of being silently clamped: a clamped limit would make a test pass for the wrong reason.
/// </summary>
public sealed class PolicyLimitException : Exception
{
    /// <summary>Creates the exception for one limit.</summary>
    public PolicyLimitException(string limit, long requested, long policyValue)
        : base($"per-case limit {limit}={requested} is looser than the policy's {limit}={policyValue}; a case may only tighten limits")
    {
        Limit = limit;
        Requested = requested;
        PolicyValue = policyValue;
    }

    /// <summary>The limit's JSON name (<c>fuel</c>, <c>wallMs</c>...).</summary>
    public string Limit { get; }

    /// <summary>The value asked for.</summary>
    public long Requested { get; }

    /// <summary>The policy's ceiling.</summary>
    public long PolicyValue { get; }
}
