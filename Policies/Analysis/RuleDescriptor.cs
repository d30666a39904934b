namespace RuleSandbox.Policies.Analysis;

/// <summary>A documented analyzer rule.</summary>
/// <param name="Id">Stable id (<c>RS101</c>); never reused for a different meaning.</param>
/// <param name="Name">Short PascalCase name, as SARIF wants it.</param>
/// <param name="Description">One sentence on what the rule reports.</param>
/// <param name="Severity">The severity of its findings.</param>
public sealed record RuleDescriptor(string Id, string Name, string Description, FindingSeverity Severity);
