using System.Numerics;

namespace RuleSandbox.Engine.Modules.Random;

// The math module's namespace (RuleSandbox.Engine.Modules.Math) would hide System.Math here.
using Math = System.Math;

/// <summary>
/// MT19937, the generator behind CPython's <c>random</c>, written to match
/// <c>Modules/_randommodule.c</c> word for word: the same seeding (init_genrand, init_by_array),
/// the same 53-bit float (genrand_res53) and the same getrandbits word order, so a seed gives the
/// same numbers here as in CPython.
/// </summary>
internal sealed class MersenneTwister
{
    public const int N = 624;
    private const int M = 397;
    private const uint MatrixA = 0x9908b0dfU;
    private const uint UpperMask = 0x80000000U;
    private const uint LowerMask = 0x7fffffffU;

    private readonly uint[] _mt = new uint[N];
    private int _index = N + 1;

    /// <summary>A copy of the 624 state words and the index, as <c>getstate()</c> exposes them.</summary>
    public (uint[] Words, int Index) State => ((uint[])_mt.Clone(), _index);

    /// <summary>Restores a state read by <see cref="State"/> (already validated).</summary>
    public void Restore(uint[] words, int index)
    {
        Array.Copy(words, _mt, N);
        _index = index;
    }

    private void InitGenrand(uint s)
    {
        _mt[0] = s;
        for (int i = 1; i < N; i++)
            _mt[i] = 1812433253U * (_mt[i - 1] ^ (_mt[i - 1] >> 30)) + (uint)i;
        _index = N;
    }

    /// <summary>Seeds from an array of 32-bit words (init_by_array).</summary>
    public void InitByArray(ReadOnlySpan<uint> key)
    {
        InitGenrand(19650218U);
        int i = 1, j = 0;
        int keyLength = key.Length;
        for (int k = Math.Max(N, keyLength); k > 0; k--)
        {
            _mt[i] = (_mt[i] ^ ((_mt[i - 1] ^ (_mt[i - 1] >> 30)) * 1664525U)) + key[j] + (uint)j;
            i++; j++;
            if (i >= N) { _mt[0] = _mt[N - 1]; i = 1; }
            if (j >= keyLength) j = 0;
        }
        for (int k = N - 1; k > 0; k--)
        {
            _mt[i] = (_mt[i] ^ ((_mt[i - 1] ^ (_mt[i - 1] >> 30)) * 1566083941U)) - (uint)i;
            i++;
            if (i >= N) { _mt[0] = _mt[N - 1]; i = 1; }
        }
        _mt[0] = 0x80000000U;
    }

    /// <summary>Seeds from a non-negative integer: its 32-bit words, least significant first (CPython's random_seed).</summary>
    public void Seed(BigInteger n)
    {
        if (n.Sign < 0) n = BigInteger.Negate(n);
        if (n.IsZero)
        {
            InitByArray(stackalloc uint[] { 0 });
            return;
        }
        byte[] bytes = n.ToByteArray(isUnsigned: true, isBigEndian: false);
        var key = new uint[(bytes.Length + 3) / 4];
        for (int b = 0; b < bytes.Length; b++) key[b / 4] |= (uint)bytes[b] << (8 * (b % 4));
        InitByArray(key);
    }

    /// <summary>The next 32 random bits (genrand_uint32).</summary>
    public uint NextUInt32()
    {
        uint y;
        if (_index >= N)
        {
            int kk;
            for (kk = 0; kk < N - M; kk++)
            {
                y = (_mt[kk] & UpperMask) | (_mt[kk + 1] & LowerMask);
                _mt[kk] = _mt[kk + M] ^ (y >> 1) ^ ((y & 1U) != 0 ? MatrixA : 0U);
            }
            for (; kk < N - 1; kk++)
            {
                y = (_mt[kk] & UpperMask) | (_mt[kk + 1] & LowerMask);
                _mt[kk] = _mt[kk + (M - N)] ^ (y >> 1) ^ ((y & 1U) != 0 ? MatrixA : 0U);
            }
            y = (_mt[N - 1] & UpperMask) | (_mt[0] & LowerMask);
            _mt[N - 1] = _mt[M - 1] ^ (y >> 1) ^ ((y & 1U) != 0 ? MatrixA : 0U);
            _index = 0;
        }
        y = _mt[_index++];
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c5680U;
        y ^= (y << 15) & 0xefc60000U;
        y ^= y >> 18;
        return y;
    }

    /// <summary>A float in [0, 1) with 53 random bits (genrand_res53).</summary>
    public double NextDouble()
    {
        uint a = NextUInt32() >> 5, b = NextUInt32() >> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    /// <summary>
    /// <paramref name="k"/> random bits (k &gt; 0) as CPython's getrandbits builds them: 32-bit
    /// words least significant first, the last word shifted right to keep only its top bits.
    /// </summary>
    public BigInteger GetRandBits(long k)
    {
        if (k <= 32) return NextUInt32() >> (int)(32 - k);
        int words = (int)((k - 1) / 32 + 1);
        var bytes = new byte[words * 4 + 1]; // a trailing zero keeps the value unsigned
        for (int i = 0; i < words; i++, k -= 32)
        {
            uint r = NextUInt32();
            if (k < 32) r >>= (int)(32 - k);
            bytes[4 * i] = (byte)r;
            bytes[4 * i + 1] = (byte)(r >> 8);
            bytes[4 * i + 2] = (byte)(r >> 16);
            bytes[4 * i + 3] = (byte)(r >> 24);
        }
        return new BigInteger(bytes);
    }
}
