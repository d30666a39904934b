using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules;


/// <summary>
/// Argument binding for native functions that CPython writes in Python (base64.py, string.py,
/// textwrap.py, uuid.py), whose errors use the words of a Python <c>def</c> ("takes from 1 to 2
/// positional arguments but 3 were given") rather than a C builtin's (<see cref="ArgParser"/>).
/// </summary>
internal static class PyArgs
{
    public static PyObject?[] Parse(string fname, ReadOnlySpan<PyObject> args, string[]? kwnames, string[] names, int required, int kwOnlyFrom = int.MaxValue)
    {
        var r = new PyObject?[names.Length];
        int nkw = kwnames?.Length ?? 0;
        int npos = args.Length - nkw;
        int maxPos = System.Math.Min(names.Length, kwOnlyFrom);
        if (npos > maxPos)
        {
            string takes = maxPos == required ? $"{maxPos}" : $"from {required} to {maxPos}";
            throw Err.TypeError($"{fname}() takes {takes} positional argument{(maxPos == 1 ? "" : "s")} but {npos} {(npos == 1 ? "was" : "were")} given");
        }
        for (int i = 0; i < npos; i++) r[i] = args[i];
        for (int k = 0; k < nkw; k++)
        {
            int ix = Array.IndexOf(names, kwnames![k]);
            if (ix < 0) throw Err.TypeError($"{fname}() got an unexpected keyword argument '{kwnames[k]}'");
            if (r[ix] is not null) throw Err.TypeError($"{fname}() got multiple values for argument '{kwnames[k]}'");
            r[ix] = args[npos + k];
        }
        for (int i = 0; i < required; i++)
            if (r[i] is null) throw Err.TypeError($"{fname}() missing 1 required positional argument: '{names[i]}'");
        return r;
    }
}
