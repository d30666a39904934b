using RuleSandbox.Engine.Compiler;
using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Statistics;

/// <summary>
/// The result of <c>linear_regression</c>: CPython's <c>LinearRegression</c> named tuple
/// (slope, intercept). Native here: attribute access, indexing, unpacking, <c>len</c>, equality
/// with tuples and the named-tuple repr.
/// </summary>
public sealed class PyLinearRegression : PyObject
{
    /// <summary>The <c>LinearRegression</c> type.</summary>
    public static readonly PyType TypeObject = PyType.NewNative("LinearRegression", "statistics");

    /// <summary>A regression line.</summary>
    public PyLinearRegression(PyObject slope, PyObject intercept)
    {
        Slope = slope;
        Intercept = intercept;
    }

    /// <summary>The slope.</summary>
    public PyObject Slope { get; }

    /// <summary>The intercept.</summary>
    public PyObject Intercept { get; }

    /// <inheritdoc />
    public override PyType Type => TypeObject;

    private PyTuple AsTuple() => PyTuple.From(new[] { Slope, Intercept });

    internal static void Init()
    {
        var t = TypeObject;
        t.Doc = PyStr.From("LinearRegression(slope, intercept)");
        t.Members["__module__"] = PyStr.From("statistics");
        t.Constructor = (a, kw) =>
        {
            var p = ArgParser.Parse("LinearRegression", a, kw, new[] { "slope", "intercept" }, 2);
            return new PyLinearRegression(p[0]!, p[1]!);
        };
        Attr(t, "slope", r => r.Slope);
        Attr(t, "intercept", r => r.Intercept);
        t.Members["_fields"] = PyTuple.From(new PyObject[] { PyStr.From("slope"), PyStr.From("intercept") });
        M(t, "__repr__", (a, kw) => PyStr.From($"LinearRegression(slope={Ops.Repr(Self(a).Slope)}, intercept={Ops.Repr(Self(a).Intercept)})"));
        M(t, "__len__", (a, kw) => PyInt.From(2));
        M(t, "__iter__", (a, kw) => Ops.GetIter(Self(a).AsTuple()));
        M(t, "__getitem__", (a, kw) => Ops.GetItem(Self(a).AsTuple(), a[1]));
        M(t, "__hash__", (a, kw) => PyInt.From(Ops.Hash(Self(a).AsTuple())));
        M(t, "__eq__", (a, kw) => Other(a[1]) is { } o ? Ops.RichCompare(Self(a).AsTuple(), o, CompareKind.Eq) : PyNotImplemented.Instance);
        M(t, "__ne__", (a, kw) => Other(a[1]) is { } o ? Ops.RichCompare(Self(a).AsTuple(), o, CompareKind.Ne) : PyNotImplemented.Instance);
        M(t, "_asdict", (a, kw) =>
        {
            var d = new PyDict();
            d.Set("slope", Self(a).Slope);
            d.Set("intercept", Self(a).Intercept);
            return d;
        });
    }

    private static PyObject? Other(PyObject o) => o switch
    {
        PyLinearRegression r => r.AsTuple(),
        PyTuple t => t,
        _ => null,
    };

    private static void M(PyType t, string name, BuiltinFn fn) => t.Members[name] = new PyBuiltinFunction(name, fn, t);

    private static void Attr(PyType t, string name, Func<PyLinearRegression, PyObject> get)
        => t.Members[name] = new PyProperty(new PyBuiltinFunction(name, (a, kw) => get(Self(a))), null, null, null) { Name = name };

    private static PyLinearRegression Self(ReadOnlySpan<PyObject> a)
        => a.Length > 0 && a[0] is PyLinearRegression r ? r : throw Err.TypeError("descriptor requires a 'LinearRegression' object");
}
