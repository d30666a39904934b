using System.Globalization;
using System.Numerics;
using RuleSandbox.Engine.Compiler;
using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;
using RuleSandbox.Engine.Runtime.Text;

namespace RuleSandbox.Engine.Modules.Uuid;

/// <summary>
/// The Python face of <c>uuid.UUID</c> (constructor forms, attributes, comparisons, text forms)
/// and of <c>uuid.SafeUUID</c>, following CPython 3.12's uuid.py and its messages.
/// </summary>
internal static class UuidBinding
{
    /// <summary><c>uuid.UUID</c>.</summary>
    public static readonly PyType UuidType = PyType.NewNative("UUID", "uuid");

    /// <summary><c>uuid.SafeUUID</c>.</summary>
    public static readonly PyType SafeUuidType = PyType.NewNative("SafeUUID", "uuid");

    public static readonly PySafeUuid Safe = new("safe", PyInt.From(0));
    public static readonly PySafeUuid Unsafe = new("unsafe", PyInt.From(-1));
    public static readonly PySafeUuid Unknown = new("unknown", PyNone.Instance);

    public const string ReservedNcs = "reserved for NCS compatibility";
    public const string Rfc4122 = "specified in RFC 4122";
    public const string ReservedMicrosoft = "reserved for Microsoft compatibility";
    public const string ReservedFuture = "reserved for future definition";

    private static readonly BigInteger s_limit = BigInteger.One << 128;
    private static readonly string[] s_args = { "hex", "bytes", "bytes_le", "fields", "int", "version", "is_safe" };

    private static int s_initialized;

    public static void Init()
    {
        if (Interlocked.Exchange(ref s_initialized, 1) == 1) return;
        InitUuid();
        InitSafeUuid();
    }

    private static void M(PyType t, string name, BuiltinFn fn) => t.Members[name] = new PyBuiltinFunction(name, fn, t);

    private static void Attr(PyType t, string name, Func<PyUuid, PyObject> get)
        => t.Members[name] = new PyProperty(new PyBuiltinFunction(name, (a, kw) => get((PyUuid)a[0])), null, null, null) { Name = name };

    /// <summary>A UUID from its 128-bit value, with <paramref name="version"/> (1..5) stamped in when given.</summary>
    public static PyUuid Make(BigInteger value, int? version = null, PyObject? isSafe = null)
    {
        if (version is { } v)
        {
            value &= ~(new BigInteger(0xc000) << 48);
            value |= new BigInteger(0x8000) << 48;
            value &= ~(new BigInteger(0xf000) << 64);
            value |= new BigInteger(v) << 76;
        }
        return new PyUuid(value, isSafe ?? Unknown);
    }

    /// <summary>The 16 big-endian bytes of a UUID.</summary>
    public static byte[] Bytes(PyUuid u)
    {
        var b = u.Value.ToByteArray(isUnsigned: true, isBigEndian: true);
        if (b.Length == 16) return b;
        var r = new byte[16];
        b.CopyTo(r, 16 - b.Length);
        return r;
    }

    /// <summary>An unsigned 128-bit value from 16 big-endian bytes.</summary>
    public static BigInteger FromBytes(ReadOnlySpan<byte> b) => new(b, isUnsigned: true, isBigEndian: true);

    private static string Hex(PyUuid u) => u.Value.ToString("x32", CultureInfo.InvariantCulture)[^32..];

    private static string Str(PyUuid u)
    {
        string h = Hex(u);
        return $"{h[..8]}-{h[8..12]}-{h[12..16]}-{h[16..20]}-{h[20..]}";
    }

    private static long Bits(PyUuid u, int shift, long mask) => (long)((u.Value >> shift) & mask);

    private static string Variant(PyUuid u)
    {
        if ((u.Value & (new BigInteger(0x8000) << 48)).IsZero) return ReservedNcs;
        if ((u.Value & (new BigInteger(0x4000) << 48)).IsZero) return Rfc4122;
        if ((u.Value & (new BigInteger(0x2000) << 48)).IsZero) return ReservedMicrosoft;
        return ReservedFuture;
    }

    private static void InitUuid()
    {
        var t = UuidType;
        t.Constructor = Construct;
        Attr(t, "int", u => PyInt.From(u.Value));
        Attr(t, "is_safe", u => u.IsSafe);
        Attr(t, "bytes", u => new PyBytes(Bytes(u)));
        Attr(t, "bytes_le", u =>
        {
            var b = Bytes(u);
            Array.Reverse(b, 0, 4);
            Array.Reverse(b, 4, 2);
            Array.Reverse(b, 6, 2);
            return new PyBytes(b);
        });
        Attr(t, "fields", u => new PyTuple(new PyObject[]
        {
            PyInt.From(Bits(u, 96, 0xffffffff)), PyInt.From(Bits(u, 80, 0xffff)), PyInt.From(Bits(u, 64, 0xffff)),
            PyInt.From(Bits(u, 56, 0xff)), PyInt.From(Bits(u, 48, 0xff)), PyInt.From(Bits(u, 0, 0xffffffffffff)),
        }));
        Attr(t, "time_low", u => PyInt.From(Bits(u, 96, 0xffffffff)));
        Attr(t, "time_mid", u => PyInt.From(Bits(u, 80, 0xffff)));
        Attr(t, "time_hi_version", u => PyInt.From(Bits(u, 64, 0xffff)));
        Attr(t, "clock_seq_hi_variant", u => PyInt.From(Bits(u, 56, 0xff)));
        Attr(t, "clock_seq_low", u => PyInt.From(Bits(u, 48, 0xff)));
        Attr(t, "node", u => PyInt.From(Bits(u, 0, 0xffffffffffff)));
        Attr(t, "time", u => PyInt.From((Bits(u, 64, 0x0fff) << 48) | (Bits(u, 80, 0xffff) << 32) | Bits(u, 96, 0xffffffff)));
        Attr(t, "clock_seq", u => PyInt.From((Bits(u, 56, 0x3f) << 8) | Bits(u, 48, 0xff)));
        Attr(t, "hex", u => PyStr.From(Hex(u)));
        Attr(t, "urn", u => PyStr.From("urn:uuid:" + Str(u)));
        Attr(t, "variant", u => PyStr.From(Variant(u)));
        Attr(t, "version", u => Variant(u) == Rfc4122 ? PyInt.From(Bits(u, 76, 0xf)) : PyNone.Instance);
        M(t, "__str__", (a, kw) => PyStr.From(Str((PyUuid)a[0])));
        M(t, "__repr__", (a, kw) => PyStr.From($"UUID('{Str((PyUuid)a[0])}')"));
        M(t, "__hash__", (a, kw) => PyInt.From(Ops.Hash(PyInt.From(((PyUuid)a[0]).Value))));
        M(t, "__int__", (a, kw) => PyInt.From(((PyUuid)a[0]).Value));
        (string, CompareKind)[] ops = { ("__lt__", CompareKind.Lt), ("__le__", CompareKind.Le), ("__eq__", CompareKind.Eq), ("__ne__", CompareKind.Ne), ("__gt__", CompareKind.Gt), ("__ge__", CompareKind.Ge) };
        foreach (var (name, op) in ops)
        {
            M(t, name, (a, kw) =>
            {
                if (a[0] is not PyUuid x || a[1] is not PyUuid y) return PyNotImplemented.Instance;
                int c = x.Value.CompareTo(y.Value);
                return PyBool.From(op switch
                {
                    CompareKind.Lt => c < 0, CompareKind.Le => c <= 0, CompareKind.Eq => c == 0,
                    CompareKind.Ne => c != 0, CompareKind.Gt => c > 0, _ => c >= 0,
                });
            });
        }
    }

    // UUID(hex=None, bytes=None, bytes_le=None, fields=None, int=None, version=None, *, is_safe=SafeUUID.unknown)
    private static PyObject Construct(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        var p = PyArgs.Parse("UUID.__init__", a, kw, s_args, 0, kwOnlyFrom: 6);
        int given = 0;
        for (int i = 0; i < 5; i++) if (p[i] is not null and not PyNone) given++;
        if (given != 1) throw Err.TypeError("one of the hex, bytes, bytes_le, fields, or int arguments must be given");
        BigInteger? value = null;
        if (p[0] is { } hexObj and not PyNone) value = ParseHex(hexObj);
        PyObject? bytesObj = p[1] is PyNone ? null : p[1];
        if (p[2] is { } le and not PyNone)
        {
            if (Ops.Len(le) != 16) throw Err.ValueError("bytes_le is not a 16-char string");
            var b = RawBytes(le);
            Array.Reverse(b, 0, 4);
            Array.Reverse(b, 4, 2);
            Array.Reverse(b, 6, 2);
            bytesObj = new PyBytes(b);
        }
        if (bytesObj is not null)
        {
            if (Ops.Len(bytesObj) != 16) throw Err.ValueError("bytes is not a 16-char string");
            if (bytesObj is not PyBytes bb)
                throw new PythonException(new PyBaseException(ExcTypes.AssertionError, PyTuple.From(new PyObject[] { PyStr.From(Ops.Repr(bytesObj)) })));
            value = FromBytes(bb.Value);
        }
        if (p[3] is { } fieldsObj and not PyNone) value = FromFields(fieldsObj);
        if (p[4] is { } intObj and not PyNone)
        {
            var iv = intObj is PyInt pi ? pi.Big : throw Err.TypeError($"'<=' not supported between instances of 'int' and '{Ops.TypeName(intObj)}'");
            if (iv < 0 || iv >= s_limit) throw Err.ValueError("int is out of range (need a 128-bit value)");
            value = iv;
        }
        int? version = null;
        if (p[5] is { } vObj and not PyNone)
        {
            var v = vObj is PyInt vi ? vi.Big : throw Err.TypeError($"'<=' not supported between instances of 'int' and '{Ops.TypeName(vObj)}'");
            if (v < 1 || v > 5) throw Err.ValueError("illegal version number");
            version = (int)v;
        }
        return Make(value!.Value, version, p[6]);
    }

    private static byte[] RawBytes(PyObject o) => o switch
    {
        PyBytes b => (byte[])b.Value.Clone(),
        PyByteArray ba => ba.Items.ToArray(),
        _ => throw Err.TypeError($"'{Ops.TypeName(o)}' object is not subscriptable"),
    };

    private static BigInteger ParseHex(PyObject hexObj)
    {
        if (hexObj is not PyStr s) throw Err.AttributeError($"'{Ops.TypeName(hexObj)}' object has no attribute 'replace'");
        string h = s.Value.Replace("urn:", "", StringComparison.Ordinal).Replace("uuid:", "", StringComparison.Ordinal);
        h = h.Trim('{', '}').Replace("-", "", StringComparison.Ordinal);
        if (new PyStr(h).Length != 32) throw Err.ValueError("badly formed hexadecimal UUID string");
        // int(hex, 16) as uuid.py does: it accepts a sign, underscores and surrounding spaces.
        var v = TextBridge.Run(() => NumberParser.ParseInt(h, 16));
        if (v < 0 || v >= s_limit) throw Err.ValueError("int is out of range (need a 128-bit value)");
        return v;
    }

    private static readonly (int Bits, string Need)[] s_fieldSizes =
    {
        (32, "a 32-bit value"), (16, "a 16-bit value"), (16, "a 16-bit value"), (8, "an 8-bit value"), (8, "an 8-bit value"), (48, "a 48-bit value"),
    };

    private static BigInteger FromFields(PyObject fieldsObj)
    {
        if (Ops.Len(fieldsObj) != 6) throw Err.ValueError("fields is not a 6-tuple");
        var items = Ops.ToArray(fieldsObj);
        var f = new BigInteger[6];
        for (int i = 0; i < 6; i++)
        {
            var v = items[i] is PyInt pi ? pi.Big : throw Err.TypeError($"'<=' not supported between instances of 'int' and '{Ops.TypeName(items[i])}'");
            if (v < 0 || v >= BigInteger.One << s_fieldSizes[i].Bits)
                throw Err.ValueError($"field {i + 1} out of range (need {s_fieldSizes[i].Need})");
            f[i] = v;
        }
        var clockSeq = (f[3] << 8) | f[4];
        return (f[0] << 96) | (f[1] << 80) | (f[2] << 64) | (clockSeq << 48) | f[5];
    }

    private static void InitSafeUuid()
    {
        var t = SafeUuidType;
        foreach (var m in new[] { Safe, Unsafe, Unknown }) t.Members[m.Name] = m;
        t.Members["name"] = new PyProperty(new PyBuiltinFunction("name", (a, kw) => PyStr.From(((PySafeUuid)a[0]).Name)), null, null, null) { Name = "name" };
        t.Members["value"] = new PyProperty(new PyBuiltinFunction("value", (a, kw) => ((PySafeUuid)a[0]).Value), null, null, null) { Name = "value" };
        M(t, "__repr__", (a, kw) => { var s = (PySafeUuid)a[0]; return PyStr.From($"<SafeUUID.{s.Name}: {Ops.Repr(s.Value)}>"); });
        M(t, "__str__", (a, kw) => PyStr.From("SafeUUID." + ((PySafeUuid)a[0]).Name));
    }
}
