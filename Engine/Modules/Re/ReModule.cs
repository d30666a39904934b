using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;
using RuleSandbox.Engine.Syntax;

namespace RuleSandbox.Engine.Modules.Re;

/// <summary>
/// The <c>re</c> module: Python regex syntax translated to .NET, Python's Pattern/Match API,
/// <c>re.error</c> with CPython's messages, every match bounded by the execution's deadline and
/// charged to its fuel (non-backtracking engine when the pattern has no backreferences or
/// lookarounds).
/// </summary>
public static class ReModule
{
    /// <summary><c>re.error</c>.</summary>
    public static readonly PyType ErrorType = BuildErrorType();

    /// <summary><c>re.Pattern</c>.</summary>
    public static readonly PyType PatternType = PyType.NewBuiltin("Pattern", null);

    /// <summary><c>re.Match</c>.</summary>
    public static readonly PyType MatchType = PyType.NewBuiltin("Match", null);

    private static readonly PyType CallableIteratorType = PyType.NewBuiltin("callable_iterator", null);

    private static readonly ConcurrentDictionary<(string, int), object> s_translations = new();

    private static readonly (string Name, int Value)[] s_flagNames =
    {
        ("TEMPLATE", 1), ("IGNORECASE", 2), ("LOCALE", 4), ("MULTILINE", 8), ("DOTALL", 16), ("UNICODE", 32), ("VERBOSE", 64), ("DEBUG", 128), ("ASCII", 256),
    };

    private static readonly List<KeyValuePair<string, PyObject>> s_entries = Build();

    /// <summary>A fresh <c>re</c> module for one execution.</summary>
    public static PyModule Create()
    {
        var d = new PyDict(s_entries.Count + 4);
        foreach (var kv in s_entries) d.Set(kv.Key, kv.Value);
        return new PyModule("re", d);
    }

    private static Vm Vm => Vm.Current!;

    // ------------------------------------------------------------------ positions

    /// <summary>A UTF-16 index of <paramref name="s"/> as a code point index.</summary>
    internal static int ToCp(PyStr s, int utf16)
    {
        if (s.IsSimple) return utf16;
        string v = s.Value;
        int cp = 0;
        for (int k = 0; k < utf16 && k < v.Length; k++)
        {
            if (char.IsHighSurrogate(v[k]) && k + 1 < v.Length && char.IsLowSurrogate(v[k + 1])) k++;
            cp++;
        }
        return cp;
    }

    /// <summary>A code point index of <paramref name="s"/> as a UTF-16 index.</summary>
    internal static int ToUtf16(PyStr s, int cp)
    {
        if (s.IsSimple) return cp;
        string v = s.Value;
        int k = 0;
        for (int n = 0; n < cp && k < v.Length; n++)
            k += char.IsHighSurrogate(v[k]) && k + 1 < v.Length && char.IsLowSurrogate(v[k + 1]) ? 2 : 1;
        return k;
    }

    /// <summary>Bytes as a string of the same length, one char (U+0000..U+00FF) per byte.</summary>
    internal static string Latin1(ReadOnlySpan<byte> b)
    {
        var chars = new char[b.Length];
        for (int i = 0; i < b.Length; i++) chars[i] = (char)b[i];
        return new string(chars);
    }

    /// <summary>The bytes of a Latin-1 string made by <see cref="Latin1"/>.</summary>
    internal static byte[] Latin1Bytes(string s)
    {
        var b = new byte[s.Length];
        for (int i = 0; i < s.Length; i++) b[i] = (byte)s[i];
        return b;
    }

    /// <summary>The bytes of a bytes-like object, or null for anything else.</summary>
    private static byte[]? BytesLike(PyObject o) => o switch
    {
        PyBytes b => b.Value,
        PyByteArray ba => ba.Items.ToArray(),
        _ => null,
    };

    // ------------------------------------------------------------------ errors

    private static PyType BuildErrorType()
    {
        var t = PyType.NewHeap("error", new[] { ExcTypes.Exception }, null);
        t.Members["__module__"] = PyStr.From("re");
        return t;
    }

    private static PythonException Error(string msg, string pattern, int pos)
    {
        var e = new PyBaseException(ErrorType, PyTuple.Empty);
        string text = msg;
        PyObject lineno = PyNone.Instance, colno = PyNone.Instance;
        if (pos >= 0)
        {
            int line = 1, lastNl = -1;
            for (int k = 0; k < pos && k < pattern.Length; k++)
                if (pattern[k] == '\n') { line++; lastNl = k; }
            int col = pos - lastNl;
            text = pattern.Contains('\n') ? $"{msg} at position {pos} (line {line}, column {col})" : $"{msg} at position {pos}";
            lineno = PyInt.From(line);
            colno = PyInt.From(col);
        }
        e.Args = PyTuple.From(new PyObject[] { PyStr.From(text) });
        e.Dict.Set("msg", PyStr.From(msg));
        e.Dict.Set("pattern", PyStr.From(pattern));
        e.Dict.Set("pos", pos >= 0 ? PyInt.From(pos) : PyNone.Instance);
        e.Dict.Set("lineno", lineno);
        e.Dict.Set("colno", colno);
        return new PythonException(e);
    }

    // ------------------------------------------------------------------ compile

    private static int FlagsOf(PyObject? o)
    {
        if (o is null) return 0;
        var i = Ops.AsIndex(o);
        return i.IsBig ? 0 : (int)i.Small;
    }

    internal static PyRePattern Compile(PyObject pattern, int flags)
    {
        if (pattern is PyRePattern p)
        {
            if (flags != 0) throw Err.ValueError("cannot process flags argument with a compiled pattern");
            return p;
        }
        PyStr s;
        bool bytes = pattern is PyBytes;
        if (pattern is PyBytes pb)
        {
            if ((flags & (int)PyReFlags.Unicode) != 0) throw Err.ValueError("cannot use UNICODE flag with a bytes pattern");
            if ((flags & (int)PyReFlags.Locale) != 0 && (flags & (int)PyReFlags.Ascii) != 0) throw Err.ValueError("ASCII and LOCALE flags are incompatible");
            s = PyStr.From(Latin1(pb.Value));
        }
        else if (pattern is PyStr ps)
        {
            s = ps;
            if ((flags & (int)PyReFlags.Locale) != 0) throw Err.ValueError("cannot use LOCALE flag with a str pattern");
        }
        else throw Err.TypeError("first argument must be string or compiled pattern");
        int key = bytes ? flags | (int)PyReFlags.BytesPattern : flags;
        if ((flags & (int)PyReFlags.Ascii) != 0 && (flags & (int)PyReFlags.Unicode) != 0) throw Err.ValueError("ASCII and UNICODE flags are incompatible");
        Vm.Charge(1 + s.Value.Length);
        var cached = s_translations.GetOrAdd((s.Value, key), key =>
        {
            try
            {
                var t = RegexTranslator.Translate(key.Item1, (PyReFlags)key.Item2);
                RegexEngine.Validate(t);
                return t;
            }
            catch (RegexSyntaxException e) { return e; }
        });
        if (s_translations.Count > 4096) s_translations.Clear();
        if (cached is RegexSyntaxException err) throw Error(err.Message, s.Value, err.Position);
        var tp = (TranslatedPattern)cached;
        return new PyRePattern(s, (int)tp.Flags, tp, pattern);
    }

    // ------------------------------------------------------------------ matching

    /// <summary>
    /// The subject as text: a str for a str pattern, a bytes-like object (seen as Latin-1 text)
    /// for a bytes pattern; mixing them is CPython's TypeError.
    /// </summary>
    private static PyStr Subject(PyRePattern p, PyObject str)
    {
        if (str is PyStr s)
        {
            if (p.IsBytes) throw Err.TypeError("cannot use a bytes pattern on a string-like object");
            return s;
        }
        if (BytesLike(str) is { } b)
        {
            if (!p.IsBytes) throw Err.TypeError("cannot use a string pattern on a bytes-like object");
            Vm.ChargeAllocation(b.Length * 2L);
            return PyStr.From(Latin1(b));
        }
        throw Err.TypeError($"expected string or bytes-like object, got '{Ops.TypeName(str)}'");
    }

    private static (PyStr S, string Input, int Pos, int EndPos, int PosCp, int EndCp) Bounds(PyRePattern pat, PyObject str, PyObject? pos, PyObject? endpos)
    {
        var s = Subject(pat, str);
        int len = s.Length;
        long p = pos is null ? 0 : ArgParser.Int(pos, "match");
        long e = endpos is null ? len : ArgParser.Int(endpos, "match");
        if (p < 0) p = 0;
        if (p > len) p = len;
        if (e > len) e = len;
        if (e < 0) e = 0;
        int pu = ToUtf16(s, (int)p), eu = ToUtf16(s, (int)e);
        string input = eu < s.Value.Length ? s.Value.Substring(0, eu) : s.Value;
        return (s, input, pu, eu, (int)p, (int)e);
    }

    private static PyObject MatchAt(PyRePattern p, RegexEngine.Kind kind, PyObject str, PyObject? pos, PyObject? endpos)
    {
        var b = Bounds(p, str, pos, endpos);
        if (b.Pos > b.EndPos) return PyNone.Instance;
        var m = RegexEngine.Run(RegexEngine.For(p.T, kind), b.Input, b.Pos);
        return m.Success ? new PyReMatch(p, b.S, m, b.PosCp, b.EndCp, str) : PyNone.Instance;
    }

    /// <summary>Every match from pos to endpos, Python's iteration order (empty matches advance by one).</summary>
    private static IEnumerable<PyReMatch> Iterate(PyRePattern p, PyStr s, string input, int pos, int posCp, int endCp, PyObject? subject = null)
    {
        var rx = RegexEngine.For(p.T, RegexEngine.Kind.Search);
        int at = pos;
        while (at <= input.Length)
        {
            var m = RegexEngine.Run(rx, input, at);
            if (!m.Success) yield break;
            yield return new PyReMatch(p, s, m, posCp, endCp, subject);
            if (m.Length > 0) at = m.Index + m.Length;
            else at = m.Index + (m.Index < input.Length && char.IsHighSurrogate(input[m.Index]) && m.Index + 1 < input.Length ? 2 : 1);
        }
    }

    private static PyObject FindAll(PyRePattern p, PyObject str, PyObject? pos, PyObject? endpos)
    {
        var b = Bounds(p, str, pos, endpos);
        var result = new List<PyObject>();
        if (b.Pos > b.EndPos) return new PyList(result);
        foreach (var m in Iterate(p, b.S, b.Input, b.Pos, b.PosCp, b.EndCp, str))
        {
            Vm.ChargeAllocation(32 + m.M.Length * 2L);
            int g = p.T.Groups;
            if (g == 0) result.Add(p.Wrap(m.M.Value));
            else if (g == 1) result.Add(m.Group(1, p.Empty));
            else
            {
                var items = new PyObject[g];
                for (int k = 1; k <= g; k++) items[k - 1] = m.Group(k, p.Empty);
                result.Add(PyTuple.From(items));
            }
        }
        return new PyList(result);
    }

    private static PyObject Split(PyRePattern p, PyObject str, long maxsplit)
    {
        var b = Bounds(p, str, null, null);
        var result = new List<PyObject>();
        int last = 0, n = 0;
        string s = b.S.Value;
        if (maxsplit >= 0)
        {
            foreach (var m in Iterate(p, b.S, s, 0, 0, b.S.Length, str))
            {
                if (maxsplit > 0 && n >= maxsplit) break;
                Vm.ChargeAllocation(32 + (m.M.Index - last) * 2L);
                result.Add(p.Wrap(s.Substring(last, m.M.Index - last)));
                for (int k = 1; k <= p.T.Groups; k++) result.Add(m.Group(k));
                last = m.M.Index + m.M.Length;
                n++;
            }
        }
        result.Add(p.Wrap(s.Substring(last)));
        return new PyList(result);
    }

    private static (PyObject Result, int Count) Sub(PyRePattern p, PyObject repl, PyObject str, long count)
    {
        var b = Bounds(p, str, null, null);
        string s = b.S.Value;
        ReTemplate? template = null;
        bool wrongKind = false;
        if (repl is PyStr rs && !p.IsBytes)
        {
            template = ReTemplate.Parse(rs.Value, p, (msg, pos) => Error(msg, rs.Value, pos));
        }
        else if (p.IsBytes && BytesLike(repl) is { } rb)
        {
            string rt = Latin1(rb);
            template = ReTemplate.Parse(rt, p, (msg, pos) => Error(msg, rt, pos));
        }
        else if (repl is PyStr || BytesLike(repl) is not null)
        {
            // A str template with a bytes pattern (or the reverse) fails when CPython joins the pieces.
            wrongKind = true;
        }
        else if (!IsCallable(repl))
        {
            throw Err.TypeError(p.IsBytes ? $"expected a bytes-like object, {Ops.TypeName(repl)} found"
                : $"decoding to str: need a bytes-like object, {Ops.TypeName(repl)} found");
        }
        var sb = new StringBuilder();
        int last = 0, n = 0, items = 0;
        if (count >= 0)
        {
            foreach (var m in Iterate(p, b.S, s, 0, 0, b.S.Length))
            {
                if (count > 0 && n >= count) break;
                if (m.M.Index > last) items++;
                sb.Append(s, last, m.M.Index - last);
                if (wrongKind) throw JoinError(p, items, repl);
                if (template is not null) template.Expand(m, sb);
                else
                {
                    // CPython joins the pieces at the end: None counts as nothing, other kinds fail in join.
                    var r = Vm.Call(repl, m);
                    if (!p.IsBytes && r is PyStr rstr) { sb.Append(rstr.Value); items++; }
                    else if (p.IsBytes && BytesLike(r) is { } rbytes) { sb.Append(Latin1(rbytes)); items++; }
                    else if (r is not PyNone) throw JoinError(p, items, r);
                }
                last = m.M.Index + m.M.Length;
                n++;
                Vm.CheckAllocation(sb.Length * 2L);
            }
        }
        if (n == 0) return (p.IsBytes ? (str is PyBytes ? str : p.Wrap(s)) : b.S, 0);
        sb.Append(s, last, s.Length - last);
        Vm.ChargeAllocation(sb.Length * 2L);
        return (p.Wrap(sb.ToString()), n);
    }

    // The error of CPython's final join when a piece has the wrong kind of string.
    private static PythonException JoinError(PyRePattern p, int item, PyObject piece)
        => p.IsBytes
            ? Err.TypeError($"sequence item {item}: expected a bytes-like object, {Ops.TypeName(piece)} found")
            : Err.TypeError($"sequence item {item}: expected str instance, {Ops.TypeName(piece)} found");

    private static bool IsCallable(PyObject o) => o is PyFunction or PyBuiltinFunction or PyBoundMethod or PyType || Ops.UserDunder(o, "__call__") is not null;

    // ------------------------------------------------------------------ module

    private static string FlagsRepr(int flags)
    {
        var parts = new List<string>();
        int rest = flags;
        foreach (var (name, value) in s_flagNames)
        {
            if ((flags & value) != 0)
            {
                parts.Add("re." + name);
                rest &= ~value;
            }
        }
        if (rest != 0) parts.Add("0x" + rest.ToString("x", CultureInfo.InvariantCulture));
        return string.Join("|", parts);
    }

    private static string Escape(string s)
    {
        var sb = new StringBuilder(s.Length * 2);
        foreach (char c in s)
        {
            switch (c)
            {
                case '\t': sb.Append("\\\t"); break;
                case '\n': sb.Append("\\\n"); break;
                case '\r': sb.Append("\\\r"); break;
                case '\v': sb.Append("\\\v"); break;
                case '\f': sb.Append("\\\f"); break;
                default:
                    if ("()[]{}?*+-|^$\\.&~# ".IndexOf(c) >= 0) sb.Append('\\');
                    sb.Append(c);
                    break;
            }
        }
        return sb.ToString();
    }

    private static List<KeyValuePair<string, PyObject>> Build()
    {
        var e = new List<KeyValuePair<string, PyObject>>();
        void Def(string name, BuiltinFn fn) => e.Add(new(name, new PyBuiltinFunction(name, fn)));

        string[] withFlags = { "pattern", "string", "flags" };
        Def("compile", (a, kw) =>
        {
            var p = ArgParser.Parse("compile", a, kw, new[] { "pattern", "flags" }, 1);
            return Compile(p[0]!, FlagsOf(p[1]));
        });
        Def("match", (a, kw) => { var p = ArgParser.Parse("match", a, kw, withFlags, 2); return MatchAt(Compile(p[0]!, FlagsOf(p[2])), RegexEngine.Kind.Match, p[1]!, null, null); });
        Def("search", (a, kw) => { var p = ArgParser.Parse("search", a, kw, withFlags, 2); return MatchAt(Compile(p[0]!, FlagsOf(p[2])), RegexEngine.Kind.Search, p[1]!, null, null); });
        Def("fullmatch", (a, kw) => { var p = ArgParser.Parse("fullmatch", a, kw, withFlags, 2); return MatchAt(Compile(p[0]!, FlagsOf(p[2])), RegexEngine.Kind.FullMatch, p[1]!, null, null); });
        Def("findall", (a, kw) => { var p = ArgParser.Parse("findall", a, kw, withFlags, 2); return FindAll(Compile(p[0]!, FlagsOf(p[2])), p[1]!, null, null); });
        Def("finditer", (a, kw) => { var p = ArgParser.Parse("finditer", a, kw, withFlags, 2); return FindIter(Compile(p[0]!, FlagsOf(p[2])), p[1]!, null, null); });
        Def("split", (a, kw) =>
        {
            var p = ArgParser.Parse("split", a, kw, new[] { "pattern", "string", "maxsplit", "flags" }, 2);
            return Split(Compile(p[0]!, FlagsOf(p[3])), p[1]!, p[2] is null ? 0 : ArgParser.Int(p[2]!, "split"));
        });
        Def("sub", (a, kw) =>
        {
            var p = ArgParser.Parse("sub", a, kw, new[] { "pattern", "repl", "string", "count", "flags" }, 3);
            return Sub(Compile(p[0]!, FlagsOf(p[4])), p[1]!, p[2]!, p[3] is null ? 0 : ArgParser.Int(p[3]!, "sub")).Result;
        });
        Def("subn", (a, kw) =>
        {
            var p = ArgParser.Parse("subn", a, kw, new[] { "pattern", "repl", "string", "count", "flags" }, 3);
            var (r, n) = Sub(Compile(p[0]!, FlagsOf(p[4])), p[1]!, p[2]!, p[3] is null ? 0 : ArgParser.Int(p[3]!, "subn"));
            return PyTuple.From(new[] { r, PyInt.From(n) });
        });
        Def("escape", (a, kw) =>
        {
            var p = ArgParser.Parse("escape", a, kw, new[] { "pattern" }, 1);
            if (BytesLike(p[0]!) is { } eb)
            {
                Vm.ChargeAllocation(eb.Length * 4L);
                return new PyBytes(Latin1Bytes(Escape(Latin1(eb))));
            }
            if (p[0] is not PyStr s) throw Err.TypeError($"decoding to str: need a bytes-like object, {Ops.TypeName(p[0]!)} found");
            Vm.ChargeAllocation(s.Value.Length * 4L);
            return PyStr.From(Escape(s.Value));
        });
        Def("purge", (a, kw) => PyNone.Instance);

        foreach (var (name, value) in s_flagNames)
        {
            if (name is "TEMPLATE" or "DEBUG") continue;
            e.Add(new(name, PyInt.From(value)));
        }
        foreach (var (shortName, value) in new[] { ("I", 2), ("L", 4), ("M", 8), ("S", 16), ("U", 32), ("X", 64), ("A", 256) })
            e.Add(new(shortName, PyInt.From(value)));
        e.Add(new("NOFLAG", PyInt.From(0)));
        e.Add(new("error", ErrorType));
        e.Add(new("Pattern", PatternType));
        e.Add(new("Match", MatchType));

        InitPattern();
        InitMatch();
        return e;
    }

    private static PyObject FindIter(PyRePattern p, PyObject str, PyObject? pos, PyObject? endpos)
    {
        var b = Bounds(p, str, pos, endpos);
        IEnumerable<PyReMatch> seq = b.Pos > b.EndPos ? Array.Empty<PyReMatch>() : Iterate(p, b.S, b.Input, b.Pos, b.PosCp, b.EndCp, str);
        var en = seq.GetEnumerator();
        return new PyFuncIterator(CallableIteratorType, () => en.MoveNext() ? en.Current : null);
    }

    private static void Method(PyType t, string name, BuiltinFn fn) => t.Members[name] = new PyBuiltinFunction(name, fn, t);

    private static void Property(PyType t, string name, Func<PyObject, PyObject> get)
        => t.Members[name] = new PyProperty(new PyBuiltinFunction(name, (a, kw) => get(a[0])), null, null, null);

    private static void InitPattern()
    {
        var t = PatternType;
        t.Module = "re";
        t.NativeDunders = true;
        string[] names = { "self", "string", "pos", "endpos" };
        Method(t, "match", (a, kw) => { var p = ArgParser.Parse("match", a, kw, names, 2); return MatchAt((PyRePattern)p[0]!, RegexEngine.Kind.Match, p[1]!, p[2], p[3]); });
        Method(t, "search", (a, kw) => { var p = ArgParser.Parse("search", a, kw, names, 2); return MatchAt((PyRePattern)p[0]!, RegexEngine.Kind.Search, p[1]!, p[2], p[3]); });
        Method(t, "fullmatch", (a, kw) => { var p = ArgParser.Parse("fullmatch", a, kw, names, 2); return MatchAt((PyRePattern)p[0]!, RegexEngine.Kind.FullMatch, p[1]!, p[2], p[3]); });
        Method(t, "findall", (a, kw) => { var p = ArgParser.Parse("findall", a, kw, names, 2); return FindAll((PyRePattern)p[0]!, p[1]!, p[2], p[3]); });
        Method(t, "finditer", (a, kw) => { var p = ArgParser.Parse("finditer", a, kw, names, 2); return FindIter((PyRePattern)p[0]!, p[1]!, p[2], p[3]); });
        Method(t, "split", (a, kw) =>
        {
            var p = ArgParser.Parse("split", a, kw, new[] { "self", "string", "maxsplit" }, 2);
            return Split((PyRePattern)p[0]!, p[1]!, p[2] is null ? 0 : ArgParser.Int(p[2]!, "split"));
        });
        Method(t, "sub", (a, kw) =>
        {
            var p = ArgParser.Parse("sub", a, kw, new[] { "self", "repl", "string", "count" }, 3);
            return Sub((PyRePattern)p[0]!, p[1]!, p[2]!, p[3] is null ? 0 : ArgParser.Int(p[3]!, "sub")).Result;
        });
        Method(t, "subn", (a, kw) =>
        {
            var p = ArgParser.Parse("subn", a, kw, new[] { "self", "repl", "string", "count" }, 3);
            var (r, n) = Sub((PyRePattern)p[0]!, p[1]!, p[2]!, p[3] is null ? 0 : ArgParser.Int(p[3]!, "subn"));
            return PyTuple.From(new[] { r, PyInt.From(n) });
        });
        Method(t, "__repr__", (a, kw) =>
        {
            var p = (PyRePattern)a[0];
            int shown = p.Flags & ~(int)PyReFlags.Unicode;
            string src = p.IsBytes ? LiteralRepr.Bytes(((PyBytes)p.SourceObject).Value) : LiteralRepr.Str(p.Source.Value);
            if (src.Length > 200) src = src.Substring(0, 200);
            return PyStr.From(shown == 0 ? $"re.compile({src})" : $"re.compile({src}, {FlagsRepr(shown)})");
        });
        Method(t, "__eq__", (a, kw) => a[1] is PyRePattern o && o.Source.Value == ((PyRePattern)a[0]).Source.Value && o.Flags == ((PyRePattern)a[0]).Flags
            && o.IsBytes == ((PyRePattern)a[0]).IsBytes ? PyBool.True : PyBool.False);
        Method(t, "__hash__", (a, kw) => PyInt.From(((PyRePattern)a[0]).Source.Value.GetHashCode() ^ ((PyRePattern)a[0]).Flags));
        Property(t, "pattern", o => ((PyRePattern)o).SourceObject);
        Property(t, "flags", o => PyInt.From(((PyRePattern)o).Flags));
        Property(t, "groups", o => PyInt.From(((PyRePattern)o).T.Groups));
        Property(t, "groupindex", o =>
        {
            var d = new PyDict();
            foreach (var kv in ((PyRePattern)o).T.GroupIndex.OrderBy(kv => kv.Value)) d.Set(kv.Key, PyInt.From(kv.Value));
            return d;
        });
    }

    private static void InitMatch()
    {
        var t = MatchType;
        t.Module = "re";
        t.NativeDunders = true;
        Method(t, "group", (a, kw) =>
        {
            ArgParser.NoKw("group", kw);
            var m = (PyReMatch)a[0];
            if (a.Length == 1) return m.Group(0);
            if (a.Length == 2) return m.Group(m.GroupNumber(a[1]));
            var items = new PyObject[a.Length - 1];
            for (int k = 1; k < a.Length; k++) items[k - 1] = m.Group(m.GroupNumber(a[k]));
            return PyTuple.From(items);
        });
        Method(t, "__getitem__", (a, kw) => { var m = (PyReMatch)a[0]; return m.Group(m.GroupNumber(a[1])); });
        Method(t, "groups", (a, kw) =>
        {
            var p = ArgParser.Parse("groups", a, kw, new[] { "self", "default" }, 1);
            var m = (PyReMatch)p[0]!;
            var items = new PyObject[m.Pattern.T.Groups];
            for (int k = 1; k <= items.Length; k++) items[k - 1] = m.Group(k, p[1]);
            return PyTuple.From(items);
        });
        Method(t, "groupdict", (a, kw) =>
        {
            var p = ArgParser.Parse("groupdict", a, kw, new[] { "self", "default" }, 1);
            var m = (PyReMatch)p[0]!;
            var d = new PyDict();
            foreach (var kv in m.Pattern.T.GroupIndex.OrderBy(kv => kv.Value)) d.Set(kv.Key, m.Group(kv.Value, p[1]));
            return d;
        });
        Method(t, "start", (a, kw) => { var m = (PyReMatch)a[0]; return PyInt.From(m.Span(a.Length > 1 ? m.GroupNumber(a[1]) : 0).Start); });
        Method(t, "end", (a, kw) => { var m = (PyReMatch)a[0]; return PyInt.From(m.Span(a.Length > 1 ? m.GroupNumber(a[1]) : 0).End); });
        Method(t, "span", (a, kw) =>
        {
            var m = (PyReMatch)a[0];
            var (s, e2) = m.Span(a.Length > 1 ? m.GroupNumber(a[1]) : 0);
            return PyTuple.From(new PyObject[] { PyInt.From(s), PyInt.From(e2) });
        });
        Method(t, "expand", (a, kw) =>
        {
            ArgParser.Count("expand", a, kw, 2, 2);
            var m = (PyReMatch)a[0];
            string text;
            if (m.Pattern.IsBytes && BytesLike(a[1]) is { } tb) text = Latin1(tb);
            else if (!m.Pattern.IsBytes && a[1] is PyStr ts) text = ts.Value;
            else if (a[1] is PyStr || BytesLike(a[1]) is not null) throw Err.TypeError(m.Pattern.IsBytes ? "sequence item 1: expected str instance, bytes found" : "sequence item 1: expected a bytes-like object, str found");
            else throw Err.TypeError($"expected str instance, {Ops.TypeName(a[1])} found");
            var tpl = ReTemplate.Parse(text, m.Pattern, (msg, pos) => Error(msg, text, pos));
            var sb = new StringBuilder();
            tpl.Expand(m, sb);
            return m.Pattern.Wrap(sb.ToString());
        });
        Method(t, "__repr__", (a, kw) =>
        {
            var m = (PyReMatch)a[0];
            var (s, e2) = m.Span(0);
            string shown = m.Pattern.IsBytes ? LiteralRepr.Bytes(Latin1Bytes(m.M.Value)) : LiteralRepr.Str(m.M.Value);
            return PyStr.From($"<re.Match object; span=({s}, {e2}), match={shown}>");
        });
        Method(t, "__bool__", (a, kw) => PyBool.True);
        Property(t, "string", o => ((PyReMatch)o).Subject);
        Property(t, "re", o => ((PyReMatch)o).Pattern);
        Property(t, "pos", o => PyInt.From(((PyReMatch)o).Pos));
        Property(t, "endpos", o => PyInt.From(((PyReMatch)o).EndPos));
        Property(t, "lastindex", o => ((PyReMatch)o).LastIndex() is int n ? PyInt.From(n) : PyNone.Instance);
        Property(t, "lastgroup", o =>
        {
            var m = (PyReMatch)o;
            if (m.LastIndex() is not int n) return PyNone.Instance;
            foreach (var kv in m.Pattern.T.GroupIndex)
                if (kv.Value == n) return PyStr.From(kv.Key);
            return PyNone.Instance;
        });
    }
}
