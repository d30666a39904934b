using System.Numerics;
using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Hashlib;

/// <summary>
/// The constructors of <c>hashlib.blake2b</c> and <c>blake2s</c>: keyword parsing and the limit
/// checks in CPython's order, with its messages (including its odd "between 0 and is 64").
/// </summary>
internal static class Blake2Binding
{
    private static readonly string[] s_keywords =
    {
        "digest_size", "key", "salt", "person", "fanout", "depth", "leaf_size", "node_offset",
        "node_depth", "inner_size", "last_node", "usedforsecurity",
    };

    /// <summary>Adds the constructor and class constants to a BLAKE2 type.</summary>
    public static void Init(PyType t, int maxDigest, int saltSize)
    {
        t.Constructor = (a, kw) => Construct(t, a, kw);
        t.Members["SALT_SIZE"] = PyInt.From(saltSize);
        t.Members["PERSON_SIZE"] = PyInt.From(saltSize);
        t.Members["MAX_KEY_SIZE"] = PyInt.From(maxDigest);
        t.Members["MAX_DIGEST_SIZE"] = PyInt.From(maxDigest);
    }

    /// <summary><c>blake2b(data=b'', /, *, digest_size=64, key=b'', ...)</c>.</summary>
    public static PyObject Construct(PyType t, ReadOnlySpan<PyObject> a, string[]? kw)
    {
        bool isB = ReferenceEquals(t, HashlibModule.Blake2bType);
        string fname = t.Name;
        int maxDigest = isB ? 64 : 32, saltSize = isB ? 16 : 8;
        int nkw = kw?.Length ?? 0;
        int npos = a.Length - nkw;
        if (npos > 1) throw Err.TypeError($"{fname}() takes at most 1 positional argument ({npos} given)");
        var v = new PyObject?[s_keywords.Length];
        for (int k = 0; k < nkw; k++)
        {
            int ix = Array.IndexOf(s_keywords, kw![k]);
            if (ix < 0) throw Err.TypeError($"'{kw[k]}' is an invalid keyword argument for {fname}()");
            v[ix] = a[npos + k];
        }

        int digestSize = v[0] is null ? maxDigest : SmallInt(v[0]!);
        if (digestSize <= 0 || digestSize > maxDigest) throw Err.ValueError($"digest_size must be between 1 and {maxDigest} bytes");
        var salt = BytesArg(v[2]);
        if (salt.Length > saltSize) throw Err.ValueError($"maximum salt length is {saltSize} bytes");
        var person = BytesArg(v[3]);
        if (person.Length > saltSize) throw Err.ValueError($"maximum person length is {saltSize} bytes");
        int fanout = v[4] is null ? 1 : SmallInt(v[4]!);
        if (fanout < 0 || fanout > 255) throw Err.ValueError("fanout must be between 0 and 255");
        int depth = v[5] is null ? 1 : SmallInt(v[5]!);
        if (depth <= 0 || depth > 255) throw Err.ValueError("depth must be between 1 and 255");
        uint leaf = 0;
        if (v[6] is not null)
        {
            var l = Ops.AsIndex(v[6]!).Big;
            if (l < 0) throw Err.ValueError("value must be positive");
            if (l > uint.MaxValue) throw Err.OverflowError("leaf_size is too large");
            leaf = (uint)l;
        }
        ulong nodeOffset = 0;
        if (v[7] is not null)
        {
            var n = Ops.AsIndex(v[7]!).Big;
            if (n < 0) throw Err.OverflowError("can't convert negative int to unsigned");
            if (n > ulong.MaxValue) throw Err.OverflowError("int too big to convert");
            nodeOffset = (ulong)n;
            if (!isB && nodeOffset > (1UL << 48) - 1) throw Err.OverflowError("node_offset is too large");
        }
        int nodeDepth = v[8] is null ? 0 : SmallInt(v[8]!);
        if (nodeDepth < 0 || nodeDepth > 255) throw Err.ValueError("node_depth must be between 0 and 255");
        int inner = v[9] is null ? 0 : SmallInt(v[9]!);
        if (inner < 0 || inner > maxDigest) throw Err.ValueError($"inner_size must be between 0 and is {maxDigest}");
        var key = BytesArg(v[1]);
        if (key.Length > maxDigest) throw Err.ValueError($"maximum key length is {maxDigest} bytes");
        bool lastNode = v[10] is not null && Ops.IsTrue(v[10]!);

        var p = new Blake2Parameters(digestSize, key, salt, person, fanout, depth, leaf, nodeOffset, nodeDepth, inner, lastNode);
        Hasher h = isB ? new Blake2bHasher(p) : new Blake2sHasher(p);
        if (npos == 1) h.Update(HashlibModule.Data(a[0]));
        return new PyHash(t, h);
    }

    private static int SmallInt(PyObject o)
    {
        if (o is PyFloat) throw Err.TypeError("'float' object cannot be interpreted as an integer");
        BigInteger b = Ops.AsIndex(o).Big;
        // Out-of-range values fail the range checks that follow, as in CPython.
        return b > int.MaxValue ? int.MaxValue : b < int.MinValue ? int.MinValue : (int)b;
    }

    private static byte[] BytesArg(PyObject? o) => o switch
    {
        null => Array.Empty<byte>(),
        PyBytes b => b.Value,
        PyByteArray ba => ba.Items.ToArray(),
        _ => throw Err.TypeError($"a bytes-like object is required, not '{Ops.TypeName(o)}'"),
    };
}
