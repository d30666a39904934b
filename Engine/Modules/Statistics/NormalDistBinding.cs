using RuleSandbox.Engine.Compiler;
using RuleSandbox.Engine.Modules.Fractions;
using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Statistics;

using Math = System.Math;
using MathNs = RuleSandbox.Engine.Modules.Math;

/// <summary>
/// <c>NormalDist</c>'s constructor, methods and operators, following statistics.py (the inverse
/// CDF is Wichura's AS241 algorithm with the same coefficients and evaluation order as CPython's
/// C accelerator).
/// </summary>
internal static class NormalDistBinding
{
    private static readonly double s_sqrt2 = Math.Sqrt(2.0);

    // random.Random with its methods installed (building a module once runs the type's setup).
    private static readonly Lazy<PyType> s_randomType = new(() =>
    {
        Random.RandomModule.Create();
        return Random.RandomTypes.Random;
    });

    public static void Init()
    {
        var t = PyNormalDist.TypeObject;
        t.Doc = PyStr.From("Normal distribution of a random variable");
        t.Members["__module__"] = PyStr.From("statistics");
        t.Constructor = (a, kw) =>
        {
            var p = PyFunctionArgs.Bind("NormalDist.__init__", a, kw, new[] { "mu", "sigma" }, 0, implicitFirst: 1);
            return Make(p[0] ?? PyFloat.From(0.0), p[1] ?? PyFloat.From(1.0));
        };
        ClassM(t, "from_samples", (a, kw) =>
        {
            var p = PyFunctionArgs.Bind("NormalDist.from_samples", a[1..], kw, new[] { "data" }, 1, implicitFirst: 1);
            var r = StatisticsExact.SumSquares(StatisticsModule.Iterate(p[0]!), null);
            if (r.Count < 2) throw StatisticsModule.Error("stdev requires at least two data points");
            double xbar = AsFloat(r.Centre.ToObject());
            var mss = StatisticsExact.DivideBy(r.Ss, r.Count - 1);
            double sigma = mss.IsExact ? StatisticsExact.FloatSqrtOfFrac(mss.Num, mss.Den) : xbar / AsFloat(r.Ss.ToObject());
            return Make(PyFloat.From(xbar), PyFloat.From(sigma));
        });
        Attr(t, "mean", d => PyFloat.From(d.Mu));
        Attr(t, "median", d => PyFloat.From(d.Mu));
        Attr(t, "mode", d => PyFloat.From(d.Mu));
        Attr(t, "stdev", d => PyFloat.From(d.Sigma));
        Attr(t, "variance", d => PyFloat.From(d.Sigma * d.Sigma));
        M(t, "pdf", (a, kw) =>
        {
            var d = Self(a);
            var p = PyFunctionArgs.Bind("NormalDist.pdf", a[1..], kw, new[] { "x" }, 1, implicitFirst: 1);
            double variance = d.Sigma * d.Sigma;
            if (variance == 0) throw StatisticsModule.Error("pdf() not defined when sigma is zero");
            double diff = AsFloat(Ops.Binary(BinaryOpKind.Sub, p[0]!, PyFloat.From(d.Mu)));
            return PyFloat.From(Math.Exp(diff * diff / (-2.0 * variance)) / Math.Sqrt(Math.Tau * variance));
        });
        M(t, "cdf", (a, kw) =>
        {
            var d = Self(a);
            var p = PyFunctionArgs.Bind("NormalDist.cdf", a[1..], kw, new[] { "x" }, 1, implicitFirst: 1);
            return PyFloat.From(Cdf(d, p[0]!));
        });
        M(t, "inv_cdf", (a, kw) =>
        {
            var d = Self(a);
            var p = PyFunctionArgs.Bind("NormalDist.inv_cdf", a[1..], kw, new[] { "p" }, 1, implicitFirst: 1);
            return PyFloat.From(InvCdf(d, p[0]!));
        });
        M(t, "quantiles", (a, kw) =>
        {
            var d = Self(a);
            var p = PyFunctionArgs.Bind("NormalDist.quantiles", a[1..], kw, new[] { "n" }, 0, implicitFirst: 1);
            long n = p[0] is null ? 4 : Ops.IndexOf(p[0]!, $"'{Ops.TypeName(p[0]!)}' object cannot be interpreted as an integer");
            Vm.Current?.ChargeAllocation(Math.Max(0, n) * 8);
            var list = new List<PyObject>();
            for (long i = 1; i < n; i++)
            {
                Vm.Current?.Charge(1);
                list.Add(PyFloat.From(InvCdf(d, PyFloat.From((double)i / n))));
            }
            return new PyList(list);
        });
        M(t, "samples", (a, kw) =>
        {
            var d = Self(a);
            var p = PyFunctionArgs.Bind("NormalDist.samples", a[1..], kw, new[] { "n", "seed" }, 1, kwOnlyFrom: 1, implicitFirst: 1);
            long n = Ops.IndexOf(p[0]!, $"'{Ops.TypeName(p[0]!)}' object cannot be interpreted as an integer");
            Vm.Current!.ChargeAllocation(Math.Max(0, n) * 8);
            // Unseeded samples come from the execution's own random module (so random.seed()
            // applies, and without it the generator refuses as the random module does); a seed
            // gets a private generator, random.Random(seed).
            var gauss = p[1] is null or PyNone
                ? Ops.GetAttr(Vm.Current.Import("random"), "gauss")
                : Ops.GetAttr(Vm.Current.Call(s_randomType.Value, p[1]!), "gauss");
            var list = new List<PyObject>();
            var mu = PyFloat.From(d.Mu);
            var sigma = PyFloat.From(d.Sigma);
            for (long i = 0; i < n; i++) list.Add(Vm.Current.Call(gauss, mu, sigma));
            return new PyList(list);
        });
        M(t, "overlap", (a, kw) =>
        {
            var p = PyFunctionArgs.Bind("NormalDist.overlap", a[1..], kw, new[] { "other" }, 1, implicitFirst: 1);
            if (p[0] is not PyNormalDist other) throw Err.TypeError("Expected another NormalDist instance");
            return PyFloat.From(Overlap(Self(a), other));
        });
        M(t, "zscore", (a, kw) =>
        {
            var d = Self(a);
            var p = PyFunctionArgs.Bind("NormalDist.zscore", a[1..], kw, new[] { "x" }, 1, implicitFirst: 1);
            if (d.Sigma == 0) throw StatisticsModule.Error("zscore() not defined when sigma is zero");
            return Ops.Binary(BinaryOpKind.TrueDiv, Ops.Binary(BinaryOpKind.Sub, p[0]!, PyFloat.From(d.Mu)), PyFloat.From(d.Sigma));
        });
        BuiltinFn add = (a, kw) => Shift(Self(a), a[1], BinaryOpKind.Add);
        M(t, "__add__", add);
        M(t, "__radd__", add);
        M(t, "__sub__", (a, kw) => Shift(Self(a), a[1], BinaryOpKind.Sub));
        M(t, "__rsub__", (a, kw) =>
        {
            var diff = Shift(Self(a), a[1], BinaryOpKind.Sub);
            return new PyNormalDist(-diff.Mu, diff.Sigma);
        });
        BuiltinFn mul = (a, kw) => Scale(Self(a), a[1], BinaryOpKind.Mul);
        M(t, "__mul__", mul);
        M(t, "__rmul__", mul);
        M(t, "__truediv__", (a, kw) => Scale(Self(a), a[1], BinaryOpKind.TrueDiv));
        M(t, "__pos__", (a, kw) => new PyNormalDist(Self(a).Mu, Self(a).Sigma));
        M(t, "__neg__", (a, kw) => new PyNormalDist(-Self(a).Mu, Self(a).Sigma));
        M(t, "__eq__", (a, kw) => a[1] is PyNormalDist o ? PyBool.From(Self(a).Mu == o.Mu && Self(a).Sigma == o.Sigma) : PyNotImplemented.Instance);
        M(t, "__ne__", (a, kw) => a[1] is PyNormalDist o ? PyBool.From(!(Self(a).Mu == o.Mu && Self(a).Sigma == o.Sigma)) : PyNotImplemented.Instance);
        M(t, "__hash__", (a, kw) => PyInt.From(Ops.Hash(PyTuple.From(new PyObject[] { PyFloat.From(Self(a).Mu), PyFloat.From(Self(a).Sigma) }))));
        M(t, "__repr__", (a, kw) => PyStr.From($"NormalDist(mu={Ops.FloatRepr(Self(a).Mu)}, sigma={Ops.FloatRepr(Self(a).Sigma)})"));
    }

    private static void M(PyType t, string name, BuiltinFn fn) => t.Members[name] = new PyBuiltinFunction(name, fn, t);

    private static void ClassM(PyType t, string name, BuiltinFn fn) => t.Members[name] = new PyBuiltinFunction(name, fn, t) { IsClassMethod = true };

    private static void Attr(PyType t, string name, Func<PyNormalDist, PyObject> get)
        => t.Members[name] = new PyProperty(new PyBuiltinFunction(name, (a, kw) => get(Self(a))), null, null, null) { Name = name };

    private static PyNormalDist Self(ReadOnlySpan<PyObject> a)
        => a.Length > 0 && a[0] is PyNormalDist d ? d : throw Err.TypeError("descriptor requires a 'NormalDist' object");

    /// <summary><c>float(x)</c>.</summary>
    private static double AsFloat(PyObject x) => ((PyFloat)Vm.Current!.Call(PyFloat.TypeObject, x)).Value;

    /// <summary><c>NormalDist(mu, sigma)</c>: sigma is compared with 0.0 first, then both become floats.</summary>
    private static PyNormalDist Make(PyObject mu, PyObject sigma)
    {
        if (Ops.LessThan(sigma, PyFloat.From(0.0))) throw StatisticsModule.Error("sigma must be non-negative");
        return new PyNormalDist(AsFloat(mu), AsFloat(sigma));
    }

    private static PyNormalDist Shift(PyNormalDist x1, PyObject x2, BinaryOpKind op)
    {
        if (x2 is PyNormalDist o)
        {
            var hypot = Vm.Current!.Call(StatisticsModule.MathFunction("hypot"), PyFloat.From(x1.Sigma), PyFloat.From(o.Sigma));
            double mu = op == BinaryOpKind.Add ? x1.Mu + o.Mu : x1.Mu - o.Mu;
            return Make(PyFloat.From(mu), hypot);
        }
        return Make(Ops.Binary(op, PyFloat.From(x1.Mu), x2), PyFloat.From(x1.Sigma));
    }

    private static PyNormalDist Scale(PyNormalDist x1, PyObject x2, BinaryOpKind op)
    {
        var fabs = Vm.Current!.Call(StatisticsModule.MathFunction("fabs"), x2);
        return Make(Ops.Binary(op, PyFloat.From(x1.Mu), x2), Ops.Binary(op, PyFloat.From(x1.Sigma), fabs));
    }

    private static double Cdf(PyNormalDist d, PyObject x)
    {
        if (d.Sigma == 0) throw StatisticsModule.Error("cdf() not defined when sigma is zero");
        double z = AsFloat(Ops.Binary(BinaryOpKind.TrueDiv, Ops.Binary(BinaryOpKind.Sub, x, PyFloat.From(d.Mu)), PyFloat.From(d.Sigma * s_sqrt2)));
        return 0.5 * (1.0 + MathNs.MathSpecial.Erf(z));
    }

    private static double InvCdf(PyNormalDist d, PyObject pObj)
    {
        if (Ops.IsTrue(Ops.RichCompare(pObj, PyFloat.From(0.0), CompareKind.Le)) || Ops.IsTrue(Ops.RichCompare(pObj, PyFloat.From(1.0), CompareKind.Ge)))
            throw StatisticsModule.Error("p must be in the range 0.0 < p < 1.0");
        return InvCdf(MathNs.MathModule.ToDouble(pObj), d.Mu, d.Sigma);
    }

    private static double Overlap(PyNormalDist x, PyNormalDist y)
    {
        if (y.Sigma < x.Sigma || (y.Sigma == x.Sigma && y.Mu < x.Mu)) (x, y) = (y, x);
        double xVar = x.Sigma * x.Sigma, yVar = y.Sigma * y.Sigma;
        if (xVar == 0 || yVar == 0) throw StatisticsModule.Error("overlap() not defined when sigma is zero");
        double dv = yVar - xVar;
        double dm = Math.Abs(y.Mu - x.Mu);
        if (dv == 0) return 1.0 - MathNs.MathSpecial.Erf(dm / (2.0 * x.Sigma * s_sqrt2));
        double a = x.Mu * yVar - y.Mu * xVar;
        double b = x.Sigma * y.Sigma * Math.Sqrt(dm * dm + dv * Math.Log(yVar / xVar));
        double x1 = (a + b) / dv, x2 = (a - b) / dv;
        double Cdf1(PyNormalDist d, double v) => Cdf(d, PyFloat.From(v));
        return 1.0 - (Math.Abs(Cdf1(y, x1) - Cdf1(x, x1)) + Math.Abs(Cdf1(y, x2) - Cdf1(x, x2)));
    }

    /// <summary>Wichura's AS241 inverse of the normal CDF, as CPython evaluates it.</summary>
    internal static double InvCdf(double p, double mu, double sigma)
    {
        double q = p - 0.5, r, num, den, x;
        if (Math.Abs(q) <= 0.425)
        {
            r = 0.180625 - q * q;
            num = (((((((2.5090809287301226727e+3 * r + 3.3430575583588128105e+4) * r + 6.7265770927008700853e+4) * r
                + 4.5921953931549871457e+4) * r + 1.3731693765509461125e+4) * r + 1.9715909503065514427e+3) * r
                + 1.3314166789178437745e+2) * r + 3.3871328727963666080e+0) * q;
            den = (((((((5.2264952788528545610e+3 * r + 2.8729085735721942674e+4) * r + 3.9307895800092710610e+4) * r
                + 2.1213794301586595867e+4) * r + 5.3941960214247511077e+3) * r + 6.8718700749205790830e+2) * r
                + 4.2313330701600911252e+1) * r + 1.0);
            x = num / den;
            return mu + (x * sigma);
        }
        r = q <= 0.0 ? p : 1.0 - p;
        r = Math.Sqrt(-Math.Log(r));
        if (r <= 5.0)
        {
            r -= 1.6;
            num = (((((((7.74545014278341407640e-4 * r + 2.27238449892691845833e-2) * r + 2.41780725177450611770e-1) * r
                + 1.27045825245236838258e+0) * r + 3.64784832476320460504e+0) * r + 5.76949722146069140550e+0) * r
                + 4.63033784615654529590e+0) * r + 1.42343711074968357734e+0);
            den = (((((((1.05075007164441684324e-9 * r + 5.47593808499534494600e-4) * r + 1.51986665636164571966e-2) * r
                + 1.48103976427480074590e-1) * r + 6.89767334985100004550e-1) * r + 1.67638483018380384940e+0) * r
                + 2.05319162663775882187e+0) * r + 1.0);
        }
        else
        {
            r -= 5.0;
            num = (((((((2.01033439929228813265e-7 * r + 2.71155556874348757815e-5) * r + 1.24266094738807843860e-3) * r
                + 2.65321895265761230930e-2) * r + 2.96560571828504891230e-1) * r + 1.78482653991729133580e+0) * r
                + 5.46378491116411436990e+0) * r + 6.65790464350110377720e+0);
            den = (((((((2.04426310338993978564e-15 * r + 1.42151175831644588870e-7) * r + 1.84631831751005468180e-5) * r
                + 7.86869131145613259100e-4) * r + 1.48753612908506148525e-2) * r + 1.36929880922735805310e-1) * r
                + 5.99832206555887937690e-1) * r + 1.0);
        }
        x = num / den;
        if (q < 0.0) x = -x;
        return mu + (x * sigma);
    }
}
