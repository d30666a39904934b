namespace RuleSandbox;

/// <summary>How an execution ended (DESIGN.md "Verdicts").</summary>
public enum Verdict
{
    /// <summary>The rule ran to the end; <see cref="RuleResult.Value"/> holds its result.</summary>
    Ok,
    /// <summary>The rule raised (or did not compile): <see cref="RuleResult.Error"/> has the traceback.</summary>
    Error,
    /// <summary>The policy check refused the rule: <see cref="RuleResult.Findings"/> says why.</summary>
    Blocked,
    /// <summary>The rule overran its wall-clock deadline.</summary>
    Timeout,
    /// <summary>A resource limit ended the rule: <see cref="RuleResult.Limit"/> names it.</summary>
    Limit,
    /// <summary>The guard process running the rule died (<see cref="RuleResult.Message"/> has the signal or exit status).</summary>
    Crashed,
    /// <summary>The request itself was bad (unreadable input, limits looser than the policy allows).</summary>
    Invalid,
    /// <summary>The queue was full: the request was refused at once and may be retried.</summary>
    Overloaded,
}
