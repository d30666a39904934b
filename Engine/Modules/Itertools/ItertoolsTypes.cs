using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Itertools;

/// <summary>The iterator types of <c>itertools</c>, built once per process.</summary>
internal static class ItertoolsTypes
{
    public static readonly PyType Count = ItertoolsIterator.NewType("itertools.count");
    public static readonly PyType Cycle = ItertoolsIterator.NewType("itertools.cycle");
    public static readonly PyType Repeat = ItertoolsIterator.NewType("itertools.repeat");
    public static readonly PyType Accumulate = ItertoolsIterator.NewType("itertools.accumulate");
    public static readonly PyType Batched = ItertoolsIterator.NewType("itertools.batched");
    public static readonly PyType Chain = ItertoolsIterator.NewType("itertools.chain");
    public static readonly PyType Compress = ItertoolsIterator.NewType("itertools.compress");
    public static readonly PyType DropWhile = ItertoolsIterator.NewType("itertools.dropwhile");
    public static readonly PyType FilterFalse = ItertoolsIterator.NewType("itertools.filterfalse");
    public static readonly PyType GroupBy = ItertoolsIterator.NewType("itertools.groupby");
    public static readonly PyType Grouper = ItertoolsIterator.NewType("itertools._grouper");
    public static readonly PyType ISlice = ItertoolsIterator.NewType("itertools.islice");
    public static readonly PyType Pairwise = ItertoolsIterator.NewType("itertools.pairwise");
    public static readonly PyType StarMap = ItertoolsIterator.NewType("itertools.starmap");
    public static readonly PyType TakeWhile = ItertoolsIterator.NewType("itertools.takewhile");
    public static readonly PyType Tee = ItertoolsIterator.NewType("itertools._tee");
    public static readonly PyType ZipLongest = ItertoolsIterator.NewType("itertools.zip_longest");
    public static readonly PyType Product = ItertoolsIterator.NewType("itertools.product");
    public static readonly PyType Permutations = ItertoolsIterator.NewType("itertools.permutations");
    public static readonly PyType Combinations = ItertoolsIterator.NewType("itertools.combinations");
    public static readonly PyType CombinationsWithReplacement = ItertoolsIterator.NewType("itertools.combinations_with_replacement");

    /// <summary>Rejects keyword arguments with itertools' wording.</summary>
    public static void NoKw(string name, string[]? kw)
    {
        if (kw is { Length: > 0 }) throw Err.TypeError($"{name}() takes no keyword arguments");
    }

    /// <summary>A positional argument count check with itertools' wording ("cycle expected 1 argument, got 0").</summary>
    public static void ArgCount(string name, ReadOnlySpan<PyObject> a, string[]? kw, int min, int max)
    {
        NoKw(name, kw);
        int n = a.Length;
        if (n >= min && n <= max) return;
        string S(int k) => k == 1 ? "" : "s";
        if (min == max) throw Err.TypeError($"{name} expected {min} argument{S(min)}, got {n}");
        if (n < min) throw Err.TypeError($"{name} expected at least {min} argument{S(min)}, got {n}");
        throw Err.TypeError($"{name} expected at most {max} argument{S(max)}, got {n}");
    }

    /// <summary>Keyword arguments for constructors that reject unknown names as "'x' is an invalid keyword argument for f()".</summary>
    public static PyObject?[] Parse(string fname, ReadOnlySpan<PyObject> a, string[]? kw, string[] names)
    {
        if (a.Length > names.Length)
            throw Err.TypeError($"{fname}() takes at most {names.Length} arguments ({a.Length} given)");
        if (kw is not null)
            foreach (var k in kw)
                if (Array.IndexOf(names, k) < 0) throw Err.TypeError($"'{k}' is an invalid keyword argument for {fname}()");
        return ArgParser.Parse(fname, a, kw, names, 0);
    }
}
