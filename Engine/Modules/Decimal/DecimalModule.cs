using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Decimal;

/// <summary>
/// The <c>decimal</c> module: CPython's arbitrary-precision decimal arithmetic (Decimal, Context,
/// the signals, the rounding constants, getcontext/setcontext/localcontext). Types and functions
/// are built once per process; each execution gets its own module dict and its own current context.
/// </summary>
public static class DecimalModule
{
    private static readonly Lazy<(string Name, PyObject Value)[]> s_shared = new(Build);

    /// <summary>Builds the module for one execution.</summary>
    public static PyModule Create()
    {
        var m = new PyModule("decimal");
        foreach (var (name, value) in s_shared.Value) m.ModuleDict.Set(name, value);
        var basic = DecimalState.NewDefault().Context;
        basic.Prec = 9;
        basic.Rounding = DecimalRounding.HalfUp;
        basic.Traps = DecimalCondition.Clamped | DecimalCondition.AnyInvalid | DecimalCondition.DivisionByZero | DecimalCondition.Overflow | DecimalCondition.Underflow;
        var extended = DecimalState.NewDefault().Context;
        extended.Prec = 9;
        extended.Traps = DecimalCondition.None;
        m.ModuleDict.Set("DefaultContext", DecimalState.NewDefault());
        m.ModuleDict.Set("BasicContext", new PyDecimalContext(basic));
        m.ModuleDict.Set("ExtendedContext", new PyDecimalContext(extended));
        return m;
    }

    private static (string, PyObject)[] Build()
    {
        DecimalBinding.Init();
        DecimalContextBinding.Init();
        DecimalMethodsBinding.Init();
        var list = new List<(string, PyObject)>
        {
            ("Decimal", DecimalTypes.Decimal),
            ("Context", DecimalTypes.Context),
            ("DecimalTuple", DecimalTypes.DecimalTuple),
            ("getcontext", new PyBuiltinFunction("getcontext", (a, kw) => { ArgParser.Count("getcontext", a, kw, 0, 0); return DecimalState.Current; })),
            ("setcontext", new PyBuiltinFunction("setcontext", (a, kw) =>
            {
                ArgParser.Count("setcontext", a, kw, 1, 1);
                if (a[0] is not PyDecimalContext c) throw Err.TypeError("argument must be a context");
                DecimalState.Current = c;
                return PyNone.Instance;
            })),
            ("localcontext", new PyBuiltinFunction("localcontext", DecimalContextBinding.LocalContext)),
            ("MAX_PREC", PyInt.From(999999999999999999L)),
            ("MAX_EMAX", PyInt.From(999999999999999999L)),
            ("MIN_EMIN", PyInt.From(-999999999999999999L)),
            ("MIN_ETINY", PyInt.From(-1999999999999999997L)),
            ("HAVE_THREADS", PyBool.True),
            ("HAVE_CONTEXTVAR", PyBool.True),
            ("__version__", PyStr.From("1.70")),
        };
        foreach (var r in new[] { "ROUND_DOWN", "ROUND_HALF_UP", "ROUND_HALF_EVEN", "ROUND_CEILING", "ROUND_FLOOR", "ROUND_UP", "ROUND_HALF_DOWN", "ROUND_05UP" })
            list.Add((r, PyStr.From(r)));
        foreach (var t in DecimalTypes.ExceptionTypes) list.Add((t.Name, t));
        return list.ToArray();
    }
}
