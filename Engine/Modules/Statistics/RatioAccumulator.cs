using System.Numerics;
using RuleSandbox.Engine.Modules.Fractions;
using RuleSandbox.Engine.Runtime;

namespace RuleSandbox.Engine.Modules.Statistics;

/// <summary>
/// An exact running sum of ratios, the partials dictionary of statistics.py's <c>_sum</c>.
/// Floats and machine-word ints are n / 2**k with small n, so they are added into 128-bit
/// buckets indexed by k without allocating; everything else (big ints, Fractions, Decimals) is
/// kept per denominator as big integers. The order of additions does not matter: the total is exact.
/// </summary>
internal sealed class RatioAccumulator
{
    // k ranges over 0..2 * 1074 (squares of subnormal floats have denominator 2**2148).
    private const int MaxShift = 2 * 1074 + 1;

    // A bucket is flushed to a big integer before it could overflow.
    private static readonly Int128 s_flushAt = Int128.One << 125;

    private Int128[]? _buckets;
    private int _minUsed = int.MaxValue, _maxUsed = -1;
    private readonly Dictionary<BigInteger, BigInteger> _other = new();

    /// <summary>Adds n / 2**k.</summary>
    public void AddBinary(Int128 n, int k)
    {
        _buckets ??= new Int128[MaxShift + 1];
        ref var acc = ref _buckets[k];
        if (Int128.Abs(acc) >= s_flushAt || Int128.Abs(n) >= s_flushAt)
        {
            Add((BigInteger)acc + (BigInteger)n, BigInteger.One << k);
            acc = Int128.Zero;
            return;
        }
        acc += n;
        if (k < _minUsed) _minUsed = k;
        if (k > _maxUsed) _maxUsed = k;
    }

    /// <summary>Adds n / d (d positive).</summary>
    public void Add(BigInteger n, BigInteger d)
    {
        FractionMath.Charge(n, d);
        _other[d] = _other.TryGetValue(d, out var acc) ? acc + n : n;
    }

    /// <summary>The exact total.</summary>
    public PyFraction Total()
    {
        var total = new PyFraction(BigInteger.Zero, BigInteger.One);
        if (_buckets is not null && _maxUsed >= 0)
        {
            Vm.Current?.Charge(_maxUsed - _minUsed + 1);
            var num = BigInteger.Zero;
            for (int k = _minUsed; k <= _maxUsed; k++)
                if (_buckets[k] != Int128.Zero) num += (BigInteger)_buckets[k] << (_maxUsed - k);
            total = FractionMath.Make(num, BigInteger.One << _maxUsed);
        }
        foreach (var (d, n) in _other) total = FractionMath.Add(total, FractionMath.Make(n, d));
        return total;
    }

    /// <summary>
    /// Splits a finite double into m / 2**k with |m| &lt; 2**53 when its value is not a large
    /// integer; false for values of 2**53 and more with a zero fractional part (k would be negative).
    /// </summary>
    public static bool TrySplit(double x, out long m, out int k)
    {
        long bits = BitConverter.DoubleToInt64Bits(x);
        int exp = (int)((bits >> 52) & 0x7FF);
        long mant = bits & 0xFFFFFFFFFFFFFL;
        if (exp == 0) exp = 1; else mant |= 1L << 52;
        int e = exp - 1075;
        if (e > 0)
        {
            m = 0;
            k = 0;
            return false;
        }
        m = bits < 0 ? -mant : mant;
        k = -e;
        return true;
    }
}
