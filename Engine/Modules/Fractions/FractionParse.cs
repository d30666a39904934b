using System.Globalization;
using System.Numerics;
using System.Text;
using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Fractions;

/// <summary>
/// <c>Fraction(str)</c>: a hand-written matcher for fractions.py's <c>_RATIONAL_FORMAT</c>
/// (optional whitespace and sign, then <c>n/d</c> or a decimal with optional fraction and
/// exponent; digit groups may be separated by single underscores). Written out rather than
/// going through the re module so that the fractions module does not depend on it.
/// </summary>
internal static class FractionParse
{
    /// <summary>Parses <paramref name="text"/>; ValueError "Invalid literal for Fraction: '...'" when it does not match.</summary>
    public static PyFraction Parse(PyStr text)
    {
        var s = text.Value;
        Vm.Current?.Charge(s.Length / 8 + 1);
        return TryParse(s) ?? throw Err.ValueError($"Invalid literal for Fraction: {Ops.Repr(text)}");
    }

    private static PyFraction? TryParse(string s)
    {
        int pos = 0;
        SkipSpace(s, ref pos);
        bool negative = false;
        if (pos < s.Length && s[pos] is '+' or '-') negative = s[pos++] == '-';
        bool lookahead = pos < s.Length && (IsDigit(s[pos]) || (s[pos] == '.' && pos + 1 < s.Length && IsDigit(s[pos + 1])));
        if (!lookahead) return null;
        var numDigits = Digits(s, ref pos) ?? "";
        BigInteger numerator = numDigits.Length == 0 ? BigInteger.Zero : ToInt(numDigits);
        BigInteger denominator = BigInteger.One;

        int save = pos;
        SkipSpace(s, ref pos);
        if (pos < s.Length && s[pos] == '/')
        {
            pos++;
            SkipSpace(s, ref pos);
            var den = Digits(s, ref pos);
            if (den is null) return null;
            denominator = ToInt(den);
        }
        else
        {
            pos = save;
            if (pos < s.Length && s[pos] == '.')
            {
                pos++;
                var dec = Digits(s, ref pos);
                if (dec is not null)
                {
                    var scale = FractionMath.Pow10(dec.Length);
                    numerator = numerator * scale + ToInt(dec);
                    denominator *= scale;
                }
            }
            if (pos < s.Length && s[pos] is 'e' or 'E')
            {
                int p = pos + 1;
                bool expNegative = false;
                if (p < s.Length && s[p] is '+' or '-') expNegative = s[p++] == '-';
                var exp = Digits(s, ref p);
                if (exp is null) return null;
                pos = p;
                var e = ToInt(exp);
                if (expNegative) denominator *= FractionMath.Pow10(e);
                else numerator *= FractionMath.Pow10(e);
            }
        }
        SkipSpace(s, ref pos);
        if (pos != s.Length) return null;
        if (negative) numerator = -numerator;
        return FractionMath.Make(numerator, denominator);
    }

    private static bool IsDigit(char c) => CharUnicodeInfo.GetDecimalDigitValue(c) >= 0;

    private static void SkipSpace(string s, ref int pos)
    {
        while (pos < s.Length && char.IsWhiteSpace(s[pos])) pos++;
    }

    /// <summary>One or more digits in groups separated by single underscores (<c>\d+(_\d+)*</c>), as ASCII digits; null when none.</summary>
    private static string? Digits(string s, ref int pos)
    {
        var sb = new StringBuilder();
        while (true)
        {
            int start = pos;
            while (pos < s.Length && IsDigit(s[pos])) sb.Append((char)('0' + CharUnicodeInfo.GetDecimalDigitValue(s[pos++])));
            if (pos == start) return sb.Length == 0 ? null : sb.ToString();
            if (pos + 1 < s.Length && s[pos] == '_' && IsDigit(s[pos + 1])) pos++;
            else return sb.ToString();
        }
    }

    private static BigInteger ToInt(string digits)
    {
        // fractions.py converts each digit group with int(), which refuses long strings.
        int limit = Vm.Current?.Limits.MaxIntDigits ?? 4300;
        if (limit > 0 && digits.Length > limit)
            throw Err.ValueError($"Exceeds the limit ({limit} digits) for integer string conversion: value has {digits.Length} digits; use sys.set_int_max_str_digits() to increase the limit");
        Vm.Current?.CheckAllocation(digits.Length);
        return BigInteger.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
    }
}
