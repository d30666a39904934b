using System.Globalization;
using System.Numerics;
using System.Text;

namespace RuleSandbox.Engine.Runtime.Text;

/// <summary>
/// <c>format(value, spec)</c> for int, float, complex and str, following CPython 3.12's
/// <c>Python/formatter_unicode.c</c> step by step (sign, prefix, grouping with zero padding,
/// '=' alignment, fill in code points).
/// </summary>
/// <remarks>
/// Locale-dependent 'n' uses the C locale, as a fresh CPython process does: no grouping, '.' point.
/// Widths and precisions come from the rule author; the interpreter must bound them before calling
/// (this class allocates the padded result).
/// </remarks>
public static class NumberFormatter
{
    /// <summary>The default for <c>sys.get_int_max_str_digits()</c>.</summary>
    public const int DefaultMaxStrDigits = 4300;

    /// <summary><c>format(i, spec)</c> for a machine int.</summary>
    /// <exception cref="TextError">ValueError/OverflowError with CPython's message.</exception>
    public static string FormatInt(long value, FormatSpec spec, string typeName = "int", int maxStrDigits = DefaultMaxStrDigits)
        => FormatInt(new BigInteger(value), spec, typeName, maxStrDigits);

    /// <summary><c>format(i, spec)</c> for an int of any size (also bool, with typeName "bool").</summary>
    /// <exception cref="TextError">ValueError/OverflowError with CPython's message.</exception>
    public static string FormatInt(BigInteger value, FormatSpec spec, string typeName = "int", int maxStrDigits = DefaultMaxStrDigits)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.IsEmpty) return IntToString(value, maxStrDigits);
        int type = spec.Type == 0 ? 'd' : spec.Type;
        switch (type)
        {
            case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
                break;
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
                return FormatFloatCore(ToDouble(value), spec, type);
            default:
                throw FormatSpec.UnknownCode(type, typeName);
        }
        if (spec.Precision != -1) throw TextError.Value("Precision not allowed in integer format specifier");
        if (spec.NoNegativeZero) throw TextError.Value("Negative zero coercion (z) not allowed in integer format specifier");
        var (fill, align) = spec.Resolve('>');
        if (type == 'c')
        {
            if (spec.Sign != '\0') throw TextError.Value("Sign not allowed with integer format specifier 'c'");
            if (spec.Alternate) throw TextError.Value("Alternate form (#) not allowed with integer format specifier 'c'");
            if (value < long.MinValue || value > long.MaxValue) throw TextError.Overflow("Python int too large to convert to C long");
            if (value < 0 || value > 0x10FFFF) throw TextError.Overflow("%c arg not in range(0x110000)");
            return FillNumber('\0', "", "", false, CodePoints.FromCodePoint((int)value), 1, spec, fill, align, 0, "");
        }
        int radix = type switch { 'b' => 2, 'o' => 8, 'x' or 'X' => 16, _ => 10 };
        char signChar = value.Sign < 0 ? '-' : '\0';
        BigInteger abs = BigInteger.Abs(value);
        string digits = radix == 10 ? IntToString(abs, maxStrDigits) : ToRadix(abs, radix);
        string prefix = spec.Alternate ? radix switch { 2 => "0b", 8 => "0o", 16 => "0x", _ => "" } : "";
        if (type == 'X') { digits = digits.ToUpperInvariant(); prefix = prefix.ToUpperInvariant(); }
        int group = 0;
        string sep = "";
        if (spec.Grouping != '\0' && type != 'n')
        {
            group = radix == 10 ? 3 : 4;
            sep = spec.Grouping.ToString();
        }
        return FillNumber(signChar, prefix, digits, false, "", 0, spec, fill, align, group, sep);
    }

    /// <summary><c>format(x, spec)</c> for a float.</summary>
    /// <exception cref="TextError">ValueError with CPython's message.</exception>
    public static string FormatFloat(double value, FormatSpec spec, string typeName = "float")
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.IsEmpty) return FloatFormatter.Repr(value);
        int type = spec.Type;
        switch (type)
        {
            case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
                return FormatFloatCore(value, spec, type);
            default:
                throw FormatSpec.UnknownCode(type, typeName);
        }
    }

    /// <summary>
    /// <c>format(z, spec)</c> for a complex number, as CPython's <c>format_complex_internal</c>.
    /// </summary>
    /// <exception cref="TextError">ValueError with CPython's message.</exception>
    public static string FormatComplex(double real, double imag, FormatSpec spec, string typeName = "complex")
    {
        ArgumentNullException.ThrowIfNull(spec);
        int type = spec.Type;
        switch (type)
        {
            case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
                break;
            default:
                throw FormatSpec.UnknownCode(type, typeName);
        }
        var (fill, align) = spec.Resolve('>');
        if (fill == "0") throw TextError.Value("Zero padding is not allowed in complex format specifier");
        if (align == '=') throw TextError.Value("'=' alignment flag is not allowed in complex format specifier");
        int precision = spec.Precision > int.MaxValue ? throw TextError.Value("precision too big") : (int)spec.Precision;
        TextLimits.Check(2 * (Math.Max(precision, 0) + 330L));
        bool skipRe = false, addParens = false, addDot0 = false;
        char code = (char)type;
        if (type == 0)
        {
            // Like str(): omit a real part of +0.0, parenthesize otherwise.
            code = 'r';
            addDot0 = false;
            if (real == 0 && !double.IsNegative(real)) skipRe = true;
            else addParens = true;
            if (precision >= 0) code = 'g';
            else precision = 0;
        }
        else
        {
            if (type == 'n') code = 'g';
            if (precision < 0) precision = 6;
        }
        bool upper = code is 'E' or 'F' or 'G';
        char lower = char.ToLowerInvariant(code);
        string reBuf = FloatDigits.Format(real, lower, precision, spec.Alternate, addDot0, spec.NoNegativeZero, upper);
        string imBuf = FloatDigits.Format(imag, lower, precision, spec.Alternate, addDot0, spec.NoNegativeZero, upper);
        var body = new StringBuilder();
        if (!skipRe)
        {
            body.Append(SignedPart(reBuf, spec.Sign, spec.Grouping));
        }
        // The imaginary part always carries a sign when the real part is shown.
        string im = SignedPart(imBuf, skipRe ? spec.Sign : '+', spec.Grouping);
        body.Append(im).Append('j');
        string text = addParens ? "(" + body + ")" : body.ToString();
        return Pad(text, CodePoints.Length(text), spec.Width, fill, align);
    }

    // One part of a complex number: its sign decided by signMode, digits grouped as for floats.
    private static string SignedPart(string buf, char signMode, char grouping)
    {
        char signChar = '\0';
        if (buf.StartsWith('-')) { signChar = '-'; buf = buf[1..]; }
        SplitNumber(buf, out string digits, out bool hasDecimal, out string remainder);
        var sb = new StringBuilder();
        if (signChar == '-') sb.Append('-');
        else if (signMode == '+') sb.Append('+');
        else if (signMode == ' ') sb.Append(' ');
        if (digits.Length > 0) sb.Append(Group(digits, grouping == '\0' ? 0 : 3, grouping.ToString(), 0));
        if (hasDecimal) sb.Append('.');
        sb.Append(remainder);
        return sb.ToString();
    }

    /// <summary><c>format(s, spec)</c> for a str: precision truncates, width pads, both in code points.</summary>
    /// <exception cref="TextError">ValueError with CPython's message.</exception>
    public static string FormatStr(string value, FormatSpec spec, string typeName = "str")
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.IsEmpty) return value;
        // str's default type is 's', and CPython checks the separator against it while parsing.
        if (spec.Type == 0 && spec.Grouping != '\0') throw FormatSpec.InvalidSeparator(spec.Grouping, 's');
        int type = spec.Type == 0 ? 's' : spec.Type;
        if (type != 's') throw FormatSpec.UnknownCode(type, typeName);
        if (spec.Sign == ' ') throw TextError.Value("Space not allowed in string format specifier");
        if (spec.Sign != '\0') throw TextError.Value("Sign not allowed in string format specifier");
        if (spec.NoNegativeZero) throw TextError.Value("Negative zero coercion (z) not allowed in string format specifier");
        if (spec.Alternate) throw TextError.Value("Alternate form (#) not allowed in string format specifier");
        var (fill, align) = spec.Resolve('<');
        if (align == '=') throw TextError.Value("'=' alignment not allowed in string format specifier");
        int len = CodePoints.Length(value);
        if (spec.Precision >= 0 && len > spec.Precision)
        {
            value = CodePoints.Slice(value, 0, (int)spec.Precision);
            len = (int)spec.Precision;
        }
        return Pad(value, len, spec.Width, fill, align);
    }

    /// <summary>
    /// <c>str(i)</c> with CPython's digit limit, checked before the conversion work.
    /// </summary>
    /// <param name="value">The int.</param>
    /// <param name="maxStrDigits"><c>sys.get_int_max_str_digits()</c>; 0 means no limit.</param>
    /// <exception cref="TextError">ValueError "Exceeds the limit (4300 digits) for integer string conversion; ...".</exception>
    public static string IntToString(BigInteger value, int maxStrDigits = DefaultMaxStrDigits)
    {
        if (maxStrDigits > 0)
        {
            long bits = (long)BigInteger.Abs(value).GetBitLength();
            // digits >= floor((bits-1)·log10 2) + 1 and <= floor(bits·log10 2) + 1.
            long lowDigits = bits == 0 ? 1 : (long)Math.Floor((bits - 1) * 0.30102999566398119521) + 1;
            long highDigits = (long)Math.Floor(bits * 0.30102999566398120) + 1;
            bool tooMany = lowDigits > maxStrDigits
                || (highDigits > maxStrDigits && BigInteger.Abs(value) >= FloatDigits.Pow10(maxStrDigits));
            if (tooMany)
            {
                throw TextError.Value(
                    $"Exceeds the limit ({maxStrDigits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
            }
        }
        return value.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary><c>bin(i)</c>, <c>oct(i)</c>, <c>hex(i)</c>: sign, then 0b/0o/0x, then the digits.</summary>
    public static string ToPrefixedRadix(BigInteger value, int radix)
    {
        string prefix = radix switch { 2 => "0b", 8 => "0o", 16 => "0x", _ => throw new ArgumentOutOfRangeException(nameof(radix)) };
        return (value.Sign < 0 ? "-" : "") + prefix + ToRadix(BigInteger.Abs(value), radix);
    }

    /// <summary>Digits of a non-negative int in base 2, 8 or 16 (lower case, no prefix).</summary>
    public static string ToRadix(BigInteger abs, int radix)
    {
        if (abs.Sign < 0) throw new ArgumentOutOfRangeException(nameof(abs));
        if (abs.IsZero) return "0";
        if (abs <= ulong.MaxValue)
        {
            ulong u = (ulong)abs;
            return radix switch
            {
                2 => Convert.ToString((long)u, 2).TrimStart('0') is { Length: > 0 } s2 ? s2 : "0",
                8 => ToRadixSmall(u, 3),
                _ => u.ToString("x", CultureInfo.InvariantCulture),
            };
        }
        int shift = radix switch { 2 => 1, 8 => 3, 16 => 4, _ => throw new ArgumentOutOfRangeException(nameof(radix)) };
        byte[] bytes = abs.ToByteArray(isUnsigned: true, isBigEndian: false);
        long totalBits = (long)abs.GetBitLength();
        long ndig = (totalBits + shift - 1) / shift;
        var chars = new char[ndig];
        for (long d = 0; d < ndig; d++)
        {
            long bit = d * shift;
            int v = 0;
            for (int b = 0; b < shift; b++)
            {
                long bi = bit + b;
                if (bi / 8 < bytes.Length && ((bytes[bi / 8] >> (int)(bi % 8)) & 1) != 0) v |= 1 << b;
            }
            chars[ndig - 1 - d] = "0123456789abcdef"[v];
        }
        return new string(chars);
    }

    private static string ToRadixSmall(ulong u, int shift)
    {
        Span<char> buf = stackalloc char[64];
        int pos = 64;
        ulong mask = (1UL << shift) - 1;
        do
        {
            buf[--pos] = (char)('0' + (int)(u & mask));
            u >>= shift;
        } while (u != 0);
        return new string(buf[pos..]);
    }

    /// <summary>int -> float as CPython's <c>PyLong_AsDouble</c> (correctly rounded, OverflowError when too large).</summary>
    /// <exception cref="TextError">OverflowError "int too large to convert to float".</exception>
    public static double ToDouble(BigInteger value)
    {
        double d = (double)value;
        if (double.IsInfinity(d)) throw TextError.Overflow("int too large to convert to float");
        // BigInteger's conversion truncates beyond 64 significant bits in some runtimes; re-round exactly.
        if (BigInteger.Abs(value) > (BigInteger.One << 53))
            d = double.Parse(value.ToString(CultureInfo.InvariantCulture), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        if (double.IsInfinity(d)) throw TextError.Overflow("int too large to convert to float");
        return d;
    }

    private static string FormatFloatCore(double value, FormatSpec spec, int type)
    {
        if (spec.Precision > int.MaxValue) throw TextError.Value("precision too big");
        int precision = (int)spec.Precision;
        // At most 311 digits before the point ('%' of the largest double), then the precision.
        TextLimits.Check(Math.Max(precision, 0) + 330L);
        bool addDot0 = false, addPct = false;
        char code = (char)type;
        int defaultPrecision = 6;
        if (type == 0)
        {
            addDot0 = true;
            code = 'r';
            defaultPrecision = 0;
        }
        if (code == 'n') code = 'g';
        if (code == '%') { code = 'f'; value *= 100; addPct = true; }
        if (precision < 0) precision = defaultPrecision;
        else if (code == 'r') code = 'g';
        bool upper = code is 'E' or 'F' or 'G';
        string buf = FloatDigits.Format(value, char.ToLowerInvariant(code), precision, spec.Alternate, addDot0, spec.NoNegativeZero, upper);
        if (addPct) buf += "%";
        var (fill, align) = spec.Resolve('>');
        if (spec.Sign != '+' && spec.Sign != ' ' && spec.Width == -1 && type != 'n' && spec.Grouping == '\0')
            return buf;
        char signChar = '\0';
        if (buf[0] == '-') { signChar = '-'; buf = buf[1..]; }
        SplitNumber(buf, out string digits, out bool hasDecimal, out string remainder);
        int group = spec.Grouping != '\0' && type != 'n' ? 3 : 0;
        return FillNumber(signChar, "", digits, hasDecimal, remainder, remainder.Length, spec, fill, align, group,
            group > 0 ? spec.Grouping.ToString() : "");
    }

    // CPython's parse_number: leading ASCII digits, then an optional '.', then the remainder.
    private static void SplitNumber(string buf, out string digits, out bool hasDecimal, out string remainder)
    {
        int i = 0;
        while (i < buf.Length && buf[i] >= '0' && buf[i] <= '9') i++;
        digits = buf[..i];
        hasDecimal = i < buf.Length && buf[i] == '.';
        remainder = buf[(hasDecimal ? i + 1 : i)..];
    }

    // CPython's calc_number_widths + fill_number:
    // <lpadding><sign><prefix><spadding><grouped digits><decimal><remainder><rpadding>
    private static string FillNumber(char signChar, string prefix, string digits, bool hasDecimal, string remainder,
        int remainderLen, FormatSpec spec, string fill, char align, int group, string sep)
    {
        // Upper bound of the result: the padded width, or the grouped digits and the rest.
        TextLimits.Check(Math.Max(spec.Width, 0) * Math.Max(fill.Length, 1 + sep.Length)
            + digits.Length + digits.Length / 3 + prefix.Length + remainder.Length + 2);
        char sign = '\0';
        switch (spec.Sign)
        {
            case '+': sign = signChar == '-' ? '-' : '+'; break;
            case ' ': sign = signChar == '-' ? '-' : ' '; break;
            default: if (signChar == '-') sign = '-'; break;
        }
        int nSign = sign == '\0' ? 0 : 1;
        long nonDigit = nSign + prefix.Length + (hasDecimal ? 1 : 0) + remainderLen;
        long minWidth = fill == "0" && align == '=' ? spec.Width - nonDigit : 0;
        string grouped = digits.Length == 0 ? "" : Group(digits, group, sep, minWidth);
        long padding = spec.Width - (nonDigit + grouped.Length);
        long lpad = 0, spad = 0, rpad = 0;
        if (padding > 0)
        {
            switch (align)
            {
                case '<': rpad = padding; break;
                case '^': lpad = padding / 2; rpad = padding - lpad; break;
                case '=': spad = padding; break;
                default: lpad = padding; break;
            }
        }
        var sb = new StringBuilder();
        Repeat(sb, fill, lpad);
        if (sign != '\0') sb.Append(sign);
        sb.Append(prefix);
        Repeat(sb, fill, spad);
        sb.Append(grouped);
        if (hasDecimal) sb.Append('.');
        sb.Append(remainder);
        Repeat(sb, fill, rpad);
        return sb.ToString();
    }

    // CPython's _PyUnicode_InsertThousandsGrouping: groups of `group` digits from the right
    // (0 = no grouping), padded on the left with '0' (and separators) up to minWidth.
    private static string Group(string digits, int group, string sep, long minWidth)
    {
        // Written right to left into a buffer that is large enough for either bound:
        // the grouped digits, or the zero-padded minimum width plus one group and separator.
        int cap = checked((int)(digits.Length * (1 + sep.Length) + Math.Max(0, minWidth) + group + sep.Length + 2));
        var buf = new char[cap];
        int w = cap;
        int remaining = digits.Length, end = digits.Length;
        bool useSep = false, broken = false;
        void Emit(int nChars, int nZeros)
        {
            if (useSep) { w -= sep.Length; sep.CopyTo(0, buf, w, sep.Length); }
            w -= nChars;
            digits.CopyTo(end - nChars, buf, w, nChars);
            end -= nChars;
            w -= nZeros;
            buf.AsSpan(w, nZeros).Fill('0');
        }
        if (group > 0)
        {
            while (true)
            {
                long l = Math.Min(group, Math.Max(Math.Max(remaining, minWidth), 1));
                int nZeros = (int)Math.Max(0, l - remaining);
                int nChars = (int)Math.Max(0, Math.Min(remaining, l));
                Emit(nChars, nZeros);
                useSep = true;
                remaining -= nChars;
                minWidth -= l;
                if (remaining <= 0 && minWidth <= 0) { broken = true; break; }
                minWidth -= sep.Length;
            }
        }
        if (!broken)
        {
            long l = Math.Max(Math.Max(remaining, minWidth), 1);
            Emit((int)Math.Max(0, Math.Min(remaining, l)), (int)Math.Max(0, l - remaining));
        }
        return new string(buf, w, cap - w);
    }

    /// <summary>Pads <paramref name="text"/> (of <paramref name="len"/> code points) to <paramref name="width"/> with fill and align.</summary>
    internal static string Pad(string text, long len, long width, string fill, char align)
    {
        if (width <= len) return text;
        TextLimits.Check(text.Length + (width - len) * fill.Length);
        long padding = width - len;
        long left = align switch { '>' => padding, '^' => padding / 2, _ => 0 };
        long right = padding - left;
        var sb = new StringBuilder((int)Math.Min(int.MaxValue / 2, text.Length + padding * fill.Length));
        Repeat(sb, fill, left);
        sb.Append(text);
        Repeat(sb, fill, right);
        return sb.ToString();
    }

    private static void Repeat(StringBuilder sb, string fill, long n)
    {
        if (n <= 0) return;
        if (fill.Length == 1) sb.Append(fill[0], checked((int)n));
        else for (long i = 0; i < n; i++) sb.Append(fill);
    }
}
