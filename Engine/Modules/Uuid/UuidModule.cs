using System.Numerics;
using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Uuid;

/// <summary>
/// The <c>uuid</c> module: the UUID type, name-based uuid3/uuid5 with the standard namespaces,
/// and uuid1/uuid4, which need randomness (and uuid1 the wall clock) from outside the sandbox.
/// Those are capabilities: <see cref="Create"/> builds the module without them (the functions
/// exist but raise), <see cref="WithRandomness"/> grants them.
/// </summary>
public static class UuidModule
{
    private static readonly Lazy<(string Name, PyObject Value)[]> s_shared = new(Build);

    /// <summary>Builds the module for one execution, without randomness: uuid1/uuid4 raise RuntimeError.</summary>
    public static PyModule Create() => CreateCore(null, null);

    /// <summary>
    /// A factory whose modules draw uuid4's (and uuid1's clock sequence and node) randomness from
    /// <paramref name="randomBytes"/> (called with a byte count, returns that many random bytes)
    /// and uuid1's time from <paramref name="clock"/>; without a clock, uuid1 still raises.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="randomBytes"/> is null.</exception>
    public static Func<PyModule> WithRandomness(Func<int, byte[]> randomBytes, Func<DateTimeOffset>? clock = null)
    {
        ArgumentNullException.ThrowIfNull(randomBytes);
        return () => CreateCore(randomBytes, clock);
    }

    private static PyModule CreateCore(Func<int, byte[]>? random, Func<DateTimeOffset>? clock)
    {
        if (random is not null) UuidCapabilities.Grant(random, clock);
        var m = new PyModule("uuid");
        foreach (var (name, value) in s_shared.Value) m.ModuleDict.Set(name, value);
        return m;
    }

    private static PyUuid Namespace(string hex) => UuidBinding.Make(BigInteger.Parse("0" + hex.Replace("-", "", StringComparison.Ordinal), System.Globalization.NumberStyles.HexNumber));

    private static (string, PyObject)[] Build()
    {
        UuidBinding.Init();
        var e = new List<(string, PyObject)>
        {
            ("UUID", UuidBinding.UuidType),
            ("SafeUUID", UuidBinding.SafeUuidType),
            ("NAMESPACE_DNS", Namespace("6ba7b810-9dad-11d1-80b4-00c04fd430c8")),
            ("NAMESPACE_URL", Namespace("6ba7b811-9dad-11d1-80b4-00c04fd430c8")),
            ("NAMESPACE_OID", Namespace("6ba7b812-9dad-11d1-80b4-00c04fd430c8")),
            ("NAMESPACE_X500", Namespace("6ba7b814-9dad-11d1-80b4-00c04fd430c8")),
            ("RESERVED_NCS", PyStr.From(UuidBinding.ReservedNcs)),
            ("RFC_4122", PyStr.From(UuidBinding.Rfc4122)),
            ("RESERVED_MICROSOFT", PyStr.From(UuidBinding.ReservedMicrosoft)),
            ("RESERVED_FUTURE", PyStr.From(UuidBinding.ReservedFuture)),
        };
        void Def(string name, string[] names, int required, Func<PyObject?[], PyObject> body)
            => e.Add((name, new PyBuiltinFunction(name, (a, kw) => body(PyArgs.Parse(name, a, kw, names, required)))));
        Def("uuid3", new[] { "namespace", "name" }, 2, p => NameBased(p[0]!, p[1]!, 3));
        Def("uuid5", new[] { "namespace", "name" }, 2, p => NameBased(p[0]!, p[1]!, 5));
        Def("uuid4", Array.Empty<string>(), 0, _ => UuidBinding.Make(UuidBinding.FromBytes(UuidCapabilities.For("uuid4()").Random(16)), 4));
        Def("uuid1", new[] { "node", "clock_seq" }, 0, p => Uuid1(p[0], p[1]));
        Def("getnode", Array.Empty<string>(), 0, _ => PyInt.From(Node(UuidCapabilities.For("getnode()"))));
        return e.ToArray();
    }

    // uuid3/uuid5: the hash of the namespace's bytes followed by the name (str as UTF-8).
    private static PyObject NameBased(PyObject ns, PyObject name, int version)
    {
        if (ns is not PyUuid nsu) throw Err.AttributeError($"'{Ops.TypeName(ns)}' object has no attribute 'bytes'");
        byte[] nameBytes = name switch
        {
            PyStr s => System.Text.Encoding.UTF8.GetBytes(s.Value),
            PyBytes b => b.Value,
            PyByteArray ba => ba.Items.ToArray(),
            _ => throw Err.TypeError($"can't concat {Ops.TypeName(name)} to bytes"),
        };
        Vm.Current?.Charge(1 + (nameBytes.Length >> 6));
        var data = new byte[16 + nameBytes.Length];
        UuidBinding.Bytes(nsu).CopyTo(data, 0);
        nameBytes.CopyTo(data, 16);
        byte[] digest = version == 3 ? System.Security.Cryptography.MD5.HashData(data) : System.Security.Cryptography.SHA1.HashData(data);
        return UuidBinding.Make(UuidBinding.FromBytes(digest.AsSpan(0, 16)), version);
    }

    private static long Node(UuidCapabilities caps)
    {
        // As uuid._random_getnode: 48 random bits with the multicast bit set (RFC 4122 4.5).
        if (caps.Node is { } n) return n;
        var b = caps.Random(6);
        long node = 0;
        for (int i = 0; i < 6; i++) node = (node << 8) | b[i];
        node |= 1L << 40;
        caps.Node = node;
        return node;
    }

    private static PyObject Uuid1(PyObject? nodeObj, PyObject? clockSeqObj)
    {
        var caps = UuidCapabilities.For("uuid1()");
        var now = caps.Now("uuid1()");
        // 100-ns intervals since 1582-10-15, never repeating within the execution.
        long timestamp = (now.ToUniversalTime().Ticks - new DateTime(1582, 10, 15, 0, 0, 0, DateTimeKind.Utc).Ticks);
        if (caps.LastTimestamp is { } last && timestamp <= last) timestamp = last + 1;
        caps.LastTimestamp = timestamp;
        long clockSeq;
        if (clockSeqObj is null or PyNone)
        {
            var r = caps.Random(2);
            clockSeq = ((r[0] << 8) | r[1]) & 0x3fff;
        }
        else
        {
            clockSeq = ArgParser.Int(clockSeqObj, "uuid1");
        }
        long node = nodeObj is null or PyNone ? Node(caps) : ArgParser.Int(nodeObj, "uuid1");
        var fields = new PyTuple(new PyObject[]
        {
            PyInt.From(timestamp & 0xffffffff), PyInt.From((timestamp >> 32) & 0xffff), PyInt.From((timestamp >> 48) & 0x0fff),
            PyInt.From((clockSeq >> 8) & 0x3f), PyInt.From(clockSeq & 0xff), PyInt.From(node),
        });
        // Through the constructor, so an out-of-range node or clock_seq fails as in uuid.py.
        return UuidBinding.UuidType.Constructor!(new PyObject[] { fields, PyInt.From(1) }, new[] { "fields", "version" });
    }
}
