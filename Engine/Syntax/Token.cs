namespace RuleSandbox.Engine.Syntax;

/// <summary>
/// One token. Positions are absolute character offsets into the source (so the parser can slice
/// the exact text, as f-string <c>=</c> needs) plus 1-based line and 0-based column for both ends.
/// </summary>
public readonly record struct Token(
    TokenKind Kind,
    Keyword Keyword,
    int Start,
    int End,
    int Line,
    int Column,
    int EndLine,
    int EndColumn)
{
    /// <summary>The token's start and end as a span.</summary>
    public SourceSpan Span => new(Line, Column, EndLine, EndColumn);
}
