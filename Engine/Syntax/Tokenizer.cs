using System.Globalization;
using System.Text;

namespace RuleSandbox.Engine.Syntax;

/// <summary>
/// Python 3.12's tokenizer, pulled one token at a time by the parser.
/// </summary>
/// <remarks>
/// It follows CPython's Parser/tokenizer.c in what it produces and in the errors it raises:
/// INDENT/DEDENT from an indentation stack measured twice (tabs to multiples of 8, and tabs as one
/// column) so that ambiguous mixes of tabs and spaces are a TabError; newlines inside brackets and
/// after a backslash are not tokens; blank and comment-only lines are skipped. Since 3.12 an
/// f-string is not one token but FSTRING_START, literal FSTRING_MIDDLE pieces, the tokens of each
/// replacement field, and FSTRING_END; a small mode stack tracks which part of which (possibly
/// nested) f-string the scanner is in. The scanner is lazy so that, as in CPython, an error late in
/// a file is reported only if the parser gets that far.
/// </remarks>
public sealed class Tokenizer
{
    private const int MaxIndentLevels = 100;
    private const int MaxBracketDepth = 200;

    private readonly string _src;
    private readonly string _filename;
    private int _pos;
    private int _line = 1;
    private int _lineStart;

    private readonly List<int> _indents = new() { 0 };
    private readonly List<int> _altIndents = new() { 0 };
    private int _pendingDedents;
    private bool _atLineStart = true;
    private bool _emittedEnd;
    private bool _lastWasNewline = true;

    private readonly List<(char Ch, int Line, int Col)> _brackets = new();
    private readonly List<FMode> _modes = new();

    private enum FState { Literal, Expr, Spec }

    private sealed class FMode
    {
        public FState State;
        public char Quote;
        public bool Triple;
        public bool Raw;
        public int Line;
        public int Col;
        /// <summary>Bracket depth outside the current replacement field's '{'.</summary>
        public int ExprDepth;
        /// <summary>The format spec's enclosing field depth when a nested field is open inside a spec.</summary>
        public readonly Stack<int> SpecDepths = new();
        public bool SpecAfterField;
        public bool EmittedDoubleBracePiece;
    }

    public Tokenizer(string source, string filename)
    {
        _src = source ?? throw new ArgumentNullException(nameof(source));
        _filename = filename;
        if (_src.Length > 0 && _src[0] == '\uFEFF') _pos = 1;
        _lineStart = 0;
    }

    /// <summary>The source text being tokenized.</summary>
    public string Source => _src;

    /// <summary>The file name errors carry.</summary>
    public string Filename => _filename;

    /// <summary>True when the scanner is inside an f-string replacement field's expression.</summary>
    private bool InFStringExpr => _modes.Count > 0 && _modes[^1].State == FState.Expr;

    /// <summary>The next token. After ENDMARKER it keeps returning ENDMARKER.</summary>
    public Token Next()
    {
        if (_pendingDedents > 0)
        {
            _pendingDedents--;
            return Make(TokenKind.Dedent, _pos, _pos);
        }
        if (_modes.Count > 0 && _modes[^1].State != FState.Expr)
            return ScanFStringLiteral(_modes[^1]);

        if (_atLineStart && _brackets.Count == 0 && _modes.Count == 0)
        {
            var t = ScanIndentation();
            if (t is { } tok) return tok;
        }

        while (true)
        {
            SkipSpacesAndComments();
            if (_pos >= _src.Length)
                return AtEnd();
            char c = _src[_pos];
            if (c == '\n' || c == '\r')
            {
                int start = _pos, nlLine = _line, nlCol = _pos - _lineStart;
                ConsumeNewline();
                if (_brackets.Count > 0 || _modes.Count > 0)
                {
                    // Inside brackets, and (PEP 701) inside any f-string's replacement field, a
                    // newline is not a token.
                    continue;
                }
                _atLineStart = true;
                if (_lastWasNewline) continue; // should not happen: blank lines are skipped by ScanIndentation
                _lastWasNewline = true;
                return MakeAt(TokenKind.Newline, start, start + 1, nlLine, nlCol, nlLine, nlCol + 1);
            }
            if (c == '\\')
            {
                int bs = _pos;
                _pos++;
                if (_pos < _src.Length && (_src[_pos] == '\n' || _src[_pos] == '\r'))
                {
                    ConsumeNewline();
                    if (_pos >= _src.Length)
                        throw TokError("unexpected EOF while parsing", _line, _pos - _lineStart + 1);
                    continue;
                }
                if (_pos >= _src.Length)
                    throw TokError("unexpected EOF while parsing", _line, _pos - _lineStart + 1);
                throw TokError("unexpected character after line continuation character", _line, bs - _lineStart + 2);
            }
            _lastWasNewline = false;
            return ScanToken();
        }
    }

    private Token AtEnd()
    {
        if (_brackets.Count > 0)
        {
            var (ch, line, col) = _brackets[^1];
            if (_modes.Count > 0)
            {
                var m = _modes[^1];
                throw TokError(m.Triple ? "unterminated triple-quoted f-string literal (detected at line " + EofLine + ")" : "unterminated f-string literal (detected at line " + EofLine + ")", m.Line, m.Col + 1);
            }
            var unclosed = TokError($"'{ch}' was never closed", line, col + 1);
            throw new PythonSyntaxError(unclosed.ErrorType, unclosed.Message, unclosed.Filename, unclosed.Line, unclosed.Offset, unclosed.EndLine, unclosed.EndOffset, unclosed.Text) { FromTokenizer = true, UnclosedBracketLine = line };
        }
        if (!_lastWasNewline)
        {
            _lastWasNewline = true;
            return MakeAt(TokenKind.Newline, _pos, _pos, _line, _pos - _lineStart, _line, _pos - _lineStart + 1);
        }
        if (_indents.Count > 1)
        {
            _indents.RemoveAt(_indents.Count - 1);
            _altIndents.RemoveAt(_altIndents.Count - 1);
            return Make(TokenKind.Dedent, _pos, _pos);
        }
        _emittedEnd = true;
        return Make(TokenKind.EndMarker, _pos, _pos);
    }

    /// <summary>True once ENDMARKER has been produced.</summary>
    public bool Finished => _emittedEnd;

    private void ConsumeNewline()
    {
        if (_src[_pos] == '\r' && _pos + 1 < _src.Length && _src[_pos + 1] == '\n') _pos += 2;
        else _pos++;
        _line++;
        _lineStart = _pos;
    }

    private void SkipSpacesAndComments()
    {
        while (_pos < _src.Length)
        {
            char c = _src[_pos];
            if (c == ' ' || c == '\t' || c == '\f') { _pos++; continue; }
            if (c == '#')
            {
                while (_pos < _src.Length && _src[_pos] != '\n' && _src[_pos] != '\r') _pos++;
                continue;
            }
            break;
        }
    }

    /// <summary>Measures a new logical line's indentation; returns INDENT/DEDENT or null.</summary>
    private Token? ScanIndentation()
    {
        while (true)
        {
            int col = 0, alt = 0;
            int p = _pos;
            while (p < _src.Length)
            {
                char c = _src[p];
                if (c == ' ') { col++; alt++; }
                else if (c == '\t') { col = (col / 8 + 1) * 8; alt++; }
                else if (c == '\f') { col = alt = 0; }
                else break;
                p++;
            }
            // Blank line, comment-only line, or a backslash-continued blank: no indentation change.
            if (p >= _src.Length)
            {
                _pos = p;
                _atLineStart = false;
                return null;
            }
            char ch = _src[p];
            if (ch == '#' || ch == '\n' || ch == '\r')
            {
                _pos = p;
                SkipSpacesAndComments();
                if (_pos >= _src.Length) { _atLineStart = false; return null; }
                ConsumeNewline();
                continue;
            }
            if (ch == '\\' && p + 1 < _src.Length && (_src[p + 1] == '\n' || _src[p + 1] == '\r'))
            {
                // CPython treats a line that starts with a continuation as indented as measured.
            }
            _pos = p;
            _atLineStart = false;
            int top = _indents[^1], altTop = _altIndents[^1];
            if (col == top)
            {
                if (alt != altTop) throw TabError();
                return null;
            }
            if (col > top)
            {
                if (_indents.Count >= MaxIndentLevels)
                    throw TokError("too many levels of indentation", _line, 1, type: "IndentationError");
                if (alt <= altTop) throw TabError();
                _indents.Add(col);
                _altIndents.Add(alt);
                return MakeAt(TokenKind.Indent, _lineStart, _pos, _line, 0, _line, _pos - _lineStart);
            }
            int dedents = 0;
            while (_indents.Count > 1 && col < _indents[^1])
            {
                _indents.RemoveAt(_indents.Count - 1);
                _altIndents.RemoveAt(_altIndents.Count - 1);
                dedents++;
            }
            if (col != _indents[^1])
                throw TokError("unindent does not match any outer indentation level", _line, LineText(_line).Length + 1, type: "IndentationError");
            if (alt != _altIndents[^1]) throw TabError();
            _pendingDedents = dedents - 1;
            return Make(TokenKind.Dedent, _pos, _pos);
        }
    }

    private PythonSyntaxError TabError()
        => TokError("inconsistent use of tabs and spaces in indentation", _line, 1, type: "TabError");

    private Token ScanToken()
    {
        int start = _pos;
        char c = _src[_pos];

        if (IsAsciiLetter(c) || c == '_' || c >= 0x80)
        {
            // String prefixes: a short run of prefix letters directly before a quote.
            int q = _pos;
            while (q < _src.Length && q - _pos < 3 && IsPrefixLetter(_src[q])) q++;
            if (q < _src.Length && (_src[q] == '\'' || _src[q] == '"') && q > _pos && IsValidPrefix(_src.AsSpan(_pos, q - _pos)))
            {
                string prefix = _src.Substring(_pos, q - _pos).ToLowerInvariant();
                if (prefix.Contains('f')) return StartFString(start, q, prefix.Contains('r'));
                return ScanString(start, q);
            }
            return ScanName(start);
        }
        if (c >= '0' && c <= '9' || (c == '.' && _pos + 1 < _src.Length && _src[_pos + 1] >= '0' && _src[_pos + 1] <= '9'))
            return ScanNumber(start);
        if (c == '\'' || c == '"')
            return ScanString(start, _pos);
        return ScanOperator(start);
    }

    private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    private static bool IsPrefixLetter(char c) => c is 'r' or 'R' or 'b' or 'B' or 'u' or 'U' or 'f' or 'F';

    private static bool IsValidPrefix(ReadOnlySpan<char> p)
    {
        Span<char> lower = stackalloc char[p.Length];
        for (int i = 0; i < p.Length; i++) lower[i] = char.ToLowerInvariant(p[i]);
        return lower switch
        {
            "r" or "u" or "b" or "f" or "br" or "rb" or "fr" or "rf" => true,
            _ => false,
        };
    }

    // ---------------------------------------------------------------- names

    private Token ScanName(int start)
    {
        bool ascii = true;
        while (_pos < _src.Length)
        {
            char c = _src[_pos];
            if (IsAsciiLetter(c) || c == '_' || (c >= '0' && c <= '9')) { _pos++; continue; }
            if (c >= 0x80) { ascii = false; _pos++; continue; }
            break;
        }
        if (!ascii) VerifyIdentifier(start, _pos);
        var kw = ascii ? KeywordOf(_src.AsSpan(start, _pos - start)) : Keyword.None;
        return new Token(TokenKind.Name, kw, start, _pos, _line, start - _lineStart, _line, _pos - _lineStart);
    }

    private void VerifyIdentifier(int start, int end)
    {
        for (int k = start; k < end; k++)
        {
            if (Utf8Errors.IsEscapedByte(_src, k))
                throw TokError("(unicode error) " + Utf8Errors.Describe(_src[start..end]), _line, k - _lineStart + 1);
        }
        for (int i = start; i < end;)
        {
            int cp = CodePointAt(_src, i, out int width);
            bool ok = i == start ? IsIdStart(cp) : IsIdContinue(cp);
            if (!ok)
            {
                if (!LiteralRepr.IsPrintable(cp))
                    throw TokError($"invalid non-printable character U+{cp:X4}", _line, i - _lineStart + 1);
                throw TokError($"invalid character '{char.ConvertFromUtf32(cp)}' (U+{cp:X4})", _line, i - _lineStart + 1);
            }
            i += width;
        }
    }

    internal static int CodePointAt(string s, int i, out int width)
    {
        if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
        {
            width = 2;
            return char.ConvertToUtf32(s[i], s[i + 1]);
        }
        width = 1;
        return s[i];
    }

    internal static bool IsIdStart(int cp)
        => cp < 0x80 ? cp == '_' || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') : UnicodeTables.IsIdStart(cp);

    internal static bool IsIdContinue(int cp)
        => cp < 0x80 ? cp == '_' || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') : UnicodeTables.IsIdContinue(cp);

    private static readonly Dictionary<string, Keyword> Keywords = new(StringComparer.Ordinal)
    {
        ["False"] = Keyword.False, ["None"] = Keyword.NoneKw, ["True"] = Keyword.True, ["and"] = Keyword.And,
        ["as"] = Keyword.As, ["assert"] = Keyword.Assert, ["async"] = Keyword.Async, ["await"] = Keyword.Await,
        ["break"] = Keyword.Break, ["class"] = Keyword.Class, ["continue"] = Keyword.Continue, ["def"] = Keyword.Def,
        ["del"] = Keyword.Del, ["elif"] = Keyword.Elif, ["else"] = Keyword.Else, ["except"] = Keyword.Except,
        ["finally"] = Keyword.Finally, ["for"] = Keyword.For, ["from"] = Keyword.From, ["global"] = Keyword.Global,
        ["if"] = Keyword.If, ["import"] = Keyword.Import, ["in"] = Keyword.In, ["is"] = Keyword.Is,
        ["lambda"] = Keyword.Lambda, ["nonlocal"] = Keyword.Nonlocal, ["not"] = Keyword.Not, ["or"] = Keyword.Or,
        ["pass"] = Keyword.Pass, ["raise"] = Keyword.Raise, ["return"] = Keyword.Return, ["try"] = Keyword.Try,
        ["while"] = Keyword.While, ["with"] = Keyword.With, ["yield"] = Keyword.Yield,
    };

    private static readonly Dictionary<string, Keyword>.AlternateLookup<ReadOnlySpan<char>> KeywordLookup = Keywords.GetAlternateLookup<ReadOnlySpan<char>>();

    internal static Keyword KeywordOf(ReadOnlySpan<char> text)
        => text.Length >= 2 && text.Length <= 8 && KeywordLookup.TryGetValue(text, out var k) ? k : Keyword.None;

    // ---------------------------------------------------------------- numbers

    private Token ScanNumber(int start)
    {
        char c = _src[_pos];
        if (c == '0' && _pos + 1 < _src.Length && (_src[_pos + 1] is 'x' or 'X' or 'o' or 'O' or 'b' or 'B'))
        {
            char kind = char.ToLowerInvariant(_src[_pos + 1]);
            _pos += 2;
            string what = kind switch { 'x' => "hexadecimal", 'o' => "octal", _ => "binary" };
            bool any = false;
            while (true)
            {
                if (_pos < _src.Length && _src[_pos] == '_') _pos++;
                if (_pos < _src.Length && IsDigitOf(kind, _src[_pos]))
                {
                    while (_pos < _src.Length && IsDigitOf(kind, _src[_pos])) _pos++;
                    any = true;
                    if (_pos < _src.Length && _src[_pos] == '_') continue;
                    break;
                }
                if (_pos < _src.Length && _src[_pos] >= '0' && _src[_pos] <= '9' && kind != 'x')
                    throw TokError($"invalid digit '{_src[_pos]}' in {what} literal", _line, _pos - _lineStart + 1);
                throw TokError($"invalid {what} literal", _line, _pos - _lineStart + (any || _src[_pos - 1] == '_' ? 1 : 0));
            }
            if (_pos < _src.Length && _src[_pos] >= '0' && _src[_pos] <= '9' && kind != 'x')
                throw TokError($"invalid digit '{_src[_pos]}' in {what} literal", _line, _pos - _lineStart + 1);
            VerifyEndOfNumber(what, start);
            return Make(TokenKind.Number, start, _pos);
        }

        bool isFloat = false;
        if (c != '.')
        {
            bool leadingZero = c == '0';
            ScanDecimalDigits(start);
            bool nonzero = false;
            for (int i = start; i < _pos; i++) if (_src[i] != '0' && _src[i] != '_') nonzero = true;
            if (_pos < _src.Length && _src[_pos] == '.')
            {
                isFloat = true;
                _pos++;
                if (_pos < _src.Length && _src[_pos] >= '0' && _src[_pos] <= '9') ScanDecimalDigits(start);
            }
            else if (_pos < _src.Length && (_src[_pos] is 'e' or 'E' or 'j' or 'J'))
            {
                // handled below
            }
            else if (leadingZero && nonzero)
            {
                throw TokError("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", _line, start - _lineStart + 1, _line, _pos - _lineStart + 1);
            }
        }
        else
        {
            isFloat = true;
            _pos++;
            ScanDecimalDigits(start);
        }
        if (_pos < _src.Length && (_src[_pos] is 'e' or 'E'))
        {
            int save = _pos;
            _pos++;
            if (_pos < _src.Length && (_src[_pos] is '+' or '-')) _pos++;
            if (_pos < _src.Length && _src[_pos] >= '0' && _src[_pos] <= '9')
            {
                ScanDecimalDigits(start);
                isFloat = true;
            }
            else
            {
                // CPython backs up to the 'e' and reports there.
                throw TokError("invalid decimal literal", _line, save - _lineStart);
            }
        }
        if (_pos < _src.Length && (_src[_pos] is 'j' or 'J'))
        {
            _pos++;
            VerifyEndOfNumber("imaginary", start);
        }
        else
        {
            VerifyEndOfNumber("decimal", start);
        }
        _ = isFloat;
        return Make(TokenKind.Number, start, _pos);
    }

    private void ScanDecimalDigits(int start)
    {
        while (_pos < _src.Length)
        {
            char c = _src[_pos];
            if (c >= '0' && c <= '9') { _pos++; continue; }
            if (c == '_' && _pos + 1 < _src.Length && _src[_pos + 1] >= '0' && _src[_pos + 1] <= '9') { _pos++; continue; }
            if (c == '_') throw TokError("invalid decimal literal", _line, _pos + 1 - _lineStart);
            break;
        }
    }

    private static bool IsDigitOf(char kind, char c) => kind switch
    {
        'x' => (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'),
        'o' => c >= '0' && c <= '7',
        _ => c is '0' or '1',
    };

    /// <summary>
    /// CPython's verify_end_of_number: a letter straight after a number is an error, except the
    /// start of a keyword that may follow a number (<c>1if x else y</c> is still accepted).
    /// </summary>
    private void VerifyEndOfNumber(string kind, int start)
    {
        if (_pos >= _src.Length) return;
        char c = _src[_pos];
        if (!(IsAsciiLetter(c) || c == '_')) return;
        var rest = _src.AsSpan(_pos);
        foreach (var kw in new[] { "and", "else", "for", "if", "in", "is", "not", "or" })
        {
            if (rest.StartsWith(kw, StringComparison.Ordinal)) return;
        }
        throw TokError($"invalid {kind} literal", _line, _pos - _lineStart);
    }

    // ---------------------------------------------------------------- strings

    private Token ScanString(int start, int quotePos)
    {
        char q = _src[quotePos];
        bool triple = quotePos + 2 < _src.Length && _src[quotePos + 1] == q && _src[quotePos + 2] == q;
        int startLine = _line, startCol = start - _lineStart;
        _pos = quotePos + (triple ? 3 : 1);
        while (true)
        {
            if (_pos >= _src.Length || (!triple && (_src[_pos] == '\n' || _src[_pos] == '\r')))
            {
                if (InFStringExpr && _modes[^1].Quote == q && _modes[^1].Triple == triple)
                    throw TokError("f-string: expecting '}'", startLine, startCol + 1);
            }
            if (_pos >= _src.Length)
            {
                if (triple)
                    throw TokError($"unterminated triple-quoted string literal (detected at line {EofLine})", startLine, startCol + 1, _line, _pos - _lineStart + 1);
                throw TokError($"unterminated string literal (detected at line {_line})", startLine, startCol + 1, startLine, startCol + 1);
            }
            char c = _src[_pos];
            if (c == '\\')
            {
                _pos++;
                if (_pos < _src.Length)
                {
                    if (_src[_pos] == '\n' || _src[_pos] == '\r') ConsumeNewline();
                    else _pos++;
                }
                continue;
            }
            if (c == '\n' || c == '\r')
            {
                if (!triple)
                    throw TokError($"unterminated string literal (detected at line {_line})", startLine, startCol + 1, startLine, startCol + 1);
                ConsumeNewline();
                continue;
            }
            if (c == q)
            {
                if (!triple) { _pos++; break; }
                if (_pos + 2 < _src.Length && _src[_pos + 1] == q && _src[_pos + 2] == q) { _pos += 3; break; }
            }
            _pos++;
        }
        return new Token(TokenKind.String, Keyword.None, start, _pos, startLine, startCol, _line, _pos - _lineStart);
    }

    // ---------------------------------------------------------------- f-strings

    /// <summary>CPython's MAXFSTRINGLEVEL.</summary>
    private const int MaxFStringNesting = 150;

    private Token StartFString(int start, int quotePos, bool raw)
    {
        char q = _src[quotePos];
        bool triple = quotePos + 2 < _src.Length && _src[quotePos + 1] == q && _src[quotePos + 2] == q;
        _pos = quotePos + (triple ? 3 : 1);
        // CPython's mode stack also holds the regular mode, so the 150th f-string is one too many;
        // it points just past the opening quote.
        if (_modes.Count + 1 >= MaxFStringNesting)
            throw TokError("too many nested f-strings", _line, _pos - _lineStart);
        _modes.Add(new FMode { State = FState.Literal, Quote = q, Triple = triple, Raw = raw, Line = _line, Col = start - _lineStart });
        return Make(TokenKind.FStringStart, start, _pos);
    }

    /// <summary>Scans literal text of an f-string (or of a format spec) up to a brace or the closing quote.</summary>
    private Token ScanFStringLiteral(FMode m)
    {
        int start = _pos, startLine = _line, startCol = _pos - _lineStart;
        bool inSpec = m.State == FState.Spec;
        while (true)
        {
            if (_pos >= _src.Length)
            {
                throw TokError(m.Triple ? $"unterminated triple-quoted f-string literal (detected at line {EofLine})" : $"unterminated f-string literal (detected at line {EofLine})", m.Line, m.Col + 1);
            }
            char c = _src[_pos];
            if (c == m.Quote && (!m.Triple || (_pos + 2 < _src.Length && _src[_pos + 1] == c && _src[_pos + 2] == c)))
            {
                if (_pos > start || (inSpec && m.SpecAfterField))
                {
                    m.SpecAfterField = false;
                    return new Token(TokenKind.FStringMiddle, Keyword.None, start, _pos, startLine, startCol, _line, _pos - _lineStart);
                }
                if (inSpec)
                {
                    // The quote closes the string while a format spec is open.
                    throw TokError("f-string: expecting '}', or format specs", _line, _pos - _lineStart + 1);
                }
                int s = _pos;
                _pos += m.Triple ? 3 : 1;
                _modes.RemoveAt(_modes.Count - 1);
                return new Token(TokenKind.FStringEnd, Keyword.None, s, _pos, _line, s - _lineStart, _line, _pos - _lineStart);
            }
            if ((c == '\n' || c == '\r') && !m.Triple)
            {
                if (inSpec) throw TokError("f-string: newlines are not allowed in format specifiers for single quoted f-strings", _line, _pos - _lineStart + 1);
                throw TokError($"unterminated f-string literal (detected at line {_line})", m.Line, m.Col + 1);
            }
            if (c == '\\' && m.Raw)
            {
                // In a raw f-string the backslash stays in the text, but still keeps the next
                // character (a quote, say) from ending the string; braces keep their meaning.
                if (_pos + 1 < _src.Length && _src[_pos + 1] is not ('{' or '}' or '\n' or '\r')) _pos += 2;
                else _pos++;
                continue;
            }
            if (c == '\\' && !m.Raw)
            {
                // An escape; '\{' is not an escape of the brace (the brace still opens a field),
                // and \N{...} is a named escape whose braces are not fields.
                if (_pos + 1 < _src.Length && _src[_pos + 1] == 'N' && _pos + 2 < _src.Length && _src[_pos + 2] == '{')
                {
                    int close = _src.IndexOf('}', _pos + 3);
                    if (close > 0) { _pos = close + 1; continue; }
                }
                if (_pos + 1 < _src.Length && _src[_pos + 1] is '{' or '}') { _pos++; continue; }
                _pos++;
                if (_pos < _src.Length)
                {
                    if (_src[_pos] == '\n' || _src[_pos] == '\r') ConsumeNewline();
                    else _pos++;
                }
                continue;
            }
            if (c == '\n' || c == '\r') { ConsumeNewline(); continue; }
            if (c == '{')
            {
                if (!inSpec && _pos + 1 < _src.Length && _src[_pos + 1] == '{')
                {
                    // '{{' is a literal '{': end this piece after the first brace, skip the second.
                    var tok = new Token(TokenKind.FStringMiddle, Keyword.None, start, _pos + 1, startLine, startCol, _line, _pos + 1 - _lineStart);
                    _pos += 2;
                    return tok;
                }
                // (CPython emits an empty piece after a nested field only where the spec ends.)
                m.SpecAfterField = false;
                if (inSpec && _pos == start && _pos + 1 < _src.Length && _src[_pos + 1] == '{' && !m.EmittedDoubleBracePiece)
                {
                    // '{{' is no escape inside a spec: CPython yields an empty piece, then a field.
                    m.EmittedDoubleBracePiece = true;
                    return new Token(TokenKind.FStringMiddle, Keyword.None, start, _pos, startLine, startCol, _line, _pos - _lineStart);
                }
                m.EmittedDoubleBracePiece = false;
                if (_pos > start)
                    return new Token(TokenKind.FStringMiddle, Keyword.None, start, _pos, startLine, startCol, _line, _pos - _lineStart);
                if (_brackets.Count >= MaxBracketDepth)
                    throw TokError("too many nested parentheses", _line, _pos - _lineStart + 1);
                if (inSpec) m.SpecDepths.Push(m.ExprDepth);
                m.ExprDepth = _brackets.Count;
                _brackets.Add(('{', _line, _pos - _lineStart));
                m.State = FState.Expr;
                _pos++;
                _lastWasNewline = false;
                return Make(TokenKind.LBrace, _pos - 1, _pos);
            }
            if (c == '}')
            {
                if (inSpec)
                {
                    if (_pos > start || m.SpecAfterField)
                    {
                        m.SpecAfterField = false;
                        return new Token(TokenKind.FStringMiddle, Keyword.None, start, _pos, startLine, startCol, _line, _pos - _lineStart);
                    }
                    // End of the format spec and of its replacement field.
                    _brackets.RemoveAt(_brackets.Count - 1);
                    RestoreAfterField(m);
                    _pos++;
                    return Make(TokenKind.RBrace, _pos - 1, _pos);
                }
                if (_pos + 1 < _src.Length && _src[_pos + 1] == '}')
                {
                    var tok = new Token(TokenKind.FStringMiddle, Keyword.None, start, _pos + 1, startLine, startCol, _line, _pos + 1 - _lineStart);
                    _pos += 2;
                    return tok;
                }
                throw TokError("f-string: single '}' is not allowed", _line, _pos - _lineStart + 1);
            }
            _pos++;
        }
    }

    /// <summary>After a replacement field closes: back to the enclosing spec, or to literal text.</summary>
    private static void RestoreAfterField(FMode m)
    {
        if (m.SpecDepths.Count > 0)
        {
            m.ExprDepth = m.SpecDepths.Pop();
            m.State = FState.Spec;
            m.SpecAfterField = true;
        }
        else
        {
            m.State = FState.Literal;
        }
    }

    // ---------------------------------------------------------------- operators

    private Token ScanOperator(int start)
    {
        char c = _src[_pos];
        char c1 = _pos + 1 < _src.Length ? _src[_pos + 1] : '\0';
        char c2 = _pos + 2 < _src.Length ? _src[_pos + 2] : '\0';
        TokenKind kind;
        int len = 1;
        switch (c)
        {
            case '(': case '[': case '{':
                if (_brackets.Count >= MaxBracketDepth)
                    throw TokError("too many nested parentheses", _line, _pos - _lineStart + 1);
                _brackets.Add((c, _line, _pos - _lineStart));
                _pos++;
                return Make(c == '(' ? TokenKind.LPar : c == '[' ? TokenKind.LSqb : TokenKind.LBrace, start, _pos);
            case ')': case ']': case '}':
                return CloseBracket(start, c);
            case ':':
                // At the top level of an f-string field ':' always starts the format spec, even
                // before '=' (f'{x:=10}' is x formatted with '=10'; a walrus needs parentheses).
                if (c1 == '=' && !(InFStringExpr && _brackets.Count == _modes[^1].ExprDepth + 1)) { kind = TokenKind.ColonEqual; len = 2; }
                else
                {
                    kind = TokenKind.Colon;
                    if (InFStringExpr && _brackets.Count == _modes[^1].ExprDepth + 1)
                    {
                        _pos++;
                        _modes[^1].State = FState.Spec;
                        _modes[^1].SpecAfterField = false;
                        return Make(TokenKind.Colon, start, _pos);
                    }
                }
                break;
            case ',': kind = TokenKind.Comma; break;
            case ';': kind = TokenKind.Semi; break;
            case '+': (kind, len) = c1 == '=' ? (TokenKind.PlusEqual, 2) : (TokenKind.Plus, 1); break;
            case '-':
                if (c1 == '=') (kind, len) = (TokenKind.MinEqual, 2);
                else if (c1 == '>') (kind, len) = (TokenKind.RArrow, 2);
                else kind = TokenKind.Minus;
                break;
            case '*':
                if (c1 == '*') (kind, len) = c2 == '=' ? (TokenKind.DoubleStarEqual, 3) : (TokenKind.DoubleStar, 2);
                else if (c1 == '=') (kind, len) = (TokenKind.StarEqual, 2);
                else kind = TokenKind.Star;
                break;
            case '/':
                if (c1 == '/') (kind, len) = c2 == '=' ? (TokenKind.DoubleSlashEqual, 3) : (TokenKind.DoubleSlash, 2);
                else if (c1 == '=') (kind, len) = (TokenKind.SlashEqual, 2);
                else kind = TokenKind.Slash;
                break;
            case '|': (kind, len) = c1 == '=' ? (TokenKind.VBarEqual, 2) : (TokenKind.VBar, 1); break;
            case '&': (kind, len) = c1 == '=' ? (TokenKind.AmperEqual, 2) : (TokenKind.Amper, 1); break;
            case '^': (kind, len) = c1 == '=' ? (TokenKind.CircumflexEqual, 2) : (TokenKind.CircumFlex, 1); break;
            case '%': (kind, len) = c1 == '=' ? (TokenKind.PercentEqual, 2) : (TokenKind.Percent, 1); break;
            case '@': (kind, len) = c1 == '=' ? (TokenKind.AtEqual, 2) : (TokenKind.At, 1); break;
            case '~': kind = TokenKind.Tilde; break;
            case '=': (kind, len) = c1 == '=' ? (TokenKind.EqEqual, 2) : (TokenKind.Equal, 1); break;
            case '!':
                if (c1 == '=') (kind, len) = (TokenKind.NotEqual, 2);
                else kind = TokenKind.Exclamation;
                break;
            case '<':
                if (c1 == '<') (kind, len) = c2 == '=' ? (TokenKind.LeftShiftEqual, 3) : (TokenKind.LeftShift, 2);
                else if (c1 == '=') (kind, len) = (TokenKind.LessEqual, 2);
                else if (c1 == '>') (kind, len) = (TokenKind.NotEqual, 2); // '<>' (only valid with barry_as_FLUFL; the parser rejects it)
                else kind = TokenKind.Less;
                break;
            case '>':
                if (c1 == '>') (kind, len) = c2 == '=' ? (TokenKind.RightShiftEqual, 3) : (TokenKind.RightShift, 2);
                else if (c1 == '=') (kind, len) = (TokenKind.GreaterEqual, 2);
                else kind = TokenKind.Greater;
                break;
            case '.':
                if (c1 == '.' && c2 == '.') (kind, len) = (TokenKind.Ellipsis, 3);
                else kind = TokenKind.Dot;
                break;
            default:
                {
                    int cp = CodePointAt(_src, _pos, out _);
                    if (cp < 0x80 && LiteralRepr.IsPrintable(cp))
                    {
                        _pos++;
                        return Make(TokenKind.ErrorToken, start, _pos);
                    }
                    if (!LiteralRepr.IsPrintable(cp))
                        throw TokError($"invalid non-printable character U+{cp:X4}", _line, _pos - _lineStart + 1);
                    throw TokError($"invalid character '{char.ConvertFromUtf32(cp)}' (U+{cp:X4})", _line, _pos - _lineStart + 1);
                }
        }
        _pos += len;
        return Make(kind, start, _pos);
    }

    private Token CloseBracket(int start, char c)
    {
        char open = c == ')' ? '(' : c == ']' ? '[' : '{';
        if (_brackets.Count == 0)
            throw TokError($"unmatched '{c}'", _line, _pos - _lineStart + 1);
        var (ch, line, col) = _brackets[^1];
        if (InFStringExpr && _brackets.Count == _modes[^1].ExprDepth + 1)
        {
            if (c != '}')
                throw TokError($"f-string: unmatched '{c}'", _line, _pos - _lineStart + 1);
            _brackets.RemoveAt(_brackets.Count - 1);
            RestoreAfterField(_modes[^1]);
            _pos++;
            return Make(TokenKind.RBrace, start, _pos);
        }
        if (ch != open)
        {
            if (line != _line)
                throw TokError($"closing parenthesis '{c}' does not match opening parenthesis '{ch}' on line {line}", _line, _pos - _lineStart + 1);
            throw TokError($"closing parenthesis '{c}' does not match opening parenthesis '{ch}'", _line, _pos - _lineStart + 1);
        }
        _brackets.RemoveAt(_brackets.Count - 1);
        _pos++;
        return Make(c == ')' ? TokenKind.RPar : c == ']' ? TokenKind.RSqb : TokenKind.RBrace, start, _pos);
    }

    // ---------------------------------------------------------------- helpers

    private Token Make(TokenKind kind, int start, int end)
        => new(kind, Keyword.None, start, end, _line, start - _lineStart, _line, end - _lineStart);

    private static Token MakeAt(TokenKind kind, int start, int end, int line, int col, int endLine, int endCol)
        => new(kind, Keyword.None, start, end, line, col, endLine, endCol);

    /// <summary>The text of a 1-based line, without its line break.</summary>
    public string LineText(int line)
    {
        int l = 1, p = 0;
        while (l < line && p < _src.Length)
        {
            char c = _src[p++];
            if (c == '\n') l++;
            else if (c == '\r') { if (p < _src.Length && _src[p] == '\n') p++; l++; }
        }
        int e = p;
        while (e < _src.Length && _src[e] != '\n' && _src[e] != '\r') e++;
        return _src.Substring(p, e - p);
    }

    /// <summary>An error found by the tokenizer itself: CPython counts its offsets in characters.</summary>
    private PythonSyntaxError TokError(string message, int line, int offset, int endLine = -1, int endOffset = -1, string type = "SyntaxError")
    {
        var e = Locate(message, line, offset, endLine, endOffset, type, ToCharOffset);
        return new PythonSyntaxError(e.ErrorType, e.Message, e.Filename, e.Line, e.Offset, e.EndLine, e.EndOffset, e.Text) { FromTokenizer = true };
    }

    /// <summary>True while the scanner is inside an f-string.</summary>
    internal bool InFString => _modes.Count > 0;

    /// <summary>The line an error at the end of input is "detected at": the last line that has text.</summary>
    private int EofLine => _pos >= _src.Length && _src.Length > 0 && (_src[^1] == '\n' || _src[^1] == '\r') ? _line - 1 : _line;

    /// <summary>
    /// A SyntaxError (or IndentationError/TabError) raised after tokenizing (by the parser or the
    /// compile-time checks) at a 1-based UTF-16 offset. CPython's compile() counts these offsets in
    /// UTF-8 bytes (only the tokenizer's own errors count characters), so that is what we report.
    /// </summary>
    public PythonSyntaxError Error(string message, int line, int offset, int endLine = -1, int endOffset = -1, string type = "SyntaxError")
        => Locate(message, line, offset, endLine, endOffset, type, ToByteOffset);

    private PythonSyntaxError Locate(string message, int line, int offset, int endLine, int endOffset, string type, Func<string, int, int> convert)
    {
        string text = LineText(line);
        int start = convert(text, offset);
        int end;
        if (endOffset < 0) end = start;
        else if (endLine == line) end = convert(text, endOffset);
        else end = convert(LineText(endLine), endOffset);
        return new PythonSyntaxError(type, message, _filename, line, start, endLine < 0 ? line : endLine, end, text + "\n");
    }

    private static int ToByteOffset(string lineText, int offset)
    {
        int units = Math.Min(offset - 1, lineText.Length);
        if (units <= 0) return offset;
        return System.Text.Encoding.UTF8.GetByteCount(lineText.AsSpan(0, units)) + 1 + Math.Max(0, offset - 1 - lineText.Length);
    }

    private static int ToCharOffset(string lineText, int offset)
    {
        int units = Math.Min(offset - 1, lineText.Length);
        int chars = 0;
        for (int i = 0; i < units; i++)
        {
            if (char.IsHighSurrogate(lineText[i]) && i + 1 < units && char.IsLowSurrogate(lineText[i + 1])) i++;
            chars++;
        }
        return chars + 1 + Math.Max(0, offset - 1 - lineText.Length);
    }
}
