using System.Globalization;
using System.Numerics;
using System.Text;
using RuleSandbox.Engine.Syntax;

namespace RuleSandbox.Engine.Runtime.Text;

/// <summary>
/// float's own text operations: <c>repr</c>/<c>str</c>, <c>round</c>, <c>float.hex</c>,
/// <c>float.fromhex</c> and <c>__format__</c>, with CPython 3.12's results.
/// </summary>
public static class FloatFormatter
{
    // CPython's NDIGITS_MAX / NDIGITS_MIN in floatobject.c: beyond them the answer is known.
    private const int NDigitsMax = 323;
    private const int NDigitsMin = -308;

    /// <summary><c>repr(x)</c> and <c>str(x)</c>: the shortest string that round-trips.</summary>
    public static string Repr(double value) => LiteralRepr.Float(value);

    /// <summary><c>format(x, spec)</c>.</summary>
    /// <exception cref="TextError">ValueError for a bad spec.</exception>
    public static string Format(double value, string spec)
        => NumberFormatter.FormatFloat(value, FormatSpec.Parse(spec, "float"));

    /// <summary>
    /// <c>round(x, ndigits)</c>: the exact binary value rounded half-to-even at decimal digit
    /// <paramref name="ndigits"/>, then read back as the nearest double.
    /// </summary>
    /// <exception cref="TextError">OverflowError "rounded value too large to represent".</exception>
    public static double Round(double x, long ndigits)
    {
        if (!double.IsFinite(x)) return x;
        if (ndigits > NDigitsMax) return x;
        if (ndigits < NDigitsMin) return 0.0 * x;
        var (digits, decpt) = FloatDigits.Dtoa(x, 3, (int)ndigits);
        bool negative = double.IsNegative(x);
        string text = (negative ? "-" : "") + "0" + digits + "e" +
                      (decpt - digits.Length).ToString(CultureInfo.InvariantCulture);
        double rounded = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (double.IsInfinity(rounded)) throw TextError.Overflow("rounded value too large to represent");
        return rounded;
    }

    /// <summary><c>round(x)</c> with no ndigits: the nearest int, ties to even.</summary>
    /// <exception cref="TextError">ValueError for NaN, OverflowError for infinity.</exception>
    public static BigInteger RoundToInteger(double x)
    {
        CheckIntegral(x);
        double r = Math.Round(x, MidpointRounding.ToEven);
        return new BigInteger(r);
    }

    /// <summary><c>int(x)</c> / <c>math.trunc(x)</c>: truncation toward zero.</summary>
    /// <exception cref="TextError">ValueError for NaN, OverflowError for infinity.</exception>
    public static BigInteger Truncate(double x)
    {
        CheckIntegral(x);
        return new BigInteger(Math.Truncate(x));
    }

    private static void CheckIntegral(double x)
    {
        if (double.IsNaN(x)) throw TextError.Value("cannot convert float NaN to integer");
        if (double.IsInfinity(x)) throw TextError.Overflow("cannot convert float infinity to integer");
    }

    /// <summary><c>float.hex(x)</c>, e.g. '0x1.8000000000000p+0'.</summary>
    public static string Hex(double x)
    {
        if (double.IsNaN(x)) return "nan";
        if (double.IsInfinity(x)) return x > 0 ? "inf" : "-inf";
        string sign = double.IsNegative(x) ? "-" : "";
        if (x == 0) return sign + "0x0.0p+0";
        long bits = BitConverter.DoubleToInt64Bits(Math.Abs(x));
        int rawExp = (int)(bits >> 52);
        long frac = bits & 0xFFFFFFFFFFFFFL;
        string lead = rawExp == 0 ? "0" : "1";
        int exp = rawExp == 0 ? -1022 : rawExp - 1023;
        return sign + "0x" + lead + "." + frac.ToString("x13", CultureInfo.InvariantCulture) + "p" +
               (exp >= 0 ? "+" : "-") + Math.Abs(exp).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary><c>float.fromhex(s)</c>: exact hexadecimal input, correctly rounded (half to even).</summary>
    /// <exception cref="TextError">ValueError "invalid hexadecimal floating-point string" or OverflowError.</exception>
    public static double FromHex(string s)
    {
        ArgumentNullException.ThrowIfNull(s);
        int i = 0, n = s.Length;
        while (i < n && IsSpace(s[i])) i++;
        while (n > i && IsSpace(s[n - 1])) n--;
        bool negative = false;
        if (i < n && (s[i] == '+' || s[i] == '-')) { negative = s[i] == '-'; i++; }
        string rest = s[i..n].ToLowerInvariant();
        if (rest is "inf" or "infinity") return negative ? double.NegativeInfinity : double.PositiveInfinity;
        if (rest == "nan") return negative ? -double.NaN : double.NaN;
        if (rest.StartsWith("0x", StringComparison.Ordinal)) rest = rest[2..];
        int p = 0;
        BigInteger mant = BigInteger.Zero;
        int fracDigits = 0, ndig = 0;
        while (p < rest.Length && Uri.IsHexDigit(rest[p])) { mant = mant * 16 + Convert.ToInt32(rest[p].ToString(), 16); p++; ndig++; }
        if (p < rest.Length && rest[p] == '.')
        {
            p++;
            while (p < rest.Length && Uri.IsHexDigit(rest[p])) { mant = mant * 16 + Convert.ToInt32(rest[p].ToString(), 16); p++; ndig++; fracDigits++; }
        }
        if (ndig == 0) throw InvalidHex();
        long exp = 0;
        if (p < rest.Length && rest[p] == 'p')
        {
            p++;
            bool eneg = false;
            if (p < rest.Length && (rest[p] == '+' || rest[p] == '-')) { eneg = rest[p] == '-'; p++; }
            int start = p;
            while (p < rest.Length && rest[p] >= '0' && rest[p] <= '9')
            {
                if (exp < 1_000_000_000) exp = exp * 10 + (rest[p] - '0');
                p++;
            }
            if (p == start) throw InvalidHex();
            if (eneg) exp = -exp;
        }
        if (p != rest.Length) throw InvalidHex();
        exp -= 4L * fracDigits;
        double result = ScaleExact(mant, exp);
        if (double.IsInfinity(result)) throw TextError.Overflow("hexadecimal value too large to represent as a float");
        return negative ? -result : result;
    }

    private static TextError InvalidHex() => TextError.Value("invalid hexadecimal floating-point string");

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v';

    // mant × 2^exp correctly rounded to a double (half to even), with subnormals and overflow.
    private static double ScaleExact(BigInteger mant, long exp)
    {
        if (mant.IsZero) return 0.0;
        long bitLen = (long)mant.GetBitLength();
        long top = bitLen + exp; // value in [2^(top-1), 2^top)
        if (top > 1024) return double.PositiveInfinity;
        if (top < -1074 - 1) return 0.0;
        // Keep 53 bits, or fewer for subnormals (lowest representable bit is 2^-1074).
        long lowBit = Math.Max(top - 53, -1074);
        long shift = lowBit - exp;
        BigInteger q;
        if (shift <= 0) q = mant << (int)(-shift);
        else
        {
            q = mant >> (int)shift;
            BigInteger r = mant - (q << (int)shift);
            BigInteger half = BigInteger.One << (int)(shift - 1);
            int c = r.CompareTo(half);
            if (c > 0 || (c == 0 && !q.IsEven)) q += 1;
        }
        // q × 2^lowBit; q < 2^54 so the double multiply below is exact unless it overflows.
        double d = (double)(ulong)q;
        return Math.ScaleB(d, (int)lowBit);
    }
}
