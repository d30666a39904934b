using System.Text;

namespace RuleSandbox.Engine.Runtime.Text;

/// <summary>
/// Parser (and a generic renderer) for <c>str.format</c> templates: literal text with <c>{{</c>/<c>}}</c>,
/// fields <c>{name.attr[key]!r:spec}</c> with nested fields in the spec, automatic and manual numbering.
/// </summary>
/// <remarks>
/// CPython reports a malformed template only when formatting reaches the bad spot, so an earlier
/// field's KeyError wins over a later syntax error. The parser therefore never throws: it records each
/// error as a part (or on the field, or on an accessor) where CPython would raise it, and
/// <see cref="Render{T}"/> raises it in that order. A parsed template can be cached by its text.
/// </remarks>
public static class FormatString
{
    // CPython's build_string starts at depth 2: one level of nested fields inside a spec is allowed.
    private const int MaxDepth = 2;

    /// <summary>Parses <paramref name="format"/> into parts (never throws; errors become parts).</summary>
    public static IReadOnlyList<FormatPart> Parse(string format)
    {
        ArgumentNullException.ThrowIfNull(format);
        var numbering = new AutoNumber();
        return ParseLevel(format, MaxDepth, numbering);
    }

    /// <summary>
    /// <c>_string.formatter_parser(format)</c> as a list (string.Formatter's parse). CPython yields lazily,
    /// so the items before a malformed spot come out before the error; here the error is thrown at once.
    /// </summary>
    /// <exception cref="TextError">ValueError for a malformed template.</exception>
    public static List<FormatterToken> FormatterParse(string format)
    {
        ArgumentNullException.ThrowIfNull(format);
        var tokens = new List<FormatterToken>();
        int pos = 0, end = format.Length;
        while (pos < end)
        {
            int start = pos;
            char c = '\0';
            bool markup = false;
            while (pos < end)
            {
                c = format[pos++];
                if (c == '{' || c == '}') { markup = true; break; }
            }
            bool atEnd = pos >= end;
            int len = pos - start;
            if (markup && c == '}' && (atEnd || format[pos] != '}'))
                throw TextError.Value("Single '}' encountered in format string");
            if (markup && atEnd && c == '{')
                throw TextError.Value("Single '{' encountered in format string");
            if (markup)
            {
                if (format[pos] == c) { pos++; markup = false; }
                else len--;
            }
            string literal = format.Substring(start, len);
            if (!markup)
            {
                tokens.Add(new FormatterToken(literal, null, null, null));
                continue;
            }
            if (!ParseField(format, ref pos, out string name, out int conversion, out string spec, out _, out TextError? error))
                throw error!;
            tokens.Add(new FormatterToken(literal, name, spec, conversion == 0 ? null : CodePoints.FromCodePoint(conversion)));
        }
        return tokens;
    }

    /// <summary>
    /// <c>_string.formatter_field_name_split(name)</c>: the first part (an int index when it is all
    /// digits, else -1 and the text) and the <c>.attr</c>/<c>[key]</c> steps (a malformed step carries its error).
    /// </summary>
    public static (string First, int FirstIndex, IReadOnlyList<FieldAccessor> Steps) SplitFieldName(string fieldName)
    {
        ArgumentNullException.ThrowIfNull(fieldName);
        int i = 0;
        while (i < fieldName.Length && fieldName[i] != '.' && fieldName[i] != '[') i++;
        string first = fieldName[..i];
        return (first, ToInteger(first), ParseAccessors(fieldName, i));
    }

    /// <summary>CPython's IndexError for a positional field beyond the arguments.</summary>
    public static TextError IndexOutOfRange(int index)
        => new("IndexError", $"Replacement index {index} out of range for positional args tuple");

    /// <summary>CPython's error for a positional field in <c>str.format_map</c>.</summary>
    public static TextError PositionalInFormatMap()
        => TextError.Value("Format string contains positional fields");

    /// <summary>
    /// <c>format.format(*args, **kwargs)</c>: evaluates the parts in CPython's order through
    /// <paramref name="evaluator"/> and joins the results.
    /// </summary>
    /// <exception cref="TextError">A malformed template (ValueError), raised where CPython raises it.</exception>
    public static string Render<T>(IReadOnlyList<FormatPart> parts, IFormatFieldEvaluator<T> evaluator)
    {
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentNullException.ThrowIfNull(evaluator);
        var sb = new StringBuilder();
        RenderInto(sb, parts, evaluator);
        return sb.ToString();
    }

    private static void RenderInto<T>(StringBuilder sb, IReadOnlyList<FormatPart> parts, IFormatFieldEvaluator<T> evaluator)
    {
        foreach (var part in parts)
        {
            switch (part.Kind)
            {
                case FormatPartKind.Literal:
                    sb.Append(part.Text);
                    break;
                case FormatPartKind.Error:
                    throw part.Error!;
                default:
                    T value = part.Index >= 0 ? evaluator.GetPositional(part.Index) : evaluator.GetKeyword(part.Key);
                    foreach (var step in part.Accessors)
                    {
                        if (step.Error != null) throw step.Error;
                        value = step.IsAttribute ? evaluator.GetAttribute(value, step.Name)
                            : step.Index >= 0 ? evaluator.GetIndex(value, step.Index)
                            : evaluator.GetItem(value, step.Name);
                    }
                    if (part.ConversionError != null) throw part.ConversionError;
                    if (part.Conversion != 0) value = evaluator.Convert(value, (char)part.Conversion);
                    string spec = part.SpecText;
                    if (part.SpecNeedsExpanding)
                    {
                        var inner = new StringBuilder();
                        RenderInto(inner, part.Spec, evaluator);
                        spec = inner.ToString();
                    }
                    sb.Append(evaluator.Format(value, spec));
                    break;
            }
        }
    }

    private sealed class AutoNumber
    {
        public int State; // 0 = not yet, 1 = automatic, 2 = manual
        public int Next;
    }

    // CPython's MarkupIterator over one level; depth is build_string's recursion_depth.
    private static List<FormatPart> ParseLevel(string s, int depth, AutoNumber numbering)
    {
        var parts = new List<FormatPart>();
        if (depth <= 0)
        {
            parts.Add(FormatPart.Fail(TextError.Value("Max string recursion exceeded")));
            return parts;
        }
        int pos = 0, end = s.Length;
        var literal = new StringBuilder();
        while (pos < end)
        {
            int start = pos;
            char c = '\0';
            bool markup = false;
            while (pos < end)
            {
                c = s[pos++];
                if (c == '{' || c == '}') { markup = true; break; }
            }
            bool atEnd = pos >= end;
            int len = pos - start;
            if (markup && c == '}' && (atEnd || s[pos] != '}'))
            {
                Flush(parts, literal);
                parts.Add(FormatPart.Fail(TextError.Value("Single '}' encountered in format string")));
                return parts;
            }
            if (markup && atEnd && c == '{')
            {
                Flush(parts, literal);
                parts.Add(FormatPart.Fail(TextError.Value("Single '{' encountered in format string")));
                return parts;
            }
            if (markup && !atEnd)
            {
                // '{{' and '}}' are literal braces; otherwise the brace opens a field.
                if (s[pos] == c) { pos++; markup = false; }
                else len--;
            }
            literal.Append(s, start, len);
            if (!markup) continue;
            Flush(parts, literal);
            if (!ParseField(s, ref pos, out string fieldName, out int conversion, out string spec, out bool expand, out TextError? error))
            {
                parts.Add(FormatPart.Fail(error!));
                return parts;
            }
            parts.Add(BuildField(fieldName, conversion, spec, expand, depth, numbering));
        }
        Flush(parts, literal);
        return parts;
    }

    private static void Flush(List<FormatPart> parts, StringBuilder literal)
    {
        if (literal.Length == 0) return;
        parts.Add(FormatPart.Literal(literal.ToString()));
        literal.Clear();
    }

    // CPython's parse_field: the text after '{' up to the matching '}'.
    private static bool ParseField(string s, ref int pos, out string fieldName, out int conversion, out string spec,
        out bool expand, out TextError? error)
    {
        fieldName = spec = "";
        conversion = 0;
        expand = false;
        error = null;
        int end = s.Length, nameStart = pos;
        char c = '\0';
        while (pos < end)
        {
            c = s[pos++];
            if (c == '{') { error = TextError.Value("unexpected '{' in field name"); return false; }
            if (c == '[')
            {
                while (pos < end && s[pos] != ']') pos++;
                continue;
            }
            if (c == '}' || c == ':' || c == '!') break;
        }
        if (c == '!' || c == ':')
        {
            fieldName = s[nameStart..(pos - 1)];
            if (c == '!')
            {
                if (pos >= end)
                {
                    error = TextError.Value("end of string while looking for conversion specifier");
                    return false;
                }
                conversion = CodePoints.At(s, pos, out int u);
                pos += u;
                if (pos < end)
                {
                    c = s[pos++];
                    if (c == '}') return true;
                    if (c != ':') { error = TextError.Value("expected ':' after conversion specifier"); return false; }
                }
            }
            int specStart = pos, count = 1;
            while (pos < end)
            {
                c = s[pos++];
                if (c == '{') { expand = true; count++; }
                else if (c == '}')
                {
                    count--;
                    if (count == 0)
                    {
                        spec = s[specStart..(pos - 1)];
                        return true;
                    }
                }
            }
            error = TextError.Value("unmatched '{' in format spec");
            return false;
        }
        if (c != '}')
        {
            error = TextError.Value("expected '}' before end of string");
            return false;
        }
        fieldName = s[nameStart..(pos - 1)];
        return true;
    }

    private static FormatPart BuildField(string fieldName, int conversion, string spec, bool expand, int depth, AutoNumber numbering)
    {
        // field_name_split: the first name runs up to the first '.' or '['.
        int i = 0;
        while (i < fieldName.Length && fieldName[i] != '.' && fieldName[i] != '[') i++;
        string first = fieldName[..i];
        int index;
        try
        {
            index = ToInteger(first);
        }
        catch (TextError e)
        {
            return FormatPart.Fail(e);
        }
        bool empty = first.Length == 0;
        bool numeric = empty || index != -1;
        if (numeric)
        {
            if (numbering.State == 0) numbering.State = empty ? 1 : 2;
            if (numbering.State == 2 && empty)
                return FormatPart.Fail(TextError.Value("cannot switch from manual field specification to automatic field numbering"));
            if (numbering.State == 1 && !empty)
                return FormatPart.Fail(TextError.Value("cannot switch from automatic field numbering to manual field specification"));
            if (empty) index = numbering.Next++;
        }
        var accessors = ParseAccessors(fieldName, i);
        TextError? conversionError = null;
        if (conversion != 0 && conversion != 'r' && conversion != 's' && conversion != 'a')
        {
            conversionError = conversion > 32 && conversion < 127
                ? TextError.Value($"Unknown conversion specifier {(char)conversion}")
                : TextError.Value($"Unknown conversion specifier \\x{conversion:x}");
        }
        IReadOnlyList<FormatPart> specParts = expand ? ParseLevel(spec, depth - 1, numbering) : [];
        return FormatPart.Field(index, numeric ? "" : first, first, accessors, conversion, conversionError, spec, specParts, expand);
    }

    // FieldNameIterator: '.name' and '[key]' steps; the first malformed step carries the error and ends the list.
    private static List<FieldAccessor> ParseAccessors(string s, int pos)
    {
        var list = new List<FieldAccessor>();
        while (pos < s.Length)
        {
            char c = s[pos++];
            string name;
            bool isAttr;
            int index = -1;
            if (c == '.')
            {
                isAttr = true;
                int st = pos;
                while (pos < s.Length && s[pos] != '.' && s[pos] != '[') pos++;
                name = s[st..pos];
            }
            else if (c == '[')
            {
                isAttr = false;
                int st = pos;
                while (pos < s.Length && s[pos] != ']') pos++;
                if (pos >= s.Length)
                {
                    list.Add(new FieldAccessor(false, "", -1, TextError.Value("Missing ']' in format string")));
                    return list;
                }
                name = s[st..pos];
                pos++;
                try
                {
                    index = ToInteger(name);
                }
                catch (TextError e)
                {
                    list.Add(new FieldAccessor(false, name, -1, e));
                    return list;
                }
            }
            else
            {
                list.Add(new FieldAccessor(false, "", -1,
                    TextError.Value("Only '.' or '[' may follow ']' in format field specifier")));
                return list;
            }
            if (name.Length == 0)
            {
                list.Add(new FieldAccessor(isAttr, "", -1, TextError.Value("Empty attribute in format string")));
                return list;
            }
            list.Add(new FieldAccessor(isAttr, name, index, null));
        }
        return list;
    }

    // CPython's get_integer: all decimal digits -> the value; anything else (or empty) -> -1.
    private static int ToInteger(string s)
    {
        if (s.Length == 0) return -1;
        long v = 0;
        for (int i = 0; i < s.Length;)
        {
            int cp = CodePoints.At(s, i, out int u);
            i += u;
            int d = UnicodeInfo.DecimalValue(cp);
            if (d < 0) return -1;
            v = v * 10 + d;
            if (v > int.MaxValue) throw TextError.Value("Too many decimal digits in format string");
        }
        return (int)v;
    }
}
