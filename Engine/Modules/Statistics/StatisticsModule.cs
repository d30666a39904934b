using System.Runtime.CompilerServices;
using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Statistics;

/// <summary>
/// The <c>statistics</c> module with CPython 3.12's results to the last digit: averages and
/// spreads are computed on exact ratios and converted back to the data's type (int, float,
/// Fraction, Decimal), the float-only functions use fsum and CPython's sumprod, and every error
/// is CPython's (<c>StatisticsError</c>, a ValueError). Work is charged per element.
/// Functions and types are built once per process; each execution gets its own namespace.
/// </summary>
public static class StatisticsModule
{
    private static readonly Lazy<(string Name, PyObject Value)[]> s_shared = new(Build);

    // Classes are mutable (statistics.StatisticsError.x = 1), so each execution gets its own
    // error class; the module and the raise sites of one execution find the same one through its Vm.
    private static readonly ConditionalWeakTable<Vm, PyType> s_errors = new();

    /// <summary><c>statistics.StatisticsError</c> of the current execution.</summary>
    internal static PyType StatisticsError => Vm.Current is { } vm ? s_errors.GetValue(vm, _ => MakeError()) : MakeError();

    /// <summary>Builds the module for one execution.</summary>
    public static PyModule Create()
    {
        var m = new PyModule("statistics");
        foreach (var (name, value) in s_shared.Value) m.ModuleDict.Set(name, value);
        m.ModuleDict.Set("StatisticsError", StatisticsError);
        return m;
    }

    /// <summary>A StatisticsError with <paramref name="message"/>.</summary>
    internal static PythonException Error(string message) => Err.New(StatisticsError, message);

    private static PyType MakeError()
    {
        var t = PyType.NewHeap("StatisticsError", new[] { ExcTypes.ValueError }, null);
        t.Module = "statistics";
        t.Members["__module__"] = PyStr.From("statistics");
        return t;
    }

    private static (string, PyObject)[] Build()
    {
        // Statistics builds Fractions for its exact results: make sure the type's methods exist.
        _ = Fractions.FractionsModule.FractionType;
        var list = new List<(string, PyObject)>
        {
            ("LinearRegression", PyLinearRegression.TypeObject),
            ("NormalDist", PyNormalDist.TypeObject),
        };
        void Def(string name, BuiltinFn fn) => list.Add((name, new PyBuiltinFunction(name, fn)));
        StatisticsAverages.Register(Def);
        StatisticsSpread.Register(Def);
        PyLinearRegression.Init();
        NormalDistBinding.Init();
        return list.ToArray();
    }

    /// <summary>The items of an iterable, pulled one at a time (statistics.py consumes its data lazily).</summary>
    internal static IEnumerable<PyObject> Iterate(PyObject iterable)
    {
        var it = Ops.GetIter(iterable);
        while (Ops.Next(it) is { } x) yield return x;
    }

    /// <summary>A function of the math module (one copy per process, used read-only).</summary>
    internal static PyObject MathFunction(string name) => s_math.Value.ModuleDict.Get(name)!;

    private static readonly Lazy<PyModule> s_math = new(Math.MathModule.Create);
}
