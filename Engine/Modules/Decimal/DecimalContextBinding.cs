using System.Text;
using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Decimal;

/// <summary>
/// <c>decimal.Context</c>, its <c>flags</c>/<c>traps</c> mappings, <c>localcontext()</c>'s context
/// manager and <c>DecimalTuple</c>.
/// </summary>
internal static class DecimalContextBinding
{
    private static readonly string[] s_settingNames = { "prec", "rounding", "Emin", "Emax", "capitals", "clamp", "flags", "traps" };

    public static void Init()
    {
        var t = DecimalTypes.Context;
        t.Constructor = (a, kw) =>
        {
            var p = ArgParser.Parse("Context", a, kw, s_settingNames, 0);
            var c = DecimalState.NewDefault();
            Apply(c.Context, p);
            if (p[6] is null) c.Context.Flags = DecimalCondition.None;
            return c;
        };
        Property(t, "prec", c => PyInt.From(c.Prec), (c, v) => c.Prec = (int)Range(v, 1, DecimalContext.MaxPrec, "valid range for prec is [1, MAX_PREC]"));
        Property(t, "rounding", c => PyStr.From(DecimalBinding.RoundingName(c.Rounding)), (c, v) => c.Rounding = DecimalBinding.ParseRounding(v));
        Property(t, "Emin", c => PyInt.From(c.Emin), (c, v) => c.Emin = Range(v, -DecimalContext.MaxEmax, 0, "valid range for Emin is [MIN_EMIN, 0]"));
        Property(t, "Emax", c => PyInt.From(c.Emax), (c, v) => c.Emax = Range(v, 0, DecimalContext.MaxEmax, "valid range for Emax is [0, MAX_EMAX]"));
        Property(t, "capitals", c => PyInt.From(c.Capitals), (c, v) => c.Capitals = (int)Range(v, 0, 1, "valid values for capitals are 0 or 1"));
        Property(t, "clamp", c => PyInt.From(c.Clamp), (c, v) => c.Clamp = (int)Range(v, 0, 1, "valid values for clamp are 0 or 1"));
        Property(t, "flags", c => new PySignalDict(c, false), (c, v) => c.Flags = SignalsFrom(v));
        Property(t, "traps", c => new PySignalDict(c, true), (c, v) => c.Traps = SignalsFrom(v));
        M(t, "__repr__", (a, kw) => PyStr.From(Repr(Ctx(a))));
        M(t, "copy", (a, kw) => new PyDecimalContext(Ctx(a).Copy()));
        M(t, "__copy__", (a, kw) => new PyDecimalContext(Ctx(a).Copy()));
        M(t, "clear_flags", (a, kw) => { Ctx(a).Flags = DecimalCondition.None; return PyNone.Instance; });
        M(t, "clear_traps", (a, kw) => { Ctx(a).Traps = DecimalCondition.None; return PyNone.Instance; });
        M(t, "Etiny", (a, kw) => PyInt.From(Ctx(a).Etiny));
        M(t, "Etop", (a, kw) => PyInt.From(Ctx(a).Etop));
        M(t, "create_decimal", (a, kw) =>
        {
            var p = ArgParser.Parse("create_decimal", a[1..], kw, new[] { "num" }, 0);
            var ctx = Ctx(a);
            return new PyDecimal(DecimalBinding.FromValue(p[0] ?? PyStr.From("0"), ctx, exact: false));
        });
        M(t, "create_decimal_from_float", (a, kw) =>
        {
            ArgParser.Count("create_decimal_from_float", a[1..], kw, 1, 1);
            return new PyDecimal(DecimalBinding.FromValue(a[1], Ctx(a), exact: false));
        });
        Op2(t, "add", DecimalNumber.Add);
        Op2(t, "subtract", DecimalNumber.Subtract);
        Op2(t, "multiply", DecimalNumber.Multiply);
        Op2(t, "divide", DecimalNumber.Divide);
        Op2(t, "divide_int", DecimalNumber.FloorDivide);
        Op2(t, "remainder", DecimalNumber.Remainder);
        Op2(t, "power", DecimalNumber.Power);
        Op2(t, "quantize", (in DecimalNumber x, in DecimalNumber y, DecimalContext c, ref DecimalCondition s) => x.Quantize(y, c.Rounding, c, ref s));
        Op1(t, "sqrt", (in DecimalNumber x, DecimalContext c, ref DecimalCondition s) => x.Sqrt(c, ref s));
        Op1(t, "plus", (in DecimalNumber x, DecimalContext c, ref DecimalCondition s) => x.Plus(c, ref s));
        Op1(t, "minus", (in DecimalNumber x, DecimalContext c, ref DecimalCondition s) => x.Minus(c, ref s));
        Op1(t, "abs", (in DecimalNumber x, DecimalContext c, ref DecimalCondition s) => x.Abs(c, ref s));
        Op1(t, "normalize", (in DecimalNumber x, DecimalContext c, ref DecimalCondition s) => x.Normalize(c, ref s));
        Op1(t, "to_integral_value", (in DecimalNumber x, DecimalContext c, ref DecimalCondition s) => x.ToIntegral(c.Rounding, false, c, ref s));
        Op1(t, "to_integral_exact", (in DecimalNumber x, DecimalContext c, ref DecimalCondition s) => x.ToIntegral(c.Rounding, true, c, ref s));

        var sd = DecimalTypes.SignalDict;
        M(sd, "__getitem__", (a, kw) => PyBool.From((((PySignalDict)a[0]).Bits & SignalBits(a[1])) != 0));
        M(sd, "__setitem__", (a, kw) =>
        {
            var d = (PySignalDict)a[0];
            var bits = SignalBits(a[1]);
            d.Bits = Ops.IsTrue(a[2]) ? d.Bits | bits : d.Bits & ~bits;
            return PyNone.Instance;
        });
        M(sd, "__len__", (a, kw) => PyInt.From(DecimalTypes.Signals.Length));
        M(sd, "__iter__", (a, kw) => Ops.GetIter(new PyList(DecimalTypes.Signals.Select(s => (PyObject)s.Type).ToList())));
        M(sd, "keys", (a, kw) => new PyList(DecimalTypes.Signals.Select(s => (PyObject)s.Type).ToList()));
        M(sd, "values", (a, kw) =>
        {
            var bits = ((PySignalDict)a[0]).Bits;
            return new PyList(DecimalTypes.Signals.Select(s => (PyObject)PyBool.From((bits & s.Bits) != 0)).ToList());
        });
        M(sd, "items", (a, kw) =>
        {
            var bits = ((PySignalDict)a[0]).Bits;
            return new PyList(DecimalTypes.Signals.Select(s => (PyObject)new PyTuple(new PyObject[] { s.Type, PyBool.From((bits & s.Bits) != 0) })).ToList());
        });
        M(sd, "copy", (a, kw) => SignalDictCopy((PySignalDict)a[0]));
        M(sd, "__repr__", (a, kw) =>
        {
            var bits = ((PySignalDict)a[0]).Bits;
            var parts = DecimalTypes.Signals.Select(s => $"<class 'decimal.{s.Name}'>:{((bits & s.Bits) != 0 ? "True" : "False")}");
            return PyStr.From("{" + string.Join(", ", parts) + "}");
        });

        var cm = DecimalTypes.ContextManager;
        M(cm, "__enter__", (a, kw) =>
        {
            var m = (PyContextManager)a[0];
            m.Saved = DecimalState.Current;
            DecimalState.Current = m.Local;
            return m.Local;
        });
        M(cm, "__exit__", (a, kw) =>
        {
            var m = (PyContextManager)a[0];
            if (m.Saved is not null) DecimalState.Current = m.Saved;
            return PyBool.False;
        });

        var dt = DecimalTypes.DecimalTuple;
        M(dt, "__repr__", (a, kw) =>
        {
            var it = ((PyDecimalTuple)a[0]).Items;
            return PyStr.From($"DecimalTuple(sign={Ops.Repr(it[0])}, digits={Ops.Repr(it[1])}, exponent={Ops.Repr(it[2])})");
        });
        M(dt, "__len__", (a, kw) => PyInt.From(3));
        M(dt, "__getitem__", (a, kw) => Ops.GetItem(new PyTuple(((PyDecimalTuple)a[0]).Items), a[1]));
        M(dt, "__iter__", (a, kw) => Ops.GetIter(new PyTuple(((PyDecimalTuple)a[0]).Items)));
        M(dt, "__eq__", (a, kw) => a[1] switch
        {
            PyDecimalTuple o => Ops.RichCompare(new PyTuple(((PyDecimalTuple)a[0]).Items), new PyTuple(o.Items), Compiler.CompareKind.Eq),
            PyTuple o => Ops.RichCompare(new PyTuple(((PyDecimalTuple)a[0]).Items), o, Compiler.CompareKind.Eq),
            _ => PyNotImplemented.Instance,
        });
        dt.Members["__hash__"] = PyNone.Instance;
        string[] fields = { "sign", "digits", "exponent" };
        for (int i = 0; i < 3; i++)
        {
            int ix = i;
            dt.Members[fields[i]] = new PyProperty(new PyBuiltinFunction(fields[i], (a, kw) => ((PyDecimalTuple)a[0]).Items[ix]), null, null, null) { Name = fields[i] };
        }
    }

    /// <summary><c>localcontext(ctx=None, **kwargs)</c>.</summary>
    public static PyObject LocalContext(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        var p = ArgParser.Parse("localcontext", a, kw, new[] { "ctx", "prec", "rounding", "Emin", "Emax", "capitals", "clamp", "flags", "traps" }, 0);
        var baseCtx = p[0] switch
        {
            null or PyNone => DecimalState.Current.Context,
            PyDecimalContext c => c.Context,
            _ => throw Err.TypeError("optional argument must be a context"),
        };
        var local = DecimalState.Metered(baseCtx.Copy());
        Apply(local, p.AsSpan(1).ToArray());
        return new PyContextManager(new PyDecimalContext(local));
    }

    private static void Apply(DecimalContext c, PyObject?[] p)
    {
        if (p[0] is { } prec) c.Prec = (int)Range(prec, 1, DecimalContext.MaxPrec, "valid range for prec is [1, MAX_PREC]");
        if (p[1] is { } r) c.Rounding = DecimalBinding.ParseRounding(r);
        if (p[2] is { } emin) c.Emin = Range(emin, -DecimalContext.MaxEmax, 0, "valid range for Emin is [MIN_EMIN, 0]");
        if (p[3] is { } emax) c.Emax = Range(emax, 0, DecimalContext.MaxEmax, "valid range for Emax is [0, MAX_EMAX]");
        if (p[4] is { } cap) c.Capitals = (int)Range(cap, 0, 1, "valid values for capitals are 0 or 1");
        if (p[5] is { } clamp) c.Clamp = (int)Range(clamp, 0, 1, "valid values for clamp are 0 or 1");
        if (p[6] is { } flags) c.Flags = SignalsFrom(flags);
        if (p[7] is { } traps) c.Traps = SignalsFrom(traps);
    }

    private static long Range(PyObject v, long min, long max, string message)
    {
        if (v is not PyInt i) throw Err.TypeError("an integer is required");
        if (i.IsBig || i.Small < min || i.Small > max) throw Err.ValueError(message);
        return i.Small;
    }

    private static DecimalCondition SignalBits(PyObject key)
    {
        foreach (var s in DecimalTypes.Signals)
            if (ReferenceEquals(s.Type, key)) return s.Bits;
        throw Err.NewArgs(ExcTypes.KeyError, PyStr.From("valid values for signals are:\n  [InvalidOperation, FloatOperation, DivisionByZero,\n   Overflow, Underflow, Subnormal, Inexact, Rounded,\n   Clamped]"));
    }

    private static DecimalCondition SignalsFrom(PyObject v)
    {
        var bits = DecimalCondition.None;
        if (v is PyDict d)
        {
            if (d.Count != DecimalTypes.Signals.Length) throw Err.NewArgs(ExcTypes.KeyError, PyStr.From("invalid signal dict"));
            foreach (var kv in d.Items()) if (Ops.IsTrue(kv.Value)) bits |= SignalBits(kv.Key);
            return bits;
        }
        if (v is PySignalDict sd) return sd.Bits;
        foreach (var item in Ops.ToList(v)) bits |= SignalBits(item);
        return bits;
    }

    private static PyObject SignalDictCopy(PySignalDict d)
    {
        var r = new PyDict();
        foreach (var s in DecimalTypes.Signals) r.Set(s.Type, PyBool.From((d.Bits & s.Bits) != 0));
        return r;
    }

    private static DecimalContext Ctx(ReadOnlySpan<PyObject> a)
        => a.Length > 0 && a[0] is PyDecimalContext c ? c.Context : throw Err.TypeError("descriptor requires a 'decimal.Context' object");

    /// <summary>CPython's context repr, signals in mpdecimal's order.</summary>
    public static string Repr(DecimalContext c)
    {
        var sb = new StringBuilder();
        sb.Append("Context(prec=").Append(c.Prec)
          .Append(", rounding=").Append(DecimalBinding.RoundingName(c.Rounding))
          .Append(", Emin=").Append(c.Emin)
          .Append(", Emax=").Append(c.Emax)
          .Append(", capitals=").Append(c.Capitals)
          .Append(", clamp=").Append(c.Clamp)
          .Append(", flags=[").Append(SignalNames(c.Flags))
          .Append("], traps=[").Append(SignalNames(c.Traps)).Append("])");
        return sb.ToString();
    }

    // mpdecimal's status bits in order; a context's repr names them in this order, each once.
    private static readonly (DecimalCondition Bit, string Name)[] s_reprOrder =
    {
        (DecimalCondition.Clamped, "Clamped"), (DecimalCondition.ConversionSyntax, "InvalidOperation"),
        (DecimalCondition.DivisionByZero, "DivisionByZero"), (DecimalCondition.DivisionImpossible, "InvalidOperation"),
        (DecimalCondition.DivisionUndefined, "InvalidOperation"), (DecimalCondition.Inexact, "Inexact"),
        (DecimalCondition.InvalidContext, "InvalidOperation"), (DecimalCondition.InvalidOperation, "InvalidOperation"),
        (DecimalCondition.FloatOperation, "FloatOperation"), (DecimalCondition.Overflow, "Overflow"),
        (DecimalCondition.Rounded, "Rounded"), (DecimalCondition.Subnormal, "Subnormal"), (DecimalCondition.Underflow, "Underflow"),
    };

    private static string SignalNames(DecimalCondition bits)
        => string.Join(", ", s_reprOrder.Where(s => (bits & s.Bit) != 0).Select(s => s.Name).Distinct());

    private static void M(PyType t, string name, BuiltinFn fn) => t.Members[name] = new PyBuiltinFunction(name, fn, t);

    private static void Property(PyType t, string name, Func<DecimalContext, PyObject> get, Action<DecimalContext, PyObject> set)
    {
        var getter = new PyBuiltinFunction(name, (a, kw) => get(Ctx(a)));
        var setter = new PyBuiltinFunction(name, (a, kw) => { set(Ctx(a), a[1]); return PyNone.Instance; });
        t.Members[name] = new PyProperty(getter, setter, null, null) { Name = name };
    }

    private delegate DecimalNumber Binary(in DecimalNumber a, in DecimalNumber b, DecimalContext ctx, ref DecimalCondition status);

    private delegate DecimalNumber Unary(in DecimalNumber a, DecimalContext ctx, ref DecimalCondition status);

    private static void Op2(PyType t, string name, Binary op) => M(t, name, (a, kw) =>
    {
        DecimalMethodsBinding.Exactly(a[1..], kw, 2);
        var ctx = Ctx(a);
        var x = DecimalBinding.Convert(a[1], ctx);
        var y = DecimalBinding.Convert(a[2], ctx);
        var status = DecimalCondition.None;
        var r = op(x, y, ctx, ref status);
        DecimalBinding.Signal(ctx, status);
        return new PyDecimal(r);
    });

    private static void Op1(PyType t, string name, Unary op) => M(t, name, (a, kw) =>
    {
        ArgParser.Count("Context." + name, a[1..], kw, 1, 1);
        var ctx = Ctx(a);
        var x = DecimalBinding.Convert(a[1], ctx);
        var status = DecimalCondition.None;
        var r = op(x, ctx, ref status);
        DecimalBinding.Signal(ctx, status);
        return new PyDecimal(r);
    });
}
