using System.Globalization;
using System.Numerics;
using System.Text;

namespace RuleSandbox.Engine.Runtime.Text;

/// <summary>
/// <c>str % args</c> (printf-style formatting), following CPython 3.12's <c>PyUnicode_Format</c>:
/// <c>%(key)</c>, flags <c>#0- +</c>, width and precision (or <c>*</c>), length modifiers h l L
/// ignored, conversions d i o u x X e E f F g G c r s a and <c>%%</c>.
/// </summary>
/// <remarks>
/// The values stay interpreter objects: <see cref="IPrintfHost{T}"/> converts them, and this class
/// takes arguments in CPython's order so that errors come out in the same order and with the same
/// words ("not enough arguments for format string", "%d format: a real number is required, not str").
/// </remarks>
public static class PrintfFormatter
{
    private const int FLJust = 1, FSign = 2, FBlank = 4, FAlt = 8, FZero = 16;

    /// <summary>Formats <paramref name="format"/> with the right operand of <c>%</c>.</summary>
    /// <param name="format">The format string.</param>
    /// <param name="args">The right operand itself.</param>
    /// <param name="tupleItems">Its items when it is a tuple, else null (a single value).</param>
    /// <param name="isMapping">
    /// CPython's <c>PyMapping_Check(args) &amp;&amp; !tuple &amp;&amp; !str</c>: true for any object with
    /// <c>__getitem__</c> (a list too), which enables <c>%(key)</c> and turns off the
    /// "not all arguments converted" check (<c>'abc' % [1] == 'abc'</c>).
    /// </param>
    /// <param name="host">Conversions of interpreter values.</param>
    /// <param name="maxStrDigits">The int digit limit for %d.</param>
    /// <exception cref="TextError">TypeError/ValueError/OverflowError with CPython's message.</exception>
    public static string Format<T>(string format, T args, IReadOnlyList<T>? tupleItems, bool isMapping, IPrintfHost<T> host,
        int maxStrDigits = NumberFormatter.DefaultMaxStrDigits)
    {
        ArgumentNullException.ThrowIfNull(format);
        ArgumentNullException.ThrowIfNull(host);
        var ctx = new Context<T>
        {
            Args = args, Items = tupleItems, ArgLen = tupleItems?.Count ?? -1, ArgIdx = tupleItems != null ? 0 : -2,
            Dict = isMapping && tupleItems == null, DictValue = args, Host = host,
        };
        var sb = new StringBuilder(format.Length + 16);
        int[] cps = CodePoints.HasSurrogates(format) ? CodePoints.ToArray(format) : Array.ConvertAll(format.ToCharArray(), c => (int)c);
        int pos = 0, n = cps.Length;
        while (pos < n)
        {
            if (cps[pos] != '%')
            {
                int st = pos;
                while (pos < n && cps[pos] != '%') pos++;
                for (int i = st; i < pos; i++) CodePoints.Append(sb, cps[i]);
                continue;
            }
            pos++;
            if (pos < n && cps[pos] == '%') { sb.Append('%'); pos++; continue; }
            FormatOne(ctx, cps, ref pos, sb, maxStrDigits);
            if (ctx.Dict && ctx.ArgIdx < ctx.ArgLen)
                throw TextError.Type($"not all arguments converted during {(ctx.Host.IsBytes ? "bytes" : "string")} formatting");
        }
        if (ctx.ArgIdx < ctx.ArgLen && !ctx.Dict)
            throw TextError.Type($"not all arguments converted during {(ctx.Host.IsBytes ? "bytes" : "string")} formatting");
        return sb.ToString();
    }

    private sealed class Context<T>
    {
        public required T Args;
        public IReadOnlyList<T>? Items;
        public int ArgLen;
        public int ArgIdx;
        public bool Dict;
        public required T DictValue;
        public required IPrintfHost<T> Host;

        public T Next()
        {
            if (ArgIdx < ArgLen)
            {
                int i = ArgIdx++;
                return ArgLen < 0 ? Args : Items![i];
            }
            throw TextError.Type("not enough arguments for format string");
        }
    }

    private static void FormatOne<T>(Context<T> ctx, int[] f, ref int pos, StringBuilder sb, int maxStrDigits)
    {
        int n = f.Length;
        int flags = 0;
        long width = -1;
        int prec = -1;
        int ch = 0;
        // fmtcnt bookkeeping of CPython is replaced by bounds checks; "incomplete format" when we run out.
        if (pos < n && f[pos] == '(')
        {
            if (!ctx.Dict) throw TextError.Type("format requires a mapping");
            pos++;
            int keyStart = pos, depth = 1;
            while (depth > 0 && pos < n)
            {
                if (f[pos] == ')') depth--;
                else if (f[pos] == '(') depth++;
                pos++;
            }
            if (depth > 0) throw TextError.Value("incomplete format key");
            string key = CodePoints.FromArray(f.AsSpan(keyStart, pos - 1 - keyStart));
            ctx.Args = ctx.Host.GetItem(ctx.DictValue, key);
            ctx.Items = null;
            ctx.ArgLen = -1;
            ctx.ArgIdx = -2;
        }
        bool have = false;
        while (pos < n)
        {
            ch = f[pos++];
            have = true;
            switch (ch)
            {
                case '-': flags |= FLJust; have = false; continue;
                case '+': flags |= FSign; have = false; continue;
                case ' ': flags |= FBlank; have = false; continue;
                case '#': flags |= FAlt; have = false; continue;
                case '0': flags |= FZero; have = false; continue;
            }
            break;
        }
        if (!have) throw TextError.Value("incomplete format");
        if (ch == '*')
        {
            T v = ctx.Next();
            BigInteger w = ctx.Host.AsInt(v) ?? throw TextError.Type("* wants int");
            if (w < long.MinValue + 1 || w > long.MaxValue) throw TextError.Overflow("Python int too large to convert to C ssize_t");
            width = (long)w;
            if (width < 0) { flags |= FLJust; width = -width; }
            have = pos < n;
            if (have) ch = f[pos++];
        }
        else if (ch >= '0' && ch <= '9')
        {
            width = ch - '0';
            have = false;
            while (pos < n)
            {
                ch = f[pos++];
                have = true;
                if (ch < '0' || ch > '9') break;
                if (width > (long.MaxValue - (ch - '0')) / 10) throw TextError.Value("width too big");
                width = width * 10 + (ch - '0');
                have = false;
            }
        }
        if (have && ch == '.')
        {
            prec = 0;
            have = pos < n;
            if (have) ch = f[pos++];
            if (have && ch == '*')
            {
                T v = ctx.Next();
                BigInteger p = ctx.Host.AsInt(v) ?? throw TextError.Type("* wants int");
                if (p < int.MinValue || p > int.MaxValue) throw TextError.Overflow("Python int too large to convert to C int");
                prec = (int)p;
                if (prec < 0) prec = 0;
                have = pos < n;
                if (have) ch = f[pos++];
            }
            else if (have && ch >= '0' && ch <= '9')
            {
                prec = ch - '0';
                have = false;
                while (pos < n)
                {
                    ch = f[pos++];
                    have = true;
                    if (ch < '0' || ch > '9') break;
                    if (prec > (int.MaxValue - (ch - '0')) / 10) throw TextError.Value("precision too big");
                    prec = prec * 10 + (ch - '0');
                    have = false;
                }
            }
        }
        if (have && (ch == 'h' || ch == 'l' || ch == 'L'))
        {
            have = pos < n;
            if (have) ch = f[pos++];
        }
        if (!have) throw TextError.Value("incomplete format");

        T arg = ctx.Next();
        var host = ctx.Host;
        string str;
        bool sign = false;
        switch (ch)
        {
            case 's': case 'r': case 'a':
            case 'b' when host.IsBytes:
                str = host.ToText(arg, (char)ch);
                break;
            case 'i': case 'd': case 'u': case 'o': case 'x': case 'X':
            {
                BigInteger? iv = host.ToInteger(arg, (char)ch);
                if (iv is null)
                {
                    string what = ch is 'o' or 'x' or 'X' ? "an integer" : "a real number";
                    throw TextError.Type($"%{(char)ch} format: {what} is required, not {host.TypeName(arg)}");
                }
                str = FormatLong(iv.Value, (flags & FAlt) != 0, prec, (char)ch, maxStrDigits);
                sign = true;
                break;
            }
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
            {
                double d = host.ToDouble(arg) ?? throw TextError.Type($"must be real number, not {host.TypeName(arg)}");
                str = FormatDouble(d, (char)ch, prec, (flags & FAlt) != 0);
                sign = true;
                break;
            }
            case 'c':
            {
                string? s = host.AsStr(arg);
                if (s != null)
                {
                    if (CodePoints.Length(s) != 1) throw TextError.Type("%c requires int or char");
                    str = s;
                }
                else
                {
                    BigInteger cv = host.AsInt(arg) ?? throw TextError.Type("%c requires int or char");
                    if (cv < 0 || cv > 0x10FFFF) throw TextError.Overflow("%c arg not in range(0x110000)");
                    str = CodePoints.FromCodePoint((int)cv);
                }
                break;
            }
            default:
                throw TextError.Value(string.Format(CultureInfo.InvariantCulture,
                    "unsupported format character '{0}' (0x{1:x}) at index {2}",
                    ch >= 31 && ch <= 126 ? (char)ch : '?', ch, pos - 1));
        }
        Output(sb, str, flags, width, prec, (char)ch, sign);
    }

    /// <summary>CPython's <c>_PyUnicode_FormatLong</c>: digits of an int for %d %o %x %X with '#' and precision.</summary>
    public static string FormatLong(BigInteger value, bool alt, int prec, char type, int maxStrDigits = NumberFormatter.DefaultMaxStrDigits)
    {
        TextLimits.Check(Math.Max(prec, 0) + 8L);
        bool negative = value.Sign < 0;
        BigInteger abs = BigInteger.Abs(value);
        string digits = type switch
        {
            'o' => NumberFormatter.ToRadix(abs, 8),
            'x' or 'X' => NumberFormatter.ToRadix(abs, 16),
            _ => NumberFormatter.IntToString(abs, maxStrDigits),
        };
        string prefix = alt && type is 'o' or 'x' or 'X' ? (type == 'o' ? "0o" : "0x") : "";
        if (prec > digits.Length) digits = new string('0', prec - digits.Length) + digits;
        string result = (negative ? "-" : "") + prefix + digits;
        if (type == 'X')
        {
            // CPython upper-cases 'a'..'x', so the prefix becomes "0X" too.
            result = result.ToUpperInvariant();
        }
        return result;
    }

    /// <summary>CPython's <c>formatfloat</c> for %e %f %g (precision -1 means 6).</summary>
    public static string FormatDouble(double value, char type, int prec, bool alt)
    {
        if (prec < 0) prec = 6;
        TextLimits.Check(prec + 330L);
        bool upper = type is 'E' or 'F' or 'G';
        return FloatDigits.Format(value, char.ToLowerInvariant(type), prec, alt, addDot0: false, noNegZero: false, upper);
    }

    // CPython's unicode_format_arg_output: truncation for s/r/a, sign, '0x' prefix, padding.
    private static void Output(StringBuilder sb, string str, int flags, long width, int prec, char ch, bool sign)
    {
        int[] cps = CodePoints.ToArray(str);
        int len = cps.Length;
        char fill = sign && (flags & FZero) != 0 ? '0' : ' ';
        if ((width == -1 || width <= len) && (prec == -1 || prec >= len) && (flags & (FSign | FBlank)) == 0)
        {
            sb.Append(str);
            return;
        }
        if ((ch == 's' || ch == 'r' || ch == 'a') && prec >= 0 && len > prec) len = prec;
        int pindex = 0;
        char signChar = '\0';
        if (sign)
        {
            int c0 = cps[0];
            if (c0 == '-' || c0 == '+') { signChar = (char)c0; len--; pindex++; }
            else if ((flags & FSign) != 0) signChar = '+';
            else if ((flags & FBlank) != 0) signChar = ' ';
            else sign = false;
        }
        if (width < len) width = len;
        TextLimits.Check(width + 2);
        if (sign)
        {
            if (fill != ' ') sb.Append(signChar);
            if (width > len) width--;
        }
        bool altPrefix = (flags & FAlt) != 0 && (ch == 'x' || ch == 'X' || ch == 'o');
        if (altPrefix)
        {
            if (fill != ' ')
            {
                sb.Append('0').Append(ch);
                pindex += 2;
            }
            width -= 2;
            if (width < 0) width = 0;
            len -= 2;
        }
        if (width > len && (flags & FLJust) == 0)
        {
            sb.Append(fill, checked((int)(width - len)));
            width = len;
        }
        if (fill == ' ')
        {
            if (sign) sb.Append(signChar);
            if (altPrefix)
            {
                sb.Append('0').Append(ch);
                pindex += 2;
            }
        }
        for (int i = pindex; i < pindex + len; i++) CodePoints.Append(sb, cps[i]);
        if (width > len) sb.Append(' ', checked((int)(width - len)));
    }
}
