using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Dataclasses;

using Math = System.Math;

/// <summary>
/// The parameter list of a Python function that a native module implements in C#
/// (<c>def __init__(self, x, y=0, *, z)</c>), binding call arguments with exactly the checks and
/// messages of CPython's <c>initialize_locals</c>: keywords first (unexpected, multiple values),
/// then too many positionals, then missing positionals and missing keyword-only ones.
/// </summary>
/// <remarks>
/// CPython generates dataclass methods as Python source, so their argument errors are those of
/// ordinary Python functions ("Point.__init__() missing 1 required positional argument: 'y'");
/// <see cref="ArgParser"/> speaks the C builtins' dialect instead.
/// </remarks>
internal sealed class PySignature
{
    private readonly string _qualName;
    private readonly string[] _names;
    private readonly int _posCount;
    private readonly bool[] _hasDefault;
    private readonly int _posDefaults;

    /// <summary>
    /// A signature: the first <paramref name="posCount"/> of <paramref name="names"/> are
    /// positional-or-keyword, the rest keyword-only; <paramref name="hasDefault"/> marks optional ones.
    /// </summary>
    public PySignature(string qualName, string[] names, int posCount, bool[] hasDefault)
    {
        _qualName = qualName;
        _names = names;
        _posCount = posCount;
        _hasDefault = hasDefault;
        for (int i = 0; i < posCount; i++) if (hasDefault[i]) _posDefaults++;
    }

    /// <summary>The function's name in messages (<c>Point.__init__</c>).</summary>
    public string QualName => _qualName;

    /// <summary>
    /// Binds <paramref name="args"/> (positionals then keyword values, as a builtin receives them).
    /// Parameters left out that have a default are null in the result.
    /// </summary>
    public PyObject?[] Bind(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        var values = new PyObject?[_names.Length];
        int nkw = kwnames?.Length ?? 0;
        int npos = args.Length - nkw;
        int n = Math.Min(npos, _posCount);
        for (int i = 0; i < n; i++) values[i] = args[i];
        for (int k = 0; k < nkw; k++)
        {
            string kw = kwnames![k];
            int ix = Array.IndexOf(_names, kw);
            if (ix < 0) throw Err.TypeError($"{_qualName}() got an unexpected keyword argument '{kw}'");
            if (values[ix] is not null) throw Err.TypeError($"{_qualName}() got multiple values for argument '{kw}'");
            values[ix] = args[npos + k];
        }
        if (npos > _posCount) throw TooManyPositional(npos, values);
        List<string>? missing = null;
        for (int i = 0; i < _posCount; i++)
            if (values[i] is null && !_hasDefault[i]) (missing ??= new()).Add(_names[i]);
        if (missing is not null) throw Missing(missing, "positional");
        for (int i = _posCount; i < _names.Length; i++)
            if (values[i] is null && !_hasDefault[i]) (missing ??= new()).Add(_names[i]);
        if (missing is not null) throw Missing(missing, "keyword-only");
        return values;
    }

    private PythonException TooManyPositional(int given, PyObject?[] values)
    {
        string takes = _posDefaults > 0
            ? $"from {_posCount - _posDefaults} to {_posCount} positional arguments"
            : $"{_posCount} positional argument{(_posCount == 1 ? "" : "s")}";
        int kwGiven = 0;
        for (int i = _posCount; i < values.Length; i++) if (values[i] is not null) kwGiven++;
        string given2 = kwGiven > 0
            ? $"{given} positional argument{(given == 1 ? "" : "s")} (and {kwGiven} keyword-only argument{(kwGiven == 1 ? "" : "s")}) were given"
            : $"{given} {(given == 1 ? "was" : "were")} given";
        return Err.TypeError($"{_qualName}() takes {takes} but {given2}");
    }

    private PythonException Missing(List<string> names, string kind)
    {
        var q = names.Select(x => $"'{x}'").ToList();
        string list = q.Count switch
        {
            1 => q[0],
            2 => $"{q[0]} and {q[1]}",
            _ => string.Join(", ", q.Take(q.Count - 1)) + ", and " + q[^1],
        };
        return Err.TypeError($"{_qualName}() missing {names.Count} required {kind} argument{(names.Count == 1 ? "" : "s")}: {list}");
    }
}
