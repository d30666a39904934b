namespace RuleSandbox.Engine.Runtime.Text;

/// <summary>One piece of a parsed str.format template: literal text, a replacement field, or an error.</summary>
public sealed class FormatPart
{
    private FormatPart() { }

    /// <summary>What this part is.</summary>
    public FormatPartKind Kind { get; private init; }

    /// <summary>Literal text (for <see cref="FormatPartKind.Literal"/>).</summary>
    public string Text { get; private init; } = "";

    /// <summary>The error to raise (for <see cref="FormatPartKind.Error"/>).</summary>
    public TextError? Error { get; private init; }

    /// <summary>Positional index (auto-numbered or written), or -1 when the field names a keyword.</summary>
    public int Index { get; private init; } = -1;

    /// <summary>The keyword name when <see cref="Index"/> is -1.</summary>
    public string Key { get; private init; } = "";

    /// <summary>The field name as written (before any accessor), e.g. "0", "name" or "".</summary>
    public string FieldName { get; private init; } = "";

    /// <summary>The <c>.attr</c> / <c>[key]</c> steps, in order.</summary>
    public IReadOnlyList<FieldAccessor> Accessors { get; private init; } = [];

    /// <summary>'\0', 'r', 's' or 'a'. Any other value comes with <see cref="ConversionError"/>.</summary>
    public int Conversion { get; private init; }

    /// <summary>CPython's "Unknown conversion specifier x": raised after the field's value is looked up.</summary>
    public TextError? ConversionError { get; private init; }

    /// <summary>The format spec as written (may contain nested fields).</summary>
    public string SpecText { get; private init; } = "";

    /// <summary>The spec as parts: literals and nested fields, evaluated and joined to form the real spec.</summary>
    public IReadOnlyList<FormatPart> Spec { get; private init; } = [];

    /// <summary>True when the spec has nested fields and must be built by evaluating <see cref="Spec"/>.</summary>
    public bool SpecNeedsExpanding { get; private init; }

    internal static FormatPart Literal(string text) => new() { Kind = FormatPartKind.Literal, Text = text };

    internal static FormatPart Fail(TextError error) => new() { Kind = FormatPartKind.Error, Error = error };

    internal static FormatPart Field(int index, string key, string fieldName, IReadOnlyList<FieldAccessor> accessors,
        int conversion, TextError? conversionError, string specText, IReadOnlyList<FormatPart> spec, bool expand)
        => new()
        {
            Kind = FormatPartKind.Field, Index = index, Key = key, FieldName = fieldName, Accessors = accessors,
            Conversion = conversion, ConversionError = conversionError, SpecText = specText, Spec = spec,
            SpecNeedsExpanding = expand,
        };
}
