using System.Runtime.InteropServices;
using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Hashlib;

/// <summary>
/// The <c>hashlib</c> module: md5, sha1, sha224, sha256, sha384, sha512, sha3_* (<c>_hashlib.HASH</c>
/// objects), shake_128/shake_256 (<c>HASHXOF</c>), blake2b and blake2s (classes with the full BLAKE2 parameter set), and <c>new(name)</c>,
/// with CPython 3.12's argument handling and messages. Hashing is charged one fuel unit per
/// 64 bytes, so a rule cannot hash without bound for free.
/// </summary>
public static class HashlibModule
{
    /// <summary><c>_hashlib.HASH</c>: the type of md5/sha* objects.</summary>
    internal static readonly PyType HashType = PyType.NewNative("HASH", "_hashlib");

    /// <summary><c>_hashlib.HASHXOF</c>: the type of shake_128/shake_256 objects.</summary>
    internal static readonly PyType HashXofType = PyType.NewNative("HASHXOF", "_hashlib");

    /// <summary><c>_blake2.blake2b</c>.</summary>
    internal static readonly PyType Blake2bType = PyType.NewNative("blake2b", "_blake2");

    /// <summary><c>_blake2.blake2s</c>.</summary>
    internal static readonly PyType Blake2sType = PyType.NewNative("blake2s", "_blake2");

    private static readonly string[] s_dotNet = { "md5", "sha1", "sha256", "sha384", "sha512" };
    private static readonly string[] s_keccak = { "sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256" };
    private static readonly string[] s_all =
    {
        "blake2b", "blake2s", "md5", "sha1", "sha224", "sha256", "sha384", "sha3_224", "sha3_256", "sha3_384",
        "sha3_512", "sha512", "shake_128", "shake_256",
    };

    private static readonly Lazy<(string Name, PyObject Value)[]> s_shared = new(Build);

    /// <summary>A fresh <c>hashlib</c> module for one execution.</summary>
    public static PyModule Create()
    {
        var m = new PyModule("hashlib");
        foreach (var (name, value) in s_shared.Value) m.ModuleDict.Set(name, value);
        // Plain (mutable) sets as in CPython, so each execution gets its own.
        m.ModuleDict.Set("algorithms_guaranteed", NameSet());
        m.ModuleDict.Set("algorithms_available", NameSet());
        return m;
    }

    /// <summary>
    /// The bytes of a hashed argument: bytes or bytearray; str is refused with CPython's hint.
    /// Charges the hashing work (one unit per 64 bytes).
    /// </summary>
    internal static ReadOnlySpan<byte> Data(PyObject o)
    {
        ReadOnlySpan<byte> span = o switch
        {
            PyBytes b => b.Value,
            PyByteArray ba => CollectionsMarshal.AsSpan(ba.Items),
            PyStr => throw Err.TypeError("Strings must be encoded before hashing"),
            _ => throw Err.TypeError("object supporting the buffer API required"),
        };
        Vm.Current?.Charge(1 + (span.Length >> 6));
        return span;
    }

    private static (string, PyObject)[] Build()
    {
        InitHashType(HashType, "HASH");
        InitHashType(HashXofType, "HASHXOF");
        InitHashType(Blake2bType, "blake2b");
        InitHashType(Blake2sType, "blake2s");
        Blake2Binding.Init(Blake2bType, 64, 16);
        Blake2Binding.Init(Blake2sType, 32, 8);

        var entries = new List<(string, PyObject)>();
        foreach (var name in s_dotNet) entries.Add((name, Constructor(name, () => DotNetHasher.Create(name))));
        entries.Add(("sha224", Constructor("sha224", () => new Sha224Hasher())));
        foreach (var name in s_keccak) entries.Add((name, Constructor(name, KeccakHasher.Factory(name)!)));
        entries.Add(("blake2b", Blake2bType));
        entries.Add(("blake2s", Blake2sType));
        entries.Add(("new", new PyBuiltinFunction("__hash_new", New)));
        entries.Add(("pbkdf2_hmac", new PyBuiltinFunction("pbkdf2_hmac", (a, kw) => Pbkdf2.Call(a, kw, Factory))));
        return entries.ToArray();
    }

    /// <summary>A constructor for a (lower-case) algorithm name without parameters, or null.</summary>
    private static Func<Hasher>? Factory(string name)
    {
        if (Array.IndexOf(s_dotNet, name) >= 0) return () => DotNetHasher.Create(name);
        return name switch
        {
            "sha224" => () => new Sha224Hasher(),
            "blake2b" => () => new Blake2bHasher(new Blake2Parameters(64, Array.Empty<byte>(), Array.Empty<byte>(), Array.Empty<byte>(), 1, 1, 0, 0, 0, 0, false)),
            "blake2s" => () => new Blake2sHasher(new Blake2Parameters(32, Array.Empty<byte>(), Array.Empty<byte>(), Array.Empty<byte>(), 1, 1, 0, 0, 0, 0, false)),
            _ => KeccakHasher.Factory(name) is { } k && !name.StartsWith("shake", StringComparison.Ordinal) ? k : null,
        };
    }

    private static PySet NameSet()
    {
        var names = new PySet();
        foreach (var n in s_all) names.Add(PyStr.From(n));
        return names;
    }

    // openssl_md5(data=b'', *, usedforsecurity=True, string=None): 'data' is positional only
    // in practice (CPython rejects it by name), 'string' is the old keyword for it.
    private static PyBuiltinFunction Constructor(string name, Func<Hasher> make)
    {
        string fname = "openssl_" + name;
        return new PyBuiltinFunction(fname, (a, kw) => Construct(fname, a, kw, make));
    }

    private static PyObject Construct(string fname, ReadOnlySpan<PyObject> a, string[]? kw, Func<Hasher> make)
    {
        int nkw = kw?.Length ?? 0;
        int npos = a.Length - nkw;
        if (npos > 1) throw Err.TypeError($"{fname}() takes at most 1 positional argument ({npos} given)");
        PyObject? data = npos == 1 ? a[0] : null;
        for (int k = 0; k < nkw; k++)
        {
            switch (kw![k])
            {
                case "usedforsecurity": break;
                case "string":
                    if (data is not null) throw Err.TypeError($"argument for {fname}() given by name ('string') and position (1)");
                    data = a[npos + k];
                    break;
                default: throw Err.TypeError($"'{kw[k]}' is an invalid keyword argument for {fname}()");
            }
        }
        var h = make();
        if (data is not null and not PyNone) h.Update(Data(data));
        return new PyHash(h is KeccakHasher { IsShake: true } ? HashXofType : HashType, h);
    }

    // hashlib.new(name, data=b'', **kwargs): blake2 names take the blake2 keywords, the others
    // go through _hashlib.new, whose only keywords are usedforsecurity and string.
    private static PyObject New(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        int nkw = kw?.Length ?? 0;
        int npos = a.Length - nkw;
        PyObject? nameObj = npos > 0 ? a[0] : null;
        int nameKw = kw is null ? -1 : Array.IndexOf(kw, "name");
        if (nameKw >= 0) nameObj = a[npos + nameKw];
        if (nameObj is null) throw Err.TypeError("__hash_new() missing 1 required positional argument: 'name'");
        if (nameObj is not PyStr ns) throw Err.TypeError("name must be a string");
        string name = ns.Value.ToLowerInvariant();
        var rest = new List<PyObject>();
        var restKw = new List<string>();
        for (int i = 1; i < npos; i++) rest.Add(a[i]);
        var kwValues = new List<PyObject>();
        for (int k = 0; k < nkw; k++)
        {
            if (k == nameKw) continue;
            string key = kw![k];
            if (key == "data")
            {
                // __hash_new passes data positionally on.
                if (rest.Count > 0) throw Err.TypeError("__hash_new() got multiple values for argument 'data'");
                rest.Add(a[npos + k]);
                continue;
            }
            restKw.Add(key);
            kwValues.Add(a[npos + k]);
        }
        rest.AddRange(kwValues);
        var args = rest.ToArray();
        var kwnames = restKw.Count == 0 ? null : restKw.ToArray();
        switch (name)
        {
            case "blake2b": return Blake2Binding.Construct(Blake2bType, args, kwnames);
            case "blake2s": return Blake2Binding.Construct(Blake2sType, args, kwnames);
            case "sha224": return Construct("new", args, kwnames, () => new Sha224Hasher());
        }
        if (Array.IndexOf(s_dotNet, name) >= 0) return Construct("new", args, kwnames, () => DotNetHasher.Create(name));
        if (KeccakHasher.Factory(name) is { } keccak) return Construct("new", args, kwnames, keccak);
        throw Err.ValueError("unsupported hash type " + ns.Value);
    }

    // digest()/hexdigest(): no arguments, except for SHAKE, whose output length is required.
    private static byte[] DigestOf(string typeName, string method, ReadOnlySpan<PyObject> a, string[]? kw)
    {
        var h = ((PyHash)a[0]).Hasher;
        if (h is not KeccakHasher { IsShake: true } xof)
        {
            ArgParser.Count(typeName + "." + method, a[1..], kw, 0, 0);
            return h.Digest();
        }
        var p = ArgParser.Parse(method, a[1..], kw, s_length, 1);
        long length = ArgParser.Int(p[0]!, method);
        if (length < 0) throw Err.ValueError("length must be non-negative");
        // Refused before allocating: the output is as long as the rule asks.
        Vm.Current?.ChargeAllocation(length * (method == "hexdigest" ? 3 : 1));
        if (length > int.MaxValue / 2) throw Err.New(ExcTypes.MemoryError, "");
        return xof.Squeeze((int)length);
    }

    private static readonly string[] s_length = { "length" };

    private static void InitHashType(PyType t, string typeName)
    {
        void M(string name, BuiltinFn fn) => t.Members[name] = new PyBuiltinFunction(name, fn, t);
        void Attr(string name, Func<Hasher, PyObject> get)
            => t.Members[name] = new PyProperty(new PyBuiltinFunction(name, (a, kw) => get(((PyHash)a[0]).Hasher)), null, null, null) { Name = name };

        M("update", (a, kw) =>
        {
            ArgParser.Count(typeName + ".update", a[1..], kw, 1, 1);
            ((PyHash)a[0]).Hasher.Update(Data(a[1]));
            return PyNone.Instance;
        });
        M("digest", (a, kw) => new PyBytes(DigestOf(typeName, "digest", a, kw)));
        M("hexdigest", (a, kw) => PyStr.From(Convert.ToHexStringLower(DigestOf(typeName, "hexdigest", a, kw))));
        M("copy", (a, kw) =>
        {
            ArgParser.Count(typeName + ".copy", a[1..], kw, 0, 0);
            var h = (PyHash)a[0];
            return new PyHash(h.Type, h.Hasher.Clone());
        });
        M("__repr__", (a, kw) =>
        {
            var h = (PyHash)a[0];
            string addr = "0x" + Ops.Id(h).ToString("x", System.Globalization.CultureInfo.InvariantCulture);
            return PyStr.From(t.Module == "_hashlib"
                ? $"<{h.Hasher.Name} _hashlib.{typeName} object @ {addr}>"
                : $"<_blake2.{typeName} object at {addr}>");
        });
        Attr("name", h => PyStr.From(h.Name));
        Attr("digest_size", h => PyInt.From(h.DigestSize));
        Attr("block_size", h => PyInt.From(h.BlockSize));
    }
}
