using System.Globalization;
using System.Text;

namespace RuleSandbox.Engine.Syntax;

/// <summary>
/// CPython's <c>repr()</c> of str, bytes, float and imaginary values, character for character.
/// Shared by the AST dumper and the runtime, so that both print literals the same way.
/// </summary>
public static class LiteralRepr
{
    /// <summary><c>repr(s)</c>: quotes chosen as CPython chooses them, non-printable code points escaped.</summary>
    public static string Str(string s) => Str(s, null);

    /// <summary>
    /// <c>repr(s)</c>, where the sorted UTF-16 indices in <paramref name="standaloneSurrogates"/>
    /// are surrogates that count as code points of their own (see <c>ConstantValue.FromStr</c>).
    /// </summary>
    public static string Str(string s, int[]? standaloneSurrogates)
    {
        bool hasSingle = s.Contains('\''), hasDouble = s.Contains('"');
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        var sb = new StringBuilder(s.Length + 2);
        sb.Append(quote);
        for (int i = 0; i < s.Length; i++)
        {
            int cp = s[i];
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])
                && (standaloneSurrogates is null || (Array.BinarySearch(standaloneSurrogates, i) < 0 && Array.BinarySearch(standaloneSurrogates, i + 1) < 0)))
            {
                cp = char.ConvertToUtf32(s[i], s[i + 1]);
                i++;
            }
            if (cp == quote || cp == '\\') sb.Append('\\').Append((char)cp);
            else if (cp == '\t') sb.Append("\\t");
            else if (cp == '\n') sb.Append("\\n");
            else if (cp == '\r') sb.Append("\\r");
            else if (cp < 0x20 || cp == 0x7f) sb.Append("\\x").Append(cp.ToString("x2", CultureInfo.InvariantCulture));
            else if (cp < 0x7f) sb.Append((char)cp);
            else if (IsPrintable(cp)) { if (cp > 0xffff) sb.Append(char.ConvertFromUtf32(cp)); else sb.Append((char)cp); }
            else if (cp <= 0xff) sb.Append("\\x").Append(cp.ToString("x2", CultureInfo.InvariantCulture));
            else if (cp <= 0xffff) sb.Append("\\u").Append(cp.ToString("x4", CultureInfo.InvariantCulture));
            else sb.Append("\\U").Append(cp.ToString("x8", CultureInfo.InvariantCulture));
        }
        sb.Append(quote);
        return sb.ToString();
    }

    /// <summary>CPython's <c>str.isprintable</c> for one code point (Unicode 15.0, as CPython 3.12).</summary>
    public static bool IsPrintable(int cp) => cp < 0x7f ? cp >= 0x20 : UnicodeTables.IsPrintable(cp);

    /// <summary><c>repr(b)</c> for bytes.</summary>
    public static string Bytes(ReadOnlySpan<byte> b, string prefix = "b")
    {
        bool hasSingle = b.IndexOf((byte)'\'') >= 0, hasDouble = b.IndexOf((byte)'"') >= 0;
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        var sb = new StringBuilder(b.Length + 3);
        sb.Append(prefix).Append(quote);
        foreach (byte c in b)
        {
            if (c == quote || c == '\\') sb.Append('\\').Append((char)c);
            else if (c == '\t') sb.Append("\\t");
            else if (c == '\n') sb.Append("\\n");
            else if (c == '\r') sb.Append("\\r");
            else if (c < 0x20 || c >= 0x7f) sb.Append("\\x").Append(c.ToString("x2", CultureInfo.InvariantCulture));
            else sb.Append((char)c);
        }
        sb.Append(quote);
        return sb.ToString();
    }

    /// <summary>
    /// The shortest decimal digits that round-trip <paramref name="value"/> (finite, non-negative),
    /// and the decimal point position: value = 0.DIGITS × 10^decpt.
    /// </summary>
    public static (string Digits, int DecimalPoint) ShortestDigits(double value)
    {
        // .NET Core 3.0+ formats "R" as the shortest round-tripping string, like CPython's repr.
        string r = value.ToString("R", CultureInfo.InvariantCulture);
        int exp = 0;
        int e = r.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            exp = int.Parse(r.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            r = r[..e];
        }
        int dot = r.IndexOf('.');
        string intPart = dot >= 0 ? r[..dot] : r;
        string frac = dot >= 0 ? r[(dot + 1)..] : "";
        string digits = intPart + frac;
        int decpt = intPart.Length + exp;
        int lead = 0;
        while (lead < digits.Length - 1 && digits[lead] == '0') { lead++; decpt--; }
        digits = digits[lead..].TrimEnd('0');
        if (digits.Length == 0) { digits = "0"; decpt = 1; }
        return (digits, decpt);
    }

    /// <summary><c>repr(x)</c> for a float.</summary>
    public static string Float(double value) => FormatRepr(value, addDotZero: true);

    /// <summary><c>repr(xj)</c> for an imaginary literal (real part zero).</summary>
    public static string Imaginary(double imag)
    {
        return FormatRepr(imag, addDotZero: false) + "j";
    }

    private static string FormatRepr(double value, bool addDotZero)
    {
        if (double.IsNaN(value)) return "nan";
        if (double.IsPositiveInfinity(value)) return "inf";
        if (double.IsNegativeInfinity(value)) return "-inf";
        bool negative = value < 0 || (value == 0 && double.IsNegative(value));
        var (digits, decpt) = ShortestDigits(Math.Abs(value));
        var sb = new StringBuilder(24);
        if (negative) sb.Append('-');
        if (value == 0)
        {
            sb.Append(addDotZero ? "0.0" : "0");
            return sb.ToString();
        }
        if (decpt <= -4 || decpt > 16)
        {
            sb.Append(digits[0]);
            if (digits.Length > 1) sb.Append('.').Append(digits, 1, digits.Length - 1);
            int exp = decpt - 1;
            sb.Append('e').Append(exp < 0 ? '-' : '+').Append(Math.Abs(exp).ToString("00", CultureInfo.InvariantCulture));
        }
        else if (decpt <= 0)
        {
            sb.Append("0.").Append('0', -decpt).Append(digits);
        }
        else if (decpt >= digits.Length)
        {
            sb.Append(digits).Append('0', decpt - digits.Length);
            if (addDotZero) sb.Append(".0");
        }
        else
        {
            sb.Append(digits, 0, decpt).Append('.').Append(digits, decpt, digits.Length - decpt);
        }
        return sb.ToString();
    }
}
