using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Decimal;

/// <summary>
/// The Python face of the specification's remaining operations, both as <c>Decimal</c> methods
/// (<c>x.exp(context=None)</c>) and as <c>Context</c> methods (<c>ctx.exp(x)</c>): exp, ln, log10,
/// logb, scaleb, rotate, shift, the logical operations, next_*, number_class, the total orders,
/// max/min, fma, remainder_near and the three-argument power.
/// </summary>
internal static class DecimalMethodsBinding
{
    private delegate DecimalNumber Unary(in DecimalNumber a, DecimalContext ctx, ref DecimalCondition status);

    private delegate DecimalNumber Binary(in DecimalNumber a, in DecimalNumber b, DecimalContext ctx, ref DecimalCondition status);

    private static readonly (string Name, Unary Op)[] s_unary =
    {
        ("exp", static (in DecimalNumber x, DecimalContext c, ref DecimalCondition s) => x.Exp(c, ref s)),
        ("ln", static (in DecimalNumber x, DecimalContext c, ref DecimalCondition s) => x.Ln(c, ref s)),
        ("log10", static (in DecimalNumber x, DecimalContext c, ref DecimalCondition s) => x.Log10(c, ref s)),
        ("logb", static (in DecimalNumber x, DecimalContext c, ref DecimalCondition s) => x.Logb(c, ref s)),
        ("next_minus", static (in DecimalNumber x, DecimalContext c, ref DecimalCondition s) => x.Next(false, c, ref s)),
        ("next_plus", static (in DecimalNumber x, DecimalContext c, ref DecimalCondition s) => x.Next(true, c, ref s)),
        ("logical_invert", static (in DecimalNumber x, DecimalContext c, ref DecimalCondition s) => x.LogicalInvert(c, ref s)),
    };

    private static readonly (string Name, Binary Op)[] s_binary =
    {
        ("scaleb", DecimalNumber.ScaleB),
        ("rotate", static (in DecimalNumber a, in DecimalNumber b, DecimalContext c, ref DecimalCondition s) => DecimalNumber.RotateOrShift(a, b, true, c, ref s)),
        ("shift", static (in DecimalNumber a, in DecimalNumber b, DecimalContext c, ref DecimalCondition s) => DecimalNumber.RotateOrShift(a, b, false, c, ref s)),
        ("logical_and", static (in DecimalNumber a, in DecimalNumber b, DecimalContext c, ref DecimalCondition s) => DecimalNumber.Logical(a, b, '&', c, ref s)),
        ("logical_or", static (in DecimalNumber a, in DecimalNumber b, DecimalContext c, ref DecimalCondition s) => DecimalNumber.Logical(a, b, '|', c, ref s)),
        ("logical_xor", static (in DecimalNumber a, in DecimalNumber b, DecimalContext c, ref DecimalCondition s) => DecimalNumber.Logical(a, b, '^', c, ref s)),
        ("next_toward", DecimalNumber.NextToward),
        ("max", static (in DecimalNumber a, in DecimalNumber b, DecimalContext c, ref DecimalCondition s) => DecimalNumber.MaxMin(a, b, true, false, c, ref s)),
        ("min", static (in DecimalNumber a, in DecimalNumber b, DecimalContext c, ref DecimalCondition s) => DecimalNumber.MaxMin(a, b, false, false, c, ref s)),
        ("max_mag", static (in DecimalNumber a, in DecimalNumber b, DecimalContext c, ref DecimalCondition s) => DecimalNumber.MaxMin(a, b, true, true, c, ref s)),
        ("min_mag", static (in DecimalNumber a, in DecimalNumber b, DecimalContext c, ref DecimalCondition s) => DecimalNumber.MaxMin(a, b, false, true, c, ref s)),
        ("remainder_near", DecimalNumber.RemainderNear),
        ("compare_signal", CompareSignal),
        ("compare_total", static (in DecimalNumber a, in DecimalNumber b, DecimalContext c, ref DecimalCondition s) => DecimalNumber.FromInteger(DecimalNumber.CompareTotalOrder(a, b))),
        ("compare_total_mag", static (in DecimalNumber a, in DecimalNumber b, DecimalContext c, ref DecimalCondition s) => DecimalNumber.FromInteger(DecimalNumber.CompareTotalOrder(a.WithSign(false), b.WithSign(false)))),
    };

    public static void Init()
    {
        var t = DecimalTypes.Decimal;
        foreach (var (name, op) in s_unary)
        {
            M(t, name, (a, kw) =>
            {
                var p = Parse(a[1..], kw, new[] { "context" }, 0);
                var ctx = DecimalBinding.Ctx(p[0]);
                var status = DecimalCondition.None;
                var r = op(Self(a), ctx, ref status);
                return Finish(ctx, status, r);
            });
        }
        foreach (var (name, op) in s_binary)
        {
            M(t, name, (a, kw) =>
            {
                var p = Parse(a[1..], kw, new[] { "other", "context" }, 1);
                var ctx = DecimalBinding.Ctx(p[1]);
                var other = DecimalBinding.Convert(p[0]!, ctx);
                var status = DecimalCondition.None;
                var r = op(Self(a), other, ctx, ref status);
                return Finish(ctx, status, r);
            });
        }
        M(t, "number_class", (a, kw) =>
        {
            var p = Parse(a[1..], kw, new[] { "context" }, 0);
            return PyStr.From(Self(a).NumberClass(DecimalBinding.Ctx(p[0])));
        });
        M(t, "same_quantum", (a, kw) =>
        {
            var p = Parse(a[1..], kw, new[] { "other", "context" }, 1);
            var other = DecimalBinding.Convert(p[0]!, DecimalBinding.Ctx(p[1]));
            return PyBool.From(DecimalNumber.SameQuantum(Self(a), other));
        });
        M(t, "fma", (a, kw) =>
        {
            var p = Parse(a[1..], kw, new[] { "other", "third", "context" }, 2);
            var ctx = DecimalBinding.Ctx(p[2]);
            var b = DecimalBinding.Convert(p[0]!, ctx);
            var c = DecimalBinding.Convert(p[1]!, ctx);
            var status = DecimalCondition.None;
            var r = DecimalNumber.FusedMultiplyAdd(Self(a), b, c, ctx, ref status);
            return Finish(ctx, status, r);
        });
        M(t, "radix", (a, kw) => { ArgParser.Count("radix", a[1..], kw, 0, 0); return new PyDecimal(DecimalNumber.FromInteger(10)); });
        M(t, "canonical", (a, kw) => { ArgParser.Count("canonical", a[1..], kw, 0, 0); Self(a); return a[0]; });
        M(t, "__pow__", (a, kw) => PowerCall(a[0], a[1], a.Length > 2 ? a[2] : PyNone.Instance));
        M(t, "__rpow__", (a, kw) => PowerCall(a[1], a[0], a.Length > 2 ? a[2] : PyNone.Instance));
        InitContext(DecimalTypes.Context);
    }

    private static void InitContext(PyType t)
    {
        foreach (var (name, op) in s_unary)
            M(t, name, (a, kw) => Context1(a, kw, name, op));
        foreach (var (name, op) in s_binary)
            M(t, name, (a, kw) => Context2(a, kw, name, op));
        M(t, "compare", (a, kw) => Context2(a, kw, "compare", Compare));
        M(t, "copy_sign", (a, kw) => Context2(a, kw, "copy_sign", static (in DecimalNumber x, in DecimalNumber y, DecimalContext c, ref DecimalCondition s) => x.WithSign(y.Negative)));
        M(t, "copy_abs", (a, kw) => Context1(a, kw, "copy_abs", static (in DecimalNumber x, DecimalContext c, ref DecimalCondition s) => x.WithSign(false)));
        M(t, "copy_negate", (a, kw) => Context1(a, kw, "copy_negate", static (in DecimalNumber x, DecimalContext c, ref DecimalCondition s) => x.WithSign(!x.Negative)));
        M(t, "copy_decimal", (a, kw) => Context1(a, kw, "copy_decimal", static (in DecimalNumber x, DecimalContext c, ref DecimalCondition s) => x));
        M(t, "to_integral", (a, kw) => Context1(a, kw, "to_integral", static (in DecimalNumber x, DecimalContext c, ref DecimalCondition s) => x.ToIntegral(c.Rounding, false, c, ref s)));
        M(t, "number_class", (a, kw) =>
        {
            ArgParser.Count("Context.number_class", a[1..], kw, 1, 1);
            var ctx = Ctx(a);
            return PyStr.From(DecimalBinding.Convert(a[1], ctx).NumberClass(ctx));
        });
        M(t, "same_quantum", (a, kw) =>
        {
            Exactly(a[1..], kw, 2);
            var ctx = Ctx(a);
            return PyBool.From(DecimalNumber.SameQuantum(DecimalBinding.Convert(a[1], ctx), DecimalBinding.Convert(a[2], ctx)));
        });
        M(t, "fma", (a, kw) =>
        {
            Exactly(a[1..], kw, 3);
            var ctx = Ctx(a);
            var x = DecimalBinding.Convert(a[1], ctx);
            var y = DecimalBinding.Convert(a[2], ctx);
            var z = DecimalBinding.Convert(a[3], ctx);
            var status = DecimalCondition.None;
            var r = DecimalNumber.FusedMultiplyAdd(x, y, z, ctx, ref status);
            return Finish(ctx, status, r);
        });
        M(t, "power", (a, kw) =>
        {
            var p = Parse(a[1..], kw, new[] { "a", "b", "modulo" }, 2);
            var ctx = Ctx(a);
            var x = DecimalBinding.Convert(p[0]!, ctx);
            var y = DecimalBinding.Convert(p[1]!, ctx);
            var status = DecimalCondition.None;
            DecimalNumber r = p[2] is null or PyNone
                ? DecimalNumber.Power(x, y, ctx, ref status)
                : DecimalNumber.PowerModulo(x, y, DecimalBinding.Convert(p[2]!, ctx), ctx, ref status);
            return Finish(ctx, status, r);
        });
        M(t, "divmod", (a, kw) =>
        {
            Exactly(a[1..], kw, 2);
            var ctx = Ctx(a);
            var x = DecimalBinding.Convert(a[1], ctx);
            var y = DecimalBinding.Convert(a[2], ctx);
            var status = DecimalCondition.None;
            var (q, r) = DecimalNumber.DivMod(x, y, ctx, ref status);
            DecimalBinding.Signal(ctx, status);
            return new PyTuple(new PyObject[] { new PyDecimal(q), new PyDecimal(r) });
        });
        M(t, "radix", (a, kw) => { ArgParser.Count("radix", a[1..], kw, 0, 0); return new PyDecimal(DecimalNumber.FromInteger(10)); });
        M(t, "canonical", (a, kw) =>
        {
            ArgParser.Count("Context.canonical", a[1..], kw, 1, 1);
            if (a[1] is not PyDecimal) throw Err.TypeError("argument must be a Decimal");
            return a[1];
        });
        M(t, "to_sci_string", (a, kw) => ContextString(a, kw, "to_sci_string", false));
        M(t, "to_eng_string", (a, kw) => ContextString(a, kw, "to_eng_string", true));
        ContextPredicate(t, "is_canonical", (v, c) => true);
        ContextPredicate(t, "is_finite", (v, c) => !v.IsSpecial);
        ContextPredicate(t, "is_infinite", (v, c) => v.IsInfinity);
        ContextPredicate(t, "is_nan", (v, c) => v.IsNaN);
        ContextPredicate(t, "is_qnan", (v, c) => v.Kind == DecimalNumber.NumberKind.NaN);
        ContextPredicate(t, "is_snan", (v, c) => v.IsSNaN);
        ContextPredicate(t, "is_signed", (v, c) => v.Negative);
        ContextPredicate(t, "is_zero", (v, c) => v.IsZero);
        ContextPredicate(t, "is_normal", (v, c) => !v.IsSpecial && !v.IsZero && v.Adjusted >= c.Emin);
        ContextPredicate(t, "is_subnormal", (v, c) => !v.IsSpecial && !v.IsZero && v.Adjusted < c.Emin);
    }

    // compare(): -1, 0, 1, or the NaN (InvalidOperation for a signalling one).
    private static DecimalNumber Compare(in DecimalNumber x, in DecimalNumber o, DecimalContext ctx, ref DecimalCondition status)
    {
        if (x.IsNaN || o.IsNaN)
        {
            if (x.IsSNaN || o.IsSNaN) status |= DecimalCondition.InvalidOperation;
            var nan = x.IsSNaN ? x : o.IsSNaN ? o : x.IsNaN ? x : o;
            return new DecimalNumber(nan.Negative, nan.Coefficient, 0, DecimalNumber.NumberKind.NaN);
        }
        return DecimalNumber.FromInteger(DecimalNumber.CompareTotal(x, o));
    }

    // compare_signal(): like compare, but a quiet NaN signals too.
    private static DecimalNumber CompareSignal(in DecimalNumber x, in DecimalNumber o, DecimalContext ctx, ref DecimalCondition status)
    {
        if (x.IsNaN || o.IsNaN) status |= DecimalCondition.InvalidOperation;
        return Compare(x, o, ctx, ref status);
    }

    // pow(x, y[, m]) from the operator slots: NotImplemented unless every operand is Decimal or int.
    private static PyObject PowerCall(PyObject x, PyObject y, PyObject mod)
    {
        if (Operand(x) is not { } a || Operand(y) is not { } b) return PyNotImplemented.Instance;
        var ctx = DecimalState.Current.Context;
        var status = DecimalCondition.None;
        DecimalNumber r;
        if (mod is PyNone) r = DecimalNumber.Power(a, b, ctx, ref status);
        else if (Operand(mod) is { } m) r = DecimalNumber.PowerModulo(a, b, m, ctx, ref status);
        else return PyNotImplemented.Instance;
        return Finish(ctx, status, r);
    }

    private static DecimalNumber? Operand(PyObject o) => o switch
    {
        PyDecimal d => d.Value,
        PyInt i => DecimalNumber.FromInteger(i.Big),
        _ => null,
    };

    private static PyObject Context1(ReadOnlySpan<PyObject> a, string[]? kw, string name, Unary op)
    {
        ArgParser.Count("Context." + name, a[1..], kw, 1, 1);
        var ctx = Ctx(a);
        var x = DecimalBinding.Convert(a[1], ctx);
        var status = DecimalCondition.None;
        var r = op(x, ctx, ref status);
        return Finish(ctx, status, r);
    }

    private static PyObject Context2(ReadOnlySpan<PyObject> a, string[]? kw, string name, Binary op)
    {
        Exactly(a[1..], kw, 2);
        var ctx = Ctx(a);
        var x = DecimalBinding.Convert(a[1], ctx);
        var y = DecimalBinding.Convert(a[2], ctx);
        var status = DecimalCondition.None;
        var r = op(x, y, ctx, ref status);
        return Finish(ctx, status, r);
    }

    private static PyObject ContextString(ReadOnlySpan<PyObject> a, string[]? kw, string name, bool eng)
    {
        ArgParser.Count("Context." + name, a[1..], kw, 1, 1);
        var ctx = Ctx(a);
        return PyStr.From(DecimalBinding.Convert(a[1], ctx).ToSciString(eng, ctx.Capitals == 1));
    }

    private static void ContextPredicate(PyType t, string name, Func<DecimalNumber, DecimalContext, bool> test)
        => M(t, name, (a, kw) =>
        {
            ArgParser.Count("Context." + name, a[1..], kw, 1, 1);
            var ctx = Ctx(a);
            return PyBool.From(test(DecimalBinding.Convert(a[1], ctx), ctx));
        });

    // ------------------------------------------------------------------ argument checks

    // CPython's _decimal parses arguments with PyArg_ParseTuple(AndKeywords) without a function
    // name, so its messages say "function ..."; these helpers reproduce them word for word.

    /// <summary>Exactly <paramref name="n"/> positional arguments (n ≥ 2), no keywords.</summary>
    public static void Exactly(ReadOnlySpan<PyObject> args, string[]? kwnames, int n)
    {
        if (kwnames is { Length: > 0 }) throw Err.TypeError($"'{kwnames[0]}' is an invalid keyword argument for this function");
        if (args.Length != n) throw Err.TypeError($"function takes exactly {n} arguments ({args.Length} given)");
    }

    /// <summary>Positional-or-keyword parameters <paramref name="names"/>, the first <paramref name="required"/> mandatory.</summary>
    public static PyObject?[] Parse(ReadOnlySpan<PyObject> args, string[]? kwnames, string[] names, int required)
    {
        int nkw = kwnames?.Length ?? 0;
        int npos = args.Length - nkw;
        if (npos > names.Length || args.Length > names.Length)
            throw Err.TypeError($"function takes at most {names.Length} argument{(names.Length == 1 ? "" : "s")} ({args.Length} given)");
        var result = new PyObject?[names.Length];
        for (int i = 0; i < npos; i++) result[i] = args[i];
        for (int k = 0; k < nkw; k++)
        {
            int ix = Array.IndexOf(names, kwnames![k]);
            if (ix < 0) throw Err.TypeError($"'{kwnames[k]}' is an invalid keyword argument for this function");
            if (ix < npos) throw Err.TypeError($"argument for function given by name ('{names[ix]}') and position ({ix + 1})");
            result[ix] = args[npos + k];
        }
        for (int i = 0; i < required; i++)
            if (result[i] is null) throw Err.TypeError($"function missing required argument '{names[i]}' (pos {i + 1})");
        return result;
    }

    private static PyObject Finish(DecimalContext ctx, DecimalCondition status, DecimalNumber r)
    {
        DecimalBinding.Signal(ctx, status);
        return new PyDecimal(r);
    }

    private static void M(PyType t, string name, BuiltinFn fn) => t.Members[name] = new PyBuiltinFunction(name, fn, t);

    private static DecimalNumber Self(ReadOnlySpan<PyObject> a)
        => a.Length > 0 && a[0] is PyDecimal d ? d.Value : throw Err.TypeError("descriptor requires a 'decimal.Decimal' object");

    private static DecimalContext Ctx(ReadOnlySpan<PyObject> a)
        => a.Length > 0 && a[0] is PyDecimalContext c ? c.Context : throw Err.TypeError("descriptor requires a 'decimal.Context' object");
}
