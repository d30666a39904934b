using System.Text;
using RuleSandbox.Engine.Syntax.Ast;
using Attribute = RuleSandbox.Engine.Syntax.Ast.Attribute;
using Tuple = RuleSandbox.Engine.Syntax.Ast.Tuple;

namespace RuleSandbox.Engine.Syntax;

internal sealed partial class Parser
{
    /// <summary>
    /// One or more adjacent string literals: a Constant (str or bytes), or a JoinedStr when any of
    /// them is an f-string. Adjacent literal pieces are merged and empty ones dropped, as in CPython.
    /// </summary>
    private Expr ParseStrings()
    {
        var first = Peek();
        var parts = new List<Expr>();
        var pending = new LiteralBuffer();
        bool anyF = false, anyBytes = false, anyStr = false, pendingUsed = false;
        List<byte>? bytes = null;
        string? kind = null;
        bool firstToken = true;
        Token pendingStart = first;

        void FlushPending(Token endTok)
        {
            if (pendingUsed && pending.Length > 0)
                parts.Add(new Constant(pending.ToValue(), null, new SourceSpan(pendingStart.Line, pendingStart.Column, endTok.EndLine, endTok.EndColumn)));
            pending.Clear();
            pendingUsed = false;
        }

        while (PeekKind is TokenKind.String or TokenKind.FStringStart)
        {
            var t = Peek();
            if (t.Kind == TokenKind.String)
            {
                Advance();
                var (prefix, body, isBytes, isRaw) = SplitString(t);
                if (firstToken && prefix == "u") kind = "u"; // CPython: only a lower-case u prefix
                if (isBytes)
                {
                    anyBytes = true;
                    bytes ??= new List<byte>();
                    bytes.AddRange(DecodeBytes(body, isRaw, t));
                }
                else
                {
                    anyStr = true;
                    for (int k = 0; k < body.Length; k++)
                    {
                        if (Utf8Errors.IsEscapedByte(body, k))
                            throw ErrorAt(t, "(unicode error) " + Utf8Errors.Describe(body));
                    }
                    if (!pendingUsed) pendingStart = t;
                    if (isRaw) pending.Append(body);
                    else DecodeEscapes(body, t, pending);
                    pendingUsed = true;
                }
            }
            else
            {
                anyF = true;
                anyStr = true;
                ParseFString(parts, pending, ref pendingUsed, ref pendingStart, FlushPending);
            }
            if (anyBytes && anyStr)
                throw ErrorAt(first, "cannot mix bytes and nonbytes literals");
            firstToken = false;
        }
        var span = SpanFrom(first);
        if (anyBytes) return new Constant(ConstantValue.FromBytes(bytes!.ToArray()), null, span);
        if (!anyF) return new Constant(pending.ToValue(), kind, span);
        FlushPending(_prev);
        return new JoinedStr(parts, span);
    }

    private int QuoteLen(Token t)
    {
        int i = t.Start;
        while (_src[i] != '\'' && _src[i] != '"') i++;
        return i + 2 < t.End && _src[i + 1] == _src[i] && _src[i + 2] == _src[i] && t.End - i >= 6 ? 3 : 1;
    }

    private (string Prefix, string Body, bool IsBytes, bool IsRaw) SplitString(Token t)
    {
        int i = t.Start;
        while (_src[i] != '\'' && _src[i] != '"') i++;
        string prefix = _src.Substring(t.Start, i - t.Start);
        int q = QuoteLen(t);
        string body = _src.Substring(i + q, t.End - q - (i + q));
        bool isBytes = prefix.Contains('b', StringComparison.OrdinalIgnoreCase);
        bool isRaw = prefix.Contains('r', StringComparison.OrdinalIgnoreCase);
        if (body.Contains('\r')) body = body.Replace("\r\n", "\n").Replace('\r', '\n');
        return (prefix, body, isBytes, isRaw);
    }

    private byte[] DecodeBytes(string body, bool raw, Token t)
    {
        foreach (char c in body)
        {
            if (c >= 0x80) throw ErrorAt(t, "bytes can only contain ASCII literal characters");
        }
        if (raw) return Encoding.Latin1.GetBytes(body);
        var result = new List<byte>(body.Length);
        for (int i = 0; i < body.Length; i++)
        {
            char c = body[i];
            if (c != '\\' || i + 1 >= body.Length) { result.Add((byte)c); continue; }
            char e = body[++i];
            switch (e)
            {
                case '\n': break;
                case '\\': result.Add((byte)'\\'); break;
                case '\'': result.Add((byte)'\''); break;
                case '"': result.Add((byte)'"'); break;
                case 'a': result.Add(7); break;
                case 'b': result.Add(8); break;
                case 'f': result.Add(12); break;
                case 'n': result.Add(10); break;
                case 'r': result.Add(13); break;
                case 't': result.Add(9); break;
                case 'v': result.Add(11); break;
                case 'x':
                    {
                        if (i + 2 >= body.Length + 0 || !IsHex(At(body, i + 1)) || !IsHex(At(body, i + 2)))
                            throw ErrorAt(t, $"(value error) invalid \\x escape at position {i - 1}");
                        result.Add((byte)(HexValue(body[i + 1]) * 16 + HexValue(body[i + 2])));
                        i += 2;
                        break;
                    }
                default:
                    if (e >= '0' && e <= '7')
                    {
                        int v = e - '0';
                        int n = 1;
                        while (n < 3 && i + 1 < body.Length && body[i + 1] >= '0' && body[i + 1] <= '7') { v = v * 8 + (body[++i] - '0'); n++; }
                        result.Add((byte)(v & 0xFF));
                    }
                    else
                    {
                        result.Add((byte)'\\');
                        result.Add((byte)e);
                    }
                    break;
            }
        }
        return result.ToArray();
    }

    private static char At(string s, int i) => i < s.Length ? s[i] : '\0';

    private static bool IsHex(char c) => (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');

    /// <summary>A literal's text as it is built, with the escaped surrogates that must not pair.</summary>
    private sealed class LiteralBuffer
    {
        public readonly StringBuilder Text = new();
        private List<int>? _standalone;

        public int Length => Text.Length;

        public LiteralBuffer Append(string s) { Text.Append(s); return this; }

        public LiteralBuffer Append(string s, int start, int count) { Text.Append(s, start, count); return this; }

        public LiteralBuffer Append(char c) { Text.Append(c); return this; }

        public void AppendCodePoint(int cp, bool fromEscape)
        {
            if (cp >= 0xD800 && cp <= 0xDFFF && fromEscape) (_standalone ??= new List<int>()).Add(Text.Length);
            if (cp < 0x10000) Text.Append((char)cp);
            else Text.Append(char.ConvertFromUtf32(cp));
        }

        public ConstantValue ToValue() => ConstantValue.FromStr(Text.ToString(), _standalone?.ToArray());

        public void Clear()
        {
            Text.Clear();
            _standalone = null;
        }
    }

    /// <summary>Decodes backslash escapes of a str literal (not raw) into <paramref name="sb"/>.</summary>
    private void DecodeEscapes(string body, Token t, LiteralBuffer sb)
    {
        int bs = body.IndexOf('\\');
        if (bs < 0) { sb.Append(body); return; }
        sb.Append(body, 0, bs);
        for (int i = bs; i < body.Length; i++)
        {
            char c = body[i];
            if (c != '\\' || i + 1 >= body.Length) { sb.Append(c); continue; }
            int escStart = i;
            char e = body[++i];
            switch (e)
            {
                case '\n': break;
                case '\\': sb.Append('\\'); break;
                case '\'': sb.Append('\''); break;
                case '"': sb.Append('"'); break;
                case 'a': sb.Append('\a'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'v': sb.Append('\v'); break;
                case 'x':
                case 'u':
                case 'U':
                    {
                        int len = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                        int v = 0;
                        for (int k = 1; k <= len; k++)
                        {
                            char h = At(body, i + k);
                            if (!IsHex(h))
                            {
                                string what = e == 'x' ? "truncated \\xXX escape" : e == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
                                int endPos = Math.Min(i + k, body.Length) - 1;
                                throw ErrorAt(t, $"(unicode error) 'unicodeescape' codec can't decode bytes in position {CodePointIndex(body, escStart)}-{CodePointIndex(body, endPos)}: {what}");
                            }
                            v = v * 16 + HexValue(h);
                        }
                        if (e == 'U' && (uint)v > 0x10FFFF)
                            throw ErrorAt(t, $"(unicode error) 'unicodeescape' codec can't decode bytes in position {CodePointIndex(body, escStart)}-{CodePointIndex(body, i + len)}: illegal Unicode character");
                        sb.AppendCodePoint(v, fromEscape: true);
                        i += len;
                        break;
                    }
                case 'N':
                    {
                        int close = At(body, i + 1) == '{' ? body.IndexOf('}', i + 2) : -1;
                        string? name = close > 0 ? body.Substring(i + 2, close - i - 2) : null;
                        int cp = name is null ? -1 : UnicodeNames.Lookup(name);
                        if (cp < 0)
                        {
                            string what = name is null ? "malformed \\N character escape" : "unknown Unicode character name";
                            int endPos = name is null ? Math.Min(i + 1, body.Length - 1) : close;
                            throw ErrorAt(t, $"(unicode error) 'unicodeescape' codec can't decode bytes in position {CodePointIndex(body, escStart)}-{CodePointIndex(body, endPos)}: {what}");
                        }
                        sb.AppendCodePoint(cp, fromEscape: true);
                        i = close;
                        break;
                    }
                default:
                    if (e >= '0' && e <= '7')
                    {
                        int v = e - '0';
                        int n = 1;
                        while (n < 3 && i + 1 < body.Length && body[i + 1] >= '0' && body[i + 1] <= '7') { v = v * 8 + (body[++i] - '0'); n++; }
                        sb.AppendCodePoint(v, fromEscape: true);
                    }
                    else
                    {
                        sb.Append('\\').Append(e);
                    }
                    break;
            }
        }
    }

    private static int CodePointIndex(string s, int utf16Index)
    {
        // CPython reports positions in the UTF-8 encoded literal body; for ASCII these agree.
        return Encoding.UTF8.GetByteCount(s.AsSpan(0, Math.Min(utf16Index, s.Length)));
    }

    // ------------------------------------------------------------------ f-strings

    private void ParseFString(List<Expr> parts, LiteralBuffer pending, ref bool pendingUsed, ref Token pendingStart, Action<Token> flush)
    {
        var start = Advance(); // FSTRING_START
        string prefix = Text(start);
        bool raw = prefix.Contains('r', StringComparison.OrdinalIgnoreCase);
        while (true)
        {
            var t = Peek();
            if (t.Kind == TokenKind.FStringEnd) { Advance(); return; }
            if (t.Kind == TokenKind.FStringMiddle)
            {
                Advance();
                if (!pendingUsed) pendingStart = t;
                DecodeFStringMiddle(t, raw, pending);
                pendingUsed = true;
                continue;
            }
            if (t.Kind == TokenKind.LBrace)
            {
                var field = ParseReplacementField(raw, out string? debugText);
                if (debugText is not null)
                {
                    if (!pendingUsed) pendingStart = t;
                    pending.Append(debugText);
                    pendingUsed = true;
                }
                flush(_prev);
                parts.Add(field);
                continue;
            }
            throw InvalidSyntax();
        }
    }

    private void DecodeFStringMiddle(Token t, bool raw, LiteralBuffer into)
    {
        string text = _src.Substring(t.Start, t.End - t.Start);
        if (text.Contains('\r')) text = text.Replace("\r\n", "\n").Replace('\r', '\n');
        if (raw) into.Append(text);
        else DecodeEscapes(text, t, into);
    }

    /// <summary>'{' (yield_expr | star_expressions) ['='] ['!' NAME] [':' spec] '}'.</summary>
    private Expr ParseReplacementField(bool raw, out string? debugText)
    {
        var open = Advance(); // '{'
        debugText = null;
        Enter();
        try
        {
            if (At(TokenKind.RBrace) || At(TokenKind.Exclamation) || At(TokenKind.Colon) || At(TokenKind.Equal))
                throw ErrorAt(Peek(), "f-string: valid expression required before '" + Text(Peek()) + "'");
            if (AtKeyword(Keyword.Lambda))
                throw ErrorAt(Peek(), "f-string: lambda expressions are not allowed without parentheses");
            Expr value = AtKeyword(Keyword.Yield) ? ParseYieldExpr() : ParseStarExpressions();
            if (value is Lambda && !_parenthesized.Contains(value))
                throw ErrorAt(value, "f-string: lambda expressions are not allowed without parentheses");
            int conversion = -1;
            if (At(TokenKind.Equal))
            {
                var eq = Advance();
                // The debug text runs from after '{' up to the next token, trailing spaces included;
                // CPython 3.12 cuts it at a '!' in the expression ('{a!=b=}' gives 'a').
                int end = Peek().Start;
                int bang = IndexOfTopLevelBang(open.End, eq.Start);
                debugText = _src.Substring(open.End, (bang >= 0 ? bang : end) - open.End);
                if (!At(TokenKind.Exclamation) && !At(TokenKind.Colon) && !At(TokenKind.RBrace))
                    throw ErrorAt(Peek(), "f-string: expecting '!', or ':', or '}'");
                if (debugText.Contains('\r')) debugText = debugText.Replace("\r\n", "\n").Replace('\r', '\n');
                if (debugText.Contains('#')) debugText = StripComments(debugText);
            }
            if (At(TokenKind.Exclamation))
            {
                var bang = Advance();
                var conv = Peek();
                if (conv.Kind != TokenKind.Name || conv.Start != bang.End)
                {
                    if (conv.Kind is TokenKind.Colon or TokenKind.RBrace)
                        throw ErrorAt(conv, "f-string: missing conversion character");
                    throw ErrorAt(conv, "f-string: invalid conversion character: expected 's', 'r', or 'a'");
                }
                string c = Text(conv);
                if (c is not ("s" or "r" or "a"))
                    throw ErrorAt(conv, $"f-string: invalid conversion character '{c}': expected 's', 'r', or 'a'");
                Advance();
                conversion = c[0];
                if (!At(TokenKind.Colon) && !At(TokenKind.RBrace))
                    throw ErrorAt(Peek(), "f-string: expecting ':' or '}'");
            }
            Expr? spec = null;
            if (At(TokenKind.Colon))
            {
                var colon = Advance();
                spec = ParseFormatSpec(raw, colon);
            }
            if (!At(TokenKind.RBrace))
            {
                var t = Peek();
                if (t.Kind == TokenKind.FStringEnd || t.Kind == TokenKind.EndMarker)
                    throw ErrorAt(t, "f-string: expecting '}'");
                throw ErrorAt(t, "f-string: expecting '}'");
            }
            Advance();
            if (debugText is not null && conversion == -1 && spec is null) conversion = 'r';
            return new FormattedValue(value, conversion, spec, SpanFrom(open));
        }
        finally { Leave(); }
    }

    /// <summary>The first '!' of [start, end) outside string literals, or -1.</summary>
    private int IndexOfTopLevelBang(int start, int end)
    {
        char quote = '\0';
        for (int i = start; i < end; i++)
        {
            char c = _src[i];
            if (quote != '\0')
            {
                if (c == '\\') i++;
                else if (c == quote) quote = '\0';
            }
            else if (c is '\'' or '"') quote = c;
            else if (c == '!') return i;
        }
        return -1;
    }

    /// <summary>CPython leaves comments out of an f-string's '=' debug text.</summary>
    private static string StripComments(string text)
    {
        var sb = new StringBuilder(text.Length);
        char quote = '\0';
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quote != '\0')
            {
                if (c == '\\' && i + 1 < text.Length) { sb.Append(c).Append(text[++i]); continue; }
                if (c == quote) quote = '\0';
            }
            else if (c is '\'' or '"') quote = c;
            else if (c == '#')
            {
                while (i < text.Length && text[i] != '\n') i++;
                if (i < text.Length) sb.Append('\n');
                continue;
            }
            sb.Append(c);
        }
        return sb.ToString();
    }

    private Expr ParseFormatSpec(bool raw, Token colon)
    {
        var parts = new List<Expr>();
        var startTok = Peek();
        while (true)
        {
            var t = Peek();
            if (t.Kind == TokenKind.FStringMiddle)
            {
                Advance();
                var piece = new LiteralBuffer();
                DecodeFStringMiddle(t, raw, piece);
                parts.Add(new Constant(piece.ToValue(), null, SpanOf(t)));
            }
            else if (t.Kind == TokenKind.LBrace)
            {
                parts.Add(ParseReplacementField(raw, out string? debug));
                if (debug is not null)
                    parts.Insert(parts.Count - 1, new Constant(ConstantValue.FromStr(debug), null, SpanOf(t)));
            }
            else break;
        }
        var span = parts.Count > 0 ? SpanFrom(startTok) : new SourceSpan(colon.EndLine, colon.EndColumn, colon.EndLine, colon.EndColumn);
        return new JoinedStr(parts, span);
    }
}
