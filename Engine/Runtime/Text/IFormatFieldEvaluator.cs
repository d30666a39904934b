namespace RuleSandbox.Engine.Runtime.Text;

/// <summary>
/// What <see cref="FormatString.Render{T}"/> needs from the interpreter to run a str.format template:
/// looking values up and formatting them. Each member raises the interpreter's own exception on failure.
/// </summary>
/// <typeparam name="T">The interpreter's object type.</typeparam>
public interface IFormatFieldEvaluator<T>
{
    /// <summary>args[index]; raise <see cref="FormatString.IndexOutOfRange"/> when out of range
    /// (or "Format string contains positional fields" for format_map).</summary>
    T GetPositional(int index);

    /// <summary>kwargs[key] (KeyError with the key when missing).</summary>
    T GetKeyword(string key);

    /// <summary>getattr(value, name).</summary>
    T GetAttribute(T value, string name);

    /// <summary>value[index] for a <c>[digits]</c> accessor.</summary>
    T GetIndex(T value, int index);

    /// <summary>value[key] for a <c>[text]</c> accessor (the key is a str).</summary>
    T GetItem(T value, string key);

    /// <summary>str(value), repr(value) or ascii(value) for conversion 's', 'r' or 'a', as a new value.</summary>
    T Convert(T value, char conversion);

    /// <summary>format(value, spec) (calls <c>__format__</c>).</summary>
    string Format(T value, string spec);
}
