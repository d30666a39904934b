using System.Globalization;
using System.Numerics;
using RuleSandbox.Engine.Syntax;

namespace RuleSandbox.Engine.Runtime.Text;

/// <summary>
/// Correctly rounded decimal digits of a double, the three modes of David Gay's <c>_Py_dg_dtoa</c>
/// that CPython uses: 0 = shortest round-trip, 2 = N significant digits, 3 = N digits after the point.
/// </summary>
/// <remarks>
/// Modes 2 and 3 work on the exact binary value with BigInteger arithmetic and round half to even,
/// so <c>2.675</c> (really 2.67499999...) gives "2.67" exactly as CPython does. Digits come back
/// without trailing zeros; value = 0.DIGITS × 10^DecimalPoint. An empty digit string (mode 3, value
/// rounds to zero) has DecimalPoint = -ndigits, as in dtoa.
/// </remarks>
internal static class FloatDigits
{
    private static readonly BigInteger[] SmallPow10 = BuildPowers();

    private static BigInteger[] BuildPowers()
    {
        var p = new BigInteger[64];
        p[0] = BigInteger.One;
        for (int i = 1; i < p.Length; i++) p[i] = p[i - 1] * 10;
        return p;
    }

    internal static BigInteger Pow10(int n) => n < SmallPow10.Length ? SmallPow10[n] : BigInteger.Pow(10, n);

    /// <summary>Digits of |value| (finite). Zero gives ("0", 1) in every mode.</summary>
    public static (string Digits, int DecimalPoint) Dtoa(double value, int mode, int ndigits)
    {
        value = Math.Abs(value);
        if (value == 0) return ("0", 1);
        if (mode == 0) return LiteralRepr.ShortestDigits(value);
        // value = mant × 2^exp exactly.
        long bits = BitConverter.DoubleToInt64Bits(value);
        int rawExp = (int)((bits >> 52) & 0x7FF);
        long mant = bits & 0xFFFFFFFFFFFFFL;
        int exp;
        if (rawExp == 0) exp = -1074;
        else { mant |= 1L << 52; exp = rawExp - 1075; }
        // Strip trailing zero bits so the power-of-two denominator stays small.
        int tz = BitOperations.TrailingZeroCount(mant);
        mant >>= tz;
        exp += tz;

        if (mode == 3)
        {
            string s;
            if (TryRoundScaledFast(mant, exp, ndigits, out UInt128 fast))
            {
                if (fast == UInt128.Zero) return ("", -ndigits);
                s = fast.ToString(CultureInfo.InvariantCulture);
            }
            else
            {
                BigInteger rounded = RoundScaled(mant, exp, ndigits);
                if (rounded.IsZero) return ("", -ndigits);
                s = rounded.ToString(CultureInfo.InvariantCulture);
            }
            int decpt = s.Length - ndigits;
            return (s.TrimEnd('0'), decpt);
        }
        if (ndigits < 1) ndigits = 1;
        if (TrySignificantFast(value, mant, exp, ndigits, out string fastDigits, out int fastDecpt)) return (fastDigits, fastDecpt);
        // k = floor(log10(value)) exactly: the float estimate can be off by one near powers of ten
        // (1e23 is really 9.999...e22), so check it against the exact value first.
        int k = (int)Math.Floor(Math.Log10(value));
        while (!ExactBelow(mant, exp, k + 1)) k++;
        while (ExactBelow(mant, exp, k)) k--;
        BigInteger n = RoundScaled(mant, exp, ndigits - 1 - k);
        if (n >= Pow10(ndigits))
        {
            // Rounding carried into a new digit (9.99 -> 10.0).
            return ("1", k + 2);
        }
        return (n.ToString(CultureInfo.InvariantCulture).TrimEnd('0'), k + 1);
    }

    // True when value < 10^e, i.e. the carry came from rounding, not from a wrong estimate.
    private static bool ExactBelow(long mant, int exp, int e)
    {
        BigInteger num = mant, den = BigInteger.One;
        if (exp >= 0) num <<= exp; else den <<= -exp;
        if (e >= 0) return num < Pow10(e) * den;
        return num * Pow10(-e) < den;
    }

    private static readonly ulong[] Pow10U64 = BuildPow10U64();

    private static ulong[] BuildPow10U64()
    {
        var p = new ulong[20];
        p[0] = 1;
        for (int i = 1; i < p.Length; i++) p[i] = p[i - 1] * 10;
        return p;
    }

    // The same rounding in 128-bit integers when everything fits: the common case of 'f' formatting
    // and round() on everyday magnitudes, without BigInteger allocations.
    private static bool TryRoundScaledFast(long mant, int exp, int scale, out UInt128 q)
    {
        q = UInt128.Zero;
        if (scale <= -Pow10U64.Length || scale >= Pow10U64.Length) return false;
        UInt128 num, den;
        if (scale >= 0)
        {
            num = (UInt128)(ulong)mant * Pow10U64[scale]; // < 2^53 · 2^64
            if (exp >= 0)
            {
                if (BitLength(num) + exp > 127) return false;
                q = num << exp;
                return true;
            }
            if (-exp >= 127) return false;
            den = UInt128.One << -exp;
        }
        else
        {
            UInt128 d = Pow10U64[-scale];
            if (exp >= 0)
            {
                if (BitLength((ulong)mant) + exp > 127) return false;
                num = (UInt128)(ulong)mant << exp;
                den = d;
            }
            else
            {
                if (BitLength(d) + -exp > 126) return false;
                num = (ulong)mant;
                den = d << -exp;
            }
        }
        q = num / den;
        UInt128 r = num - q * den;
        UInt128 twice = r << 1; // r < den < 2^127, so no overflow
        if (twice > den || (twice == den && (q & UInt128.One) != UInt128.Zero)) q += UInt128.One;
        return true;
    }

    private static int BitLength(UInt128 v) => 128 - (int)UInt128.LeadingZeroCount(v);

    // Mode 2 without BigInteger: round at the estimated exponent and accept the result only when it
    // proves the estimate right (strictly between 10^(n-1) and 10^n); anything else goes the exact way.
    private static bool TrySignificantFast(double value, long mant, int exp, int ndigits, out string digits, out int decpt)
    {
        digits = "";
        decpt = 0;
        if (ndigits >= Pow10U64.Length) return false;
        int k = (int)Math.Floor(Math.Log10(value));
        ulong lo = Pow10U64[ndigits - 1], hi = Pow10U64[ndigits];
        for (int attempt = 0; attempt < 3; attempt++)
        {
            if (!TryRoundScaledFast(mant, exp, ndigits - 1 - k, out UInt128 q)) return false;
            if (q < lo) { k--; continue; }
            if (q > hi) { k++; continue; }
            if (q == lo || q == hi) return false;
            digits = ((ulong)q).ToString(CultureInfo.InvariantCulture).TrimEnd('0');
            decpt = k + 1;
            return true;
        }
        return false;
    }

    /// <summary>round_half_even(mant × 2^exp × 10^scale).</summary>
    internal static BigInteger RoundScaled(long mant, int exp, int scale)
    {
        BigInteger num = mant, den = BigInteger.One;
        if (exp >= 0) num <<= exp; else den <<= -exp;
        if (scale >= 0) num *= Pow10(scale); else den *= Pow10(-scale);
        if (den.IsOne) return num;
        BigInteger q = BigInteger.DivRem(num, den, out BigInteger r);
        int c = (r << 1).CompareTo(den);
        if (c > 0 || (c == 0 && !q.IsEven)) q += 1;
        return q;
    }

    /// <summary>
    /// CPython's <c>format_float_short</c>: turns dtoa digits into text for 'e', 'f', 'g' or 'r'
    /// (lower case; the caller upper-cases). Handles sign, nan and inf.
    /// </summary>
    public static string Format(double value, char code, int precision, bool alt, bool addDot0, bool noNegZero, bool upper)
    {
        if (double.IsNaN(value)) return upper ? "NAN" : "nan";
        bool negative = double.IsNegative(value);
        if (double.IsInfinity(value)) return (negative ? "-" : "") + (upper ? "INF" : "inf");

        int mode;
        switch (code)
        {
            case 'e': mode = 2; precision++; break;
            case 'f': mode = 3; break;
            case 'g': mode = 2; if (precision == 0) precision = 1; break;
            default: mode = 0; precision = 0; break; // 'r'
        }
        var (digits, decpt) = Dtoa(value, mode, precision);
        int digitsLen = digits.Length;
        if (noNegZero && negative && (digitsLen == 0 || digits == "0")) negative = false;

        bool useExp = false;
        int vEnd = digitsLen;
        switch (code)
        {
            case 'e': useExp = true; vEnd = precision; break;
            case 'f': vEnd = decpt + precision; break;
            case 'g':
                if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
                if (alt) vEnd = precision;
                break;
            default:
                if (decpt <= -4 || decpt > 16) useExp = true;
                break;
        }
        int expo = 0;
        if (useExp) { expo = decpt - 1; decpt = 1; }
        int vStart = decpt <= 0 ? decpt - 1 : 0;
        if (!useExp && addDot0) vEnd = vEnd > decpt ? vEnd : decpt + 1;
        else vEnd = vEnd > decpt ? vEnd : decpt;

        var sb = new System.Text.StringBuilder(Math.Max(16, vEnd - vStart + 8));
        if (negative) sb.Append('-');
        if (decpt <= 0)
        {
            sb.Append('0', decpt - vStart).Append('.').Append('0', -decpt);
        }
        else
        {
            sb.Append('0', -vStart);
        }
        if (decpt > 0 && decpt <= digitsLen)
        {
            sb.Append(digits, 0, decpt).Append('.').Append(digits, decpt, digitsLen - decpt);
        }
        else
        {
            sb.Append(digits);
        }
        if (digitsLen < decpt)
        {
            sb.Append('0', decpt - digitsLen).Append('.').Append('0', vEnd - decpt);
        }
        else
        {
            sb.Append('0', vEnd - digitsLen);
        }
        if (sb[^1] == '.' && !alt) sb.Length--;
        if (useExp)
        {
            sb.Append(upper ? 'E' : 'e').Append(expo < 0 ? '-' : '+');
            int ae = Math.Abs(expo);
            if (ae < 10) sb.Append('0');
            sb.Append(ae.ToString(CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }
}
