using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Fractions;

using Math = System.Math;

/// <summary>
/// Argument binding with the messages of a Python-defined function ("mean() missing 1 required
/// positional argument: 'data'", "quantiles() takes 1 positional argument but 2 were given"),
/// because fractions and statistics are Python modules in CPython and their errors read that way.
/// </summary>
internal static class PyFunctionArgs
{
    /// <summary>
    /// Binds arguments to <paramref name="names"/>: the first <paramref name="posOnly"/> are
    /// positional-only, those from <paramref name="kwOnlyFrom"/> on keyword-only, the first
    /// <paramref name="required"/> must be given. Missing optional ones are null.
    /// <paramref name="implicitFirst"/> is 1 for methods: CPython counts self (or cls) in its
    /// "takes N positional arguments" messages although the caller does not pass it.
    /// </summary>
    public static PyObject?[] Bind(string fname, ReadOnlySpan<PyObject> args, string[]? kwnames, string[] names, int required, int posOnly = 0, int kwOnlyFrom = int.MaxValue, int implicitFirst = 0)
    {
        int nkw = kwnames?.Length ?? 0;
        int npos = args.Length - nkw;
        int maxPos = Math.Min(names.Length, kwOnlyFrom);
        if (npos > maxPos)
        {
            int minPos = Math.Min(required, maxPos) + implicitFirst;
            int shownMax = maxPos + implicitFirst, given = npos + implicitFirst;
            string takes = minPos == shownMax ? $"{shownMax}" : $"from {minPos} to {shownMax}";
            string plural = shownMax == 1 && minPos == shownMax ? "" : "s";
            throw Err.TypeError($"{fname}() takes {takes} positional argument{plural} but {given} {(given == 1 ? "was" : "were")} given");
        }
        var result = new PyObject?[names.Length];
        for (int i = 0; i < npos; i++) result[i] = args[i];
        var posOnlyAsKw = new List<string>();
        for (int k = 0; k < nkw; k++)
        {
            string key = kwnames![k];
            int idx = Array.IndexOf(names, key);
            if (idx >= 0 && idx < posOnly) { posOnlyAsKw.Add(key); continue; }
            if (idx < 0) throw Err.TypeError($"{fname}() got an unexpected keyword argument '{key}'");
            if (result[idx] is not null) throw Err.TypeError($"{fname}() got multiple values for argument '{key}'");
            result[idx] = args[npos + k];
        }
        if (posOnlyAsKw.Count > 0)
            throw Err.TypeError($"{fname}() got some positional-only arguments passed as keyword arguments: '{string.Join(", ", posOnlyAsKw)}'");
        var missing = new List<string>();
        for (int i = 0; i < required; i++)
            if (result[i] is null) missing.Add($"'{names[i]}'");
        if (missing.Count > 0)
        {
            string list = missing.Count == 1 ? missing[0]
                : string.Join(", ", missing.Take(missing.Count - 1)) + " and " + missing[^1];
            throw Err.TypeError($"{fname}() missing {missing.Count} required positional argument{(missing.Count == 1 ? "" : "s")}: {list}");
        }
        return result;
    }
}
