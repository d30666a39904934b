using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Json;

/// <summary>
/// The <c>json</c> module: <c>dumps</c>/<c>dump</c>, <c>loads</c>/<c>load</c> and
/// <c>JSONEncoder</c>/<c>JSONDecoder</c> (subclassable, for <c>cls=</c>) and
/// <c>JSONDecodeError</c>, producing and accepting exactly what CPython 3.12 does.
/// </summary>
public static class JsonModule
{
    /// <summary><c>json.JSONDecodeError</c> (a ValueError subclass from <c>json.decoder</c>).</summary>
    public static readonly PyType DecodeErrorType = BuildDecodeErrorType();

    private static readonly List<KeyValuePair<string, PyObject>> s_entries = Build();

    private static readonly string[] s_dumpsNames =
        { "obj", "skipkeys", "ensure_ascii", "check_circular", "allow_nan", "cls", "indent", "separators", "default", "sort_keys" };

    private static readonly string[] s_dumpNames =
        { "obj", "fp", "skipkeys", "ensure_ascii", "check_circular", "allow_nan", "cls", "indent", "separators", "default", "sort_keys" };

    private static readonly string[] s_loadsNames =
        { "s", "cls", "object_hook", "parse_float", "parse_int", "parse_constant", "object_pairs_hook" };

    private static readonly string[] s_loadNames =
        { "fp", "cls", "object_hook", "parse_float", "parse_int", "parse_constant", "object_pairs_hook" };

    /// <summary>A fresh <c>json</c> module for one execution.</summary>
    public static PyModule Create()
    {
        var d = new PyDict(s_entries.Count + 4);
        foreach (var kv in s_entries) d.Set(kv.Key, kv.Value);
        return new PyModule("json", d);
    }

    private static PyType BuildDecodeErrorType()
    {
        // A class like one defined in Python, so tracebacks name it json.decoder.JSONDecodeError.
        var t = PyType.NewHeap("JSONDecodeError", new[] { ExcTypes.ValueError }, null);
        t.Members["__module__"] = PyStr.From("json.decoder");
        t.Members["__init__"] = new PyBuiltinFunction("__init__", (a, kw) =>
        {
            var p = ArgParser.Parse("__init__", a, kw, new[] { "self", "msg", "doc", "pos" }, 4);
            if (p[0] is not PyBaseException e) throw Err.TypeError("descriptor '__init__' requires a 'JSONDecodeError' object");
            if (p[1] is not PyStr msg) throw Err.TypeError("msg must be a str");
            if (p[2] is not PyStr doc) throw Err.TypeError("doc must be a str");
            Fill(e, msg.Value, doc, (int)ArgParser.Int(p[3]!, "__init__"));
            return PyNone.Instance;
        }, t);
        return t;
    }

    private static void Fill(PyBaseException e, string msg, PyStr doc, int pos)
    {
        // lineno and colno count code points, as CPython's str indexing does.
        var cps = doc.CodePoints;
        int line = 1, lastNl = -1;
        for (int k = 0; k < pos && k < cps.Length; k++)
        {
            if (cps[k] == '\n') { line++; lastNl = k; }
        }
        int col = pos - lastNl;
        e.Args = PyTuple.From(new PyObject[] { PyStr.From($"{msg}: line {line} column {col} (char {pos})") });
        e.Dict.Set("msg", PyStr.From(msg));
        e.Dict.Set("doc", doc);
        e.Dict.Set("pos", PyInt.From(pos));
        e.Dict.Set("lineno", PyInt.From(line));
        e.Dict.Set("colno", PyInt.From(col));
    }

    /// <summary>A JSONDecodeError at code point <paramref name="pos"/> of <paramref name="doc"/>.</summary>
    internal static PythonException DecodeError(string msg, PyStr doc, int pos)
    {
        var e = new PyBaseException(DecodeErrorType, PyTuple.Empty);
        Fill(e, msg, doc, pos);
        return new PythonException(e);
    }

    private static List<KeyValuePair<string, PyObject>> Build()
    {
        var e = new List<KeyValuePair<string, PyObject>>();
        void Def(string name, BuiltinFn fn) => e.Add(new(name, new PyBuiltinFunction(name, fn)));
        Def("dumps", (a, kw) =>
        {
            var (args, names, extra) = SplitExtra(a, kw, s_dumpsNames);
            var p = ArgParser.Parse("dumps", args, names, s_dumpsNames, 1, kwOnlyFrom: 1);
            if (Opt(p[5]) is { } cls) return EncodeWith(cls, p, 1, extra);
            CheckKeywords(extra, "JSONEncoder");
            return PyStr.From(MakeEncoder(p, 1).Encode(p[0]!));
        });
        Def("dump", (a, kw) =>
        {
            var (args, names, extra) = SplitExtra(a, kw, s_dumpNames);
            var p = ArgParser.Parse("dump", args, names, s_dumpNames, 2, kwOnlyFrom: 2);
            var write = Ops.GetAttr(p[1]!, "write");
            if (Opt(p[6]) is { } cls)
            {
                // dump() writes what the class's iterencode yields, chunk by chunk (CPython's order).
                var encoder = NewEncoder(cls, p, 2, extra);
                var it = Ops.GetIter(Vm.Current!.Call(Ops.GetAttr(encoder, "iterencode"), p[0]!));
                while (Ops.Next(it) is { } chunk) Vm.Current!.Call(write, chunk);
                return PyNone.Instance;
            }
            CheckKeywords(extra, "JSONEncoder");
            Vm.Current!.Call(write, PyStr.From(MakeEncoder(p, 2).Encode(p[0]!)));
            return PyNone.Instance;
        });
        Def("loads", (a, kw) =>
        {
            var (args, names, extra) = SplitExtra(a, kw, s_loadsNames);
            var p = ArgParser.Parse("loads", args, names, s_loadsNames, 1, kwOnlyFrom: 1);
            return Loads(p[0]!, p, extra);
        });
        Def("load", (a, kw) =>
        {
            var (args, names, extra) = SplitExtra(a, kw, s_loadNames);
            var p = ArgParser.Parse("load", args, names, s_loadNames, 1, kwOnlyFrom: 1);
            var read = Ops.GetAttr(p[0]!, "read");
            return Loads(Vm.Current!.Call(read), p, extra);
        });
        e.Add(new("JSONEncoder", JsonClasses.Encoder));
        e.Add(new("JSONDecoder", JsonClasses.Decoder));
        e.Add(new("JSONDecodeError", DecodeErrorType));
        return e;
    }

    /// <summary>
    /// Separates the keyword arguments that dumps/loads do not know: CPython passes them on to the
    /// encoder or decoder class (<c>cls(**kw)</c>), which accepts them or names itself in the error.
    /// </summary>
    private static (PyObject[] Args, string[]? Names, List<(string Name, PyObject Value)> Extra) SplitExtra(ReadOnlySpan<PyObject> a, string[]? kwnames, string[] known)
    {
        var extra = new List<(string, PyObject)>();
        if (kwnames is null) return (a.ToArray(), null, extra);
        int npos = a.Length - kwnames.Length;
        var args = new List<PyObject>(a.Length);
        var names = new List<string>(kwnames.Length);
        for (int i = 0; i < npos; i++) args.Add(a[i]);
        for (int k = 0; k < kwnames.Length; k++)
        {
            if (Array.IndexOf(known, kwnames[k]) >= 0) { args.Add(a[npos + k]); names.Add(kwnames[k]); }
            else extra.Add((kwnames[k], a[npos + k]));
        }
        return (args.ToArray(), names.ToArray(), extra);
    }

    private static void CheckKeywords(List<(string Name, PyObject Value)> extra, string owner)
    {
        if (extra.Count > 0) throw Err.TypeError($"{owner}.__init__() got an unexpected keyword argument '{extra[0].Name}'");
    }

    /// <summary><c>cls(skipkeys=..., ..., **kw).encode(obj)</c>, as CPython's dumps does with a custom class.</summary>
    private static PyObject EncodeWith(PyObject cls, PyObject?[] p, int first, List<(string Name, PyObject Value)> extra)
        => Vm.Current!.Call(Ops.GetAttr(NewEncoder(cls, p, first, extra), "encode"), p[0]!);

    /// <summary><c>cls(skipkeys=..., ..., **kw)</c> with dumps/dump's settings.</summary>
    private static PyObject NewEncoder(PyObject cls, PyObject?[] p, int first, List<(string Name, PyObject Value)> extra)
    {
        PyObject Or(PyObject? v, PyObject dflt) => v ?? dflt;
        var args = new List<PyObject>
        {
            Or(p[first], PyBool.False), Or(p[first + 1], PyBool.True), Or(p[first + 2], PyBool.True), Or(p[first + 3], PyBool.True),
            Or(p[first + 5], PyNone.Instance), Or(p[first + 6], PyNone.Instance), Or(p[first + 7], PyNone.Instance), Or(p[first + 8], PyBool.False),
        };
        var names = new List<string> { "skipkeys", "ensure_ascii", "check_circular", "allow_nan", "indent", "separators", "default", "sort_keys" };
        foreach (var (n, v) in extra) { names.Add(n); args.Add(v); }
        return Vm.Current!.Call(cls, args.ToArray(), names.ToArray());
    }

    private static PyObject? Opt(PyObject? o) => o is null or PyNone ? null : o;

    private static JsonEncoder MakeEncoder(PyObject?[] p, int first)
    {
        string? indent = null;
        switch (Opt(p[first + 5]))
        {
            case null: break;
            case PyStr s: indent = s.Value; break;
            case PyInt n when !n.IsBig: indent = n.Small > 0 ? new string(' ', (int)System.Math.Min(n.Small, 1 << 20)) : ""; break;
            case var other: throw Err.TypeError($"can't multiply sequence by non-int of type '{Ops.TypeName(other)}'");
        }
        string itemSep = indent is null ? ", " : ",", keySep = ": ";
        if (Opt(p[first + 6]) is { } seps)
        {
            var parts = Ops.ToList(seps);
            if (parts.Count != 2) throw Err.ValueError($"{(parts.Count > 2 ? "too many values to unpack" : "not enough values to unpack")} (expected 2{(parts.Count > 2 ? "" : $", got {parts.Count}")})");
            if (parts[0] is not PyStr s0 || parts[1] is not PyStr s1) throw Err.TypeError("make_encoder() argument 6 must be str, not " + Ops.TypeName(parts[0] is PyStr ? parts[1] : parts[0]));
            itemSep = s0.Value;
            keySep = s1.Value;
        }
        return new JsonEncoder(checkCircular: p[first + 2] is null || Ops.IsTrue(p[first + 2]!))
        {
            SkipKeys = p[first] is not null && Ops.IsTrue(p[first]!),
            EnsureAscii = p[first + 1] is null || Ops.IsTrue(p[first + 1]!),
            AllowNan = p[first + 3] is null || Ops.IsTrue(p[first + 3]!),
            Indent = indent,
            ItemSeparator = itemSep,
            KeySeparator = keySep,
            Default = Opt(p[first + 7]),
            SortKeys = p[first + 8] is not null && Ops.IsTrue(p[first + 8]!),
        };
    }

    private static PyObject Loads(PyObject s, PyObject?[] p, List<(string Name, PyObject Value)> extra)
    {
        PyStr doc;
        switch (s)
        {
            case PyStr str:
                if (str.Value.StartsWith('\uFEFF')) throw DecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", str, 0);
                doc = str;
                break;
            case PyBytes b: doc = PyStr.From(DecodeBytes(b.Value)); break;
            case PyByteArray ba: doc = PyStr.From(DecodeBytes(ba.Items.ToArray())); break;
            default: throw Err.TypeError($"the JSON object must be str, bytes or bytearray, not {Ops.TypeName(s)}");
        }
        if (Opt(p[1]) is { } cls)
        {
            // cls(**kw).decode(s) with only the hooks that were given, as CPython's loads does.
            var args = new List<PyObject>();
            var names = new List<string>();
            string[] hookNames = { "object_hook", "parse_float", "parse_int", "parse_constant", "object_pairs_hook" };
            for (int k = 0; k < hookNames.Length; k++)
                if (Opt(p[k + 2]) is { } hook) { names.Add(hookNames[k]); args.Add(hook); }
            foreach (var (n, v) in extra) { names.Add(n); args.Add(v); }
            var decoder = Vm.Current!.Call(cls, args.ToArray(), names.ToArray());
            return Vm.Current!.Call(Ops.GetAttr(decoder, "decode"), doc);
        }
        bool strict = true;
        foreach (var (n, v) in extra)
        {
            if (n == "strict") strict = Ops.IsTrue(v);
            else throw Err.TypeError($"JSONDecoder.__init__() got an unexpected keyword argument '{n}'");
        }
        return new JsonDecoder(doc)
        {
            ObjectHook = Opt(p[2]),
            ParseFloat = Opt(p[3]),
            ParseInt = Opt(p[4]),
            ParseConstant = Opt(p[5]),
            ObjectPairsHook = Opt(p[6]),
            Strict = strict,
        }.Decode();
    }

    /// <summary>Bytes input: the encoding is detected from the first bytes as json.detect_encoding does.</summary>
    private static string DecodeBytes(byte[] b)
    {
        string enc = "utf-8";
        if (b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF) enc = "utf-8-sig";
        else if (b.Length >= 2 && ((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF))) enc = "utf-16";
        else if (b.Length >= 4 && b[0] == 0 && b[1] == 0 && b[2] == 0) enc = "utf-32-be";
        else if (b.Length >= 4 && b[1] == 0 && b[2] == 0 && b[3] == 0) enc = "utf-32-le";
        else if (b.Length >= 2 && b[0] == 0) enc = "utf-16-be";
        else if (b.Length >= 2 && b[1] == 0) enc = "utf-16-le";
        try { return RuleSandbox.Engine.Runtime.Text.Codecs.Decode(b, enc, "surrogatepass"); }
        catch (RuleSandbox.Engine.Runtime.Text.TextError ex) { throw TextBridge.ToPython(ex); }
    }
}
