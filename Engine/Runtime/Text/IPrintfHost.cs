using System.Numerics;

namespace RuleSandbox.Engine.Runtime.Text;

/// <summary>
/// What <see cref="PrintfFormatter.Format{T}"/> needs from the interpreter for <c>format % args</c>:
/// conversions of its values. Members raise the interpreter's own exceptions for failures they own
/// (a KeyError from a mapping, an error inside <c>__str__</c>).
/// </summary>
/// <typeparam name="T">The interpreter's object type.</typeparam>
public interface IPrintfHost<T>
{
    /// <summary>mapping[key] for <c>%(key)s</c>.</summary>
    T GetItem(T mapping, string key);

    /// <summary>str(value), repr(value) or ascii(value) for 's', 'r', 'a'.</summary>
    string ToText(T value, char conversion);

    /// <summary>
    /// The int for %d %i %u (int(value) for a number) or %o %x %X (value.__index__()), or null when
    /// the value is not a number of the right kind (the formatter then raises CPython's TypeError).
    /// </summary>
    BigInteger? ToInteger(T value, char conversion);

    /// <summary>float(value) for %e %f %g, or null when value is not a real number.</summary>
    double? ToDouble(T value);

    /// <summary>The value when it is an int (for '*' widths and %c), else null.</summary>
    BigInteger? AsInt(T value);

    /// <summary>The value when it is a str (for %c), else null.</summary>
    string? AsStr(T value);

    /// <summary>type(value).__name__ for messages.</summary>
    string TypeName(T value);

    /// <summary>
    /// True when formatting bytes (<c>b'%b' % x</c>): %b is accepted as a synonym of %s and
    /// messages say "bytes formatting".
    /// </summary>
    bool IsBytes => false;
}
