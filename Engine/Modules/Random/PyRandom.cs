using System.Numerics;
using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Random;

/// <summary>
/// A <c>random.Random</c> (its own Mersenne Twister state) or a <c>random.SystemRandom</c> (no
/// state: every bit comes from the host's entropy source).
/// </summary>
/// <remarks>
/// A generator can exist unseeded: the module-level one is, when the host did not grant
/// randomness. Reading numbers from it raises until the rule seeds it, so a rule without the
/// capability can only ever see reproducible numbers.
/// </remarks>
public sealed class PyRandom : PyObject
{
    private readonly MersenneTwister? _mt;
    private bool _seeded;

    internal PyRandom(bool system)
    {
        IsSystem = system;
        if (!system) _mt = new MersenneTwister();
    }

    /// <summary>True for <c>SystemRandom</c>.</summary>
    public bool IsSystem { get; }

    /// <summary>The cached second value of <c>gauss()</c> (<c>gauss_next</c>); null for None.</summary>
    internal PyObject? GaussNext { get; set; }

    /// <inheritdoc />
    public override PyType Type => IsSystem ? RandomTypes.SystemRandom : RandomTypes.Random;

    /// <summary>The Mersenne Twister, once seeded; <paramref name="what"/> names the caller in the refusal.</summary>
    internal MersenneTwister Generator(string what)
    {
        if (!_seeded) throw RandomEntropy.Refused(what);
        return _mt!;
    }

    /// <summary>Seeds from an integer (CPython's <c>_random.Random.seed</c> after the Python-level conversions).</summary>
    internal void SeedFrom(BigInteger n)
    {
        _mt!.Seed(n);
        _seeded = true;
    }

    /// <summary>Seeds from 624 words of host entropy, as CPython seeds from urandom.</summary>
    internal void SeedFromEntropy(string what)
    {
        var bytes = new byte[MersenneTwister.N * 4];
        RandomEntropy.Fill(bytes, what);
        var key = new uint[MersenneTwister.N];
        Buffer.BlockCopy(bytes, 0, key, 0, bytes.Length);
        _mt!.InitByArray(key);
        _seeded = true;
    }

    /// <summary>Restores a validated state (setstate seeds the generator).</summary>
    internal void Restore(uint[] words, int index)
    {
        _mt!.Restore(words, index);
        _seeded = true;
    }

    /// <summary><c>random()</c>: a float in [0, 1).</summary>
    internal double NextDouble(string what = "random.random()")
    {
        if (!IsSystem) return Generator(what).NextDouble();
        Span<byte> b = stackalloc byte[7];
        RandomEntropy.Fill(b, what);
        ulong x = 0;
        foreach (byte v in b) x = (x << 8) | v;
        return (x >> 3) * (1.0 / 9007199254740992.0);
    }

    /// <summary><c>getrandbits(k)</c> for k &gt;= 0 (already checked and bounded by the caller).</summary>
    internal BigInteger GetRandBits(long k, string what = "random.getrandbits()")
    {
        if (k == 0) return BigInteger.Zero;
        if (!IsSystem) return Generator(what).GetRandBits(k);
        long numBytes = (k + 7) / 8;
        var bytes = new byte[numBytes];
        RandomEntropy.Fill(bytes, what);
        var x = new BigInteger(bytes, isUnsigned: true, isBigEndian: true);
        return x >> (int)(numBytes * 8 - k);
    }

    /// <summary><c>_randbelow(n)</c> for n &gt; 0: getrandbits(n.bit_length()) until below n.</summary>
    internal BigInteger RandBelow(BigInteger n, string what)
    {
        long k = (long)n.GetBitLength();
        Vm.Current?.Charge(k >> 5);
        var r = GetRandBits(k, what);
        while (r >= n) r = GetRandBits(k, what);
        return r;
    }

    /// <summary><c>_randbelow(n)</c> for 0 &lt; n &lt;= 2**62, without big integers.</summary>
    internal long RandBelow(long n, string what)
    {
        int k = 64 - BitOperations.LeadingZeroCount((ulong)n);
        if (IsSystem || k > 32) return (long)RandBelow(new BigInteger(n), what);
        var mt = Generator(what);
        long r = mt.NextUInt32() >> (32 - k);
        while (r >= n) r = mt.NextUInt32() >> (32 - k);
        return r;
    }
}
