using System.Numerics;
using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Fractions;

using Math = System.Math;

/// <summary>
/// Exact rational arithmetic on (numerator, denominator) pairs, following the algorithms of
/// CPython's fractions.py (gcd reductions before multiplying keep the numbers small). Shared by
/// <c>Fraction</c> and by the statistics module's exact sums. Big-number work is charged to the
/// execution's fuel by size, because a rule controls how large its fractions grow.
/// </summary>
internal static class FractionMath
{
    private static readonly BigInteger s_hashModulus = (BigInteger.One << 61) - 1;

    /// <summary>CPython's <c>sys.hash_info.inf</c>.</summary>
    private const long HashInf = 314159;

    private static long Words(BigInteger v) => Math.Max(1, (long)(v.GetBitLength() / 64) + 1);

    /// <summary>Charges fuel for an operation on numbers of these sizes (quadratic, like schoolbook multiplication).</summary>
    public static void Charge(BigInteger a, BigInteger b)
    {
        long wa = Words(a), wb = Words(b);
        if (wa > 1 || wb > 1)
        {
            Vm.Current?.CheckAllocation((wa + wb) * 8);
            Vm.Current?.Charge(wa * wb);
        }
    }

    /// <summary>A normalized fraction n/d; ZeroDivisionError "Fraction(n, 0)" when d is zero.</summary>
    public static PyFraction Make(BigInteger n, BigInteger d)
    {
        if (d.IsZero) throw Err.ZeroDivisionError($"Fraction({IntOps.ToDecimal(PyInt.From(n))}, 0)");
        Charge(n, d);
        var g = BigInteger.GreatestCommonDivisor(n, d);
        if (d.Sign < 0) g = -g;
        if (!g.IsOne)
        {
            n /= g;
            d /= g;
        }
        return new PyFraction(n, d);
    }

    public static PyFraction Add(PyFraction a, PyFraction b) => AddSub(a, b, false);

    public static PyFraction Sub(PyFraction a, PyFraction b) => AddSub(a, b, true);

    private static PyFraction AddSub(PyFraction a, PyFraction b, bool subtract)
    {
        BigInteger na = a.Numerator, da = a.Denominator, nb = subtract ? -b.Numerator : b.Numerator, db = b.Denominator;
        Charge(na, db);
        Charge(nb, da);
        var g = BigInteger.GreatestCommonDivisor(da, db);
        if (g.IsOne) return new PyFraction(na * db + da * nb, da * db);
        var s = da / g;
        var t = na * (db / g) + nb * s;
        var g2 = BigInteger.GreatestCommonDivisor(t, g);
        if (g2.IsOne) return new PyFraction(t, s * db);
        return new PyFraction(t / g2, s * (db / g2));
    }

    public static PyFraction Mul(PyFraction a, PyFraction b)
    {
        BigInteger na = a.Numerator, da = a.Denominator, nb = b.Numerator, db = b.Denominator;
        Charge(na, nb);
        Charge(da, db);
        var g1 = BigInteger.GreatestCommonDivisor(na, db);
        if (g1 > 1) { na /= g1; db /= g1; }
        var g2 = BigInteger.GreatestCommonDivisor(nb, da);
        if (g2 > 1) { nb /= g2; da /= g2; }
        return new PyFraction(na * nb, db * da);
    }

    public static PyFraction Div(PyFraction a, PyFraction b)
    {
        BigInteger nb = b.Numerator, db = b.Denominator;
        if (nb.IsZero) throw Err.ZeroDivisionError($"Fraction({IntOps.ToDecimal(PyInt.From(db))}, 0)");
        BigInteger na = a.Numerator, da = a.Denominator;
        Charge(na, db);
        Charge(nb, da);
        var g1 = BigInteger.GreatestCommonDivisor(na, nb);
        if (g1 > 1) { na /= g1; nb /= g1; }
        var g2 = BigInteger.GreatestCommonDivisor(db, da);
        if (g2 > 1) { da /= g2; db /= g2; }
        BigInteger n = na * db, d = nb * da;
        if (d.Sign < 0) { n = -n; d = -d; }
        return new PyFraction(n, d);
    }

    /// <summary>Python's floor division of big integers.</summary>
    public static BigInteger FloorDiv(BigInteger a, BigInteger b)
    {
        if (b.IsZero) throw Err.ZeroDivisionError("integer division or modulo by zero");
        var q = BigInteger.DivRem(a, b, out var r);
        if (!r.IsZero && (r.Sign < 0) != (b.Sign < 0)) q -= 1;
        return q;
    }

    /// <summary>Python's modulo of big integers (the result takes the divisor's sign).</summary>
    public static BigInteger Mod(BigInteger a, BigInteger b)
    {
        if (b.IsZero) throw Err.ZeroDivisionError("integer modulo by zero");
        var r = BigInteger.Remainder(a, b);
        if (!r.IsZero && (r.Sign < 0) != (b.Sign < 0)) r += b;
        return r;
    }

    /// <summary>n/d as the nearest double (int true division, correctly rounded).</summary>
    public static double ToDouble(BigInteger n, BigInteger d)
        => IntOps.DivideToDouble(n, d);

    /// <summary>The exact ratio of a finite double (<c>float.as_integer_ratio</c>).</summary>
    public static (BigInteger Num, BigInteger Den) FromDouble(double x)
    {
        if (double.IsNaN(x)) throw Err.ValueError("cannot convert NaN to integer ratio");
        if (double.IsInfinity(x)) throw Err.OverflowError("cannot convert Infinity to integer ratio");
        if (x == 0) return (BigInteger.Zero, BigInteger.One);
        long bits = BitConverter.DoubleToInt64Bits(x);
        bool neg = bits < 0;
        int exp = (int)((bits >> 52) & 0x7FF);
        long mant = bits & 0xFFFFFFFFFFFFFL;
        if (exp == 0) exp = 1; else mant |= 1L << 52;
        exp -= 1075;
        int tz = BitOperations.TrailingZeroCount(mant);
        mant >>= tz;
        exp += tz;
        BigInteger n = mant, d = BigInteger.One;
        if (exp >= 0) n <<= exp; else d <<= -exp;
        return (neg ? -n : n, d);
    }

    /// <summary>CPython's hash of the rational n/d, equal to the hash of an equal int, float or Decimal.</summary>
    public static long Hash(BigInteger n, BigInteger d)
    {
        BigInteger h;
        if ((d % s_hashModulus).IsZero) h = HashInf;
        else
        {
            var dinv = BigInteger.ModPow(d, s_hashModulus - 2, s_hashModulus);
            h = BigInteger.Abs(n) % s_hashModulus * dinv % s_hashModulus;
        }
        long r = (long)h;
        if (n.Sign < 0) r = -r;
        return r == -1 ? -2 : r;
    }

    /// <summary>10**e for a non-negative exponent, refused before allocating when absurdly large.</summary>
    public static BigInteger Pow10(BigInteger e) => ((PyInt)IntOps.Pow(PyInt.From(10), PyInt.From(e))).Big;

    /// <summary>b**e for e ≥ 0 through the int power (size preflight and fuel included).</summary>
    public static BigInteger Pow(BigInteger b, BigInteger e) => ((PyInt)IntOps.Pow(PyInt.From(b), PyInt.From(e))).Big;
}
