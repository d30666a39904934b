using System.Globalization;
using System.Numerics;
using System.Text;

namespace RuleSandbox.Engine.Modules.Decimal;

// The math module's namespace (RuleSandbox.Engine.Modules.Math) would hide System.Math here.
using Math = System.Math;

public readonly partial struct DecimalNumber
{
    /// <summary>
    /// Parses a numeric string as the Decimal constructor does: surrounding whitespace and
    /// underscores allowed, Inf/Infinity/NaN/sNaN in any case. Null when invalid.
    /// </summary>
    public static DecimalNumber? Parse(string text)
    {
        // CPython's C implementation drops every underscore before parsing ('1__0' is 10).
        var s = text.Trim().Replace("_", "", StringComparison.Ordinal);
        if (s.Length == 0) return null;
        int i = 0;
        bool neg = false;
        if (s[0] is '+' or '-') { neg = s[0] == '-'; i = 1; }
        string rest = s[i..];
        string lower = rest.ToLowerInvariant();
        if (lower is "inf" or "infinity") return Infinity(neg);
        if (lower.StartsWith("nan", StringComparison.Ordinal) || lower.StartsWith("snan", StringComparison.Ordinal))
        {
            bool sig = lower[0] == 's';
            string payload = rest[(sig ? 4 : 3)..];
            if (payload.Length > 0 && !payload.All(char.IsAsciiDigit)) return null;
            var p = payload.Length == 0 ? BigInteger.Zero : BigInteger.Parse(payload, CultureInfo.InvariantCulture);
            return new DecimalNumber(neg, p, 0, sig ? NumberKind.SNaN : NumberKind.NaN);
        }
        var digits = new StringBuilder();
        int intDigits = 0, fracDigits = 0;
        bool seenDot = false;
        int j = 0;
        for (; j < rest.Length; j++)
        {
            char c = rest[j];
            if (char.IsDigit(c))
            {
                digits.Append((char)('0' + (int)char.GetNumericValue(c)));
                if (seenDot) fracDigits++; else intDigits++;
            }
            else if (c == '.' && !seenDot) seenDot = true;
            else break;
        }
        if (intDigits + fracDigits == 0) return null;
        long exp = 0;
        if (j < rest.Length)
        {
            if (rest[j] is not ('e' or 'E')) return null;
            string e = rest[(j + 1)..];
            if (e.Length == 0) return null;
            int k = 0;
            bool eneg = false;
            if (e[0] is '+' or '-') { eneg = e[0] == '-'; k = 1; }
            if (k == e.Length || !e[k..].All(char.IsAsciiDigit)) return null;
            var ev = BigInteger.Parse(e[k..], CultureInfo.InvariantCulture);
            if (ev > long.MaxValue / 4) return null;
            exp = eneg ? -(long)ev : (long)ev;
        }
        var coeff = BigInteger.Parse(digits.ToString(), CultureInfo.InvariantCulture);
        return new DecimalNumber(neg, coeff, exp - fracDigits);
    }

    /// <summary>The exact value of a binary double (<c>Decimal.from_float</c>).</summary>
    public static DecimalNumber FromDouble(double d)
    {
        bool neg = double.IsNegative(d);
        if (double.IsNaN(d)) return NaN; // CPython goes through repr(f), which has no sign for NaN
        if (double.IsInfinity(d)) return Infinity(neg);
        if (d == 0) return Zero(neg, 0);
        long bits = BitConverter.DoubleToInt64Bits(System.Math.Abs(d));
        int rawExp = (int)((bits >> 52) & 0x7FF);
        long mant = bits & 0xFFFFFFFFFFFFFL;
        int e2;
        if (rawExp == 0) e2 = -1074;
        else { mant |= 1L << 52; e2 = rawExp - 1075; }
        while ((mant & 1) == 0) { mant >>= 1; e2++; }
        if (e2 >= 0) return new DecimalNumber(neg, new BigInteger(mant) << e2, 0);
        // mant / 2^k == mant * 5^k / 10^k
        return new DecimalNumber(neg, new BigInteger(mant) * BigInteger.Pow(5, -e2), e2);
    }

    /// <summary>The nearest double (<c>float(d)</c>).</summary>
    public double ToDouble()
    {
        if (IsNaN) return Negative ? -double.NaN : double.NaN;
        if (IsInfinity) return Negative ? double.NegativeInfinity : double.PositiveInfinity;
        var s = ToSciString(false);
        return double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    /// <summary>The coefficient's digits as text.</summary>
    public string CoefficientDigits => Coefficient.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Scientific (<c>str</c>) or engineering (<c>to_eng_string</c>) notation, as the specification
    /// defines them; <paramref name="capitals"/> chooses 'E' or 'e'.
    /// </summary>
    public string ToSciString(bool eng, bool capitals = true)
    {
        string sign = Negative ? "-" : "";
        if (Kind == NumberKind.Infinity) return sign + "Infinity";
        if (Kind == NumberKind.NaN) return sign + "NaN" + (Coefficient.IsZero ? "" : CoefficientDigits);
        if (Kind == NumberKind.SNaN) return sign + "sNaN" + (Coefficient.IsZero ? "" : CoefficientDigits);
        string digits = CoefficientDigits;
        long leftdigits = Exponent + digits.Length;
        long dotplace;
        if (Exponent <= 0 && leftdigits > -6) dotplace = leftdigits;
        else if (!eng) dotplace = 1;
        else if (Coefficient.IsZero) dotplace = ((leftdigits + 1) % 3 + 3) % 3 - 1;
        else dotplace = ((leftdigits - 1) % 3 + 3) % 3 + 1;
        string intpart, fracpart;
        if (dotplace <= 0)
        {
            intpart = "0";
            fracpart = "." + new string('0', (int)-dotplace) + digits;
        }
        else if (dotplace >= digits.Length)
        {
            intpart = digits + new string('0', (int)(dotplace - digits.Length));
            fracpart = "";
        }
        else
        {
            intpart = digits[..(int)dotplace];
            fracpart = "." + digits[(int)dotplace..];
        }
        string exp = leftdigits == dotplace ? "" : (capitals ? "E" : "e") + (leftdigits - dotplace).ToString("+0;-0", CultureInfo.InvariantCulture);
        return sign + intpart + fracpart + exp;
    }
}
