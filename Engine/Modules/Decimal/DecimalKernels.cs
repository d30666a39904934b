using System.Numerics;

namespace RuleSandbox.Engine.Modules.Decimal;

// The math module's namespace (RuleSandbox.Engine.Modules.Math) would hide System.Math here.
using Math = System.Math;

/// <summary>
/// Fixed-point integer kernels for exp, ln and log10: a real number z is carried as
/// an integer close to z·M. Each kernel returns an approximation with a small, proven absolute
/// error; the callers retry with more digits until the rounding of the result is certain (Ziv's
/// strategy), so the final results are correctly rounded and match CPython digit for digit.
/// </summary>
/// <remarks>
/// The algorithms (argument reduction, Taylor series lengths, error bounds) are those of CPython's
/// <c>_pydecimal</c> (<c>_ilog</c>, <c>_iexp</c>, <c>_dlog</c>, <c>_dlog10</c>, <c>_dexp</c>), kept step
/// for step so the intermediate approximations, and therefore the number of retries, are the same.
/// Python's floor division and arithmetic shifts are reproduced exactly for negative values.
/// </remarks>
internal static class DecimalKernels
{
    private static readonly object s_lnTenLock = new();

    // Digits of ln(10), truncated; extended on demand (shared read-mostly by every execution:
    // the constant is the same for everyone, so caching it leaks nothing between executions).
    private static string s_lnTenDigits = "23025850929940456840179914546843642076011014886";

    /// <summary>Python's <c>a // b</c>.</summary>
    public static BigInteger FloorDiv(BigInteger a, BigInteger b)
    {
        var q = BigInteger.DivRem(a, b, out var r);
        if (!r.IsZero && (r.Sign < 0) != (b.Sign < 0)) q -= 1;
        return q;
    }

    /// <summary>Python's <c>divmod(a, b)</c>.</summary>
    public static BigInteger FloorDivRem(BigInteger a, BigInteger b, out BigInteger rem)
    {
        var q = BigInteger.DivRem(a, b, out var r);
        if (!r.IsZero && (r.Sign < 0) != (b.Sign < 0)) { q -= 1; r += b; }
        rem = r;
        return q;
    }

    /// <summary>Closest integer to a/b, ties to even (<c>_div_nearest</c>).</summary>
    public static BigInteger DivNearest(BigInteger a, BigInteger b)
    {
        var q = FloorDivRem(a, b, out var r);
        return (2 * r + (q.IsEven ? 0 : 1)) > b ? q + 1 : q;
    }

    /// <summary>Closest integer to x / 2**shift, ties to even (<c>_rshift_nearest</c>).</summary>
    public static BigInteger RShiftNearest(BigInteger x, int shift)
    {
        var b = BigInteger.One << shift;
        var q = x >> shift;
        return (2 * (x & (b - 1)) + (q.IsEven ? 0 : 1)) > b ? q + 1 : q;
    }

    /// <summary>Closest integer to the square root of n from the estimate a (<c>_sqrt_nearest</c>).</summary>
    public static BigInteger SqrtNearest(BigInteger n, BigInteger a)
    {
        var b = BigInteger.Zero;
        while (a != b)
        {
            b = a;
            a = (a - FloorDiv(-n, a)) >> 1;
        }
        return a;
    }

    /// <summary>Bit length of |x| (Python's <c>int.bit_length</c>).</summary>
    public static long NBits(BigInteger x) => (long)BigInteger.Abs(x).GetBitLength();

    private static long Digits(BigInteger x) => DecimalNumber.NumDigits(BigInteger.Abs(x));

    // ceil(10 * digits(M) / (3L)): the number of Taylor terms that make (2**L)**T exceed M.
    private static int TaylorTerms(BigInteger m, int l) => (int)((10 * Digits(m) + 3 * l - 1) / (3 * l));

    /// <summary>Integer approximation to M·log(x/M) (<c>_ilog</c>).</summary>
    public static BigInteger ILog(BigInteger x, BigInteger m, int l = 8)
    {
        var y = x - m;
        int r = 0;
        while ((r <= l && (BigInteger.Abs(y) << (l - r)) >= m) || (r > l && (BigInteger.Abs(y) >> (r - l)) >= m))
        {
            y = DivNearest((m * y) << 1, m + SqrtNearest(m * (m + RShiftNearest(y, r)), m));
            r++;
        }
        int t = TaylorTerms(m, l);
        var yshift = RShiftNearest(y, r);
        var w = DivNearest(m, t);
        for (int k = t - 1; k > 0; k--)
            w = DivNearest(m, k) - DivNearest(yshift * w, m);
        return DivNearest(w * y, m);
    }

    /// <summary>floor(10**p · ln 10) (<c>_log10_digits</c>).</summary>
    public static BigInteger LnTenDigits(long p)
    {
        string digits = s_lnTenDigits;
        if (p >= digits.Length)
        {
            lock (s_lnTenLock)
            {
                digits = s_lnTenDigits;
                if (p >= digits.Length)
                {
                    int extra = 3;
                    string computed;
                    while (true)
                    {
                        var mm = DecimalNumber.Pow10(p + extra + 2);
                        computed = DivNearest(ILog(10 * mm, mm), 100).ToString(System.Globalization.CultureInfo.InvariantCulture);
                        if (computed[^extra..] != new string('0', extra)) break;
                        extra += 3;
                    }
                    // Keep the reliable digits: drop trailing zeros and the next (uncertain) digit.
                    computed = computed.TrimEnd('0');
                    s_lnTenDigits = digits = computed[..^1];
                }
            }
        }
        return BigInteger.Parse(digits.AsSpan(0, (int)p + 1), provider: System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Integer approximation to M·exp(x/M) for small x/M (<c>_iexp</c>).</summary>
    public static BigInteger IExp(BigInteger x, BigInteger m, int l = 8)
    {
        int r = (int)NBits(FloorDiv(x << l, m));
        int t = TaylorTerms(m, l);
        var y = DivNearest(x, t);
        var mshift = m << r;
        for (int i = t - 1; i > 0; i--)
            y = DivNearest(x * (mshift + y), mshift * i);
        for (int k = r - 1; k >= 0; k--)
        {
            var ms = m << (k + 2);
            y = DivNearest(y * (y + ms), ms);
        }
        return m + y;
    }

    /// <summary>exp(c·10**e) as d·10**f with p digits, error in d at most 1 (<c>_dexp</c>).</summary>
    public static (BigInteger Coeff, long Exp) DExp(BigInteger c, long e, long p)
    {
        p += 2;
        long extra = Math.Max(0, e + Digits(c) - 1);
        long q = p + extra;
        long shift = e + q;
        var cshift = shift >= 0 ? c * DecimalNumber.Pow10(shift) : FloorDiv(c, DecimalNumber.Pow10(-shift));
        var quot = FloorDivRem(cshift, LnTenDigits(q), out var rem);
        rem = DivNearest(rem, DecimalNumber.Pow10(extra));
        return (DivNearest(IExp(rem, DecimalNumber.Pow10(p)), 1000), (long)quot - p + 3);
    }

    /// <summary>10**p · ln(c·10**e), error at most 1; c·10**e must not be 1 (<c>_dlog</c>).</summary>
    public static BigInteger DLog(BigInteger c, long e, long p)
    {
        p += 2;
        long l = Digits(c);
        long f = e + l - (e + l >= 1 ? 1 : 0);
        BigInteger logD;
        if (p > 0)
        {
            long k = e + p - f;
            c = k >= 0 ? c * DecimalNumber.Pow10(k) : DivNearest(c, DecimalNumber.Pow10(-k));
            logD = ILog(c, DecimalNumber.Pow10(p));
        }
        else
        {
            logD = BigInteger.Zero;
        }
        BigInteger fLogTen = BigInteger.Zero;
        if (f != 0)
        {
            long extra = Digits(f) - 1;
            if (p + extra >= 0) fLogTen = DivNearest(f * LnTenDigits(p + extra), DecimalNumber.Pow10(extra));
        }
        return DivNearest(fLogTen + logD, 100);
    }

    /// <summary>10**p · log10(c·10**e), error at most 1; c·10**e must not be 1 (<c>_dlog10</c>).</summary>
    public static BigInteger DLog10(BigInteger c, long e, long p)
    {
        p += 2;
        long l = Digits(c);
        long f = e + l - (e + l >= 1 ? 1 : 0);
        BigInteger logD, logTenPower;
        if (p > 0)
        {
            var m = DecimalNumber.Pow10(p);
            long k = e + p - f;
            c = k >= 0 ? c * DecimalNumber.Pow10(k) : DivNearest(c, DecimalNumber.Pow10(-k));
            logD = ILog(c, m);
            var logTen = LnTenDigits(p);
            logD = DivNearest(logD * m, logTen);
            logTenPower = f * m;
        }
        else
        {
            logD = BigInteger.Zero;
            logTenPower = DivNearest(f, DecimalNumber.Pow10(-p));
        }
        return DivNearest(logTenPower + logD, 100);
    }

    /// <summary>Whether a Ziv approximation with p digits wanted can be rounded with certainty:
    /// its digits beyond p are not exactly a multiple of 5·10**k (a possible tie or exact value).</summary>
    public static bool Roundable(BigInteger coeff, long p)
    {
        long k = Digits(coeff) - p - 1;
        if (k < 0) return false; // Python's coeff % 0.5 == 0: not roundable, retry with more digits
        return !(BigInteger.Abs(coeff) % (5 * DecimalNumber.Pow10(k))).IsZero;
    }
}
