using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using RuleSandbox.Engine.Runtime;

namespace RuleSandbox.Engine.Modules.Decimal;

// The math module's namespace (RuleSandbox.Engine.Modules.Math) would hide System.Math here.
using Math = System.Math;

/// <summary>
/// <c>Decimal.__format__</c>: the format-spec mini-language applied to exact decimal digits
/// (<c>'.2f'</c>, <c>','</c>, <c>'e'</c>, <c>'%'</c>...), rounding with the context's rounding mode
/// as CPython does, never through binary floating point.
/// </summary>
internal static partial class DecimalFormat
{
    [GeneratedRegex(@"^(?:(?<fill>[\s\S])?(?<align>[<>=^]))?(?<sign>[-+ ])?(?<z>z)?(?<alt>\#)?(?<zero>0)?(?<width>\d+)?(?<sep>[,_])?(?:\.(?<prec>\d+))?(?<type>[eEfFgGn%])?$", RegexOptions.CultureInvariant)]
    private static partial Regex SpecRegex();

    public static string Format(DecimalNumber v, string specText, DecimalContext ctx)
    {
        var m = SpecRegex().Match(specText);
        // CPython's C implementation rejects '_' and '#' for Decimal, so this does too.
        if (!m.Success || m.Groups["alt"].Success || m.Groups["sep"].Value == "_") throw Err.ValueError("invalid format string");
        string fill = m.Groups["fill"].Success ? m.Groups["fill"].Value : (m.Groups["zero"].Success && !m.Groups["align"].Success ? "0" : " ");
        char align = m.Groups["align"].Success ? m.Groups["align"].Value[0] : (m.Groups["zero"].Success ? '=' : '>');
        char signSpec = m.Groups["sign"].Success ? m.Groups["sign"].Value[0] : '-';
        bool noNegZero = m.Groups["z"].Success;
        bool alt = m.Groups["alt"].Success;
        bool zeropad = m.Groups["zero"].Success;
        int width = m.Groups["width"].Success ? int.Parse(m.Groups["width"].Value, CultureInfo.InvariantCulture) : 0;
        string sep = m.Groups["sep"].Success ? m.Groups["sep"].Value : "";
        int? precision = m.Groups["prec"].Success ? int.Parse(m.Groups["prec"].Value, CultureInfo.InvariantCulture) : null;
        char? type = m.Groups["type"].Success ? m.Groups["type"].Value[0] : null;
        if (type == 'n') type = 'g';
        if (precision == 0 && type is 'g' or 'G') precision = 1;

        if (v.IsSpecial)
        {
            string ssign = SignText(v.Negative, signSpec);
            string body = v.WithSign(false).ToSciString(false);
            if (type == '%') body += "%";
            return Align(ssign, body, fill, align, width);
        }
        char t = type ?? (ctx.Capitals == 1 ? 'G' : 'g');
        if (t == '%') v = new DecimalNumber(v.Negative, v.Coefficient, v.Exponent + 2);
        var rounding = ctx.Rounding;
        if (precision is int pr)
        {
            if (t is 'e' or 'E') v = RoundSignificant(v, pr + 1, rounding);
            else if (t is 'f' or 'F' or '%') v = v.Rescale(-pr, rounding);
            else if (t is 'g' or 'G' && v.Digits > pr) v = RoundSignificant(v, pr, rounding);
        }
        if (v.IsZero && v.Exponent > 0 && t is 'f' or 'F' or '%') v = v.Rescale(0, rounding);
        bool negative = v.Negative && !(v.IsZero && noNegZero);
        string digits = v.CoefficientDigits;
        long leftdigits = v.Exponent + digits.Length;
        long dotplace;
        if (t is 'e' or 'E') dotplace = v.IsZero && precision is int p2 ? 1 - p2 : 1;
        else if (t is 'f' or 'F' or '%') dotplace = leftdigits;
        else dotplace = v.Exponent <= 0 && leftdigits > -6 ? leftdigits : 1;
        string intpart, fracpart;
        if (dotplace < 0) { intpart = "0"; fracpart = new string('0', (int)-dotplace) + digits; }
        else if (dotplace > digits.Length) { intpart = digits + new string('0', (int)(dotplace - digits.Length)); fracpart = ""; }
        else { intpart = dotplace == 0 ? "0" : digits[..(int)dotplace]; fracpart = digits[(int)dotplace..]; }
        long exp = leftdigits - dotplace;

        string sign = SignText(negative, signSpec);
        if (fracpart.Length > 0 || alt) fracpart = "." + fracpart;
        if (exp != 0 || t is 'e' or 'E')
        {
            char echar = t is 'E' or 'G' ? 'E' : 'e';
            fracpart += echar + exp.ToString("+0;-0", CultureInfo.InvariantCulture);
        }
        if (t == '%') fracpart += "%";
        int minWidth = zeropad ? width - fracpart.Length - sign.Length : 0;
        intpart = InsertSeparators(intpart, sep, minWidth);
        return Align(sign, intpart + fracpart, fill, align, width);
    }

    private static DecimalNumber RoundSignificant(DecimalNumber v, int places, DecimalRounding rounding)
    {
        if (v.IsZero) return v;
        var ans = v.Rescale(v.Adjusted + 1 - places, rounding);
        if (ans.Adjusted != v.Adjusted) ans = ans.Rescale(ans.Adjusted + 1 - places, rounding);
        return ans;
    }

    private static string SignText(bool negative, char spec) => negative ? "-" : spec is '+' or ' ' ? spec.ToString() : "";

    private static string Align(string sign, string body, string fill, char align, int width)
    {
        int pad = System.Math.Max(0, width - sign.Length - body.Length);
        string padding = string.Concat(Enumerable.Repeat(fill, pad));
        return align switch
        {
            '<' => sign + body + padding,
            '=' => sign + padding + body,
            '^' => padding[..(pad / 2)] + sign + body + padding[(pad / 2)..],
            _ => padding + sign + body,
        };
    }

    private static string InsertSeparators(string digits, string sep, int minWidth)
    {
        if (sep.Length == 0)
        {
            int l = System.Math.Max(System.Math.Max(digits.Length, minWidth), 1);
            return new string('0', l - digits.Length) + digits;
        }
        var groups = new List<string>();
        while (true)
        {
            int l = System.Math.Min(System.Math.Max(System.Math.Max(digits.Length, minWidth), 1), 3);
            groups.Add(new string('0', System.Math.Max(0, l - digits.Length)) + digits[System.Math.Max(0, digits.Length - l)..]);
            digits = digits[..System.Math.Max(0, digits.Length - l)];
            minWidth -= l;
            if (digits.Length == 0 && minWidth <= 0) break;
            minWidth -= sep.Length;
        }
        groups.Reverse();
        var sb = new StringBuilder();
        for (int i = 0; i < groups.Count; i++) { if (i > 0) sb.Append(sep); sb.Append(groups[i]); }
        return sb.ToString();
    }
}
