namespace RuleSandbox.Engine.Syntax;

/// <summary>
/// Where a node or token stands in the source: 1-based lines, 0-based columns counted in UTF-16
/// code units of the line (CPython counts UTF-8 bytes; the two agree on ASCII source, and error
/// messages convert to CPython's 1-based character offsets).
/// </summary>
public readonly record struct SourceSpan(int Line, int Column, int EndLine, int EndColumn)
{
    /// <summary>A span from the start of <paramref name="start"/> to the end of <paramref name="end"/>.</summary>
    public static SourceSpan Join(SourceSpan start, SourceSpan end) => new(start.Line, start.Column, end.EndLine, end.EndColumn);

    /// <inheritdoc />
    public override string ToString() => $"{Line}:{Column}-{EndLine}:{EndColumn}";
}
