using System.Numerics;
using System.Text;
using RuleSandbox.Engine.Runtime;

namespace RuleSandbox.Engine.Modules.Fractions;

using Math = System.Math;

/// <summary>
/// <c>format(fraction, spec)</c> for the float-style presentation types 3.12 added
/// (e, E, f, F, g, G, %): the digits come from exact rational rounding (ties to even), never
/// through a float, exactly as fractions.py's <c>__format__</c> computes them.
/// </summary>
internal static class FractionFormat
{
    private sealed record Spec(char Fill, char Align, string PosSign, bool NoNegZero, bool Alt, bool ZeroPad, int Width, char? Thousands, int Precision, char Type);

    /// <summary>Formats <paramref name="f"/> by a non-empty <paramref name="spec"/>.</summary>
    public static string Format(PyFraction f, string spec)
    {
        var s = ParseSpec(spec) ?? throw Err.ValueError($"Invalid format specifier {Ops.Repr(Runtime.Objects.PyStr.From(spec))} for object of type 'Fraction'");
        if (s.Align != '\0' && s.ZeroPad)
            throw Err.ValueError($"Invalid format specifier {Ops.Repr(Runtime.Objects.PyStr.From(spec))} for object of type 'Fraction'; can't use explicit alignment when zero-padding");
        char fill = s.Fill == '\0' ? ' ' : s.Fill;
        char align = s.Align == '\0' ? '>' : s.Align;
        char type = s.Type;
        bool trimZeros = type is 'g' or 'G' && !s.Alt;
        bool trimPoint = !s.Alt;
        string expIndicator = type is 'E' or 'F' or 'G' ? "E" : "e";
        Vm.Current?.CheckAllocation(s.Precision + s.Width);
        Vm.Current?.Charge((s.Precision + s.Width) / 16 + 1);

        bool negative;
        BigInteger significand;
        int exponent;
        bool scientific;
        int pointPos;
        if (type is 'f' or 'F' or '%')
        {
            exponent = -s.Precision - (type == '%' ? 2 : 0);
            (negative, significand) = RoundToExponent(f.Numerator, f.Denominator, exponent, s.NoNegZero);
            scientific = false;
            pointPos = s.Precision;
        }
        else
        {
            int figures = type is 'g' or 'G' ? Math.Max(s.Precision, 1) : s.Precision + 1;
            (negative, significand, exponent) = RoundToFigures(f.Numerator, f.Denominator, figures);
            scientific = type is 'e' or 'E' || exponent > 0 || exponent + figures <= -4;
            pointPos = scientific ? figures - 1 : -exponent;
        }
        string suffix = type == '%' ? "%" : scientific ? expIndicator + FormatExponent(exponent + pointPos) : "";
        string digits = FractionBinding.Digits(significand).PadLeft(pointPos + 1, '0');
        string sign = negative ? "-" : s.PosSign;
        string leading = digits[..(digits.Length - pointPos)];
        string fracPart = digits[(digits.Length - pointPos)..];
        if (trimZeros) fracPart = fracPart.TrimEnd('0');
        string separator = trimPoint && fracPart.Length == 0 ? "" : ".";
        string trailing = separator + fracPart + suffix;
        if (s.ZeroPad)
        {
            int minLeading = s.Width - sign.Length - trailing.Length;
            int target = s.Thousands is not null ? 3 * minLeading / 4 + 1 : minLeading;
            if (target > leading.Length) leading = leading.PadLeft(target, '0');
        }
        if (s.Thousands is { } sep)
        {
            int firstPos = 1 + (leading.Length - 1) % 3;
            var sb = new StringBuilder(leading[..firstPos]);
            for (int pos = firstPos; pos < leading.Length; pos += 3) sb.Append(sep).Append(leading, pos, 3);
            leading = sb.ToString();
        }
        string body = leading + trailing;
        int padCount = Math.Max(0, s.Width - sign.Length - body.Length);
        string padding = new(fill, padCount);
        return align switch
        {
            '>' => padding + sign + body,
            '<' => sign + body + padding,
            '^' => padding[..(padCount / 2)] + sign + body + padding[(padCount / 2)..],
            _ => sign + padding + body,
        };
    }

    private static string FormatExponent(int e) => (e < 0 ? "-" : "+") + Math.Abs(e).ToString("00", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>n/d rounded to a multiple of 10**exponent, ties to even: (negative, |significand|).</summary>
    public static (bool Negative, BigInteger Significand) RoundToExponent(BigInteger n, BigInteger d, int exponent, bool noNegZero)
    {
        if (exponent >= 0) d *= FractionMath.Pow10(exponent);
        else n *= FractionMath.Pow10(-exponent);
        var q = FractionMath.FloorDiv(n + (d >> 1), d);
        var r = n + (d >> 1) - q * d;
        if (r.IsZero && d.IsEven) q &= -2;
        bool sign = noNegZero ? q.Sign < 0 : n.Sign < 0;
        return (sign, BigInteger.Abs(q));
    }

    /// <summary>n/d rounded to <paramref name="figures"/> significant digits: (negative, significand, exponent).</summary>
    public static (bool Negative, BigInteger Significand, int Exponent) RoundToFigures(BigInteger n, BigInteger d, int figures)
    {
        if (n.IsZero) return (false, BigInteger.Zero, 1 - figures);
        string strN = FractionBinding.Digits(BigInteger.Abs(n)), strD = FractionBinding.Digits(d);
        int m = strN.Length - strD.Length + (Cmp(strD, strN) <= 0 ? 1 : 0);
        int exponent = m - figures;
        var (sign, significand) = RoundToExponent(n, d, exponent, false);
        if (FractionBinding.Digits(significand).Length == figures + 1)
        {
            significand /= 10;
            exponent += 1;
        }
        return (sign, significand, exponent);
    }

    /// <summary>Python's string comparison of two digit strings (lexicographic).</summary>
    private static int Cmp(string a, string b) => string.CompareOrdinal(a, b);

    /// <summary>Matches fractions.py's <c>_FLOAT_FORMAT_SPECIFICATION_MATCHER</c>; null when the spec does not match.</summary>
    private static Spec? ParseSpec(string spec)
    {
        int i = 0;
        char fill = '\0', align = '\0';
        if (spec.Length >= 2 && spec[1] is '<' or '>' or '=' or '^') { fill = spec[0]; align = spec[1]; i = 2; }
        else if (spec.Length >= 1 && spec[0] is '<' or '>' or '=' or '^') { align = spec[0]; i = 1; }
        string posSign = "";
        if (i < spec.Length && spec[i] is '-' or '+' or ' ') { posSign = spec[i] == '-' ? "" : spec[i].ToString(); i++; }
        bool noNegZero = false, alt = false, zeroPad = false;
        if (i < spec.Length && spec[i] == 'z') { noNegZero = true; i++; }
        if (i < spec.Length && spec[i] == '#') { alt = true; i++; }
        if (i + 1 < spec.Length && spec[i] == '0' && char.IsAsciiDigit(spec[i + 1])) { zeroPad = true; i++; }
        int width = 0;
        if (i < spec.Length && char.IsAsciiDigit(spec[i]))
        {
            if (spec[i] == '0') i++;
            else
            {
                int start = i;
                while (i < spec.Length && char.IsAsciiDigit(spec[i])) i++;
                if (!int.TryParse(spec.AsSpan(start, i - start), out width)) return null;
            }
        }
        char? thousands = null;
        if (i < spec.Length && spec[i] is ',' or '_') thousands = spec[i++];
        int precision = 6;
        if (i < spec.Length && spec[i] == '.')
        {
            i++;
            int start = i;
            if (i < spec.Length && spec[i] == '0') i++;
            else while (i < spec.Length && char.IsAsciiDigit(spec[i])) i++;
            if (i == start || !int.TryParse(spec.AsSpan(start, i - start), out precision)) return null;
        }
        if (i != spec.Length - 1 || spec[i] is not ('e' or 'E' or 'f' or 'F' or 'g' or 'G' or '%')) return null;
        return new Spec(fill, align, posSign, noNegZero, alt, zeroPad, width, thousands, precision, spec[i]);
    }
}
