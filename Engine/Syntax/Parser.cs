using System.Runtime.CompilerServices;
using RuleSandbox.Engine.Syntax.Ast;
using Attribute = RuleSandbox.Engine.Syntax.Ast.Attribute;
using Tuple = RuleSandbox.Engine.Syntax.Ast.Tuple;

namespace RuleSandbox.Engine.Syntax;

/// <summary>
/// A hand-written recursive-descent parser for Python 3.12 that builds exactly the tree CPython's
/// PEG parser builds (python.gram is the reference, rule for rule).
/// </summary>
/// <remarks>
/// <para>Tokens are pulled lazily from the <see cref="Tokenizer"/> into a buffer, so the parser
/// can look ahead and, in the three places the grammar needs it (the soft keyword <c>match</c>,
/// parenthesised <c>with</c> items, and a few error messages), go back.</para>
/// <para>Assignment targets are parsed as expressions and then turned into Store/Del targets, which
/// is also where "cannot assign to ..." errors come from, as in CPython's invalid_* rules.</para>
/// <para>Recursion is bounded twice: a depth counter gives CPython's "too many nested ..." style
/// errors long before the .NET stack could be at risk, and <see cref="RuntimeHelpers"/> checks the
/// stack itself on threads with small stacks. The parser therefore never overflows the stack: every
/// failure is a <see cref="PythonSyntaxError"/>.</para>
/// </remarks>
internal sealed partial class Parser
{
    /// <summary>
    /// The deepest syntax tree we build. CPython compiles trees about 2,500 deep and fails beyond;
    /// real code stays under 40 (the deepest file of CPython's standard library is 33), so 1,000
    /// leaves every later recursive pass (checks, compiler, dump, analyzer) far from the stack's end.
    /// </summary>
    internal const int MaxDepth = 1000;

    private readonly Tokenizer _tok;
    private readonly string _src;
    private readonly List<Token> _tokens = new(256);
    private int _p;
    private Token _prev;
    private int _depth;
    private int _funcDepth;
    private readonly HashSet<Node> _parenthesized = new(ReferenceEqualityComparer.Instance);

    public Parser(string source, string filename)
    {
        _tok = new Tokenizer(source, filename);
        _src = source;
    }

    public string Filename => _tok.Filename;

    // ------------------------------------------------------------------ token access

    private Token Peek(int k = 0)
    {
        while (_tokens.Count <= _p + k)
        {
            if (_tokens.Count > 0 && _tokens[^1].Kind == TokenKind.EndMarker) return _tokens[^1];
            _tokens.Add(_tok.Next());
        }
        return _tokens[_p + k];
    }

    private TokenKind PeekKind => Peek().Kind;

    private Token Advance()
    {
        var t = Peek();
        if (t.Kind != TokenKind.EndMarker) _p++;
        _prev = t;
        return t;
    }

    private bool At(TokenKind kind) => Peek().Kind == kind;

    private bool AtKeyword(Keyword kw) => Peek().Keyword == kw && Peek().Kind == TokenKind.Name;

    private bool AtSoft(string word, int k = 0)
    {
        var t = Peek(k);
        return t.Kind == TokenKind.Name && t.Keyword == Keyword.None && t.End - t.Start == word.Length
               && string.CompareOrdinal(_src, t.Start, word, 0, word.Length) == 0;
    }

    private bool Accept(TokenKind kind)
    {
        if (Peek().Kind != kind) return false;
        Advance();
        return true;
    }

    private bool AcceptKeyword(Keyword kw)
    {
        if (!AtKeyword(kw)) return false;
        Advance();
        return true;
    }

    private Token Expect(TokenKind kind)
    {
        if (Peek().Kind == kind) return Advance();
        throw ExpectedError(kind);
    }

    private void ExpectKeyword(Keyword kw)
    {
        if (!AcceptKeyword(kw)) throw InvalidSyntax();
    }

    private string Text(Token t) => _src.Substring(t.Start, t.End - t.Start);

    private string NameText(Token t)
    {
        string s = Text(t);
        // Identifiers are NFKC-normalised (PEP 3131); ASCII ones are already.
        foreach (char c in s)
        {
            if (c >= 0x80) return s.Normalize(System.Text.NormalizationForm.FormKC);
        }
        return s;
    }

    private Token ExpectName()
    {
        var t = Peek();
        if (t.Kind == TokenKind.Name && t.Keyword == Keyword.None) return Advance();
        throw InvalidSyntax();
    }

    // ------------------------------------------------------------------ spans

    private SourceSpan SpanFrom(Token start) => new(start.Line, start.Column, _prev.EndLine, _prev.EndColumn);

    private SourceSpan SpanFrom(Node start) => new(start.Span.Line, start.Span.Column, _prev.EndLine, _prev.EndColumn);

    private static SourceSpan SpanOf(Token t) => new(t.Line, t.Column, t.EndLine, t.EndColumn);

    // ------------------------------------------------------------------ recursion guard

    private void Enter()
    {
        if (++_depth > MaxDepth || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            var t = Peek();
            throw _tok.Error("too many nested expressions or statements: Python source too complex to parse", t.Line, t.Column + 1);
        }
    }

    private void Leave() => _depth--;

    /// <summary>
    /// Loops that build left-nested trees (a+b+c, f()()(), a.b.c) deepen the tree without
    /// recursing; they count their length against the same bound.
    /// </summary>
    private void CheckChain(int length)
    {
        if (_depth + length > MaxDepth)
        {
            var t = Peek();
            throw _tok.Error("too many nested expressions or statements: Python source too complex to parse", t.Line, t.Column + 1);
        }
    }

    // ------------------------------------------------------------------ errors

    private PythonSyntaxError InvalidSyntax() => ErrorAt(Peek(), "invalid syntax");

    private PythonSyntaxError ErrorAt(Token t, string message, string type = "SyntaxError")
    {
        if (t.Kind == TokenKind.EndMarker || (t.Kind == TokenKind.Newline && t.Start == t.End && t.Start >= _src.Length))
        {
            // At the end of input CPython points just past the last line.
            return _tok.Error(message, t.Line, t.Column + 1, type: type);
        }
        if (t.Kind == TokenKind.Dedent || t.Kind == TokenKind.Indent)
            return _tok.Error(message, t.Line, t.EndColumn, type: type);
        return _tok.Error(message, t.Line, t.Column + 1, t.EndLine, t.EndColumn + 1, type);
    }

    private PythonSyntaxError ErrorAt(Node n, string message)
        => _tok.Error(message, n.Span.Line, n.Span.Column + 1, n.Span.EndLine, n.Span.EndColumn + 1);

    private PythonSyntaxError ErrorRange(Node start, Node end, string message)
        => _tok.Error(message, start.Span.Line, start.Span.Column + 1, end.Span.EndLine, end.Span.EndColumn + 1);

    private PythonSyntaxError ExpectedError(TokenKind kind)
    {
        var t = Peek();
        if (t.Kind == TokenKind.Indent) return ErrorAt(t, "unexpected indent", "IndentationError");
        return kind switch
        {
            TokenKind.Colon => ErrorAt(_prev.Kind == TokenKind.EndMarker ? t : t, "expected ':'"),
            _ => InvalidSyntax(),
        };
    }

    // ------------------------------------------------------------------ entry

    public Module ParseModule()
    {
        try
        {
            return ParseModuleCore();
        }
        catch (PythonSyntaxError error) when (!error.FromTokenizer && error.ErrorType == "SyntaxError" && !_tok.Finished)
        {
            // CPython tokenizes the rest of the file after a parser error, and an error the
            // tokenizer finds there wins (an unclosed bracket only if it opened on an earlier line).
            if (LaterTokenizerError(error) is { } tokenError) throw tokenError;
            throw;
        }
    }

    private PythonSyntaxError? LaterTokenizerError(PythonSyntaxError error)
    {
        try
        {
            while (!_tok.Finished) _tok.Next();
            return null;
        }
        catch (PythonSyntaxError tokenError)
        {
            if (tokenError.UnclosedBracketLine > 0)
                return tokenError.UnclosedBracketLine < error.Line ? tokenError : null;
            return _tok.InFString ? null : tokenError;
        }
    }

    private Module ParseModuleCore()
    {
        var body = new List<Stmt>();
        while (true)
        {
            var t = Peek();
            if (t.Kind == TokenKind.EndMarker) break;
            if (t.Kind == TokenKind.Newline) { Advance(); continue; }
            if (t.Kind == TokenKind.Indent) throw ErrorAt(t, "unexpected indent", "IndentationError");
            ParseStatement(body);
        }
        var module = new Module(body, Array.Empty<TypeIgnoreBase>());
        new EarlyErrors(_tok).Check(module);
        return module;
    }
}
