namespace RuleSandbox.Policies.Analysis;

/// <summary>How serious a finding is. Any <see cref="Error"/> blocks the rule.</summary>
public enum FindingSeverity
{
    /// <summary>Worth knowing; does not block.</summary>
    Warning,

    /// <summary>Breaks the policy; the rule is blocked.</summary>
    Error,
}
