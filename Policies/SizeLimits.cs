namespace RuleSandbox.Policies;

/// <summary>Static size limits checked by the analyzer before anything runs.</summary>
/// <param name="SourceBytes">Largest source file, in UTF-8 bytes.</param>
/// <param name="AstNodes">Most syntax tree nodes.</param>
/// <param name="NestingDepth">Deepest nesting of syntax tree nodes.</param>
/// <param name="LiteralLength">Longest str or bytes literal, in characters or bytes.</param>
/// <param name="IntDigits">Most decimal digits in an int literal.</param>
public sealed record SizeLimits(long SourceBytes, long AstNodes, long NestingDepth, long LiteralLength, long IntDigits);
