namespace RuleSandbox.Policies.Json;

/// <summary>The kind of a <see cref="JsonValue"/>.</summary>
internal enum JsonKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>
/// A JSON value that remembers where it started (1-based line and column), so that every
/// problem in a policy file can be reported at the exact place it is. System.Text.Json does not
/// expose positions of values in its DOM, hence this small reader of our own.
/// </summary>
internal sealed class JsonValue
{
    public JsonValue(JsonKind kind, int line, int column)
    {
        Kind = kind;
        Line = line;
        Column = column;
    }

    public JsonKind Kind { get; }
    public int Line { get; }
    public int Column { get; }

    /// <summary>The string's value, or the number's source text.</summary>
    public string Text { get; init; } = "";

    /// <summary>Object members in source order (duplicates kept, so they can be reported).</summary>
    public List<JsonMember> Members { get; } = new();

    /// <summary>Array items in order.</summary>
    public List<JsonValue> Items { get; } = new();

    /// <summary>The word for this kind in messages ("an object", "a string"...).</summary>
    public string KindName => Kind switch
    {
        JsonKind.Object => "an object",
        JsonKind.Array => "an array",
        JsonKind.String => "a string",
        JsonKind.Number => "a number",
        JsonKind.True or JsonKind.False => "a boolean",
        _ => "null",
    };
}

/// <summary>One <c>"key": value</c> of an object, with the key's own position.</summary>
internal sealed record JsonMember(string Key, int Line, int Column, JsonValue Value);
