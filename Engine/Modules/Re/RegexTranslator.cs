using System.Globalization;
using System.Text;

namespace RuleSandbox.Engine.Modules.Re;

/// <summary>Python's regex flags (values as in CPython's <c>re</c>).</summary>
[Flags]
internal enum PyReFlags
{
    None = 0,
    Template = 1,
    IgnoreCase = 2,
    Locale = 4,
    Multiline = 8,
    DotAll = 16,
    Unicode = 32,
    Verbose = 64,
    Debug = 128,
    Ascii = 256,

    /// <summary>Not a Python flag: marks a bytes pattern (decoded as Latin-1) for the translator and its cache.</summary>
    BytesPattern = 1 << 16,
}

/// <summary>A syntax error in a Python pattern (becomes <c>re.error</c>).</summary>
internal sealed class RegexSyntaxException : Exception
{
    public RegexSyntaxException(string message, int position) : base(message) => Position = position;

    public int Position { get; }
}

/// <summary>The .NET form of a Python pattern and what the Python API needs to know about it.</summary>
internal sealed record TranslatedPattern(string DotNet, PyReFlags Flags, int Groups, Dictionary<string, int> GroupIndex, int[] Parent, bool NeedsBacktracking);

/// <summary>
/// Translates Python <c>re</c> syntax to .NET syntax. Every capturing group becomes an explicitly
/// numbered .NET group (<c>(?&lt;3&gt;...)</c>) because .NET numbers named groups after unnamed
/// ones while Python numbers them left to right; names are kept in our own table. ASCII mode and
/// Python-only escapes (<c>\Z</c>, <c>\U</c>) are rewritten; .NET-only syntax is rejected with
/// CPython's messages.
/// </summary>
internal sealed class RegexTranslator
{
    private const string AsciiWord = "a-zA-Z0-9_";
    private readonly string _p;
    private readonly StringBuilder _out = new();
    private readonly Dictionary<string, int> _names = new(StringComparer.Ordinal);
    private readonly List<int> _parent = new() { 0 };
    private readonly Stack<int> _open = new();
    private readonly HashSet<int> _closed = new();
    private int _i;
    private int _groups;
    private PyReFlags _flags;
    private bool _backtracking;
    private bool _bytes;
    private bool _inClass;

    private RegexTranslator(string pattern, PyReFlags flags)
    {
        _p = pattern;
        _flags = flags;
    }

    /// <summary>Translates <paramref name="pattern"/>; throws <see cref="RegexSyntaxException"/>.</summary>
    public static TranslatedPattern Translate(string pattern, PyReFlags flags)
    {
        bool bytes = (flags & PyReFlags.BytesPattern) != 0;
        // A bytes pattern always has ASCII semantics for \w, \d, \s and \b (CPython's rule).
        var t = new RegexTranslator(pattern, bytes ? (flags & ~PyReFlags.BytesPattern) | PyReFlags.Ascii : flags) { _bytes = bytes };
        t.LeadingFlags();
        t.Sequence(0);
        if (t._i < t._p.Length) throw new RegexSyntaxException("unbalanced parenthesis", t._i);
        if (bytes)
        {
            // The flags CPython reports: no UNICODE, and ASCII only when the caller asked for it.
            var reported = (t._flags & ~PyReFlags.Ascii) | (flags & PyReFlags.Ascii);
            return new TranslatedPattern(t._out.ToString(), reported, t._groups, t._names, t._parent.ToArray(), t._backtracking);
        }
        var f = t._flags;
        if ((f & PyReFlags.Ascii) == 0) f |= PyReFlags.Unicode;
        if ((f & PyReFlags.Ascii) != 0 && (flags & PyReFlags.Unicode) != 0)
            throw new RegexSyntaxException("ASCII and UNICODE flags are incompatible", -1);
        return new TranslatedPattern(t._out.ToString(), f, t._groups, t._names, t._parent.ToArray(), t._backtracking);
    }

    private bool Ascii => _bytes || (_flags & PyReFlags.Ascii) != 0;

    private bool Verbose => (_flags & PyReFlags.Verbose) != 0;

    private static int FlagOf(char c) => c switch
    {
        'a' => (int)PyReFlags.Ascii,
        'i' => (int)PyReFlags.IgnoreCase,
        'L' => (int)PyReFlags.Locale,
        'm' => (int)PyReFlags.Multiline,
        's' => (int)PyReFlags.DotAll,
        'u' => (int)PyReFlags.Unicode,
        'x' => (int)PyReFlags.Verbose,
        _ => 0,
    };

    /// <summary>Global inline flags <c>(?aimsux)</c>; Python 3.11+ only accepts them at the start.</summary>
    private void LeadingFlags()
    {
        while (_i + 2 < _p.Length && _p[_i] == '(' && _p[_i + 1] == '?' && FlagOf(_p[_i + 2]) != 0)
        {
            int j = _i + 2;
            int f = 0;
            while (j < _p.Length && FlagOf(_p[j]) != 0) f |= FlagOf(_p[j++]);
            if (j < _p.Length && _p[j] == ')')
            {
                if ((f & (int)PyReFlags.Locale) != 0 && !_bytes) throw new RegexSyntaxException("bad inline flags: cannot use 'locale' flag with a str pattern", j);
                if ((f & (int)PyReFlags.Unicode) != 0 && _bytes) throw new RegexSyntaxException("bad inline flags: cannot use 'u' flag with a bytes pattern", j);
                _flags |= (PyReFlags)f;
                _i = j + 1;
                continue;
            }
            break; // a scoped group (?i:...) is handled by Group
        }
    }

    private void SkipVerbose()
    {
        if (!Verbose) return;
        while (_i < _p.Length)
        {
            char c = _p[_i];
            if (c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v') { _i++; continue; }
            if (c == '#')
            {
                while (_i < _p.Length && _p[_i] != '\n') _i++;
                continue;
            }
            break;
        }
    }

    /// <summary>Alternatives up to a ')' at nesting <paramref name="depth"/>.</summary>
    private void Sequence(int depth)
    {
        bool canRepeat = false;
        int atomStart = _out.Length;
        while (true)
        {
            SkipVerbose();
            if (_i >= _p.Length) return;
            char c = _p[_i];
            int at = _i;
            // Where the atom a following quantifier applies to begins in the output.
            if (c is not ('*' or '+' or '?' or '{')) atomStart = _out.Length;
            else if (c == '{' && !IsRepeat(_i)) atomStart = _out.Length;
            switch (c)
            {
                case ')':
                    if (depth == 0) throw new RegexSyntaxException("unbalanced parenthesis", _i);
                    return;
                case '|':
                    _out.Append('|');
                    _i++;
                    canRepeat = false;
                    continue;
                case '(':
                    Group();
                    canRepeat = true;
                    continue;
                case '[':
                    CharClass();
                    canRepeat = true;
                    continue;
                case '*' or '+' or '?' or '{':
                    if (c == '{' && !IsRepeat(_i))
                    {
                        _out.Append("\\{");
                        _i++;
                        canRepeat = true;
                        continue;
                    }
                    if (!canRepeat) throw new RegexSyntaxException("nothing to repeat", at);
                    Quantifier(atomStart);
                    canRepeat = false;
                    continue;
                case '\\':
                    canRepeat = Escape(inClass: false);
                    continue;
                case '.':
                    _out.Append((_flags & PyReFlags.DotAll) != 0 ? "[\\s\\S]" : ".");
                    _i++;
                    canRepeat = true;
                    continue;
                case '^' or '$':
                    // .NET's ^ and $ mean what Python's do, with and without MULTILINE.
                    _out.Append(c);
                    _i++;
                    canRepeat = true;
                    continue;
                case '#' or ' ' when !Verbose:
                    _out.Append('\\').Append(c);
                    _i++;
                    canRepeat = true;
                    continue;
                default:
                    AppendLiteral(c);
                    _i++;
                    canRepeat = true;
                    continue;
            }
        }
    }

    // In ASCII mode (bytes patterns, re.ASCII) IGNORECASE folds ASCII letters only, while .NET would
    // also fold Latin-1 letters such as é/É, and k/s with the Kelvin sign and the long s: there,
    // non-ASCII literals match case-sensitively and classes list both cases of their ASCII letters.
    private bool AsciiIgnoreCase => Ascii && (_flags & PyReFlags.IgnoreCase) != 0;

    private void AppendLiteral(char c)
    {
        if (c >= 0x80 && AsciiIgnoreCase)
        {
            _out.Append("(?-i:").Append(c).Append(')');
            return;
        }
        if (c is 'k' or 'K' or 's' or 'S' && AsciiIgnoreCase)
        {
            // .NET folds k and s with the Kelvin sign and the long s too; ASCII mode must not.
            _out.Append("(?-i:[").Append(char.ToLowerInvariant(c)).Append(char.ToUpperInvariant(c)).Append("])");
            return;
        }
        if ("\\*+?|{}()[]^$.# \t\n\r\f\v".IndexOf(c) >= 0) _out.Append('\\').Append(c switch { '\t' => 't', '\n' => 'n', '\r' => 'r', '\f' => 'f', '\v' => 'v', _ => c });
        else _out.Append(c);
    }

    private bool IsRepeat(int i)
    {
        // {m}, {m,}, {,n}, {m,n}: anything else is a literal brace in Python.
        int j = i + 1;
        int digits1 = 0;
        while (j < _p.Length && char.IsAsciiDigit(_p[j])) { j++; digits1++; }
        if (j < _p.Length && _p[j] == '}') return digits1 > 0;
        if (j >= _p.Length || _p[j] != ',') return false;
        j++;
        while (j < _p.Length && char.IsAsciiDigit(_p[j])) j++;
        return j < _p.Length && _p[j] == '}';
    }

    private void Quantifier(int atomStart)
    {
        int at = _i;
        char c = _p[_i];
        if (c == '{')
        {
            int close = _p.IndexOf('}', _i);
            string body = _p.Substring(_i + 1, close - _i - 1);
            string[] parts = body.Split(',');
            string lo = parts[0].Length == 0 ? "0" : parts[0];
            if (parts.Length == 2 && parts[1].Length > 0 && parts[0].Length > 0 &&
                System.Numerics.BigInteger.Parse(parts[1], CultureInfo.InvariantCulture) < System.Numerics.BigInteger.Parse(parts[0], CultureInfo.InvariantCulture))
                throw new RegexSyntaxException("min repeat greater than max repeat", _i + 1);
            foreach (var part in parts)
                if (part.Length > 0 && (part.Length > 9 || long.Parse(part, CultureInfo.InvariantCulture) >= 4294967295L))
                    throw new RegexSyntaxException("the repetition number is too large", _i + 1);
            _out.Append('{').Append(lo);
            if (parts.Length == 2) _out.Append(',').Append(parts[1]);
            _out.Append('}');
            _i = close + 1;
        }
        else
        {
            _out.Append(c);
            _i++;
        }
        SkipVerbose();
        if (_i < _p.Length && _p[_i] == '?')
        {
            _out.Append('?');
            _i++;
        }
        else if (_i < _p.Length && _p[_i] == '+')
        {
            // Possessive quantifier (3.11): the same as an atomic group around the repeat.
            _out.Insert(atomStart, "(?>");
            _out.Append(')');
            _backtracking = true;
            _i++;
        }
        SkipVerbose();
        if (_i < _p.Length && (_p[_i] is '*' or '+' or '?' || (_p[_i] == '{' && IsRepeat(_i))))
            throw new RegexSyntaxException("multiple repeat", _i);
        _ = at;
    }

    private string ReadName(char terminator, int groupStart, string what)
    {
        int start = _i;
        int end = _p.IndexOf(terminator, _i);
        if (end < 0)
        {
            if (start >= _p.Length) throw new RegexSyntaxException("missing group name", _i);
            throw new RegexSyntaxException($"missing {(terminator == '>' ? ">" : ")")}, unterminated name", _i);
        }
        string name = _p.Substring(start, end - start);
        if (name.Length == 0) throw new RegexSyntaxException("missing group name", _i);
        bool ok = (char.IsLetter(name[0]) || name[0] == '_') && name.All(ch => char.IsLetterOrDigit(ch) || ch == '_');
        if (!ok) throw new RegexSyntaxException($"bad character in group name '{name}'", start);
        _i = end + 1;
        _ = groupStart;
        _ = what;
        return name;
    }

    private void Group()
    {
        int start = _i;
        _i++;
        if (_i < _p.Length && _p[_i] == '?')
        {
            _i++;
            if (_i >= _p.Length) throw new RegexSyntaxException("unexpected end of pattern", _i);
            char c = _p[_i];
            switch (c)
            {
                case ':':
                    _i++;
                    _out.Append("(?:");
                    Body(start);
                    return;
                case '=' or '!':
                    _i++;
                    _out.Append("(?").Append(c);
                    _backtracking = true;
                    Body(start);
                    return;
                case '>':
                    _i++;
                    _out.Append("(?>");
                    _backtracking = true;
                    Body(start);
                    return;
                case '#':
                {
                    int end = _p.IndexOf(')', _i);
                    if (end < 0) throw new RegexSyntaxException("missing ), unterminated comment", _i - 2 >= 0 ? start : 0);
                    _i = end + 1;
                    return;
                }
                case '<':
                    _i++;
                    if (_i < _p.Length && _p[_i] is '=' or '!')
                    {
                        _out.Append("(?<").Append(_p[_i]);
                        _i++;
                        _backtracking = true;
                        Body(start);
                        return;
                    }
                    throw new RegexSyntaxException("unknown extension ?<" + (_i < _p.Length ? _p[_i].ToString() : ""), start + 1);
                case 'P':
                    _i++;
                    if (_i < _p.Length && _p[_i] == '<')
                    {
                        _i++;
                        int nameAt = _i;
                        string name = ReadName('>', start, "group");
                        int n = ++_groups;
                        if (_names.TryGetValue(name, out int prev))
                            throw new RegexSyntaxException($"redefinition of group name '{name}' as group {n}; was group {prev}", nameAt);
                        _names[name] = n;
                        OpenCapture(n, start);
                        return;
                    }
                    if (_i < _p.Length && _p[_i] == '=')
                    {
                        _i++;
                        int nameAt = _i;
                        string name = ReadName(')', start, "reference");
                        if (!_names.TryGetValue(name, out int n)) throw new RegexSyntaxException($"unknown group name '{name}'", nameAt);
                        if (!_closed.Contains(n)) throw new RegexSyntaxException("cannot refer to an open group", start);
                        _out.Append("\\k<").Append(n.ToString(CultureInfo.InvariantCulture)).Append('>');
                        _backtracking = true;
                        return;
                    }
                    throw new RegexSyntaxException("unknown extension ?P" + (_i < _p.Length ? _p[_i].ToString() : ""), start + 1);
                case '(':
                {
                    // Conditional (?(id/name)yes|no).
                    int end = _p.IndexOf(')', _i);
                    if (end < 0) throw new RegexSyntaxException("missing ), unterminated name", _i + 1);
                    string id = _p.Substring(_i + 1, end - _i - 1);
                    int n;
                    if (!int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out n) && !_names.TryGetValue(id, out n))
                        throw new RegexSyntaxException($"unknown group name '{id}'", _i + 1);
                    if (n > _groups) throw new RegexSyntaxException($"invalid group reference {n}", _i + 1);
                    _out.Append("(?(").Append(n.ToString(CultureInfo.InvariantCulture)).Append(')');
                    _i = end + 1;
                    _backtracking = true;
                    Body(start);
                    return;
                }
                default:
                {
                    if (FlagOf(c) != 0 || c == '-')
                    {
                        ScopedFlags(start);
                        return;
                    }
                    throw new RegexSyntaxException("unknown extension ?" + c, start + 1);
                }
            }
        }
        int g = ++_groups;
        OpenCapture(g, start);
    }

    private void OpenCapture(int n, int start)
    {
        _parent.Add(_open.Count > 0 ? _open.Peek() : 0);
        _open.Push(n);
        _out.Append("(?<").Append(n.ToString(CultureInfo.InvariantCulture)).Append('>');
        Body(start);
        _open.Pop();
        _closed.Add(n);
    }

    private void ScopedFlags(int start)
    {
        int on = 0, off = 0;
        bool minus = false;
        while (_i < _p.Length && (FlagOf(_p[_i]) != 0 || _p[_i] == '-'))
        {
            if (_p[_i] == '-') minus = true;
            else if (minus) off |= FlagOf(_p[_i]);
            else on |= FlagOf(_p[_i]);
            _i++;
        }
        if (_i >= _p.Length) throw new RegexSyntaxException("missing -, : or )", _i);
        if (_p[_i] == ')')
            throw new RegexSyntaxException("global flags not at the start of the expression", start);
        if (_p[_i] != ':') throw new RegexSyntaxException(minus ? "missing :" : "missing -, : or )", _i);
        _i++;
        var saved = _flags;
        _flags = (_flags | (PyReFlags)on) & ~(PyReFlags)off;
        var dn = new StringBuilder("(?");
        if ((on & (int)PyReFlags.IgnoreCase) != 0) dn.Append('i');
        if ((on & (int)PyReFlags.Multiline) != 0) dn.Append('m');
        if ((off & (int)PyReFlags.IgnoreCase) != 0 || (off & (int)PyReFlags.Multiline) != 0)
        {
            dn.Append('-');
            if ((off & (int)PyReFlags.IgnoreCase) != 0) dn.Append('i');
            if ((off & (int)PyReFlags.Multiline) != 0) dn.Append('m');
        }
        dn.Append(':');
        _out.Append(dn);
        Body(start);
        _flags = saved;
    }

    private void Body(int start)
    {
        Sequence(1);
        if (_i >= _p.Length) throw new RegexSyntaxException("missing ), unterminated subpattern", start);
        _out.Append(')');
        _i++;
    }

    /// <summary>An escape outside or inside a class; returns whether it can be repeated.</summary>
    private bool Escape(bool inClass)
    {
        int at = _i;
        if (_i + 1 >= _p.Length) throw new RegexSyntaxException("bad escape (end of pattern)", at);
        char c = _p[_i + 1];
        _i += 2;
        switch (c)
        {
            case 'd': _out.Append(Ascii ? (inClass ? "0-9" : "[0-9]") : "\\d"); return true;
            case 'D': _out.Append(Ascii ? (inClass ? "\\x00-/:-\\uFFFF" : "[^0-9]") : "\\D"); return true;
            case 'w': _out.Append(Ascii ? (inClass ? AsciiWord : "[" + AsciiWord + "]") : "\\w"); return true;
            case 'W': _out.Append(Ascii ? (inClass ? "\\x00-/:-@\\[-^`{-\\uFFFF" : "[^" + AsciiWord + "]") : "\\W"); return true;
            case 's': _out.Append(Ascii ? (inClass ? " \\t\\n\\r\\f\\v" : "[ \\t\\n\\r\\f\\v]") : "\\s"); return true;
            case 'S': _out.Append(Ascii ? (inClass ? "\\x00-\\x08\\x0E-\\x1F!-\\uFFFF" : "[^ \\t\\n\\r\\f\\v]") : "\\S"); return true;
            case 'b' when inClass: _out.Append("\\b"); return true;
            case 'b':
                _out.Append(Ascii ? $"(?:(?<=[{AsciiWord}])(?![{AsciiWord}])|(?<![{AsciiWord}])(?=[{AsciiWord}]))" : "\\b");
                return false;
            case 'B' when !inClass:
                _out.Append(Ascii ? $"(?:(?<=[{AsciiWord}])(?=[{AsciiWord}])|(?<![{AsciiWord}])(?![{AsciiWord}]))" : "\\B");
                return false;
            case 'A' when !inClass: _out.Append("\\A"); return false;
            case 'Z' when !inClass: _out.Append("\\z"); return false;
            case 'n': _out.Append("\\n"); return true;
            case 't': _out.Append("\\t"); return true;
            case 'r': _out.Append("\\r"); return true;
            case 'f': _out.Append("\\f"); return true;
            case 'v': _out.Append("\\v"); return true;
            case 'a': _out.Append("\\a"); return true;
            case '\\': _out.Append("\\\\"); return true;
            case 'x': AppendCodePoint(HexDigits(2, at, 'x')); return true;
            case 'u' or 'U' when _bytes: throw new RegexSyntaxException($"bad escape \\{c}", at);
            case 'u': AppendCodePoint(HexDigits(4, at, 'u')); return true;
            case 'U':
            {
                int cp = HexDigits(8, at, 'U');
                if (cp > 0x10FFFF) throw new RegexSyntaxException($"bad escape \\U{_p.Substring(at + 2, 8)}", at);
                AppendCodePoint(cp);
                return true;
            }
            case 'N': throw new RegexSyntaxException("bad escape \\N", at);
            case '0':
            {
                int v = 0, k = 0;
                while (k < 2 && _i < _p.Length && _p[_i] is >= '0' and <= '7') { v = v * 8 + (_p[_i++] - '0'); k++; }
                AppendCodePoint(v);
                return true;
            }
        }
        if (c is >= '1' and <= '9')
        {
            // Octal escape (three octal digits) or a group reference of one or two digits.
            if (_i + 1 < _p.Length && c <= '7' && _p[_i] is >= '0' and <= '7' && _p[_i + 1] is >= '0' and <= '7')
            {
                int v = (c - '0') * 64 + (_p[_i] - '0') * 8 + (_p[_i + 1] - '0');
                if (v > 255) throw new RegexSyntaxException($"octal escape value \\{_p.Substring(at + 1, 3)} outside of range 0-0o377", at);
                _i += 2;
                AppendCodePoint(v);
                return true;
            }
            int n = c - '0';
            if (_i < _p.Length && char.IsAsciiDigit(_p[_i])) n = n * 10 + (_p[_i++] - '0');
            if (inClass) throw new RegexSyntaxException($"bad escape \\{c}", at);
            if (n > _groups || !_closed.Contains(n))
            {
                if (n <= _groups) throw new RegexSyntaxException("cannot refer to an open group", at);
                throw new RegexSyntaxException($"invalid group reference {n}", at + 1);
            }
            _out.Append("\\k<").Append(n.ToString(CultureInfo.InvariantCulture)).Append('>');
            _backtracking = true;
            return true;
        }
        if (char.IsAsciiLetter(c)) throw new RegexSyntaxException($"bad escape \\{c}", at);
        AppendCodePoint(c);
        return true;
    }

    private int HexDigits(int n, int at, char kind)
    {
        int v = 0;
        for (int k = 0; k < n; k++)
        {
            if (_i >= _p.Length || !char.IsAsciiHexDigit(_p[_i]))
                throw new RegexSyntaxException($"incomplete escape \\{kind}{_p.Substring(at + 2, _i - at - 2)}", at);
            v = v * 16 + Convert.ToInt32(_p[_i].ToString(), 16);
            _i++;
        }
        return v;
    }

    private void AppendCodePoint(int cp)
    {
        if (cp >= 0x80 && cp < 0x10000 && AsciiIgnoreCase && !_inClass)
        {
            _out.Append("(?-i:\\u").Append(cp.ToString("X4", CultureInfo.InvariantCulture)).Append(')');
            return;
        }
        if (cp < 0x10000) _out.Append("\\u").Append(cp.ToString("X4", CultureInfo.InvariantCulture));
        else
        {
            string s = char.ConvertFromUtf32(cp);
            _out.Append("(?:\\u").Append(((int)s[0]).ToString("X4", CultureInfo.InvariantCulture)).Append("\\u").Append(((int)s[1]).ToString("X4", CultureInfo.InvariantCulture)).Append(')');
        }
    }

    private void CharClass()
    {
        _inClass = true;
        try { CharClassBody(); }
        finally { _inClass = false; }
    }

    private void CharClassBody()
    {
        int start = _i;
        _i++;
        int outStart = _out.Length;
        _out.Append('[');
        if (_i < _p.Length && _p[_i] == '^') { _out.Append('^'); _i++; }
        bool first = true;
        var ranges = new List<(int Lo, int Hi)>();
        while (true)
        {
            if (_i >= _p.Length) throw new RegexSyntaxException("unterminated character set", start);
            char c = _p[_i];
            if (c == ']' && !first)
            {
                _i++;
                if (AsciiIgnoreCase)
                {
                    // Case-sensitive class plus the other case of its ASCII letters (see AsciiIgnoreCase).
                    foreach (var (rlo, rhi) in ranges)
                    {
                        AppendCaseRange(rlo, rhi, 'A', 'Z', 'a' - 'A');
                        AppendCaseRange(rlo, rhi, 'a', 'z', 'A' - 'a');
                    }
                    _out.Insert(outStart, "(?-i:").Append("])");
                    return;
                }
                _out.Append(']');
                return;
            }
            first = false;
            int itemAt = _i;
            int lo = ClassItem(out bool isSet);
            if (!isSet && !(_i + 1 < _p.Length && _p[_i] == '-' && _p[_i + 1] != ']')) ranges.Add((lo, lo));
            if (_i + 1 < _p.Length && _p[_i] == '-' && _p[_i + 1] != ']')
            {
                _i++;
                _out.Append('-');
                int hiAt = _i;
                int hi = ClassItem(out bool hiSet);
                if (isSet || hiSet)
                    throw new RegexSyntaxException($"bad character range {_p.Substring(itemAt, _i - itemAt)}", itemAt);
                if (hi < lo) throw new RegexSyntaxException($"bad character range {_p.Substring(itemAt, _i - itemAt)}", itemAt);
                ranges.Add((lo, hi));
                _ = hiAt;
                _ = hi;
            }
        }
    }

    // Appends the part of [lo, hi] inside [from, to], shifted by delta (the other case of ASCII letters).
    private void AppendCaseRange(int lo, int hi, char from, char to, int delta)
    {
        int a = System.Math.Max(lo, from), b = System.Math.Min(hi, to);
        if (a > b) return;
        _out.Append((char)(a + delta));
        if (b > a) _out.Append('-').Append((char)(b + delta));
    }

    /// <summary>One class member, appended; returns its code point (or -1 for a set like \d).</summary>
    private int ClassItem(out bool isSet)
    {
        isSet = false;
        char c = _p[_i];
        if (c == '\\')
        {
            char e = _i + 1 < _p.Length ? _p[_i + 1] : '\0';
            if (e is 'd' or 'D' or 'w' or 'W' or 's' or 'S')
            {
                isSet = true;
                Escape(inClass: true);
                return -1;
            }
            int before = _out.Length;
            int startI = _i;
            Escape(inClass: true);
            // Recover the code point for range checks from the source text.
            _ = before;
            return EscapeValue(startI);
        }
        _i++;
        if (c is '[' or ']' or '\\' or '^' or '-') _out.Append('\\').Append(c);
        else _out.Append(c);
        return c;
    }

    private int EscapeValue(int at)
    {
        char e = _p[at + 1];
        return e switch
        {
            'n' => '\n', 't' => '\t', 'r' => '\r', 'f' => '\f', 'v' => '\v', 'a' => '\a', 'b' => '\b',
            'x' or 'u' or 'U' => Convert.ToInt32(_p.Substring(at + 2, _i - at - 2), 16),
            >= '0' and <= '7' => Convert.ToInt32(_p.Substring(at + 1, _i - at - 1), 8),
            _ => e,
        };
    }
}
