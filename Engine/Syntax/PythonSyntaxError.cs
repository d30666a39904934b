namespace RuleSandbox.Engine.Syntax;

/// <summary>
/// A SyntaxError, IndentationError or TabError found while tokenizing or parsing, located as
/// CPython locates it. Thrown by <see cref="PythonParser"/>; never any other exception type.
/// </summary>
public sealed class PythonSyntaxError : Exception
{
    public PythonSyntaxError(string errorType, string message, string filename, int line, int offset, int endLine, int endOffset, string? text)
        : base(message)
    {
        ErrorType = errorType;
        Filename = filename;
        Line = line;
        Offset = offset;
        EndLine = endLine;
        EndOffset = endOffset;
        Text = text;
    }

    /// <summary><c>SyntaxError</c>, <c>IndentationError</c> or <c>TabError</c>.</summary>
    public string ErrorType { get; }

    /// <summary>The file name given to the parser.</summary>
    public string Filename { get; }

    /// <summary>1-based line (CPython's <c>lineno</c>).</summary>
    public int Line { get; }

    /// <summary>1-based column in characters (CPython's <c>offset</c>).</summary>
    public int Offset { get; }

    /// <summary>CPython's <c>end_lineno</c>.</summary>
    public int EndLine { get; }

    /// <summary>CPython's <c>end_offset</c>.</summary>
    public int EndOffset { get; }

    /// <summary>The offending source line, when there is one.</summary>
    public string? Text { get; }

    /// <summary>Raised by the tokenizer itself (such errors win over parser errors, as in CPython).</summary>
    internal bool FromTokenizer { get; init; }

    /// <summary>For "'(' was never closed": the line of the open bracket.</summary>
    internal int UnclosedBracketLine { get; init; }

    /// <summary>The compiler-style line: <c>FILE:LINE:COL: TYPE: MESSAGE</c>.</summary>
    public string ToCompilerString() => $"{Filename}:{Line}:{Offset}: {ErrorType}: {Message}";
}
