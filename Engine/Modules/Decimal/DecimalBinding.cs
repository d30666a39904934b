using System.Globalization;
using System.Numerics;
using System.Text;
using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Decimal;

/// <summary>
/// The Python face of <see cref="DecimalNumber"/>: <c>Decimal</c>'s constructor, operators and
/// methods. Every operation runs in a context (the execution's current one unless a
/// <c>context=</c> argument is given), merges its conditions into the context's flags, and raises
/// the trapped ones as CPython does (<c>decimal.DivisionByZero: [&lt;class 'decimal.DivisionByZero'&gt;]</c>).
/// </summary>
internal static class DecimalBinding
{
    private delegate DecimalNumber BinOp(in DecimalNumber a, in DecimalNumber b, DecimalContext ctx, ref DecimalCondition status);

    private static readonly BigInteger s_hashModulus = (BigInteger.One << 61) - 1;
    private static readonly BigInteger s_hash10Inv = BigInteger.ModPow(10, s_hashModulus - 2, s_hashModulus);

    public static void Init()
    {
        var t = DecimalTypes.Decimal;
        t.Constructor = Construct;
        M(t, "__repr__", (a, kw) => PyStr.From($"Decimal('{Str(Self(a))}')"));
        M(t, "__str__", (a, kw) => PyStr.From(Str(Self(a))));
        M(t, "to_eng_string", (a, kw) =>
        {
            var p = ArgParser.Parse("to_eng_string", a[1..], kw, new[] { "context" }, 0);
            return PyStr.From(Self(a).ToSciString(true, Ctx(p[0]).Capitals == 1));
        });
        M(t, "__format__", (a, kw) =>
        {
            ArgParser.Count("__format__", a[1..], kw, 1, 1);
            if (a[1] is not PyStr spec) throw Err.TypeError($"format() argument 2 must be str, not {Ops.TypeName(a[1])}");
            return PyStr.From(DecimalFormat.Format(Self(a), spec.Value, DecimalState.Current.Context));
        });
        M(t, "__hash__", (a, kw) => PyInt.From(Hash(Self(a), a[0])));
        M(t, "__bool__", (a, kw) => PyBool.From(!Self(a).IsZero));
        M(t, "__float__", (a, kw) =>
        {
            var v = Self(a);
            if (v.IsSNaN) throw Err.ValueError("cannot convert signaling NaN to float");
            return PyFloat.From(v.ToDouble());
        });
        BuiltinFn toInt = (a, kw) => PyInt.From(ToInt(Self(a), DecimalRounding.Down));
        M(t, "__int__", toInt);
        M(t, "__trunc__", toInt);
        M(t, "__floor__", (a, kw) => PyInt.From(ToInt(Self(a), DecimalRounding.Floor)));
        M(t, "__ceil__", (a, kw) => PyInt.From(ToInt(Self(a), DecimalRounding.Ceiling)));
        M(t, "__round__", Round);
        M(t, "__neg__", (a, kw) => Unary(a, static (in DecimalNumber x, DecimalContext c, ref DecimalCondition s) => x.Minus(c, ref s)));
        M(t, "__pos__", (a, kw) => Unary(a, static (in DecimalNumber x, DecimalContext c, ref DecimalCondition s) => x.Plus(c, ref s)));
        M(t, "__abs__", (a, kw) => Unary(a, static (in DecimalNumber x, DecimalContext c, ref DecimalCondition s) => x.Abs(c, ref s)));
        Binary(t, "add", DecimalNumber.Add);
        Binary(t, "sub", DecimalNumber.Subtract);
        Binary(t, "mul", DecimalNumber.Multiply);
        Binary(t, "truediv", DecimalNumber.Divide);
        Binary(t, "floordiv", DecimalNumber.FloorDivide);
        Binary(t, "mod", DecimalNumber.Remainder);
        Binary(t, "pow", DecimalNumber.Power);
        M(t, "__divmod__", (a, kw) => DivMod(a[0], a[1]));
        M(t, "__rdivmod__", (a, kw) => DivMod(a[1], a[0]));
        Compare(t, "__eq__", c => c == 0, true);
        Compare(t, "__ne__", c => c != 0, true);
        Compare(t, "__lt__", c => c < 0, false);
        Compare(t, "__le__", c => c <= 0, false);
        Compare(t, "__gt__", c => c > 0, false);
        Compare(t, "__ge__", c => c >= 0, false);

        M(t, "quantize", (a, kw) =>
        {
            var p = ArgParser.Parse("quantize", a[1..], kw, new[] { "exp", "rounding", "context" }, 1);
            var ctx = Ctx(p[2]);
            var exp = Convert(p[0]!, ctx);
            var rounding = p[1] is null or PyNone ? ctx.Rounding : ParseRounding(p[1]!);
            var status = DecimalCondition.None;
            var r = Self(a).Quantize(exp, rounding, ctx, ref status);
            return Finish(ctx, status, r);
        });
        BuiltinFn integral(bool exact, string name) => (a, kw) =>
        {
            var p = ArgParser.Parse(name, a[1..], kw, new[] { "rounding", "context" }, 0);
            var ctx = Ctx(p[1]);
            var rounding = p[0] is null or PyNone ? ctx.Rounding : ParseRounding(p[0]!);
            var status = DecimalCondition.None;
            var r = Self(a).ToIntegral(rounding, exact, ctx, ref status);
            return Finish(ctx, status, r);
        };
        M(t, "to_integral_value", integral(false, "to_integral_value"));
        M(t, "to_integral", integral(false, "to_integral"));
        M(t, "to_integral_exact", integral(true, "to_integral_exact"));
        M(t, "normalize", (a, kw) => UnaryCtx(a, kw, "normalize", static (in DecimalNumber x, DecimalContext c, ref DecimalCondition s) => x.Normalize(c, ref s)));
        M(t, "sqrt", (a, kw) => UnaryCtx(a, kw, "sqrt", static (in DecimalNumber x, DecimalContext c, ref DecimalCondition s) => x.Sqrt(c, ref s)));
        M(t, "adjusted", (a, kw) => { ArgParser.Count("adjusted", a[1..], kw, 0, 0); return PyInt.From(Self(a).Adjusted); });
        M(t, "as_tuple", (a, kw) => { ArgParser.Count("as_tuple", a[1..], kw, 0, 0); return AsTuple(Self(a)); });
        M(t, "as_integer_ratio", (a, kw) => AsIntegerRatio(Self(a)));
        M(t, "copy_abs", (a, kw) => new PyDecimal(Self(a).WithSign(false)));
        M(t, "copy_negate", (a, kw) => new PyDecimal(Self(a).WithSign(!Self(a).Negative)));
        M(t, "copy_sign", (a, kw) =>
        {
            var p = ArgParser.Parse("copy_sign", a[1..], kw, new[] { "other", "context" }, 1);
            var o = Convert(p[0]!, Ctx(p[1]));
            return new PyDecimal(Self(a).WithSign(o.Negative));
        });
        M(t, "compare", (a, kw) =>
        {
            var p = ArgParser.Parse("compare", a[1..], kw, new[] { "other", "context" }, 1);
            var ctx = Ctx(p[1]);
            var o = Convert(p[0]!, ctx);
            var x = Self(a);
            var status = DecimalCondition.None;
            if (x.IsNaN || o.IsNaN)
            {
                if (x.IsSNaN || o.IsSNaN) status |= DecimalCondition.InvalidOperation;
                var nan = x.IsSNaN ? x : o.IsSNaN ? o : x.IsNaN ? x : o;
                return Finish(ctx, status, new DecimalNumber(nan.Negative, nan.Coefficient, 0, DecimalNumber.NumberKind.NaN));
            }
            return new PyDecimal(DecimalNumber.FromInteger(DecimalNumber.CompareTotal(x, o)));
        });
        Predicate(t, "is_nan", v => v.IsNaN);
        Predicate(t, "is_snan", v => v.IsSNaN);
        Predicate(t, "is_qnan", v => v.Kind == DecimalNumber.NumberKind.NaN);
        Predicate(t, "is_infinite", v => v.IsInfinity);
        Predicate(t, "is_finite", v => !v.IsSpecial);
        Predicate(t, "is_zero", v => v.IsZero);
        Predicate(t, "is_signed", v => v.Negative);
        Predicate(t, "is_canonical", v => true);
        M(t, "is_normal", (a, kw) =>
        {
            var p = ArgParser.Parse("is_normal", a[1..], kw, new[] { "context" }, 0);
            var v = Self(a);
            return PyBool.From(!v.IsSpecial && !v.IsZero && v.Adjusted >= Ctx(p[0]).Emin);
        });
        M(t, "is_subnormal", (a, kw) =>
        {
            var p = ArgParser.Parse("is_subnormal", a[1..], kw, new[] { "context" }, 0);
            var v = Self(a);
            return PyBool.From(!v.IsSpecial && !v.IsZero && v.Adjusted < Ctx(p[0]).Emin);
        });
        t.Members["from_float"] = new PyBuiltinFunction("from_float", (a, kw) =>
        {
            ArgParser.Count("from_float", a[1..], kw, 1, 1);
            return a[1] switch
            {
                PyFloat f => new PyDecimal(DecimalNumber.FromDouble(f.Value)),
                PyInt i => new PyDecimal(DecimalNumber.FromInteger(i.Big)),
                _ => throw Err.TypeError("argument must be int or float"),
            };
        }, t) { IsClassMethod = true };
        t.Members["real"] = Getter("real", a => a);
        t.Members["imag"] = Getter("imag", a => new PyDecimal(DecimalNumber.FromInteger(0)));
        M(t, "conjugate", (a, kw) => a[0]);
    }

    // ------------------------------------------------------------------ helpers

    private static void M(PyType t, string name, BuiltinFn fn) => t.Members[name] = new PyBuiltinFunction(name, fn, t);

    private static PyProperty Getter(string name, Func<PyObject, PyObject> get)
        => new(new PyBuiltinFunction(name, (a, kw) => get(a[0])), null, null, null) { Name = name };

    private static void Predicate(PyType t, string name, Func<DecimalNumber, bool> test)
        => M(t, name, (a, kw) => { ArgParser.Count(name, a[1..], kw, 0, 0); return PyBool.From(test(Self(a))); });

    private static DecimalNumber Self(ReadOnlySpan<PyObject> a)
        => a.Length > 0 && a[0] is PyDecimal d ? d.Value : throw Err.TypeError("descriptor requires a 'decimal.Decimal' object");

    /// <summary>The context argument, or the current context when it is absent or None.</summary>
    public static DecimalContext Ctx(PyObject? arg) => arg switch
    {
        null or PyNone => DecimalState.Current.Context,
        PyDecimalContext c => c.Context,
        _ => throw Err.TypeError("optional argument must be a context"),
    };

    /// <summary>An operand of an arithmetic operator: Decimal or int, else null (NotImplemented).</summary>
    private static DecimalNumber? Operand(PyObject o) => o switch
    {
        PyDecimal d => d.Value,
        PyInt i => DecimalNumber.FromInteger(i.Big),
        _ => null,
    };

    /// <summary>An argument that must convert exactly (Decimal or int), as CPython's methods require.</summary>
    public static DecimalNumber Convert(PyObject o, DecimalContext ctx)
        => Operand(o) ?? throw Err.TypeError($"conversion from {Ops.TypeName(o)} to Decimal is not supported");

    /// <summary>Merges <paramref name="status"/> into the flags and raises the trapped conditions.</summary>
    public static void Signal(DecimalContext ctx, DecimalCondition status)
    {
        if (status == DecimalCondition.None) return;
        ctx.Flags |= status;
        var trapped = status & ctx.Traps;
        if (trapped == DecimalCondition.None) return;
        PyType? raised = null;
        foreach (var s in DecimalTypes.Signals)
            if ((trapped & s.Bits) != 0) { raised = s.Type; break; }
        var list = new List<PyObject>();
        foreach (var c in DecimalTypes.Conditions)
            if ((trapped & c.Bit) != 0) list.Add(c.Type);
        for (int i = 1; i < DecimalTypes.Signals.Length; i++)
            if ((trapped & DecimalTypes.Signals[i].Bits) != 0) list.Add(DecimalTypes.Signals[i].Type);
        throw Err.NewArgs(raised!, new PyList(list));
    }

    private static PyObject Finish(DecimalContext ctx, DecimalCondition status, DecimalNumber result)
    {
        Signal(ctx, status);
        return new PyDecimal(result);
    }

    private delegate DecimalNumber UnaryOp(in DecimalNumber x, DecimalContext ctx, ref DecimalCondition status);

    private static PyObject Unary(ReadOnlySpan<PyObject> a, UnaryOp op)
    {
        var ctx = DecimalState.Current.Context;
        var status = DecimalCondition.None;
        var r = op(Self(a), ctx, ref status);
        return Finish(ctx, status, r);
    }

    private static PyObject UnaryCtx(ReadOnlySpan<PyObject> a, string[]? kw, string name, UnaryOp op)
    {
        var p = ArgParser.Parse(name, a[1..], kw, new[] { "context" }, 0);
        var ctx = Ctx(p[0]);
        var status = DecimalCondition.None;
        var r = op(Self(a), ctx, ref status);
        return Finish(ctx, status, r);
    }

    private static void Binary(PyType t, string name, BinOp op)
    {
        M(t, $"__{name}__", (a, kw) => BinaryCall(a[0], a[1], op));
        M(t, $"__r{name}__", (a, kw) => BinaryCall(a[1], a[0], op));
    }

    private static PyObject BinaryCall(PyObject x, PyObject y, BinOp op)
    {
        if (Operand(x) is not { } a || Operand(y) is not { } b) return PyNotImplemented.Instance;
        var ctx = DecimalState.Current.Context;
        var status = DecimalCondition.None;
        var r = op(a, b, ctx, ref status);
        return Finish(ctx, status, r);
    }

    private static PyObject DivMod(PyObject x, PyObject y)
    {
        if (Operand(x) is not { } a || Operand(y) is not { } b) return PyNotImplemented.Instance;
        var ctx = DecimalState.Current.Context;
        var status = DecimalCondition.None;
        var (q, r) = DecimalNumber.DivMod(a, b, ctx, ref status);
        Signal(ctx, status);
        return new PyTuple(new PyObject[] { new PyDecimal(q), new PyDecimal(r) });
    }

    private static void Compare(PyType t, string name, Func<int, bool> test, bool equality)
    {
        M(t, name, (a, kw) =>
        {
            var x = ((PyDecimal)a[0]).Value;
            var ctx = DecimalState.Current.Context;
            DecimalNumber y;
            var status = DecimalCondition.None;
            switch (a[1])
            {
                case PyDecimal d: y = d.Value; break;
                case PyInt i: y = DecimalNumber.FromInteger(i.Big); break;
                case PyFloat f:
                    y = DecimalNumber.FromDouble(f.Value);
                    status |= DecimalCondition.FloatOperation;
                    if (equality)
                    {
                        // Equality with a float only records the flag; ordering may also trap.
                        ctx.Flags |= DecimalCondition.FloatOperation;
                        status = DecimalCondition.None;
                    }
                    break;
                default:
                    return PyNotImplemented.Instance;
            }
            if (x.IsNaN || y.IsNaN)
            {
                if (x.IsSNaN || y.IsSNaN || !equality) status |= DecimalCondition.InvalidOperation;
                Signal(ctx, status);
                return PyBool.From(name == "__ne__");
            }
            Signal(ctx, status);
            return PyBool.From(test(DecimalNumber.CompareTotal(x, y)));
        });
    }

    private static string Str(DecimalNumber v) => v.ToSciString(false, DecimalState.Current.Context.Capitals == 1);

    private static BigInteger ToInt(DecimalNumber v, DecimalRounding mode)
    {
        if (v.IsNaN) throw Err.ValueError("cannot convert NaN to integer");
        if (v.IsInfinity) throw Err.OverflowError("cannot convert Infinity to integer");
        return v.Exponent >= 0 ? v.ToBigInteger() : v.Rescale(0, mode).ToBigInteger();
    }

    private static PyObject Round(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        var p = ArgParser.Parse("__round__", a[1..], kw, new[] { "ndigits" }, 0);
        var v = Self(a);
        if (p[0] is null or PyNone)
        {
            if (v.IsNaN) throw Err.ValueError("cannot convert NaN to integer");
            if (v.IsInfinity) throw Err.OverflowError("cannot convert Infinity to integer");
            return PyInt.From(ToInt(v, DecimalRounding.HalfEven));
        }
        if (p[0] is not PyInt n) throw Err.TypeError("optional arg must be an integer");
        if (n.IsBig) throw Err.OverflowError("Python int too large to convert to C ssize_t");
        var ctx = DecimalState.Current.Context;
        var status = DecimalCondition.None;
        var r = v.Quantize(new DecimalNumber(false, BigInteger.One, -n.Small), ctx.Rounding, ctx, ref status);
        return Finish(ctx, status, r);
    }

    private static long Hash(DecimalNumber v, PyObject self)
    {
        if (v.IsSNaN) throw Err.TypeError("Cannot hash a signaling NaN value");
        if (v.IsNaN) return System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(self);
        if (v.IsInfinity) return v.Negative ? -314159 : 314159;
        var expHash = v.Exponent >= 0 ? BigInteger.ModPow(10, v.Exponent, s_hashModulus) : BigInteger.ModPow(s_hash10Inv, -v.Exponent, s_hashModulus);
        var h = v.Coefficient * expHash % s_hashModulus;
        long ans = (long)h;
        if (v.Negative) ans = -ans;
        return ans == -1 ? -2 : ans;
    }

    private static PyObject AsTuple(DecimalNumber v)
    {
        PyObject exp = v.Kind switch
        {
            DecimalNumber.NumberKind.Infinity => PyStr.From("F"),
            DecimalNumber.NumberKind.NaN => PyStr.From("n"),
            DecimalNumber.NumberKind.SNaN => PyStr.From("N"),
            _ => PyInt.From(v.Exponent),
        };
        PyObject[] digits;
        if (v.IsInfinity || (v.IsNaN && v.Coefficient.IsZero)) digits = v.IsInfinity ? new PyObject[] { PyInt.From(0) } : Array.Empty<PyObject>();
        else digits = v.CoefficientDigits.Select(c => (PyObject)PyInt.From(c - '0')).ToArray();
        return new PyDecimalTuple(PyInt.From(v.Negative ? 1 : 0), PyTuple.From(digits), exp);
    }

    private static PyObject AsIntegerRatio(DecimalNumber v)
    {
        if (v.IsNaN) throw Err.ValueError("cannot convert NaN to integer ratio");
        if (v.IsInfinity) throw Err.OverflowError("cannot convert Infinity to integer ratio");
        BigInteger n = v.Coefficient, d = BigInteger.One;
        if (v.Exponent >= 0) n *= DecimalNumber.Pow10(v.Exponent);
        else d = DecimalNumber.Pow10(-v.Exponent);
        var g = BigInteger.GreatestCommonDivisor(n, d);
        if (!g.IsZero) { n /= g; d /= g; }
        if (n.IsZero) d = BigInteger.One;
        return new PyTuple(new PyObject[] { PyInt.From(v.Negative ? -n : n), PyInt.From(d) });
    }

    /// <summary>A rounding argument: one of the ROUND_* strings.</summary>
    public static DecimalRounding ParseRounding(PyObject o)
    {
        if (o is PyStr s)
        {
            switch (s.Value)
            {
                case "ROUND_HALF_EVEN": return DecimalRounding.HalfEven;
                case "ROUND_HALF_UP": return DecimalRounding.HalfUp;
                case "ROUND_HALF_DOWN": return DecimalRounding.HalfDown;
                case "ROUND_DOWN": return DecimalRounding.Down;
                case "ROUND_UP": return DecimalRounding.Up;
                case "ROUND_CEILING": return DecimalRounding.Ceiling;
                case "ROUND_FLOOR": return DecimalRounding.Floor;
                case "ROUND_05UP": return DecimalRounding.ZeroFiveUp;
            }
        }
        throw Err.TypeError("valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]");
    }

    /// <summary>The ROUND_* name of a mode.</summary>
    public static string RoundingName(DecimalRounding r) => r switch
    {
        DecimalRounding.HalfEven => "ROUND_HALF_EVEN",
        DecimalRounding.HalfUp => "ROUND_HALF_UP",
        DecimalRounding.HalfDown => "ROUND_HALF_DOWN",
        DecimalRounding.Down => "ROUND_DOWN",
        DecimalRounding.Up => "ROUND_UP",
        DecimalRounding.Ceiling => "ROUND_CEILING",
        DecimalRounding.Floor => "ROUND_FLOOR",
        _ => "ROUND_05UP",
    };

    // ------------------------------------------------------------------ construction

    private static PyObject Construct(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        var p = ArgParser.Parse("Decimal", args, kwnames, new[] { "value", "context" }, 0);
        var ctx = Ctx(p[1]);
        if (p[0] is null) return new PyDecimal(new DecimalNumber(false, BigInteger.Zero, 0));
        return new PyDecimal(FromValue(p[0]!, ctx, exact: true));
    }

    /// <summary>Converts a constructor argument; <paramref name="exact"/> false rounds to the context (<c>create_decimal</c>).</summary>
    public static DecimalNumber FromValue(PyObject value, DecimalContext ctx, bool exact)
    {
        var status = DecimalCondition.None;
        DecimalNumber r;
        switch (value)
        {
            case PyDecimal d: r = d.Value; break;
            case PyInt i: r = DecimalNumber.FromInteger(i.Big); break;
            case PyFloat f:
                status |= DecimalCondition.FloatOperation;
                r = DecimalNumber.FromDouble(f.Value);
                break;
            case PyStr s:
            {
                DecimalState.Current.Context.Meter?.Invoke(s.Value.Length);
                var parsed = DecimalNumber.Parse(s.Value);
                if (parsed is null) { status |= DecimalCondition.ConversionSyntax; r = DecimalNumber.NaN; }
                else r = parsed.Value;
                break;
            }
            case PyTuple or PyList:
                r = FromTuple(Ops.ToList(value));
                break;
            default:
                throw Err.TypeError($"conversion from {Ops.TypeName(value)} to Decimal is not supported");
        }
        if (!exact) r = r.Fix(ctx, ref status);
        Signal(ctx, status);
        return r;
    }

    private static DecimalNumber FromTuple(List<PyObject> items)
    {
        if (items.Count != 3) throw Err.ValueError("argument must be a sequence of length 3");
        if (items[0] is not PyInt sign || sign.IsBig || sign.Small is not (0 or 1) || items[0] is PyBool)
            throw Err.ValueError("sign must be an integer with the value 0 or 1");
        bool neg = sign.Small == 1;
        var kind = DecimalNumber.NumberKind.Finite;
        long exp = 0;
        switch (items[2])
        {
            case PyStr es:
                kind = es.Value switch
                {
                    "F" => DecimalNumber.NumberKind.Infinity,
                    "n" => DecimalNumber.NumberKind.NaN,
                    "N" => DecimalNumber.NumberKind.SNaN,
                    _ => throw Err.ValueError("string argument in the third position must be 'F', 'n' or 'N'"),
                };
                break;
            case PyInt ei when !ei.IsBig:
                exp = ei.Small;
                break;
            default:
                throw Err.ValueError("exponent must be an integer");
        }
        if (items[1] is not (PyTuple or PyList)) throw Err.ValueError("coefficient must be a tuple of digits");
        var sb = new StringBuilder();
        foreach (var d in Ops.ToList(items[1]))
        {
            if (d is not PyInt di || di.IsBig || di.Small is < 0 or > 9) throw Err.ValueError("coefficient must be a tuple of digits");
            sb.Append((char)('0' + di.Small));
        }
        if (kind == DecimalNumber.NumberKind.Infinity) return DecimalNumber.Infinity(neg);
        var coeff = sb.Length == 0 ? BigInteger.Zero : BigInteger.Parse(sb.ToString(), CultureInfo.InvariantCulture);
        return new DecimalNumber(neg, coeff, kind == DecimalNumber.NumberKind.Finite ? exp : 0, kind);
    }
}
