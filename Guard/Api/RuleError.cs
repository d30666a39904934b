namespace RuleSandbox;

/// <summary>A rule's uncaught Python exception, with CPython's traceback text.</summary>
public sealed record RuleError(string Type, string Message, string Traceback);
