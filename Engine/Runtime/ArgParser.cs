using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Runtime;

/// <summary>
/// Unpacks a builtin's arguments against a parameter list, so every builtin reports wrong
/// arguments with CPython's words (starlark-go's UnpackArgs).
/// </summary>
internal static class ArgParser
{
    /// <summary>Rejects keyword arguments.</summary>
    public static void NoKw(string name, string[]? kwnames)
    {
        if (kwnames is not null && kwnames.Length > 0) throw Err.TypeError($"{name}() takes no keyword arguments");
    }

    /// <summary>Checks a positional-only argument count.</summary>
    public static void Count(string name, ReadOnlySpan<PyObject> args, string[]? kwnames, int min, int max)
    {
        NoKw(name, kwnames);
        int n = args.Length;
        if (n >= min && n <= max) return;
        if (min == max)
        {
            if (min == 0) throw Err.TypeError($"{name}() takes no arguments ({n} given)");
            if (min == 1) throw Err.TypeError($"{name}() takes exactly one argument ({n} given)");
            throw Err.TypeError($"{name} expected {min} arguments, got {n}");
        }
        if (n < min) throw Err.TypeError($"{name} expected at least {min} argument{(min == 1 ? "" : "s")}, got {n}");
        throw Err.TypeError($"{name} expected at most {max} argument{(max == 1 ? "" : "s")}, got {n}");
    }

    /// <summary>
    /// Maps positional and keyword arguments onto <paramref name="names"/>. The first
    /// <paramref name="posOnly"/> parameters cannot be passed by keyword; parameters from
    /// <paramref name="kwOnlyFrom"/> on cannot be passed positionally; the first
    /// <paramref name="required"/> must be present. Missing optional ones are null.
    /// </summary>
    public static PyObject?[] Parse(string fname, ReadOnlySpan<PyObject> args, string[]? kwnames, string[] names, int required, int posOnly = 0, int kwOnlyFrom = int.MaxValue)
    {
        var result = new PyObject?[names.Length];
        int nkw = kwnames?.Length ?? 0;
        int npos = args.Length - nkw;
        int maxPos = Math.Min(names.Length, kwOnlyFrom);
        if (npos > maxPos)
        {
            throw Err.TypeError(maxPos == 0 ? $"{fname}() takes no positional arguments"
                : $"{fname}() takes at most {maxPos} argument{(maxPos == 1 ? "" : "s")} ({npos} given)");
        }
        for (int i = 0; i < npos; i++) result[i] = args[i];
        for (int k = 0; k < nkw; k++)
        {
            string kw = kwnames![k];
            int ix = Array.IndexOf(names, kw);
            if (ix < 0 || ix < posOnly)
                throw Err.TypeError($"{fname}() got an unexpected keyword argument '{kw}'");
            if (result[ix] is not null) throw Err.TypeError($"argument for {fname}() given by name ('{kw}') and position ({ix + 1})");
            result[ix] = args[npos + k];
        }
        for (int i = 0; i < required; i++)
        {
            if (result[i] is null)
            {
                if (i < posOnly || i >= kwOnlyFrom || nkw == 0)
                    throw Err.TypeError($"{fname}() missing required argument '{names[i]}' (pos {i + 1})");
                throw Err.TypeError($"{fname}() missing required argument '{names[i]}' (pos {i + 1})");
            }
        }
        return result;
    }

    /// <summary>An int argument (or <c>__index__</c>) as a long.</summary>
    public static long Int(PyObject o, string fname)
    {
        if (o is PyInt i)
        {
            if (i.IsBig) throw Err.OverflowError("Python int too large to convert to C ssize_t");
            return i.Small;
        }
        if (o is PyFloat) throw Err.TypeError($"'float' object cannot be interpreted as an integer");
        return Ops.AsIndex(o) is { IsBig: false } r ? r.Small : throw Err.OverflowError("Python int too large to convert to C ssize_t");
    }
}
