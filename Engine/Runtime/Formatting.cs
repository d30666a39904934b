using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Runtime;

/// <summary>
/// The bridge from the object model to the text helpers of <c>Runtime/Text</c> (format specs,
/// <c>%</c>-formatting, <c>str.format</c>). Until those land this supports only empty specs.
/// </summary>
internal static class Formatting
{
    /// <summary><c>format(x, spec)</c> for builtin types.</summary>
    public static string FormatBuiltin(PyObject o, string spec)
    {
        if (spec.Length == 0) return Ops.Str(o);
        throw Err.NotImplementedError($"format spec '{spec}' is not supported yet");
    }

    /// <summary><c>str % args</c>.</summary>
    public static PyObject Percent(PyStr format, PyObject args)
        => throw Err.NotImplementedError("printf-style formatting is not supported yet");

    /// <summary><c>str.format(*args, **kwargs)</c>.</summary>
    public static string StrFormat(string format, ReadOnlySpan<PyObject> args, string[]? kwnames)
        => throw Err.NotImplementedError("str.format is not supported yet");

    /// <summary><c>str.format_map(mapping)</c>.</summary>
    public static string StrFormatMap(string format, PyObject mapping)
        => throw Err.NotImplementedError("str.format_map is not supported yet");
}
