using System.Numerics;
using RuleSandbox.Engine.Compiler;
using RuleSandbox.Engine.Modules.Decimal;
using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Fractions;

using Math = System.Math;

/// <summary>
/// The Python face of <see cref="PyFraction"/>: constructor, operators and methods, with the
/// semantics of CPython 3.12's fractions.py. Mixed arithmetic follows its
/// <c>_operator_fallbacks</c>: int and Fraction operands stay exact, a float operand turns the
/// operation into float arithmetic, a complex one into complex arithmetic, anything else
/// (Decimal included) is NotImplemented.
/// </summary>
internal static class FractionBinding
{
    private delegate PyObject Mono(PyFraction a, PyFraction b);

    public static void Init()
    {
        var t = PyFraction.TypeObject;
        t.Constructor = Construct;
        t.Doc = PyStr.From("This class implements rational numbers.");
        t.Members["__module__"] = PyStr.From("fractions");
        Attr(t, "numerator", f => PyInt.From(f.Numerator));
        Attr(t, "denominator", f => PyInt.From(f.Denominator));
        M(t, "__repr__", (a, kw) => PyStr.From($"Fraction({Digits(Self(a).Numerator)}, {Digits(Self(a).Denominator)})"));
        M(t, "__str__", (a, kw) => PyStr.From(Str(Self(a))));
        M(t, "__format__", (a, kw) =>
        {
            PyFunctionArgs.Bind("Fraction.__format__", a[1..], kw, new[] { "format_spec" }, 1, posOnly: 1, implicitFirst: 1);
            if (a[1] is not PyStr spec) throw Err.TypeError($"__format__() argument must be str, not {Ops.TypeName(a[1])}");
            return PyStr.From(spec.Value.Length == 0 ? Str(Self(a)) : FractionFormat.Format(Self(a), spec.Value));
        });
        M(t, "__hash__", (a, kw) => PyInt.From(FractionMath.Hash(Self(a).Numerator, Self(a).Denominator)));
        M(t, "__bool__", (a, kw) => PyBool.From(!Self(a).Numerator.IsZero));
        M(t, "__float__", (a, kw) => PyFloat.From(ToDouble(Self(a))));
        M(t, "__int__", (a, kw) => PyInt.From(Trunc(Self(a))));
        M(t, "__trunc__", (a, kw) => PyInt.From(Trunc(Self(a))));
        M(t, "__floor__", (a, kw) => PyInt.From(FractionMath.FloorDiv(Self(a).Numerator, Self(a).Denominator)));
        M(t, "__ceil__", (a, kw) => PyInt.From(-FractionMath.FloorDiv(-Self(a).Numerator, Self(a).Denominator)));
        M(t, "__round__", Round);
        M(t, "__pos__", (a, kw) => Self(a));
        M(t, "__neg__", (a, kw) => new PyFraction(-Self(a).Numerator, Self(a).Denominator));
        M(t, "__abs__", (a, kw) => new PyFraction(BigInteger.Abs(Self(a).Numerator), Self(a).Denominator));
        M(t, "__copy__", (a, kw) => Self(a));
        M(t, "__deepcopy__", (a, kw) => Self(a));
        M(t, "__reduce__", (a, kw) => PyTuple.From(new PyObject[] { t, PyTuple.From(new PyObject[] { PyInt.From(Self(a).Numerator), PyInt.From(Self(a).Denominator) }) }));

        Operator(t, "add", BinaryOpKind.Add, (x, y) => FractionMath.Add(x, y));
        Operator(t, "sub", BinaryOpKind.Sub, (x, y) => FractionMath.Sub(x, y));
        Operator(t, "mul", BinaryOpKind.Mul, (x, y) => FractionMath.Mul(x, y));
        Operator(t, "truediv", BinaryOpKind.TrueDiv, (x, y) => FractionMath.Div(x, y));
        Operator(t, "floordiv", BinaryOpKind.FloorDiv, (x, y) => PyInt.From(FloorDiv(x, y)));
        Operator(t, "mod", BinaryOpKind.Mod, Mod);
        Operator(t, "divmod", null, (x, y) => PyTuple.From(new PyObject[] { PyInt.From(FloorDiv(x, y)), Mod(x, y) }));
        M(t, "__pow__", (a, kw) =>
        {
            ArgParser.Count("__pow__", a[1..], kw, 1, 1);
            return Pow(Self(a), a[1]);
        });
        M(t, "__rpow__", (a, kw) =>
        {
            ArgParser.Count("__rpow__", a[1..], kw, 1, 1);
            return RPow(Self(a), a[1]);
        });

        M(t, "__eq__", (a, kw) => Eq(Self(a), a[1]));
        M(t, "__ne__", (a, kw) => Eq(Self(a), a[1]) is PyBool b ? PyBool.From(!b.Value) : PyNotImplemented.Instance);
        Compare(t, "__lt__", c => c < 0, CompareKind.Lt);
        Compare(t, "__le__", c => c <= 0, CompareKind.Le);
        Compare(t, "__gt__", c => c > 0, CompareKind.Gt);
        Compare(t, "__ge__", c => c >= 0, CompareKind.Ge);

        M(t, "is_integer", (a, kw) => { PyFunctionArgs.Bind("Fraction.is_integer", a[1..], kw, Array.Empty<string>(), 0, implicitFirst: 1); return PyBool.From(Self(a).Denominator.IsOne); });
        M(t, "as_integer_ratio", (a, kw) =>
        {
            PyFunctionArgs.Bind("Fraction.as_integer_ratio", a[1..], kw, Array.Empty<string>(), 0, implicitFirst: 1);
            return PyTuple.From(new PyObject[] { PyInt.From(Self(a).Numerator), PyInt.From(Self(a).Denominator) });
        });
        M(t, "limit_denominator", (a, kw) =>
        {
            var p = PyFunctionArgs.Bind("Fraction.limit_denominator", a[1..], kw, new[] { "max_denominator" }, 0, implicitFirst: 1);
            var max = p[0] is null ? new BigInteger(1000000) : Ops.AsIndex(p[0]!).Big;
            return LimitDenominator(Self(a), max);
        });
        ClassM(t, "from_float", (a, kw) =>
        {
            PyFunctionArgs.Bind("Fraction.from_float", a[1..], kw, new[] { "f" }, 1, implicitFirst: 1);
            return a[1] switch
            {
                PyInt i => new PyFraction(i.Big, BigInteger.One),
                PyFloat f => FromRatio(FractionMath.FromDouble(f.Value)),
                _ => throw Err.TypeError($"Fraction.from_float() only takes floats, not {Ops.Repr(a[1])} ({Ops.TypeName(a[1])})"),
            };
        });
        ClassM(t, "from_decimal", (a, kw) =>
        {
            PyFunctionArgs.Bind("Fraction.from_decimal", a[1..], kw, new[] { "dec" }, 1, implicitFirst: 1);
            return a[1] switch
            {
                PyInt i => new PyFraction(i.Big, BigInteger.One),
                PyDecimal d => FromRatio(DecimalRatio(d)),
                _ => throw Err.TypeError($"Fraction.from_decimal() only takes Decimals, not {Ops.Repr(a[1])} ({Ops.TypeName(a[1])})"),
            };
        });
    }

    // ------------------------------------------------------------------ helpers

    private static void M(PyType t, string name, BuiltinFn fn) => t.Members[name] = new PyBuiltinFunction(name, fn, t);

    private static void ClassM(PyType t, string name, BuiltinFn fn) => t.Members[name] = new PyBuiltinFunction(name, fn, t) { IsClassMethod = true };

    private static void Attr(PyType t, string name, Func<PyFraction, PyObject> get)
        => t.Members[name] = new PyProperty(new PyBuiltinFunction(name, (a, kw) => get(Self(a))), null, null, null) { Name = name };

    private static PyFraction Self(ReadOnlySpan<PyObject> a)
        => a.Length > 0 && a[0] is PyFraction f ? f : throw Err.TypeError("descriptor requires a 'Fraction' object");

    /// <summary><c>str(f)</c>: <c>n</c> for integers, <c>n/d</c> otherwise.</summary>
    public static string Str(PyFraction f) => f.Denominator.IsOne ? Digits(f.Numerator) : $"{Digits(f.Numerator)}/{Digits(f.Denominator)}";

    /// <summary>An int as decimal text, with str(int)'s digit limit and cost.</summary>
    public static string Digits(BigInteger v) => IntOps.ToDecimal(PyInt.From(v));

    /// <summary><c>float(f)</c>, correctly rounded (OverflowError when too large, as int / int).</summary>
    public static double ToDouble(PyFraction f) => FractionMath.ToDouble(f.Numerator, f.Denominator);

    private static BigInteger Trunc(PyFraction f)
        => f.Numerator.Sign < 0 ? -FractionMath.FloorDiv(-f.Numerator, f.Denominator) : FractionMath.FloorDiv(f.Numerator, f.Denominator);

    private static PyFraction FromRatio((BigInteger Num, BigInteger Den) r) => new(r.Num, r.Den);

    /// <summary>The exact ratio of a Decimal (its own <c>as_integer_ratio</c>, with its errors for NaN and infinity).</summary>
    public static (BigInteger Num, BigInteger Den) DecimalRatio(PyObject d)
    {
        var r = Vm.Current!.Call(Ops.GetAttr(d, "as_integer_ratio"));
        var items = Ops.ToArray(r);
        return (((PyInt)items[0]).Big, ((PyInt)items[1]).Big);
    }

    /// <summary>An exact operand (int, bool or Fraction) as a Fraction, else null.</summary>
    public static PyFraction? AsRational(PyObject o) => o switch
    {
        PyFraction f => f,
        PyInt i => new PyFraction(i.Big, BigInteger.One),
        _ => null,
    };

    private static PyComplex ToComplex(PyFraction f) => new(ToDouble(f), 0.0);

    /// <summary>
    /// Defines <c>__op__</c> and <c>__rop__</c> as fractions.py's <c>_operator_fallbacks</c> does
    /// (a null <paramref name="kind"/> means divmod, which has no operator).
    /// </summary>
    private static void Operator(PyType t, string name, BinaryOpKind? kind, Mono mono)
    {
        PyObject Fallback(PyObject x, PyObject y)
        {
            if (kind is { } k) return Ops.Binary(k, x, y);
            if (x is PyComplex || y is PyComplex)
                throw Err.TypeError($"unsupported operand type(s) for divmod(): '{Ops.TypeName(x)}' and '{Ops.TypeName(y)}'");
            if (y is PyFloat { Value: 0.0 }) throw Err.ZeroDivisionError("float divmod()");
            return PyTuple.From(new PyObject[] { Ops.Binary(BinaryOpKind.FloorDiv, x, y), Ops.Binary(BinaryOpKind.Mod, x, y) });
        }
        M(t, $"__{name}__", (a, kw) =>
        {
            ArgParser.Count($"__{name}__", a[1..], kw, 1, 1);
            var x = Self(a);
            var y = a[1];
            if (AsRational(y) is { } fy) return mono(x, fy);
            return y switch
            {
                PyFloat => Fallback(PyFloat.From(ToDouble(x)), y),
                PyComplex => Fallback(ToComplex(x), y),
                _ => PyNotImplemented.Instance,
            };
        });
        M(t, $"__r{name}__", (a, kw) =>
        {
            ArgParser.Count($"__r{name}__", a[1..], kw, 1, 1);
            var y = Self(a);
            var x = a[1];
            if (AsRational(x) is { } fx) return mono(fx, y);
            return x switch
            {
                PyFloat => Fallback(x, PyFloat.From(ToDouble(y))),
                PyComplex => Fallback(x, ToComplex(y)),
                _ => PyNotImplemented.Instance,
            };
        });
    }

    private static BigInteger FloorDiv(PyFraction a, PyFraction b)
    {
        FractionMath.Charge(a.Numerator, b.Denominator);
        FractionMath.Charge(a.Denominator, b.Numerator);
        return FractionMath.FloorDiv(a.Numerator * b.Denominator, a.Denominator * b.Numerator);
    }

    private static PyObject Mod(PyFraction a, PyFraction b)
    {
        FractionMath.Charge(a.Numerator, b.Denominator);
        FractionMath.Charge(b.Numerator, a.Denominator);
        BigInteger da = a.Denominator, db = b.Denominator;
        return FractionMath.Make(FractionMath.Mod(a.Numerator * db, b.Numerator * da), da * db);
    }

    private static PyObject Pow(PyFraction a, PyObject b)
    {
        if (AsRational(b) is { } fb)
        {
            if (!fb.Denominator.IsOne) return Ops.Binary(BinaryOpKind.Pow, PyFloat.From(ToDouble(a)), PyFloat.From(ToDouble(fb)));
            var power = fb.Numerator;
            if (power.Sign >= 0) return new PyFraction(FractionMath.Pow(a.Numerator, power), FractionMath.Pow(a.Denominator, power));
            if (a.Numerator.Sign > 0) return new PyFraction(FractionMath.Pow(a.Denominator, -power), FractionMath.Pow(a.Numerator, -power));
            if (a.Numerator.IsZero) throw Err.ZeroDivisionError($"Fraction({Digits(FractionMath.Pow(a.Denominator, -power))}, 0)");
            return new PyFraction(FractionMath.Pow(-a.Denominator, -power), FractionMath.Pow(-a.Numerator, -power));
        }
        return Ops.Binary(BinaryOpKind.Pow, PyFloat.From(ToDouble(a)), b);
    }

    private static PyObject RPow(PyFraction b, PyObject a)
    {
        if (b.Denominator.IsOne && b.Numerator.Sign >= 0) return Ops.Binary(BinaryOpKind.Pow, a, PyInt.From(b.Numerator));
        if (AsRational(a) is { } fa) return Pow(fa, b);
        if (b.Denominator.IsOne) return Ops.Binary(BinaryOpKind.Pow, a, PyInt.From(b.Numerator));
        return Ops.Binary(BinaryOpKind.Pow, a, PyFloat.From(ToDouble(b)));
    }

    private static PyObject Round(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        var p = PyFunctionArgs.Bind("Fraction.__round__", a[1..], kw, new[] { "ndigits" }, 0, implicitFirst: 1);
        var f = Self(a);
        if (p[0] is null or PyNone) return PyInt.From(RoundHalfEven(f.Numerator, f.Denominator));
        if (p[0] is PyFloat fnd)
        {
            // fractions.py computes 10**abs(ndigits) as a float here and then builds a Fraction from it.
            var fshift = PyFloat.From(Math.Pow(10, Math.Abs(fnd.Value)));
            if (fnd.Value > 0) throw Err.TypeError("both arguments should be Rational instances");
            var q = Ops.Binary(BinaryOpKind.TrueDiv, PyFloat.From(ToDouble(f)), fshift);
            var r = PyFloat.From(((PyFloat)Ops.Binary(BinaryOpKind.Mul, PyFloat.From(Math.Round(((PyFloat)q).Value, MidpointRounding.ToEven)), fshift)).Value);
            return FromRatio(FractionMath.FromDouble(r.Value));
        }
        if (p[0] is not PyInt) throw Err.TypeError($"bad operand type for abs(): '{Ops.TypeName(p[0]!)}'");
        long nd = ArgParser.Int(p[0]!, "__round__");
        var shift = FractionMath.Pow10(Math.Abs(nd));
        if (nd > 0)
        {
            var scaled = FractionMath.Mul(f, new PyFraction(shift, BigInteger.One));
            return FractionMath.Make(RoundHalfEven(scaled.Numerator, scaled.Denominator), shift);
        }
        var down = FractionMath.Div(f, new PyFraction(shift, BigInteger.One));
        return new PyFraction(RoundHalfEven(down.Numerator, down.Denominator) * shift, BigInteger.One);
    }

    /// <summary>n/d rounded to the nearest integer, ties to even (d positive).</summary>
    public static BigInteger RoundHalfEven(BigInteger n, BigInteger d)
    {
        var floor = FractionMath.FloorDiv(n, d);
        var rem2 = (n - floor * d) * 2;
        if (rem2 < d) return floor;
        if (rem2 > d) return floor + 1;
        return floor.IsEven ? floor : floor + 1;
    }

    private static PyObject LimitDenominator(PyFraction self, BigInteger max)
    {
        if (max < 1) throw Err.ValueError("max_denominator should be at least 1");
        if (self.Denominator <= max) return self;
        BigInteger p0 = 0, q0 = 1, p1 = 1, q1 = 0;
        BigInteger n = self.Numerator, d = self.Denominator;
        while (true)
        {
            Vm.Current?.Charge(1);
            var a = FractionMath.FloorDiv(n, d);
            var q2 = q0 + a * q1;
            if (q2 > max) break;
            (p0, q0, p1, q1) = (p1, q1, p0 + a * p1, q2);
            (n, d) = (d, n - a * d);
        }
        var k = FractionMath.FloorDiv(max - q0, q1);
        if (2 * d * (q0 + k * q1) <= self.Denominator) return new PyFraction(p1, q1);
        return new PyFraction(p0 + k * p1, q0 + k * q1);
    }

    // ------------------------------------------------------------------ comparisons

    private static PyObject Eq(PyFraction a, PyObject b)
    {
        if (AsRational(b) is { } fb) return PyBool.From(a.Numerator == fb.Numerator && a.Denominator == fb.Denominator);
        if (b is PyDecimal dec)
        {
            // Decimal compares exactly with rationals (CPython's Decimal does it on its side).
            if (dec.Value.IsSpecial) return PyBool.False;
            var (dn, dd) = DecimalRatio(dec);
            return PyBool.From(a.Numerator == dn && a.Denominator == dd);
        }
        if (b is PyComplex c)
        {
            if (c.Imag != 0) return PyNotImplemented.Instance;
            b = PyFloat.From(c.Real);
        }
        if (b is PyFloat f)
        {
            if (!double.IsFinite(f.Value)) return PyBool.False;
            var (n, d) = FractionMath.FromDouble(f.Value);
            return PyBool.From(a.Numerator == n && a.Denominator == d);
        }
        return PyNotImplemented.Instance;
    }

    private static void Compare(PyType t, string name, Func<int, bool> test, CompareKind kind)
        => M(t, name, (a, kw) =>
        {
            ArgParser.Count(name, a[1..], kw, 1, 1);
            var x = Self(a);
            var other = a[1];
            if (AsRational(other) is { } r) return PyBool.From(test(CompareTo(x, r.Numerator, r.Denominator)));
            if (other is PyDecimal dec && !dec.Value.IsNaN)
            {
                if (dec.Value.IsInfinity) return PyBool.From(test(dec.Value.Negative ? 1 : -1));
                var (dn, dd) = DecimalRatio(dec);
                return PyBool.From(test(CompareTo(x, dn, dd)));
            }
            if (other is PyFloat f)
            {
                if (!double.IsFinite(f.Value)) return Ops.RichCompare(PyFloat.From(0.0), f, kind);
                var (n, d) = FractionMath.FromDouble(f.Value);
                return PyBool.From(test(CompareTo(x, n, d)));
            }
            return PyNotImplemented.Instance;
        });

    /// <summary>Compares a with n/d (d positive).</summary>
    public static int CompareTo(PyFraction a, BigInteger n, BigInteger d)
    {
        FractionMath.Charge(a.Numerator, d);
        FractionMath.Charge(a.Denominator, n);
        return (a.Numerator * d).CompareTo(a.Denominator * n);
    }

    // ------------------------------------------------------------------ construction

    private static PyObject Construct(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        var p = PyFunctionArgs.Bind("Fraction.__new__", args, kwnames, new[] { "numerator", "denominator" }, 0, implicitFirst: 1);
        var num = p[0] ?? PyInt.From(0);
        var den = p[1];
        if (den is null or PyNone)
        {
            switch (num)
            {
                case PyFraction f: return f;
                case PyInt i: return new PyFraction(i.Big, BigInteger.One);
                case PyFloat fl: return FromRatio(FractionMath.FromDouble(fl.Value));
                case PyDecimal d: return FromRatio(DecimalRatio(d));
                case PyStr s: return FractionParse.Parse(s);
                default: throw Err.TypeError("argument should be a string or a Rational instance");
            }
        }
        var fn = AsRational(num);
        var fd = AsRational(den!);
        if (fn is null || fd is null) throw Err.TypeError("both arguments should be Rational instances");
        FractionMath.Charge(fn.Numerator, fd.Denominator);
        FractionMath.Charge(fd.Numerator, fn.Denominator);
        return FractionMath.Make(fn.Numerator * fd.Denominator, fd.Numerator * fn.Denominator);
    }
}
