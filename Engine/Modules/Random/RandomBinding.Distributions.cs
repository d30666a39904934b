using RuleSandbox.Engine.Compiler;
using RuleSandbox.Engine.Modules.Math;
using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Random;

// The math module's namespace (RuleSandbox.Engine.Modules.Math) would hide System.Math here.
using Math = System.Math;

internal static partial class RandomBinding
{
    private const double TwoPi = 2.0 * Math.PI;
    private static readonly double NvMagicConst = 4 * Math.Exp(-0.5) / Math.Sqrt(2.0);
    private static readonly double Log4 = Math.Log(4.0);
    private static readonly double SgMagicConst = 1.0 + Math.Log(4.5);

    /// <summary>The module's constants (random.py's globals a rule can read).</summary>
    internal static (string, PyObject)[] Constants => new (string, PyObject)[]
    {
        ("NV_MAGICCONST", F(NvMagicConst)),
        ("LOG4", F(Log4)),
        ("SG_MAGICCONST", F(SgMagicConst)),
        ("BPF", PyInt.From(53)),
        ("RECIP_BPF", F(1.0 / 9007199254740992.0)),
        ("TWOPI", F(TwoPi)),
    };

    private static readonly PyObject s_zero = PyFloat.From(0.0);
    private static readonly PyObject s_one = PyFloat.From(1.0);

    /// <summary>math.exp / math.log with math's errors, for the results random.py passes to them.</summary>
    private static double Exp(double x)
    {
        double r = Math.Exp(x);
        if (double.IsInfinity(r) && double.IsFinite(x)) throw Err.OverflowError("math range error");
        return r;
    }

    private static double Log(double x)
    {
        if (x <= 0) throw Err.ValueError("math domain error");
        return Math.Log(x);
    }

    private static double Log2(double x)
    {
        if (x <= 0) throw Err.ValueError("math domain error");
        return Math.Log2(x);
    }

    private static double Sqrt(double x)
    {
        if (x < 0) throw Err.ValueError("math domain error");
        return Math.Sqrt(x);
    }

    private static double LGamma(double x)
    {
        double r = MathSpecial.LGamma(x, out var st);
        if (st == MathSpecial.Status.Domain) throw Err.ValueError("math domain error");
        if (st == MathSpecial.Status.Range) throw Err.OverflowError("math range error");
        return r;
    }

    private static void InitDistributions()
    {
        var t = RandomTypes.Random;

        Def(t, "uniform", new[] { "self", "a", "b" }, 3, (r, a) =>
        {
            PyObject lo = a[1]!, hi = a[2]!;
            return Bin(BinaryOpKind.Add, lo, Bin(BinaryOpKind.Mul, Bin(BinaryOpKind.Sub, hi, lo), F(r.NextDouble("random.uniform()"))));
        });

        Def(t, "triangular", new[] { "self", "low", "high", "mode" }, 1, (r, a) =>
        {
            PyObject low = a[1] ?? s_zero, high = a[2] ?? s_one, mode = a[3] ?? PyNone.Instance;
            PyObject u = F(r.NextDouble("random.triangular()"));
            PyObject c;
            try
            {
                c = mode is PyNone ? F(0.5) : Bin(BinaryOpKind.TrueDiv, Bin(BinaryOpKind.Sub, mode, low), Bin(BinaryOpKind.Sub, high, low));
            }
            catch (PythonException e) when (e.Value.Type.IsSubtypeOf(ExcTypes.ZeroDivisionError))
            {
                return low;
            }
            if (Cmp(u, c, CompareKind.Gt))
            {
                u = Bin(BinaryOpKind.Sub, s_one, u);
                c = Bin(BinaryOpKind.Sub, s_one, c);
                (low, high) = (high, low);
            }
            return Bin(BinaryOpKind.Add, low, Bin(BinaryOpKind.Mul, Bin(BinaryOpKind.Sub, high, low), F(Sqrt(Real(Bin(BinaryOpKind.Mul, u, c))))));
        });

        Def(t, "normalvariate", new[] { "self", "mu", "sigma" }, 1, (r, a) =>
            Shift(a[1] ?? s_zero, F(NormalZ(r, "random.normalvariate()")), a[2] ?? s_one));

        Def(t, "gauss", new[] { "self", "mu", "sigma" }, 1, (r, a) =>
        {
            var z = r.GaussNext;
            r.GaussNext = null;
            if (z is null)
            {
                string what = "random.gauss()";
                double x2pi = r.NextDouble(what) * TwoPi;
                double g2rad = Sqrt(-2.0 * Log(1.0 - r.NextDouble(what)));
                z = F(Math.Cos(x2pi) * g2rad);
                r.GaussNext = F(Math.Sin(x2pi) * g2rad);
            }
            return Shift(a[1] ?? s_zero, z, a[2] ?? s_one);
        });

        Def(t, "lognormvariate", new[] { "self", "mu", "sigma" }, 3, (r, a) =>
            F(Exp(Real(Shift(a[1]!, F(NormalZ(r, "random.lognormvariate()")), a[2]!)))));

        Def(t, "expovariate", new[] { "self", "lambd" }, 1, (r, a) =>
            Bin(BinaryOpKind.TrueDiv, F(-Log(1.0 - r.NextDouble("random.expovariate()"))), a[1] ?? s_one));

        Def(t, "vonmisesvariate", new[] { "self", "mu", "kappa" }, 3, (r, a) => VonMises(r, a[1]!, a[2]!));

        Def(t, "gammavariate", new[] { "self", "alpha", "beta" }, 3, (r, a) => Gamma(r, a[1]!, a[2]!, "random.gammavariate()"));

        Def(t, "betavariate", new[] { "self", "alpha", "beta" }, 3, (r, a) =>
        {
            string what = "random.betavariate()";
            var y = Gamma(r, a[1]!, s_one, what);
            if (Ops.IsTrue(y)) return Bin(BinaryOpKind.TrueDiv, y, Bin(BinaryOpKind.Add, y, Gamma(r, a[2]!, s_one, what)));
            return s_zero;
        });

        Def(t, "paretovariate", new[] { "self", "alpha" }, 2, (r, a) =>
        {
            var u = F(1.0 - r.NextDouble("random.paretovariate()"));
            return Bin(BinaryOpKind.Pow, u, Bin(BinaryOpKind.TrueDiv, F(-1.0), a[1]!));
        });

        Def(t, "weibullvariate", new[] { "self", "alpha", "beta" }, 3, (r, a) =>
        {
            double u = 1.0 - r.NextDouble("random.weibullvariate()");
            var p = Bin(BinaryOpKind.Pow, F(-Log(u)), Bin(BinaryOpKind.TrueDiv, s_one, a[2]!));
            return Bin(BinaryOpKind.Mul, a[1]!, p);
        });

        Def(t, "binomialvariate", new[] { "self", "n", "p" }, 1, (r, a) => Binomial(r, a[1] ?? PyInt.From(1), a[2] ?? F(0.5)));
    }

    /// <summary><c>mu + z * sigma</c> with Python's arithmetic (mu and sigma may be any numbers).</summary>
    private static PyObject Shift(PyObject mu, PyObject z, PyObject sigma)
        => Bin(BinaryOpKind.Add, mu, Bin(BinaryOpKind.Mul, z, sigma));

    /// <summary>normalvariate's Kinderman and Monahan loop: the standard normal z.</summary>
    private static double NormalZ(PyRandom r, string what)
    {
        var vm = Vm.Current!;
        while (true)
        {
            vm.Charge(4);
            double u1 = r.NextDouble(what);
            double u2 = 1.0 - r.NextDouble(what);
            double z = NvMagicConst * (u1 - 0.5) / u2;
            double zz = z * z / 4.0;
            if (zz <= -Log(u2)) return z;
        }
    }

    private static PyObject VonMises(PyRandom r, PyObject mu, PyObject kappa)
    {
        string what = "random.vonmisesvariate()";
        if (Cmp(kappa, F(1e-6), CompareKind.Le)) return F(TwoPi * r.NextDouble(what));
        double s = Real(Bin(BinaryOpKind.TrueDiv, F(0.5), kappa));
        double rr = s + Sqrt(1.0 + s * s);
        var vm = Vm.Current!;
        double z;
        while (true)
        {
            vm.Charge(4);
            double u1 = r.NextDouble(what);
            z = Math.Cos(Math.PI * u1);
            double d = z / (rr + z);
            double u2 = r.NextDouble(what);
            if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * Exp(d)) break;
        }
        double q = 1.0 / rr;
        double f = (q + z) / (1.0 + q * z);
        double u3 = r.NextDouble(what);
        var angle = F(Math.Acos(CheckAcos(f)));
        var sum = u3 > 0.5 ? Bin(BinaryOpKind.Add, mu, angle) : Bin(BinaryOpKind.Sub, mu, angle);
        return Bin(BinaryOpKind.Mod, sum, F(TwoPi));
    }

    private static double CheckAcos(double f) => f is < -1.0 or > 1.0 ? throw Err.ValueError("math domain error") : f;

    private static PyObject Gamma(PyRandom r, PyObject alphaObj, PyObject betaObj, string what)
    {
        if (Cmp(alphaObj, s_zero, CompareKind.Le) || Cmp(betaObj, s_zero, CompareKind.Le))
            throw Err.ValueError("gammavariate: alpha and beta must be > 0.0");
        var vm = Vm.Current!;
        double alpha = Real(alphaObj);
        if (alpha > 1.0)
        {
            // Cheng's algorithm (1977).
            double ainv = Sqrt(2.0 * alpha - 1.0);
            double bbb = alpha - Log4;
            double ccc = alpha + ainv;
            while (true)
            {
                vm.Charge(4);
                double u1 = r.NextDouble(what);
                if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
                double u2 = 1.0 - r.NextDouble(what);
                double v = Log(u1 / (1.0 - u1)) / ainv;
                double x = alpha * Exp(v);
                double z = u1 * u1 * u2;
                double rr = bbb + ccc * v - x;
                if (rr + SgMagicConst - 4.5 * z >= 0.0 || rr >= Log(z))
                    return Bin(BinaryOpKind.Mul, F(x), betaObj);
            }
        }
        if (alpha == 1.0)
            return Bin(BinaryOpKind.Mul, F(-Log(1.0 - r.NextDouble(what))), betaObj);
        // alpha < 1: the ALGORITHM GS of Statistical Computing (Kennedy and Gentle).
        double xs;
        while (true)
        {
            vm.Charge(4);
            double u = r.NextDouble(what);
            double b = (Math.E + alpha) / Math.E;
            double p = b * u;
            xs = p <= 1.0 ? Math.Pow(p, 1.0 / alpha) : -Log((b - p) / alpha);
            double u1 = r.NextDouble(what);
            if (p > 1.0)
            {
                if (u1 <= Math.Pow(xs, alpha - 1.0)) break;
            }
            else if (u1 <= Exp(-xs))
            {
                break;
            }
        }
        return Bin(BinaryOpKind.Mul, F(xs), betaObj);
    }

    private static PyObject Binomial(PyRandom r, PyObject nObj, PyObject pObj)
    {
        string what = "random.binomialvariate()";
        if (Cmp(nObj, PyInt.From(0), CompareKind.Lt)) throw Err.ValueError("n must be non-negative");
        if (Cmp(pObj, s_zero, CompareKind.Le) || Cmp(pObj, s_one, CompareKind.Ge))
        {
            if (Cmp(pObj, s_zero, CompareKind.Eq)) return PyInt.From(0);
            if (Cmp(pObj, s_one, CompareKind.Eq)) return nObj;
            throw Err.ValueError("p must be in the range 0.0 <= p <= 1.0");
        }
        double p = Real(pObj);
        if (Cmp(nObj, PyInt.From(1), CompareKind.Eq)) return PyInt.From(r.NextDouble(what) < p ? 1 : 0);
        if (p > 0.5) return Bin(BinaryOpKind.Sub, nObj, Binomial(r, nObj, F(1.0 - p)));
        double n = Real(nObj);
        var vm = Vm.Current!;
        if (n * p < 10.0)
        {
            // BG: geometric method by Devroye with running time of O(np).
            // y only grows until it passes n; a double holds it exactly that far.
            long x = 0;
            double y = 0;
            double c = Log2(1.0 - p);
            if (c == 0.0) return PyInt.From(x);
            while (true)
            {
                vm.Charge(2);
                y += Math.Floor(Log2(r.NextDouble(what)) / c) + 1;
                if (y > n) return PyInt.From(x);
                x += 1;
            }
        }
        // BTRS: Transformed rejection with squeeze method by Wolfgang Hörmann.
        bool setupComplete = false;
        double spq = Sqrt(n * p * (1.0 - p));
        double b = 1.15 + 2.53 * spq;
        double a = -0.0873 + 0.0248 * b + 0.01 * p;
        double cc = n * p + 0.5;
        double vr = 0.92 - 4.2 / b;
        double alpha = 0, lpq = 0, m = 0, h = 0;
        while (true)
        {
            vm.Charge(4);
            double u = r.NextDouble(what);
            u -= 0.5;
            double us = 0.5 - Math.Abs(u);
            double k = Math.Floor((2.0 * a / us + b) * u + cc);
            if (k < 0 || k > n) continue;
            double v = r.NextDouble(what);
            if (us >= 0.07 && v <= vr) return PyInt.From((long)k);
            if (!setupComplete)
            {
                alpha = (2.83 + 5.1 / b) * spq;
                lpq = Log(p / (1.0 - p));
                m = Math.Floor((n + 1) * p);
                h = LGamma(m + 1) + LGamma(n - m + 1);
                setupComplete = true;
            }
            v *= alpha / (a / (us * us) + b);
            if (Log(v) <= h - LGamma(k + 1) - LGamma(n - k + 1) + (k - m) * lpq) return PyInt.From((long)k);
        }
    }
}
