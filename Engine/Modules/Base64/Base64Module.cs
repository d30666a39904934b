using System.Runtime.CompilerServices;
using System.Text;
using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Base64;

using Math = System.Math;

/// <summary>
/// The <c>base64</c> module: Base64 (standard, URL-safe, MIME lines), Base32 (and base32hex),
/// Base16, Base85 and Ascii85, with CPython 3.12's lenient/strict decoding and its errors
/// (<c>binascii.Error</c>, a ValueError subclass). Work is charged by input size and outputs
/// are accounted as allocations.
/// </summary>
public static class Base64Module
{
    // Classes are mutable (binascii.Error.x = 1), so each execution gets its own error class;
    // the module and the raise sites of one execution find the same one through its Vm.
    private static readonly ConditionalWeakTable<Vm, PyType> s_errors = new();

    /// <summary><c>binascii.Error</c> of the current execution.</summary>
    internal static PyType BinasciiError => Vm.Current is { } vm ? s_errors.GetValue(vm, _ => BuildError()) : BuildError();

    private static readonly Lazy<(string Name, PyObject Value)[]> s_shared = new(Build);

    /// <summary>A fresh <c>base64</c> module for one execution.</summary>
    public static PyModule Create()
    {
        var m = new PyModule("base64");
        foreach (var (name, value) in s_shared.Value) m.ModuleDict.Set(name, value);
        // A small binascii namespace so that `except base64.binascii.Error` works.
        var b = new PyModule("binascii");
        b.ModuleDict.Set("Error", BinasciiError);
        m.ModuleDict.Set("binascii", b);
        return m;
    }

    private static PyType BuildError()
    {
        var t = PyType.NewHeap("Error", new[] { ExcTypes.ValueError }, null);
        t.Members["__module__"] = PyStr.From("binascii");
        return t;
    }

    private enum Input { B2a, MemoryView, Decode, Mime }

    /// <summary>The bytes of an argument, refused with the message CPython gives at that spot.</summary>
    private static byte[] Bytes(PyObject o, Input kind)
    {
        byte[] r;
        switch (o)
        {
            case PyBytes b: r = b.Value; break;
            case PyByteArray ba: r = ba.Items.ToArray(); break;
            case PyStr s when kind == Input.Decode:
                foreach (char c in s.Value)
                    if (c > 127) throw Err.ValueError("string argument should contain only ASCII characters");
                r = Encoding.ASCII.GetBytes(s.Value);
                break;
            default:
                throw Err.TypeError(kind switch
                {
                    Input.B2a => $"a bytes-like object is required, not '{Ops.TypeName(o)}'",
                    Input.MemoryView => $"memoryview: a bytes-like object is required, not '{Ops.TypeName(o)}'",
                    Input.Mime => $"expected bytes-like object, not {Ops.TypeName(o)}",
                    _ => $"argument should be a bytes-like object or ASCII string, not '{Ops.TypeName(o)}'",
                });
        }
        Vm.Current?.Charge(1 + (r.Length >> 4));
        return r;
    }

    private static PyBytes Result(byte[] b)
    {
        Vm.Current?.ChargeAllocation(b.Length);
        return new PyBytes(b);
    }

    private static T Run<T>(Func<T> f)
    {
        try { return f(); }
        catch (Base64Failure e) { throw e.IsBinascii ? Err.New(BinasciiError, e.Message) : Err.ValueError(e.Message); }
    }

    private static PythonException AssertLen(byte[] b) => new(new PyBaseException(ExcTypes.AssertionError, PyTuple.From(new PyObject[] { PyStr.From(Ops.Repr(new PyBytes(b))) })));

    private static byte[] Translate(byte[] s, byte from1, byte from2, byte to1, byte to2)
    {
        var r = (byte[])s.Clone();
        for (int i = 0; i < r.Length; i++)
        {
            if (s[i] == from1) r[i] = to1;
            else if (s[i] == from2) r[i] = to2;
        }
        return r;
    }

    private static (string, PyObject)[] Build()
    {
        var e = new List<(string, PyObject)>();
        void Def(string name, string[] names, int required, Func<PyObject?[], PyObject> body, int kwOnlyFrom = int.MaxValue)
            => e.Add((name, new PyBuiltinFunction(name, (a, kw) => body(PyArgs.Parse(name, a, kw, names, required, kwOnlyFrom)))));

        Def("b64encode", new[] { "s", "altchars" }, 1, p => B64Encode(p[0]!, p[1]));
        Def("b64decode", new[] { "s", "altchars", "validate" }, 1, p => B64Decode(p[0]!, p[1], p[2] is not null && Ops.IsTrue(p[2]!)));
        Def("standard_b64encode", new[] { "s" }, 1, p => B64Encode(p[0]!, null));
        Def("standard_b64decode", new[] { "s" }, 1, p => B64Decode(p[0]!, null, false));
        Def("urlsafe_b64encode", new[] { "s" }, 1, p => B64Encode(p[0]!, new PyBytes("-_"u8.ToArray())));
        Def("urlsafe_b64decode", new[] { "s" }, 1, p =>
            B64Decode(new PyBytes(Translate(Bytes(p[0]!, Input.Decode), (byte)'-', (byte)'_', (byte)'+', (byte)'/')), null, false));
        Def("encodebytes", new[] { "s" }, 1, p =>
        {
            var s = Bytes(p[0]!, Input.Mime);
            var o = new List<byte>(s.Length * 4 / 3 + s.Length / 57 + 4);
            // 57 input bytes make one 76-character line.
            for (int i = 0; i < s.Length; i += 57) o.AddRange(Base64Codec.B64Encode(s.AsSpan(i, Math.Min(57, s.Length - i)), true));
            return Result(o.ToArray());
        });
        Def("decodebytes", new[] { "s" }, 1, p => Result(Run(() => Base64Codec.B64Decode(Bytes(p[0]!, Input.Mime), false))));
        Def("b32encode", new[] { "s" }, 1, p => Result(Base64Codec.B32Encode(Bytes(p[0]!, Input.MemoryView), false)));
        Def("b32hexencode", new[] { "s" }, 1, p => Result(Base64Codec.B32Encode(Bytes(p[0]!, Input.MemoryView), true)));
        Def("b32decode", new[] { "s", "casefold", "map01" }, 1, p => B32Decode(p[0]!, p[1], p[2], false));
        Def("b32hexdecode", new[] { "s", "casefold" }, 1, p => B32Decode(p[0]!, p[1], null, true));
        Def("b16encode", new[] { "s" }, 1, p => Result(Encoding.ASCII.GetBytes(Convert.ToHexString(Bytes(p[0]!, Input.B2a)))));
        Def("b16decode", new[] { "s", "casefold" }, 1, p =>
        {
            var s = Bytes(p[0]!, Input.Decode);
            if (p[1] is not null && Ops.IsTrue(p[1]!)) s = Upper(s);
            return Result(Run(() => Base64Codec.B16Decode(s)));
        });
        Def("b85encode", new[] { "b", "pad" }, 1, p => Result(Base64Codec.Encode85(Bytes(p[0]!, Input.MemoryView), false, Flag(p[1]), false)));
        Def("b85decode", new[] { "b" }, 1, p => Result(Run(() => Base64Codec.B85Decode(Bytes(p[0]!, Input.Decode)))));
        Def("a85encode", new[] { "b", "foldspaces", "wrapcol", "pad", "adobe" }, 1, A85Encode, kwOnlyFrom: 1);
        Def("a85decode", new[] { "b", "foldspaces", "adobe", "ignorechars" }, 1, A85Decode, kwOnlyFrom: 1);
        e.Add(("bytes_types", new PyTuple(new PyObject[] { PyBytes.TypeObject, PyByteArray.TypeObject })));
        e.Add(("MAXLINESIZE", PyInt.From(76)));
        e.Add(("MAXBINSIZE", PyInt.From(57)));
        return e.ToArray();
    }

    private static bool Flag(PyObject? o) => o is not null && Ops.IsTrue(o);

    private static byte[] Upper(byte[] s)
    {
        var r = (byte[])s.Clone();
        for (int i = 0; i < r.Length; i++) if (r[i] is >= (byte)'a' and <= (byte)'z') r[i] -= 32;
        return r;
    }

    private static PyObject B64Encode(PyObject s, PyObject? altchars)
    {
        var encoded = Base64Codec.B64Encode(Bytes(s, Input.B2a), false);
        if (altchars is not null and not PyNone)
        {
            if (Ops.Len(altchars) != 2)
                throw altchars is PyBytes ab ? AssertLen(ab.Value) : new PythonException(new PyBaseException(ExcTypes.AssertionError, PyTuple.From(new PyObject[] { PyStr.From(Ops.Repr(altchars)) })));
            var alt = Bytes(altchars, Input.B2a);
            encoded = Translate(encoded, (byte)'+', (byte)'/', alt[0], alt[1]);
        }
        return Result(encoded);
    }

    private static PyObject B64Decode(PyObject s, PyObject? altchars, bool validate)
    {
        var data = Bytes(s, Input.Decode);
        if (altchars is not null and not PyNone)
        {
            var alt = Bytes(altchars, Input.Decode);
            if (alt.Length != 2) throw AssertLen(alt);
            data = Translate(data, alt[0], alt[1], (byte)'+', (byte)'/');
        }
        return Result(Run(() => Base64Codec.B64Decode(data, validate)));
    }

    private static PyObject B32Decode(PyObject s, PyObject? casefold, PyObject? map01, bool hex)
    {
        var data = Bytes(s, Input.Decode);
        return Result(Run(() =>
        {
            if (data.Length % 8 != 0) throw Base64Failure.Binascii("Incorrect padding");
            if (map01 is not null and not PyNone)
            {
                var m = Bytes(map01, Input.Decode);
                if (m.Length != 1) throw AssertLen(m);
                data = Translate(data, (byte)'0', (byte)'1', (byte)'O', m[0]);
            }
            if (Flag(casefold)) data = Upper(data);
            return Base64Codec.B32Decode(data, hex);
        }));
    }

    private static PyObject A85Encode(PyObject?[] p)
    {
        bool adobe = Flag(p[4]);
        var result = new List<byte>();
        if (adobe) result.AddRange("<~"u8.ToArray());
        result.AddRange(Base64Codec.Encode85(Bytes(p[0]!, Input.MemoryView), true, Flag(p[3]), Flag(p[1])));
        long wrap = p[2] is null ? 0 : ArgParser.Int(p[2]!, "a85encode");
        if (wrap != 0)
        {
            int w = (int)Math.Min(int.MaxValue, Math.Max(adobe ? 2 : 1, wrap));
            var chunks = new List<byte[]>();
            for (int i = 0; i < result.Count; i += w) chunks.Add(result.GetRange(i, Math.Min(w, result.Count - i)).ToArray());
            if (chunks.Count == 0) chunks.Add(Array.Empty<byte>());
            if (adobe && chunks[^1].Length + 2 > w) chunks.Add(Array.Empty<byte>());
            var joined = new List<byte>();
            for (int i = 0; i < chunks.Count; i++)
            {
                if (i > 0) joined.Add((byte)'\n');
                joined.AddRange(chunks[i]);
            }
            result = joined;
        }
        if (adobe) result.AddRange("~>"u8.ToArray());
        return Result(result.ToArray());
    }

    private static PyObject A85Decode(PyObject?[] p)
    {
        var b = Bytes(p[0]!, Input.Decode);
        var ignore = p[3] is null ? " \t\n\r\v"u8.ToArray() : Bytes(p[3]!, Input.B2a);
        if (Flag(p[2]))
        {
            if (b.Length < 2 || b[^2] != '~' || b[^1] != '>') throw Err.ValueError("Ascii85 encoded byte sequences must end with b'~>'");
            b = b.Length >= 4 && b[0] == '<' && b[1] == '~' ? b[2..^2] : b[..^2];
        }
        return Result(Run(() => Base64Codec.A85Decode(b, Flag(p[1]), ignore)));
    }
}
