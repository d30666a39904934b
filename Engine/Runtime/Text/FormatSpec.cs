namespace RuleSandbox.Engine.Runtime.Text;

/// <summary>
/// A parsed format-spec mini-language string: <c>[[fill]align][sign]['z']['#']['0'][width][grouping][.precision][type]</c>,
/// parsed as CPython 3.12's <c>parse_internal_render_format_spec</c> parses it.
/// </summary>
/// <remarks>
/// The defaults that depend on the formatted type (align '&lt;' for str and '&gt;' for numbers, what
/// '0' does) are resolved by <see cref="NumberFormatter"/>; this record keeps what the text said.
/// </remarks>
public sealed class FormatSpec
{
    private FormatSpec() { }

    /// <summary>The fill code point as a string (one or two UTF-16 units); " " when not given.</summary>
    public string Fill { get; private init; } = " ";

    /// <summary>True when the spec named a fill character explicitly.</summary>
    public bool FillGiven { get; private init; }

    /// <summary>'&lt;', '&gt;', '^', '=' or '\0' when not given.</summary>
    public char Align { get; private init; }

    /// <summary>'+', '-', ' ' or '\0' when not given.</summary>
    public char Sign { get; private init; }

    /// <summary>The 'z' flag: negative zero after rounding prints without its sign (floats only).</summary>
    public bool NoNegativeZero { get; private init; }

    /// <summary>The '#' flag (alternate form).</summary>
    public bool Alternate { get; private init; }

    /// <summary>The '0' flag before the width (zero padding), only when no fill was given.</summary>
    public bool ZeroPad { get; private init; }

    /// <summary>Minimum width in code points, or -1.</summary>
    public long Width { get; private init; } = -1;

    /// <summary>',' or '_' (thousands separator), or '\0'.</summary>
    public char Grouping { get; private init; }

    /// <summary>Precision, or -1.</summary>
    public long Precision { get; private init; } = -1;

    /// <summary>The presentation type code point, or 0 when not given.</summary>
    public int Type { get; private init; }

    /// <summary>The spec text as written.</summary>
    public string Text { get; private init; } = "";

    /// <summary>True for the empty spec, which formats as <c>str(value)</c>.</summary>
    public bool IsEmpty => Text.Length == 0;

    /// <summary>Parses a spec with no type name for messages (uses "object").</summary>
    public static FormatSpec Parse(string spec) => Parse(spec, "object");

    /// <summary>Parses <paramref name="spec"/>.</summary>
    /// <param name="spec">The text after ':' in a replacement field, or format()'s second argument.</param>
    /// <param name="typeName">The formatted value's type name, for "Invalid format specifier ... for object of type 'T'".</param>
    /// <exception cref="TextError">ValueError with CPython's message for a malformed spec.</exception>
    public static FormatSpec Parse(string spec, string typeName)
    {
        ArgumentNullException.ThrowIfNull(spec);
        int[] cp = CodePoints.ToArray(spec);
        int pos = 0, end = cp.Length;
        string fill = " ";
        bool fillGiven = false, alignGiven = false, zeroPad = false, alternate = false, noNeg0 = false;
        char align = '\0', sign = '\0', grouping = '\0';
        long width = -1, precision = -1;
        int type = 0;

        if (end - pos >= 2 && IsAlign(cp[pos + 1]))
        {
            align = (char)cp[pos + 1];
            fill = CodePoints.FromCodePoint(cp[pos]);
            fillGiven = alignGiven = true;
            pos += 2;
        }
        else if (end - pos >= 1 && IsAlign(cp[pos]))
        {
            align = (char)cp[pos];
            alignGiven = true;
            pos++;
        }
        if (end - pos >= 1 && (cp[pos] == '+' || cp[pos] == '-' || cp[pos] == ' '))
        {
            sign = (char)cp[pos];
            pos++;
        }
        if (end - pos >= 1 && cp[pos] == 'z') { noNeg0 = true; pos++; }
        if (end - pos >= 1 && cp[pos] == '#') { alternate = true; pos++; }
        if (!fillGiven && end - pos >= 1 && cp[pos] == '0') { zeroPad = true; pos++; }

        int consumed = GetInteger(cp, ref pos, out long w);
        if (consumed > 0) width = w;

        if (end - pos > 0 && cp[pos] == ',') { grouping = ','; pos++; }
        if (end - pos > 0 && cp[pos] == '_')
        {
            if (grouping != '\0') throw TextError.Value("Cannot specify both ',' and '_'.");
            grouping = '_';
            pos++;
        }
        if (end - pos > 0 && cp[pos] == ',' && grouping == '_')
            throw TextError.Value("Cannot specify both ',' and '_'.");

        if (end - pos > 0 && cp[pos] == '.')
        {
            pos++;
            consumed = GetInteger(cp, ref pos, out long p);
            if (consumed == 0) throw TextError.Value("Format specifier missing precision");
            precision = p;
        }

        if (end - pos > 1)
        {
            throw TextError.Value(
                $"Invalid format specifier '{spec}' for object of type '{typeName}'");
        }
        if (end - pos == 1) type = cp[pos];

        if (grouping != '\0')
        {
            switch (type)
            {
                case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
                    break;
                case 'b': case 'o': case 'x': case 'X':
                    if (grouping == '_') break;
                    throw InvalidSeparator(grouping, type);
                default:
                    throw InvalidSeparator(grouping, type);
            }
        }
        // alignGiven only matters for the '0' flag, which the formatters resolve with their default.
        return new FormatSpec
        {
            Fill = fill, FillGiven = fillGiven, Align = alignGiven ? align : '\0', Sign = sign,
            NoNegativeZero = noNeg0, Alternate = alternate, ZeroPad = zeroPad, Width = width,
            Grouping = grouping, Precision = precision, Type = type, Text = spec,
        };
    }

    /// <summary>The effective fill and alignment for a type whose default alignment is <paramref name="defaultAlign"/>.</summary>
    internal (string Fill, char Align) Resolve(char defaultAlign)
    {
        if (ZeroPad)
        {
            // CPython: '0' sets the fill to '0' and, when no alignment was given and the type is
            // right-aligned by default, makes the padding go between the sign and the digits.
            char a = Align != '\0' ? Align : (defaultAlign == '>' ? '=' : defaultAlign);
            return ("0", a);
        }
        return (Fill, Align != '\0' ? Align : defaultAlign);
    }

    /// <summary>CPython's "Unknown format code 'c' for object of type 'T'".</summary>
    public static TextError UnknownCode(int type, string typeName)
    {
        return type > 32 && type < 128
            ? TextError.Value($"Unknown format code '{(char)type}' for object of type '{typeName}'")
            : TextError.Value($"Unknown format code '\\x{type:x}' for object of type '{typeName}'");
    }

    internal static TextError InvalidSeparator(char grouping, int type)
    {
        return type > 32 && type < 128
            ? TextError.Value($"Cannot specify '{grouping}' with '{(char)type}'.")
            : TextError.Value($"Cannot specify '{grouping}' with '\\x{type:x}'.");
    }

    private static bool IsAlign(int c) => c == '<' || c == '>' || c == '=' || c == '^';

    // CPython reads decimal digits (any Unicode decimal digit) and reports overflow of Py_ssize_t.
    private static int GetInteger(int[] cp, ref int pos, out long value)
    {
        value = 0;
        int n = 0;
        while (pos < cp.Length)
        {
            int d = UnicodeInfo.DecimalValue(cp[pos]);
            if (d < 0) break;
            if (value > (long.MaxValue - d) / 10)
                throw TextError.Value("Too many decimal digits in format string");
            value = value * 10 + d;
            pos++;
            n++;
        }
        return n;
    }

    /// <inheritdoc/>
    public override string ToString() => Text;
}
