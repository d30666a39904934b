using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Hashlib;

using Math = System.Math;

/// <summary>
/// <c>hashlib.pbkdf2_hmac</c> (RFC 8018) over any of the module's hashes, with HMAC (RFC 2104)
/// built on <see cref="Hasher"/>. Every iteration is charged, so a rule asking for a billion
/// iterations runs out of fuel instead of stalling its guard.
/// </summary>
internal static class Pbkdf2
{
    /// <summary>Fuel per iteration and output block: two hash finalizations and two state copies.</summary>
    private const int FuelPerIteration = 20;

    private static readonly string[] s_names = { "hash_name", "password", "salt", "iterations", "dklen" };

    // A class per execution, as classes are mutable (see Base64Module.BinasciiError).
    private static readonly ConditionalWeakTable<Vm, PyType> s_errors = new();

    /// <summary><c>_hashlib.UnsupportedDigestmodError</c> of the current execution.</summary>
    internal static PyType UnsupportedDigestmodError => Vm.Current is { } vm ? s_errors.GetValue(vm, _ => BuildError()) : BuildError();

    private static PyType BuildError()
    {
        var t = PyType.NewHeap("UnsupportedDigestmodError", new[] { ExcTypes.ValueError }, null);
        t.Members["__module__"] = PyStr.From("_hashlib");
        return t;
    }

    public static PyObject Call(ReadOnlySpan<PyObject> a, string[]? kw, Func<string, Func<Hasher>?> lookup)
    {
        var p = ArgParser.Parse("pbkdf2_hmac", a, kw, s_names, 4);
        if (p[0] is not PyStr name) throw Err.TypeError($"pbkdf2_hmac() argument 'hash_name' must be str, not {Ops.TypeName(p[0]!)}");
        byte[] password = BytesLike(p[1]!), salt = BytesLike(p[2]!);
        long iterations = ArgParser.Int(p[3]!, "pbkdf2_hmac");
        long? dklen = p[4] is null or PyNone ? null : ArgParser.Int(p[4]!, "pbkdf2_hmac");
        var make = lookup(name.Value.ToLowerInvariant()) ?? throw Err.New(UnsupportedDigestmodError, "[digital envelope routines] unsupported");
        if (iterations < 1) throw Err.ValueError("iteration value must be greater than 0.");
        var probe = make();
        long length = dklen ?? probe.DigestSize;
        if (length < 1) throw Err.ValueError("key length must be greater than 0.");
        var vm = Vm.Current;
        vm?.ChargeAllocation(length);

        // HMAC: the key, hashed when longer than a block, zero-padded, XORed with ipad/opad. The
        // keyed inner and outer states are computed once and copied for every use.
        var key = password;
        if (key.Length > probe.BlockSize)
        {
            var kh = make();
            kh.Update(key);
            key = kh.Digest();
        }
        var pad = new byte[probe.BlockSize];
        var inner = make();
        key.CopyTo(pad, 0);
        for (int i = 0; i < pad.Length; i++) pad[i] ^= 0x36;
        inner.Update(pad);
        var outer = make();
        Array.Clear(pad);
        key.CopyTo(pad, 0);
        for (int i = 0; i < pad.Length; i++) pad[i] ^= 0x5c;
        outer.Update(pad);

        byte[] Prf(ReadOnlySpan<byte> m1, ReadOnlySpan<byte> m2)
        {
            var ih = inner.Clone();
            ih.Update(m1);
            ih.Update(m2);
            var oh = outer.Clone();
            oh.Update(ih.Digest());
            return oh.Digest();
        }

        var result = new byte[length];
        Span<byte> counter = stackalloc byte[4];
        int hLen = probe.DigestSize;
        for (long block = 1, done = 0; done < length; block++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(counter, (uint)block);
            var u = Prf(salt, counter);
            var t = (byte[])u.Clone();
            for (long j = 1; j < iterations; j++)
            {
                vm?.Charge(FuelPerIteration);
                u = Prf(u, default);
                for (int k = 0; k < t.Length; k++) t[k] ^= u[k];
            }
            int n = (int)Math.Min(hLen, length - done);
            Array.Copy(t, 0, result, done, n);
            done += n;
        }
        return new PyBytes(result);
    }

    private static byte[] BytesLike(PyObject o) => o switch
    {
        PyBytes b => b.Value,
        PyByteArray ba => ba.Items.ToArray(),
        _ => throw Err.TypeError($"a bytes-like object is required, not '{Ops.TypeName(o)}'"),
    };
}
