using System.Numerics;
using RuleSandbox.Engine.Compiler;
using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Math;

/// <summary>
/// The <c>math</c> module with CPython 3.12's functions, special values and error messages
/// ("math domain error" for results outside the function's domain, "math range error" for
/// overflow). Functions are built once per process; each execution gets its own namespace.
/// </summary>
public static class MathModule
{
    private static readonly List<KeyValuePair<string, PyObject>> s_entries = Build();

    /// <summary>A fresh <c>math</c> module for one execution.</summary>
    public static PyModule Create()
    {
        var d = new PyDict(s_entries.Count + 4);
        foreach (var kv in s_entries) d.Set(kv.Key, kv.Value);
        return new PyModule("math", d);
    }

    private static Vm Vm => Vm.Current!;

    private static PythonException Domain() => Err.ValueError("math domain error");

    private static PythonException Range() => Err.OverflowError("math range error");

    /// <summary>A real-number argument as a double (float, int, <c>__float__</c>, <c>__index__</c>).</summary>
    internal static double ToDouble(PyObject o)
    {
        switch (o)
        {
            case PyFloat f: return f.Value;
            case PyInt i: return IntOps.ToDouble(i);
        }
        var m = Ops.UserDunder(o, "__float__");
        if (m is not null)
        {
            var r = Ops.CallMethod(o, m);
            if (r is PyFloat rf) return rf.Value;
            throw Err.TypeError($"{Ops.TypeName(o)}.__float__ returned non-float (type {Ops.TypeName(r)})");
        }
        if (Ops.UserDunder(o, "__index__") is not null) return IntOps.ToDouble(Ops.AsIndex(o));
        throw Err.TypeError($"must be real number, not {Ops.TypeName(o)}");
    }

    private static List<KeyValuePair<string, PyObject>> Build()
    {
        var e = new List<KeyValuePair<string, PyObject>>();
        void Def(string name, BuiltinFn fn) => e.Add(new(name, new PyBuiltinFunction(name, fn)));

        // One-argument libm functions: a NaN from a non-NaN argument is a domain error; an
        // infinity from a finite argument is a range error when the function can overflow.
        void Unary(string name, Func<double, double> f, bool canOverflow)
        {
            string qual = "math." + name;
            Def(name, (a, kw) =>
            {
                ArgParser.Count(qual, a, kw, 1, 1);
                double x = ToDouble(a[0]);
                double r = f(x);
                if (double.IsNaN(r) && !double.IsNaN(x)) throw Domain();
                if (double.IsInfinity(r) && double.IsFinite(x)) throw canOverflow ? Range() : Domain();
                return PyFloat.From(r);
            });
        }

        Unary("acos", System.Math.Acos, false);
        Unary("acosh", System.Math.Acosh, false);
        Unary("asin", System.Math.Asin, false);
        Unary("asinh", System.Math.Asinh, false);
        Unary("atan", System.Math.Atan, false);
        Unary("atanh", System.Math.Atanh, false);
        Unary("cbrt", System.Math.Cbrt, false);
        Unary("cos", System.Math.Cos, false);
        Unary("cosh", System.Math.Cosh, true);
        Unary("erf", MathSpecial.Erf, false);
        Unary("erfc", MathSpecial.Erfc, false);
        Unary("exp", System.Math.Exp, true);
        Unary("exp2", x => System.Math.Pow(2.0, x), true);
        Unary("expm1", MathSpecial.Expm1, true);
        Unary("fabs", System.Math.Abs, false);
        Unary("sin", System.Math.Sin, false);
        Unary("sinh", System.Math.Sinh, true);
        Unary("sqrt", System.Math.Sqrt, false);
        Unary("tan", System.Math.Tan, false);
        Unary("tanh", System.Math.Tanh, false);
        Unary("log1p", x => x == 0 ? x : MathSpecial.Log1p(x), false);

        Def("gamma", (a, kw) =>
        {
            ArgParser.Count("math.gamma", a, kw, 1, 1);
            double r = MathSpecial.Gamma(ToDouble(a[0]), out var st);
            return st switch { MathSpecial.Status.Domain => throw Domain(), MathSpecial.Status.Range => throw Range(), _ => PyFloat.From(r) };
        });
        Def("lgamma", (a, kw) =>
        {
            ArgParser.Count("math.lgamma", a, kw, 1, 1);
            double r = MathSpecial.LGamma(ToDouble(a[0]), out var st);
            return st switch { MathSpecial.Status.Domain => throw Domain(), MathSpecial.Status.Range => throw Range(), _ => PyFloat.From(r) };
        });

        Def("degrees", (a, kw) => { ArgParser.Count("math.degrees", a, kw, 1, 1); return PyFloat.From(ToDouble(a[0]) * (180.0 / System.Math.PI)); });
        Def("radians", (a, kw) => { ArgParser.Count("math.radians", a, kw, 1, 1); return PyFloat.From(ToDouble(a[0]) * (System.Math.PI / 180.0)); });
        Def("isfinite", (a, kw) => { ArgParser.Count("math.isfinite", a, kw, 1, 1); return PyBool.From(double.IsFinite(ToDouble(a[0]))); });
        Def("isinf", (a, kw) => { ArgParser.Count("math.isinf", a, kw, 1, 1); return PyBool.From(double.IsInfinity(ToDouble(a[0]))); });
        Def("isnan", (a, kw) => { ArgParser.Count("math.isnan", a, kw, 1, 1); return PyBool.From(double.IsNaN(ToDouble(a[0]))); });

        Def("log", Log);
        Def("log2", (a, kw) => { ArgParser.Count("math.log2", a, kw, 1, 1); return PyFloat.From(LogHelper(a[0], System.Math.Log2)); });
        Def("log10", (a, kw) => { ArgParser.Count("math.log10", a, kw, 1, 1); return PyFloat.From(LogHelper(a[0], System.Math.Log10)); });

        Def("floor", (a, kw) => { ArgParser.Count("math.floor", a, kw, 1, 1); return Rounding(a[0], "__floor__", System.Math.Floor); });
        Def("ceil", (a, kw) => { ArgParser.Count("math.ceil", a, kw, 1, 1); return Rounding(a[0], "__ceil__", System.Math.Ceiling); });
        Def("trunc", (a, kw) =>
        {
            ArgParser.Count("math.trunc", a, kw, 1, 1);
            var x = a[0];
            if (x is PyFloat f) return FloatToInt(System.Math.Truncate(f.Value));
            if (x is PyInt i) return PyInt.From(i.Big);
            var m = Ops.UserDunder(x, "__trunc__") ?? throw Err.TypeError($"type {Ops.TypeName(x)} doesn't define __trunc__ method");
            return Ops.CallMethod(x, m);
        });

        Def("atan2", (a, kw) =>
        {
            ArgParser.Count("atan2", a, kw, 2, 2);
            return PyFloat.From(Atan2(ToDouble(a[0]), ToDouble(a[1])));
        });
        Def("copysign", (a, kw) =>
        {
            ArgParser.Count("copysign", a, kw, 2, 2);
            return PyFloat.From(System.Math.CopySign(ToDouble(a[0]), ToDouble(a[1])));
        });
        Def("fmod", (a, kw) =>
        {
            ArgParser.Count("fmod", a, kw, 2, 2);
            double x = ToDouble(a[0]), y = ToDouble(a[1]);
            if (double.IsInfinity(y) && double.IsFinite(x)) return PyFloat.From(x);
            double r = CFmod(x, y);
            if (double.IsNaN(r) && !double.IsNaN(x) && !double.IsNaN(y)) throw Domain();
            return PyFloat.From(r);
        });
        Def("remainder", (a, kw) =>
        {
            ArgParser.Count("remainder", a, kw, 2, 2);
            double x = ToDouble(a[0]), y = ToDouble(a[1]);
            double r = Remainder(x, y);
            if (double.IsNaN(r) && !double.IsNaN(x) && !double.IsNaN(y)) throw Domain();
            return PyFloat.From(r);
        });
        Def("pow", (a, kw) =>
        {
            ArgParser.Count("pow", a, kw, 2, 2);
            return PyFloat.From(Pow(ToDouble(a[0]), ToDouble(a[1])));
        });
        Def("ldexp", (a, kw) =>
        {
            ArgParser.Count("ldexp", a, kw, 2, 2);
            double x = ToDouble(a[0]);
            if (a[1] is not PyInt n) throw Err.TypeError("Expected an int as second argument to ldexp.");
            if (x == 0 || !double.IsFinite(x)) return PyFloat.From(x);
            long exp = n.IsBig ? (n.Big.Sign > 0 ? long.MaxValue : long.MinValue) : n.Small;
            int e = (int)System.Math.Clamp(exp, -10000, 10000);
            double r = System.Math.ScaleB(x, e);
            if (double.IsInfinity(r)) throw Range();
            return PyFloat.From(r);
        });
        Def("frexp", (a, kw) =>
        {
            ArgParser.Count("math.frexp", a, kw, 1, 1);
            double m = Ops.Frexp(ToDouble(a[0]), out int e);
            return PyTuple.From(new PyObject[] { PyFloat.From(m), PyInt.From(e) });
        });
        Def("modf", (a, kw) =>
        {
            ArgParser.Count("math.modf", a, kw, 1, 1);
            double x = ToDouble(a[0]);
            if (double.IsInfinity(x)) return PyTuple.From(new PyObject[] { PyFloat.From(System.Math.CopySign(0.0, x)), PyFloat.From(x) });
            double ip = System.Math.Truncate(x);
            double fp = double.IsNaN(x) ? x : System.Math.CopySign(x - ip, x);
            return PyTuple.From(new PyObject[] { PyFloat.From(fp), PyFloat.From(ip) });
        });

        Def("fsum", (a, kw) => { ArgParser.Count("math.fsum", a, kw, 1, 1); return PyFloat.From(FSum(a[0])); });
        Def("hypot", (a, kw) =>
        {
            ArgParser.NoKw("hypot", kw);
            var v = new double[a.Length];
            for (int i = 0; i < a.Length; i++) v[i] = ToDouble(a[i]);
            return PyFloat.From(VectorNorm(v));
        });
        Def("dist", (a, kw) =>
        {
            ArgParser.Count("dist", a, kw, 2, 2);
            var p = Coordinates(a[0], "first");
            var q = Coordinates(a[1], "second");
            if (p.Count != q.Count) throw Err.ValueError("both points must have the same number of dimensions");
            var v = new double[p.Count];
            for (int i = 0; i < v.Length; i++) v[i] = System.Math.Abs(ToDouble(p[i]) - ToDouble(q[i]));
            return PyFloat.From(VectorNorm(v));
        });
        Def("isclose", IsClose);
        Def("nextafter", NextAfter);
        Def("ulp", (a, kw) =>
        {
            ArgParser.Count("math.ulp", a, kw, 1, 1);
            double x = ToDouble(a[0]);
            if (double.IsNaN(x)) return PyFloat.From(x);
            x = System.Math.Abs(x);
            if (double.IsInfinity(x)) return PyFloat.From(x);
            double up = System.Math.BitIncrement(x);
            if (double.IsInfinity(up)) return PyFloat.From(x - System.Math.BitDecrement(x));
            return PyFloat.From(up - x);
        });

        Def("factorial", (a, kw) =>
        {
            ArgParser.Count("math.factorial", a, kw, 1, 1);
            var n = Ops.AsIndex(a[0]);
            if (n.Big.Sign < 0) throw Err.ValueError("factorial() not defined for negative values");
            if (n.IsBig) throw Err.OverflowError("factorial() argument should not exceed 9223372036854775807");
            // The result has about n*log2(n) bits: refuse it before computing when it cannot fit.
            long bits = (long)(n.Small * System.Math.Max(1.0, System.Math.Log2(n.Small + 1.0)));
            Vm.ChargeAllocation(bits / 8);
            Vm.Charge(n.Small);
            return PyInt.From(RangeProduct(1, n.Small));
        });
        Def("comb", (a, kw) =>
        {
            ArgParser.Count("comb", a, kw, 2, 2);
            var (n, k) = NonNegativePair(a[0], a[1]);
            if (k > n) return PyInt.From(0);
            if (k > n - k) k = n - k;
            return PyInt.From(CombPerm(n, k, comb: true));
        });
        Def("perm", (a, kw) =>
        {
            ArgParser.Count("perm", a, kw, 1, 2);
            if (a.Length == 1)
            {
                var n1 = Ops.AsIndex(a[0]);
                if (n1.Big.Sign < 0) throw Err.ValueError("n must be a non-negative integer");
                if (n1.IsBig) throw Err.OverflowError("n must not exceed 9223372036854775807");
                Vm.Charge(n1.Small);
                return PyInt.From(RangeProduct(1, n1.Small));
            }
            if (a[1] is PyNone)
            {
                var n1 = Ops.AsIndex(a[0]);
                if (n1.Big.Sign < 0) throw Err.ValueError("n must be a non-negative integer");
                if (n1.IsBig) throw Err.OverflowError("n must not exceed 9223372036854775807");
                Vm.Charge(n1.Small);
                return PyInt.From(RangeProduct(1, n1.Small));
            }
            var (n, k) = NonNegativePair(a[0], a[1]);
            if (k > n) return PyInt.From(0);
            return PyInt.From(CombPerm(n, k, comb: false));
        });
        Def("gcd", (a, kw) =>
        {
            ArgParser.NoKw("gcd", kw);
            BigInteger g = 0;
            foreach (var x in a)
            {
                var v = Ops.AsIndex(x).Big;
                Vm.Charge(1 + (long)(v.GetBitLength() >> 6));
                g = BigInteger.GreatestCommonDivisor(g, v);
            }
            return PyInt.From(g);
        });
        Def("lcm", (a, kw) =>
        {
            ArgParser.NoKw("lcm", kw);
            BigInteger l = 1;
            foreach (var x in a)
            {
                var v = BigInteger.Abs(Ops.AsIndex(x).Big);
                Vm.Charge(1 + (long)((l.GetBitLength() + v.GetBitLength()) >> 6));
                if (l.IsZero || v.IsZero) { l = 0; continue; }
                l = l / BigInteger.GreatestCommonDivisor(l, v) * v;
            }
            return PyInt.From(l);
        });
        Def("isqrt", (a, kw) =>
        {
            ArgParser.Count("math.isqrt", a, kw, 1, 1);
            var n = Ops.AsIndex(a[0]).Big;
            if (n.Sign < 0) throw Err.ValueError("isqrt() argument must be nonnegative");
            Vm.Charge(1 + (long)(n.GetBitLength() >> 5));
            return PyInt.From(ISqrt(n));
        });
        Def("prod", Prod);
        Def("sumprod", SumProd);

        e.Add(new("pi", PyFloat.From(System.Math.PI)));
        e.Add(new("e", PyFloat.From(System.Math.E)));
        e.Add(new("tau", PyFloat.From(System.Math.Tau)));
        e.Add(new("inf", PyFloat.From(double.PositiveInfinity)));
        // CPython's nan has the sign bit clear (.NET's double.NaN has it set; copysign shows the difference).
        e.Add(new("nan", PyFloat.From(BitConverter.Int64BitsToDouble(0x7FF8000000000000))));
        return e;
    }

    private static PyObject FloatToInt(double v)
    {
        if (double.IsNaN(v)) throw Err.ValueError("cannot convert float NaN to integer");
        if (double.IsInfinity(v)) throw Err.OverflowError("cannot convert float infinity to integer");
        return System.Math.Abs(v) < 9e18 ? PyInt.From((long)v) : PyInt.From(new BigInteger(v));
    }

    private static PyObject Rounding(PyObject x, string dunder, Func<double, double> f)
    {
        if (x is PyFloat fl) return FloatToInt(f(fl.Value));
        if (x is PyInt i) return PyInt.From(i.Big);
        var m = Ops.UserDunder(x, dunder);
        if (m is not null) return Ops.CallMethod(x, m);
        return FloatToInt(f(ToDouble(x)));
    }

    private static double Atan2(double y, double x)
    {
        if (double.IsNaN(x) || double.IsNaN(y)) return double.NaN;
        if (double.IsInfinity(y))
        {
            if (double.IsInfinity(x))
                return System.Math.CopySign(x > 0 ? 0.25 * System.Math.PI : 0.75 * System.Math.PI, y);
            return System.Math.CopySign(0.5 * System.Math.PI, y);
        }
        if (double.IsInfinity(x) || y == 0)
            return System.Math.CopySign(1.0, x) == 1.0 ? System.Math.CopySign(0.0, y) : System.Math.CopySign(System.Math.PI, y);
        return System.Math.Atan2(y, x);
    }

    /// <summary>C's fmod (the sign of the result follows x).</summary>
    private static double CFmod(double x, double y) => x % y;

    private static double Remainder(double x, double y)
    {
        if (double.IsFinite(x) && double.IsFinite(y))
        {
            if (y == 0) return double.NaN;
            double absx = System.Math.Abs(x), absy = System.Math.Abs(y);
            double m = absx % absy;
            double c = absy - m;
            double r;
            if (m < c) r = m;
            else if (m > c) r = -c;
            else r = m - 2.0 * ((0.5 * (absx - m)) % absy);
            return System.Math.CopySign(1.0, x) * r;
        }
        if (double.IsNaN(x)) return x;
        if (double.IsNaN(y)) return y;
        if (double.IsInfinity(x)) return double.NaN;
        return x;
    }

    private static double Pow(double x, double y)
    {
        double r;
        if (!double.IsFinite(x) || !double.IsFinite(y))
        {
            // Special values follow C99 Annex F, which Math.Pow implements.
            if (double.IsNaN(x)) return y == 0 ? 1.0 : x;
            if (double.IsNaN(y)) return x == 1.0 ? 1.0 : y;
            return System.Math.Pow(x, y);
        }
        if (x == 0 && y < 0) throw Domain();
        if (x < 0 && y != System.Math.Floor(y)) throw Domain();
        r = System.Math.Pow(x, y);
        if (double.IsInfinity(r)) throw Range();
        return r;
    }

    private static PyObject Log(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        ArgParser.Count("log", a, kw, 1, 2);
        double num = LogHelper(a[0], System.Math.Log);
        if (a.Length == 1) return PyFloat.From(num);
        double den = LogHelper(a[1], System.Math.Log);
        if (den == 0) throw Err.ZeroDivisionError("float division by zero");
        return PyFloat.From(num / den);
    }

    /// <summary>log of a float or of an int of any size (via its binary exponent when too large for a double).</summary>
    private static double LogHelper(PyObject x, Func<double, double> f)
    {
        if (x is PyInt i)
        {
            var v = i.Big;
            if (v.Sign <= 0) throw Domain();
            long bits = (long)v.GetBitLength();
            if (bits <= 1024 && !double.IsInfinity((double)v)) return CheckedLog((double)v, f);
            // Too large for a double: x = m * 2**e with 0.5 <= m < 1 (m correctly rounded), as CPython does.
            int shift = (int)(bits - 55);
            var top = v >> shift;
            if (!(top << shift).Equals(v)) top |= 1; // sticky bit for correct rounding
            double m = System.Math.ScaleB((double)(long)top, -55);
            return f(m) + f(2.0) * bits;
        }
        return CheckedLog(ToDouble(x), f);
    }

    private static double CheckedLog(double x, Func<double, double> f)
    {
        if (double.IsNaN(x)) return x;
        if (x <= 0) throw Domain();
        return f(x);
    }

    /// <summary>Shewchuk's exact summation with CPython's handling of infinities and overflow.</summary>
    private static double FSum(PyObject iterable)
    {
        var partials = new List<double>();
        double specialSum = 0, infSum = 0;
        var it = Ops.GetIter(iterable);
        while (Ops.Next(it) is { } item)
        {
            Vm.Charge(1 + partials.Count);
            double x = ToDouble(item);
            double xsave = x;
            int n = 0;
            for (int j = 0; j < partials.Count; j++)
            {
                double y = partials[j];
                if (System.Math.Abs(x) < System.Math.Abs(y)) (x, y) = (y, x);
                double hi = x + y;
                double lo = y - (hi - x);
                if (lo != 0) partials[n++] = lo;
                x = hi;
            }
            partials.RemoveRange(n, partials.Count - n);
            if (x != 0)
            {
                if (!double.IsFinite(x))
                {
                    // a nonfinite x could arise either from an infinite or NaN input, or from overflow
                    if (double.IsFinite(xsave)) throw Err.OverflowError("intermediate overflow in fsum");
                    if (double.IsInfinity(xsave)) infSum += xsave;
                    specialSum += xsave;
                    partials.Clear();
                }
                else partials.Add(x);
            }
        }
        if (specialSum != 0)
        {
            if (double.IsNaN(infSum)) throw Err.ValueError("-inf + inf in fsum");
            return specialSum;
        }
        double sum = 0;
        int k = partials.Count;
        if (k > 0)
        {
            sum = partials[--k];
            double lo2 = 0;
            while (k > 0)
            {
                double x = sum, y = partials[--k];
                sum = x + y;
                double yr = sum - x;
                lo2 = y - yr;
                if (lo2 != 0) break;
            }
            // Round half-even correctly when the remaining partials push the result one way.
            if (k > 0 && ((lo2 < 0 && partials[k - 1] < 0) || (lo2 > 0 && partials[k - 1] > 0)))
            {
                double y = lo2 * 2;
                double x = sum + y;
                double yr = x - sum;
                if (y == yr) sum = x;
            }
        }
        return sum;
    }

    /// <summary>The Euclidean norm, scaled to avoid overflow and summed with compensation.</summary>
    private static double VectorNorm(double[] v)
    {
        double max = 0;
        bool foundNan = false;
        for (int i = 0; i < v.Length; i++)
        {
            double x = System.Math.Abs(v[i]);
            v[i] = x;
            if (double.IsNaN(x)) foundNan = true;
            else if (x > max) max = x;
        }
        if (double.IsInfinity(max)) return max;
        if (foundNan) return double.NaN;
        if (max == 0 || v.Length <= 1) return max;
        Ops.Frexp(max, out int maxE);
        // Scale so the largest is near 1, then accumulate squares exactly with FMA-based two-sums.
        double sum = 0, comp = 0;
        foreach (double x0 in v)
        {
            double x = System.Math.ScaleB(x0, -maxE);
            double sq = x * x;
            double sqLo = System.Math.FusedMultiplyAdd(x, x, -sq);
            double t = sum + sq;
            comp += (System.Math.Abs(sum) >= System.Math.Abs(sq) ? (sum - t) + sq : (sq - t) + sum) + sqLo;
            sum = t;
        }
        double total = sum + comp;
        double h = System.Math.Sqrt(total);
        // One Newton correction step using the exact residual.
        double hsq = h * h;
        double resid = (total - hsq) - System.Math.FusedMultiplyAdd(h, h, -hsq) + ((sum - total) + comp);
        h += resid / (2.0 * h);
        return System.Math.ScaleB(h, maxE);
    }

    private static List<PyObject> Coordinates(PyObject o, string which)
    {
        if (o is PyTuple t) return new List<PyObject>(t.Items);
        if (o is PyList l) return new List<PyObject>(l.Items);
        return Ops.ToList(o);
    }

    private static PyObject IsClose(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        int npos = args.Length - (kw?.Length ?? 0);
        if (npos > 2) throw Err.TypeError($"isclose() takes exactly 2 positional arguments ({npos} given)");
        var p = ArgParser.Parse("isclose", args, kw, new[] { "a", "b", "rel_tol", "abs_tol" }, 2, posOnly: 0, kwOnlyFrom: 2);
        double a = ToDouble(p[0]!), b = ToDouble(p[1]!);
        double rel = p[2] is null ? 1e-9 : ToDouble(p[2]!);
        double abs = p[3] is null ? 0.0 : ToDouble(p[3]!);
        if (rel < 0 || abs < 0) throw Err.ValueError("tolerances must be non-negative");
        if (a == b) return PyBool.True;
        if (double.IsInfinity(a) || double.IsInfinity(b)) return PyBool.False;
        double diff = System.Math.Abs(b - a);
        return PyBool.From((diff <= System.Math.Abs(rel * b)) || (diff <= System.Math.Abs(rel * a)) || diff <= abs);
    }

    private static PyObject NextAfter(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        int npos = args.Length - (kw?.Length ?? 0);
        if (npos != 2 && !(npos < 2 && kw is not null && kw.Length > 0 && kw.All(k => k == "steps")))
            if (npos != 2) throw Err.TypeError($"nextafter() takes exactly 2 positional arguments ({npos} given)");
        var p = ArgParser.Parse("nextafter", args, kw, new[] { "x", "y", "steps" }, 2, posOnly: 2, kwOnlyFrom: 2);
        double x = ToDouble(p[0]!), y = ToDouble(p[1]!);
        long steps = 1;
        if (p[2] is not null and not PyNone)
        {
            var s = Ops.AsIndex(p[2]!);
            if (s.Big.Sign < 0) throw Err.ValueError("steps must be a non-negative integer");
            steps = s.IsBig ? long.MaxValue : s.Small;
        }
        if (double.IsNaN(x)) return PyFloat.From(x);
        if (double.IsNaN(y)) return PyFloat.From(y);
        if (steps == 0 || x == y) return PyFloat.From(steps == 0 ? x : y);
        // Doubles map monotonically onto integers; stepping is integer arithmetic clamped at y.
        static long Key(double d) { long b = BitConverter.DoubleToInt64Bits(d); return b >= 0 ? b : long.MinValue - b; }
        static double FromKey(long k) => BitConverter.Int64BitsToDouble(k >= 0 ? k : long.MinValue - k);
        long kx = Key(x), ky = Key(y);
        if (kx == ky) return PyFloat.From(y);
        long dist = ky > kx ? ky - kx : kx - ky;
        if (dist < 0 || (ulong)steps >= (ulong)dist) return PyFloat.From(y);
        return PyFloat.From(FromKey(ky > kx ? kx + steps : kx - steps));
    }

    private static (long N, long K) NonNegativePair(PyObject no, PyObject ko)
    {
        var n = Ops.AsIndex(no);
        var k = Ops.AsIndex(ko);
        if (n.Big.Sign < 0) throw Err.ValueError("n must be a non-negative integer");
        if (k.Big.Sign < 0) throw Err.ValueError("k must be a non-negative integer");
        if (k.IsBig) throw Err.OverflowError("k must not exceed 9223372036854775807");
        if (n.IsBig)
        {
            // Only small k are computable with a huge n; anything else would exhaust memory.
            throw Err.OverflowError("n must not exceed 9223372036854775807");
        }
        return (n.Small, k.Small);
    }

    private static BigInteger CombPerm(long n, long k, bool comb)
    {
        double bits = k * System.Math.Max(1.0, System.Math.Log2(n + 1.0));
        Vm.ChargeAllocation((long)System.Math.Min(bits / 8, long.MaxValue / 2));
        Vm.Charge(k);
        var num = RangeProduct(n - k + 1, n);
        return comb ? num / RangeProduct(1, k) : num;
    }

    /// <summary>lo * (lo+1) * ... * hi by binary splitting (fast for large ranges).</summary>
    private static BigInteger RangeProduct(long lo, long hi)
    {
        if (lo > hi) return BigInteger.One;
        if (hi - lo < 16)
        {
            BigInteger r = lo;
            for (long i = lo + 1; i <= hi; i++) r *= i;
            return r;
        }
        long mid = lo + (hi - lo) / 2;
        return RangeProduct(lo, mid) * RangeProduct(mid + 1, hi);
    }

    private static BigInteger ISqrt(BigInteger n)
    {
        if (n.IsZero) return 0;
        long bits = (long)n.GetBitLength();
        BigInteger x = BigInteger.One << (int)((bits + 1) / 2);
        while (true)
        {
            var y = (x + n / x) >> 1;
            if (y >= x) return x;
            x = y;
        }
    }

    private static PyObject Prod(ReadOnlySpan<PyObject> args, string[]? kw)
    {
        int npos = args.Length - (kw?.Length ?? 0);
        if (npos != 1) throw Err.TypeError($"prod() takes exactly 1 positional argument ({npos} given)");
        var p = ArgParser.Parse("prod", args, kw, new[] { "iterable", "start" }, 1, posOnly: 1, kwOnlyFrom: 1);
        PyObject acc = p[1] ?? PyInt.From(1);
        var it = Ops.GetIter(p[0]!);
        while (Ops.Next(it) is { } item)
        {
            Vm.Charge(1);
            acc = Ops.Binary(BinaryOpKind.Mul, acc, item);
        }
        return acc;
    }

    private static PyObject SumProd(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        ArgParser.Count("sumprod", a, kw, 2, 2);
        var p = Ops.ToList(a[0]);
        var q = Ops.ToList(a[1]);
        if (p.Count != q.Count) throw Err.ValueError("Inputs are not the same length");
        bool allFloat = true;
        for (int i = 0; i < p.Count; i++)
            if (p[i] is not PyFloat || q[i] is not PyFloat) allFloat = false;
        if (allFloat && p.Count > 0)
        {
            // Compensated dot product (TwoProduct + TwoSum): the extended precision CPython uses.
            double s = 0, c = 0;
            for (int i = 0; i < p.Count; i++)
            {
                Vm.Charge(1);
                double x = ((PyFloat)p[i]).Value, y = ((PyFloat)q[i]).Value;
                double h = x * y;
                double l = System.Math.FusedMultiplyAdd(x, y, -h);
                double t = s + h;
                double bv = t - s;
                c += (s - (t - bv)) + (h - bv) + l;
                s = t;
            }
            double r = s + c;
            if (double.IsNaN(r) || double.IsInfinity(r)) return PyFloat.From(s);
            return PyFloat.From(r);
        }
        PyObject acc = PyInt.From(0);
        for (int i = 0; i < p.Count; i++)
        {
            Vm.Charge(1);
            acc = Ops.Binary(BinaryOpKind.Add, acc, Ops.Binary(BinaryOpKind.Mul, p[i], q[i]));
        }
        return acc;
    }
}
