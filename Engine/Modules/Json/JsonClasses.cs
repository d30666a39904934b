using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Json;

/// <summary>
/// <c>json.JSONEncoder</c> and <c>json.JSONDecoder</c>: classes a rule can instantiate and subclass
/// (<c>class E(json.JSONEncoder): def default(self, o): ...</c>) and pass as <c>cls=</c>.
/// </summary>
/// <remarks>
/// Both are built like classes defined in Python (heap types over <c>object</c>) whose methods
/// are builtins: instances are ordinary Python instances holding their settings as attributes,
/// exactly as CPython's pure-Python classes do, so a subclass can override <c>default</c>,
/// <c>encode</c>, <c>decode</c> or <c>__init__</c> and call <c>super()</c>. The work itself is done
/// by the native <see cref="JsonEncoder"/> and <see cref="JsonDecoder"/>, configured from the
/// instance's attributes at each call.
/// </remarks>
internal static class JsonClasses
{
    private static readonly string[] s_encoderInit =
        { "skipkeys", "ensure_ascii", "check_circular", "allow_nan", "sort_keys", "indent", "separators", "default" };

    private static readonly string[] s_decoderInit =
        { "object_hook", "parse_float", "parse_int", "parse_constant", "strict", "object_pairs_hook" };

    // The base class's iterencode, so encode() can tell whether a subclass replaced it. Declared
    // before Encoder: BuildEncoder sets it while the static fields initialise in textual order.
    private static PyBuiltinFunction? s_iterencode;

    /// <summary><c>json.JSONEncoder</c> (shown as <c>json.encoder.JSONEncoder</c>).</summary>
    public static readonly PyType Encoder = BuildEncoder();

    /// <summary><c>json.JSONDecoder</c> (shown as <c>json.decoder.JSONDecoder</c>).</summary>
    public static readonly PyType Decoder = BuildDecoder();

    private static void M(PyType t, string name, BuiltinFn fn) => t.Members[name] = new PyBuiltinFunction(name, fn, t);

    private static PyType BuildEncoder()
    {
        var t = PyType.NewHeap("JSONEncoder", new[] { PyType.ObjectType }, null);
        t.Module = "json.encoder";
        t.Members["__module__"] = PyStr.From("json.encoder");
        t.Members["item_separator"] = PyStr.From(", ");
        t.Members["key_separator"] = PyStr.From(": ");
        M(t, "__init__", (a, kw) =>
        {
            NoPositional("JSONEncoder", a, kw);
            var p = ArgParser.Parse("JSONEncoder.__init__", a[1..], kw, s_encoderInit, 0, kwOnlyFrom: 0);
            var self = a[0];
            Set(self, "skipkeys", p[0] ?? PyBool.False);
            Set(self, "ensure_ascii", p[1] ?? PyBool.True);
            Set(self, "check_circular", p[2] ?? PyBool.True);
            Set(self, "allow_nan", p[3] ?? PyBool.True);
            Set(self, "sort_keys", p[4] ?? PyBool.False);
            Set(self, "indent", p[5] ?? PyNone.Instance);
            if (p[6] is { } seps and not PyNone)
            {
                var parts = Ops.ToList(seps);
                if (parts.Count != 2)
                    throw Err.ValueError($"{(parts.Count > 2 ? "too many values to unpack" : "not enough values to unpack")} (expected 2{(parts.Count > 2 ? "" : $", got {parts.Count}")})");
                Set(self, "item_separator", parts[0]);
                Set(self, "key_separator", parts[1]);
            }
            else if (p[5] is { } and not PyNone)
            {
                Set(self, "item_separator", PyStr.From(","));
            }
            if (p[7] is { } dflt and not PyNone) Set(self, "default", dflt);
            return PyNone.Instance;
        });
        M(t, "default", (a, kw) =>
        {
            ArgParser.Count("default", a[1..], kw, 1, 1);
            throw Err.TypeError($"Object of type {Ops.TypeName(a[1])} is not JSON serializable");
        });
        M(t, "encode", (a, kw) =>
        {
            ArgParser.Count("encode", a[1..], kw, 1, 1);
            var self = a[0];
            // A subclass that overrides iterencode decides the output, as in CPython's encode().
            if (s_iterencode is not null && self.Type.Lookup("iterencode") is { } it && !ReferenceEquals(it, s_iterencode))
            {
                var chunks = Ops.ToList(Ops.CallMethod(self, it, a[1], PyBool.True));
                var sb = new System.Text.StringBuilder();
                foreach (var c in chunks)
                    sb.Append(c is PyStr s ? s.Value : throw Err.TypeError($"sequence item 0: expected str instance, {Ops.TypeName(c)} found"));
                return PyStr.From(sb.ToString());
            }
            return PyStr.From(FromInstance(self).Encode(a[1]));
        });
        s_iterencode = new PyBuiltinFunction("iterencode", (a, kw) =>
        {
            var p = ArgParser.Parse("iterencode", a[1..], kw, new[] { "o", "_one_shot" }, 1);
            // One chunk holding the whole text (CPython yields many smaller chunks; their join is the same).
            return Ops.GetIter(new PyList(new List<PyObject> { PyStr.From(FromInstance(a[0]).Encode(p[0]!)) }));
        }, t);
        t.Members["iterencode"] = s_iterencode;
        return t;
    }

    private static void Set(PyObject self, string name, PyObject value) => Ops.SetAttr(self, name, value);

    // Both __init__ take keyword-only settings; CPython words the error as for a Python function.
    private static void NoPositional(string cls, ReadOnlySpan<PyObject> a, string[]? kw)
    {
        int npos = a.Length - (kw?.Length ?? 0);
        if (npos > 1) throw Err.TypeError($"{cls}.__init__() takes 1 positional argument but {npos} were given");
    }

    /// <summary>The native encoder configured from an encoder instance's attributes.</summary>
    private static JsonEncoder FromInstance(PyObject self)
    {
        bool Flag(string name) => Ops.IsTrue(Ops.GetAttr(self, name));
        string? indent = Ops.GetAttr(self, "indent") switch
        {
            PyNone => null,
            PyStr s => s.Value,
            PyInt n when !n.IsBig => n.Small > 0 ? new string(' ', (int)System.Math.Min(n.Small, 1 << 20)) : "",
            var other => throw Err.TypeError($"can't multiply sequence by non-int of type '{Ops.TypeName(other)}'"),
        };
        var itemSep = Ops.GetAttr(self, "item_separator");
        var keySep = Ops.GetAttr(self, "key_separator");
        if (itemSep is not PyStr its) throw Err.TypeError("make_encoder() argument 6 must be str, not " + Ops.TypeName(itemSep));
        if (keySep is not PyStr ks) throw Err.TypeError("make_encoder() argument 5 must be str, not " + Ops.TypeName(keySep));
        return new JsonEncoder(checkCircular: Flag("check_circular"))
        {
            SkipKeys = Flag("skipkeys"),
            EnsureAscii = Flag("ensure_ascii"),
            AllowNan = Flag("allow_nan"),
            SortKeys = Flag("sort_keys"),
            Indent = indent,
            ItemSeparator = its.Value,
            KeySeparator = ks.Value,
            Default = Ops.GetAttr(self, "default"),
        };
    }

    private static PyType BuildDecoder()
    {
        var t = PyType.NewHeap("JSONDecoder", new[] { PyType.ObjectType }, null);
        t.Module = "json.decoder";
        t.Members["__module__"] = PyStr.From("json.decoder");
        M(t, "__init__", (a, kw) =>
        {
            NoPositional("JSONDecoder", a, kw);
            var p = ArgParser.Parse("JSONDecoder.__init__", a[1..], kw, s_decoderInit, 0, kwOnlyFrom: 0);
            var self = a[0];
            Set(self, "object_hook", p[0] ?? PyNone.Instance);
            Set(self, "parse_float", p[1] is null or PyNone ? PyFloat.TypeObject : p[1]!);
            Set(self, "parse_int", p[2] is null or PyNone ? PyInt.TypeObject : p[2]!);
            Set(self, "parse_constant", p[3] ?? PyNone.Instance);
            Set(self, "strict", p[4] ?? PyBool.True);
            Set(self, "object_pairs_hook", p[5] ?? PyNone.Instance);
            return PyNone.Instance;
        });
        M(t, "decode", (a, kw) =>
        {
            ArgParser.Count("decode", a[1..], kw, 1, 1);
            if (a[1] is not PyStr doc) throw Err.TypeError($"expected string or bytes-like object, got '{Ops.TypeName(a[1])}'");
            return DecoderFor(a[0], doc).Decode();
        });
        M(t, "raw_decode", (a, kw) =>
        {
            var p = ArgParser.Parse("raw_decode", a[1..], kw, new[] { "s", "idx" }, 1);
            if (p[0] is not PyStr doc) throw Err.TypeError($"first argument must be a string, not {Ops.TypeName(p[0]!)}");
            long idx = p[1] is null ? 0 : ArgParser.Int(p[1]!, "raw_decode");
            if (idx < 0) throw Err.ValueError("idx cannot be negative");
            var (value, end) = DecoderFor(a[0], doc).RawDecode((int)System.Math.Min(idx, int.MaxValue));
            return new PyTuple(new[] { value, PyInt.From(end) });
        });
        return t;
    }

    /// <summary>The native decoder configured from a decoder instance's attributes.</summary>
    private static JsonDecoder DecoderFor(PyObject self, PyStr doc)
    {
        PyObject? Opt(string name) => Ops.GetAttr(self, name) is var v && v is not PyNone ? v : null;
        var pf = Opt("parse_float");
        var pi = Opt("parse_int");
        return new JsonDecoder(doc)
        {
            ObjectHook = Opt("object_hook"),
            ObjectPairsHook = Opt("object_pairs_hook"),
            // The builtin float and int are the defaults: the native parser's own path is faster.
            ParseFloat = ReferenceEquals(pf, PyFloat.TypeObject) ? null : pf,
            ParseInt = ReferenceEquals(pi, PyInt.TypeObject) ? null : pi,
            ParseConstant = Opt("parse_constant"),
            Strict = Ops.IsTrue(Ops.GetAttr(self, "strict")),
        };
    }
}
