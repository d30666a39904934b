using System.Globalization;
using System.Numerics;
using System.Text;
using RuleSandbox.Engine.Syntax;

namespace RuleSandbox.Engine.Runtime.Text;

/// <summary>
/// <c>int(str, base)</c> and <c>float(str)</c> with CPython 3.12's accepted syntax, digit limit and messages.
/// </summary>
public static class NumberParser
{
    /// <summary><c>int(text, base)</c>.</summary>
    /// <param name="text">The string argument.</param>
    /// <param name="numberBase">0 (prefix decides, like a literal) or 2..36.</param>
    /// <param name="maxStrDigits"><c>sys.get_int_max_str_digits()</c>; 0 means no limit.</param>
    /// <exception cref="TextError">ValueError "invalid literal for int() with base 10: '...'", the digit-limit error, or the base error.</exception>
    public static BigInteger ParseInt(string text, int numberBase = 10, int maxStrDigits = NumberFormatter.DefaultMaxStrDigits)
    {
        ArgumentNullException.ThrowIfNull(text);
        if ((numberBase != 0 && numberBase < 2) || numberBase > 36)
            throw TextError.Value("int() base must be >= 2 and <= 36, or 0");
        string s = ToAsciiDigitsAndSpaces(text);
        int i = 0, n = s.Length;
        while (i < n && IsAsciiSpace(s[i])) i++;
        bool negative = false;
        if (i < n && s[i] == '+') i++;
        else if (i < n && s[i] == '-') { negative = true; i++; }
        int b = numberBase;
        bool errorIfNonzero = false;
        char c1 = i + 1 < n ? s[i + 1] : '\0';
        if (b == 0)
        {
            if (i >= n || s[i] != '0') b = 10;
            else if (c1 is 'x' or 'X') b = 16;
            else if (c1 is 'o' or 'O') b = 8;
            else if (c1 is 'b' or 'B') b = 2;
            else { errorIfNonzero = true; b = 10; }
        }
        if (i < n && s[i] == '0' &&
            ((b == 16 && c1 is 'x' or 'X') || (b == 8 && c1 is 'o' or 'O') || (b == 2 && c1 is 'b' or 'B')))
        {
            i += 2;
            if (i < n && s[i] == '_') i++;
        }
        if (i < n && s[i] == '_') throw InvalidInt(text, numberBase);

        // Scan digits and single underscores between them.
        int start = i, digits = 0;
        char prev = '\0';
        while (i < n && (DigitValue(s[i]) < b || s[i] == '_'))
        {
            if (s[i] == '_')
            {
                if (prev == '_') throw InvalidInt(text, numberBase);
            }
            else digits++;
            prev = s[i];
            i++;
        }
        if (prev == '_') throw InvalidInt(text, numberBase);
        int stop = i;
        if (stop == start) throw InvalidInt(text, numberBase);
        while (i < n && IsAsciiSpace(s[i])) i++;
        if (i != n) throw InvalidInt(text, numberBase);
        // The limit is checked once the text is known to be well formed, before any conversion
        // work (the quadratic part), and before the "old octal" check; CPython 3.12 does the same.
        if ((b & (b - 1)) != 0 && maxStrDigits > 0 && digits > maxStrDigits)
        {
            throw TextError.Value(
                $"Exceeds the limit ({maxStrDigits} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit");
        }

        BigInteger value = Accumulate(s, start, stop, b);
        if (errorIfNonzero && !value.IsZero) throw InvalidInt(text, numberBase);
        return negative ? -value : value;
    }

    /// <summary><c>str(i)</c> with the digit limit (same as <see cref="NumberFormatter.IntToString"/>).</summary>
    /// <exception cref="TextError">ValueError when the decimal form would exceed the limit.</exception>
    public static string IntToString(BigInteger value, int maxStrDigits = NumberFormatter.DefaultMaxStrDigits)
        => NumberFormatter.IntToString(value, maxStrDigits);

    private static BigInteger Accumulate(string s, int start, int stop, int b)
    {
        if ((b & (b - 1)) == 0 && stop - start > 16) return AccumulateBinary(s, start, stop, b);
        // Short inputs fit a long: the common case stays off BigInteger.
        long acc = 0;
        int count = 0;
        BigInteger big = BigInteger.Zero;
        // Chunks of up to 12 digits (36^12 < 2^63) folded into the BigInteger.
        long chunkMul = 1;
        for (int i = start; i < stop; i++)
        {
            char c = s[i];
            if (c == '_') continue;
            acc = acc * b + DigitValue(c);
            chunkMul *= b;
            if (++count == 12)
            {
                big = big * chunkMul + acc;
                acc = 0;
                count = 0;
                chunkMul = 1;
            }
        }
        if (count > 0) big = big * chunkMul + acc;
        return big;
    }

    // Power-of-two bases have no digit limit in CPython, so a long input must stay linear:
    // pack the bits straight into a little-endian byte array.
    private static BigInteger AccumulateBinary(string s, int start, int stop, int b)
    {
        int shift = BitOperations.Log2((uint)b);
        var bytes = new byte[(long)(stop - start) * shift / 8 + 2];
        long bit = 0;
        for (int i = stop - 1; i >= start; i--)
        {
            char c = s[i];
            if (c == '_') continue;
            int v = DigitValue(c);
            for (int k = 0; k < shift; k++, bit++)
            {
                if (((v >> k) & 1) != 0) bytes[bit >> 3] |= (byte)(1 << (int)(bit & 7));
            }
        }
        return new BigInteger(bytes, isUnsigned: true, isBigEndian: false);
    }

    private static TextError InvalidInt(string text, int numberBase)
    {
        string r = LiteralRepr.Str(text);
        if (CodePoints.Length(r) > 200) r = CodePoints.Slice(r, 0, 200);
        return TextError.Value($"invalid literal for int() with base {numberBase}: {r}");
    }

    /// <summary><c>float(text)</c>: decimal or inf/infinity/nan, underscores between digits, surrounding whitespace.</summary>
    /// <exception cref="TextError">ValueError "could not convert string to float: '...'".</exception>
    public static double ParseFloat(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string s = ToAsciiDigitsAndSpaces(text);
        int i = 0, n = s.Length;
        while (i < n && IsAsciiSpace(s[i])) i++;
        while (n - 1 > i && IsAsciiSpace(s[n - 1])) n--;
        s = RemoveUnderscores(s[i..n], text, "float");
        if (!TryParseFloatSyntax(s, out double value)) throw BadFloat(text);
        return value;
    }

    private static TextError BadFloat(string text, string what = "float")
        => TextError.Value($"could not convert string to {what}: {LiteralRepr.Str(text)}");

    // CPython's _Py_string_to_number_with_underscores: '_' only between two digits, then dropped.
    private static string RemoveUnderscores(string s, string original, string what)
    {
        if (!s.Contains('_')) return s;
        var sb = new StringBuilder(s.Length);
        char prev = '\0';
        foreach (char c in s)
        {
            if (c == '_')
            {
                if (!(prev >= '0' && prev <= '9')) throw BadFloat(original, what);
            }
            else
            {
                sb.Append(c);
                if (prev == '_' && !(c >= '0' && c <= '9')) throw BadFloat(original, what);
            }
            prev = c;
        }
        if (prev == '_') throw BadFloat(original, what);
        return sb.ToString();
    }

    /// <summary><c>complex(text)</c>: "1+2j", "(1-2.5e3j)", "j", "-inf+nanj", with whitespace and underscores.</summary>
    /// <exception cref="TextError">ValueError "complex() arg is a malformed string" (or the underscore message).</exception>
    public static (double Real, double Imag) ParseComplex(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string s = RemoveUnderscores(ToAsciiDigitsAndSpaces(text), text, "complex");
        var malformed = TextError.Value("complex() arg is a malformed string");
        int i = 0, n = s.Length;
        double x = 0, y = 0;
        while (i < n && IsAsciiSpace(s[i])) i++;
        bool bracket = false;
        if (i < n && s[i] == '(')
        {
            bracket = true;
            i++;
            while (i < n && IsAsciiSpace(s[i])) i++;
        }
        int end = FloatPrefix(s, i, out double z);
        static bool IsJ(string t, int k) => k < t.Length && (t[k] == 'j' || t[k] == 'J');
        if (end != i)
        {
            i = end;
            if (i < n && (s[i] == '+' || s[i] == '-'))
            {
                x = z;
                end = FloatPrefix(s, i, out y);
                if (end != i) i = end;
                else { y = s[i] == '+' ? 1.0 : -1.0; i++; }
                if (!IsJ(s, i)) throw malformed;
                i++;
            }
            else if (IsJ(s, i)) { i++; y = z; }
            else x = z;
        }
        else
        {
            if (i < n && (s[i] == '+' || s[i] == '-')) { y = s[i] == '+' ? 1.0 : -1.0; i++; }
            else y = 1.0;
            if (!IsJ(s, i)) throw malformed;
            i++;
        }
        while (i < n && IsAsciiSpace(s[i])) i++;
        if (bracket)
        {
            if (i >= n || s[i] != ')') throw malformed;
            i++;
            while (i < n && IsAsciiSpace(s[i])) i++;
        }
        if (i != n) throw malformed;
        return (x, y);
    }

    // The longest float at s[pos..] as strtod reads it (sign, digits, point, exponent, inf/nan);
    // returns pos when there is none.
    private static int FloatPrefix(string s, int pos, out double value)
    {
        value = 0;
        int i = pos, n = s.Length;
        if (i < n && (s[i] == '+' || s[i] == '-')) i++;
        foreach (string word in new[] { "infinity", "inf", "nan" })
        {
            if (n - i >= word.Length && string.Compare(s, i, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                bool neg = s[pos] == '-';
                value = word == "nan" ? (neg ? -double.NaN : double.NaN) : neg ? double.NegativeInfinity : double.PositiveInfinity;
                return i + word.Length;
            }
        }
        int digits = 0;
        while (i < n && s[i] >= '0' && s[i] <= '9') { i++; digits++; }
        if (i < n && s[i] == '.')
        {
            int save = i;
            i++;
            while (i < n && s[i] >= '0' && s[i] <= '9') { i++; digits++; }
            if (digits == 0) i = save;
        }
        if (digits == 0) return pos;
        if (i < n && (s[i] == 'e' || s[i] == 'E'))
        {
            int save = i;
            i++;
            if (i < n && (s[i] == '+' || s[i] == '-')) i++;
            int ed = 0;
            while (i < n && s[i] >= '0' && s[i] <= '9') { i++; ed++; }
            if (ed == 0) i = save;
        }
        value = double.Parse(s.AsSpan(pos, i - pos), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
            CultureInfo.InvariantCulture);
        return i;
    }

    // [sign] (digits [. [digits]] | . digits) [(e|E) [sign] digits]  |  [sign] (inf | infinity | nan)
    private static bool TryParseFloatSyntax(string s, out double value)
    {
        value = 0;
        int i = 0, n = s.Length;
        bool negative = false;
        if (i < n && (s[i] == '+' || s[i] == '-')) { negative = s[i] == '-'; i++; }
        string word = s[i..];
        if (word.Equals("inf", StringComparison.OrdinalIgnoreCase) || word.Equals("infinity", StringComparison.OrdinalIgnoreCase))
        {
            value = negative ? double.NegativeInfinity : double.PositiveInfinity;
            return true;
        }
        if (word.Equals("nan", StringComparison.OrdinalIgnoreCase))
        {
            value = negative ? -double.NaN : double.NaN;
            return true;
        }
        int intDigits = 0, fracDigits = 0;
        while (i < n && s[i] >= '0' && s[i] <= '9') { i++; intDigits++; }
        if (i < n && s[i] == '.')
        {
            i++;
            while (i < n && s[i] >= '0' && s[i] <= '9') { i++; fracDigits++; }
        }
        if (intDigits + fracDigits == 0) return false;
        if (i < n && (s[i] == 'e' || s[i] == 'E'))
        {
            i++;
            if (i < n && (s[i] == '+' || s[i] == '-')) i++;
            int expDigits = 0;
            while (i < n && s[i] >= '0' && s[i] <= '9') { i++; expDigits++; }
            if (expDigits == 0) return false;
        }
        if (i != n) return false;
        // .NET Core 3.0+ parses correctly rounded (IEEE round-half-even), as dtoa's strtod does,
        // and gives ±infinity on overflow and ±0 on underflow.
        value = double.Parse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
            CultureInfo.InvariantCulture);
        return true;
    }

    // CPython's _PyUnicode_TransformDecimalAndSpaceToASCII: Unicode decimal digits become ASCII,
    // Unicode white space becomes ' ', and anything else non-ASCII ends the text with '?'.
    private static string ToAsciiDigitsAndSpaces(string text)
    {
        bool ascii = true;
        foreach (char c in text)
        {
            if (c >= 127) { ascii = false; break; }
        }
        if (ascii) return text;
        var sb = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length;)
        {
            int cp = CodePoints.At(text, i, out int u);
            i += u;
            if (cp < 127) { sb.Append((char)cp); continue; }
            if (UnicodeInfo.IsSpace(cp)) { sb.Append(' '); continue; }
            int d = UnicodeInfo.DecimalValue(cp);
            if (d < 0) { sb.Append('?'); break; }
            sb.Append((char)('0' + d));
        }
        return sb.ToString();
    }

    private static bool IsAsciiSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v';

    private static int DigitValue(char c)
    {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'z') return c - 'a' + 10;
        if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
        return 99;
    }
}
