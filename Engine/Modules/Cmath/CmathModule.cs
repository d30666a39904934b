using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Cmath;

/// <summary>
/// The <c>cmath</c> module: CPython 3.12's complex functions, constants, special values for
/// infinite and NaN parts, and its errors ("math domain error", "math range error").
/// Functions are built once per process; each execution gets its own namespace.
/// </summary>
public static class CmathModule
{
    private static readonly List<KeyValuePair<string, PyObject>> s_entries = Build();

    /// <summary>A fresh <c>cmath</c> module for one execution.</summary>
    public static PyModule Create()
    {
        var d = new PyDict(s_entries.Count + 4);
        foreach (var kv in s_entries) d.Set(kv.Key, kv.Value);
        return new PyModule("cmath", d);
    }

    private delegate (double Re, double Im, CmathStatus Status) ComplexFn(double re, double im);

    private static PythonException Fail(CmathStatus s)
        => s == CmathStatus.Range ? Err.OverflowError("math range error") : Err.ValueError("math domain error");

    private static PyObject Result(double re, double im, CmathStatus status)
        => status == CmathStatus.Ok ? new PyComplex(re, im) : throw Fail(status);

    /// <summary>
    /// A complex argument as PyComplex_AsCComplex reads it: a complex, an object with
    /// <c>__complex__</c>, or a real number (float, int, <c>__float__</c>, <c>__index__</c>).
    /// </summary>
    internal static (double Re, double Im) ToComplex(PyObject o)
    {
        if (o is PyComplex c) return (c.Real, c.Imag);
        var m = Ops.UserDunder(o, "__complex__");
        if (m is not null)
        {
            var r = Ops.CallMethod(o, m);
            if (r is PyComplex rc) return (rc.Real, rc.Imag);
            throw Err.TypeError($"__complex__ returned non-complex (type {Ops.TypeName(r)})");
        }
        return (ToReal(o), 0.0);
    }

    /// <summary>A real argument (the 'd' converter): float, int, <c>__float__</c> or <c>__index__</c>.</summary>
    internal static double ToReal(PyObject o)
    {
        if (o is PyComplex) throw Err.TypeError("must be real number, not complex");
        return Math.MathModule.ToDouble(o);
    }

    private static List<KeyValuePair<string, PyObject>> Build()
    {
        var e = new List<KeyValuePair<string, PyObject>>();
        void Def(string name, BuiltinFn fn) => e.Add(new(name, new PyBuiltinFunction(name, fn)));
        void Unary(string name, ComplexFn f)
        {
            string qual = "cmath." + name;
            Def(name, (a, kw) =>
            {
                ArgParser.Count(qual, a, kw, 1, 1);
                var (re, im) = ToComplex(a[0]);
                var (rr, ri, st) = f(re, im);
                return Result(rr, ri, st);
            });
        }

        Unary("acos", CmathFunctions.Acos);
        Unary("acosh", CmathFunctions.Acosh);
        Unary("asin", CmathFunctions.Asin);
        Unary("asinh", CmathFunctions.Asinh);
        Unary("atan", CmathFunctions.Atan);
        Unary("atanh", CmathFunctions.Atanh);
        Unary("cos", CmathFunctions.Cos);
        Unary("cosh", CmathFunctions.Cosh);
        Unary("exp", CmathFunctions.Exp);
        Unary("log10", CmathFunctions.Log10);
        Unary("sin", CmathFunctions.Sin);
        Unary("sinh", CmathFunctions.Sinh);
        Unary("sqrt", CmathFunctions.Sqrt);
        Unary("tan", CmathFunctions.Tan);
        Unary("tanh", CmathFunctions.Tanh);

        Def("log", (a, kw) =>
        {
            ArgParser.NoKw("cmath.log", kw);
            if (a.Length is < 1 or > 2) throw Err.TypeError($"log expected at {(a.Length < 1 ? "least 1 argument" : "most 2 arguments")}, got {a.Length}");
            var (re, im) = ToComplex(a[0]);
            var (rr, ri, st) = CmathFunctions.Log(re, im);
            if (a.Length == 2)
            {
                var (bre, bim) = ToComplex(a[1]);
                var (lr, li, bst) = CmathFunctions.Log(bre, bim);
                if (bst != CmathStatus.Ok) st = bst;
                var (qr, qi, qst) = CmathFunctions.Quotient(rr, ri, lr, li);
                if (qst != CmathStatus.Ok) st = qst;
                (rr, ri) = (qr, qi);
            }
            return Result(rr, ri, st);
        });
        Def("phase", (a, kw) =>
        {
            ArgParser.Count("cmath.phase", a, kw, 1, 1);
            var (re, im) = ToComplex(a[0]);
            double phi = CmathFunctions.Phase(re, im);
            // C's atan2 reports an underflow to zero through errno (ERANGE), and phase() passes it
            // on as CPython does; polar() does not, because computing abs() resets errno.
            if (phi == 0 && im != 0 && double.IsFinite(re) && double.IsFinite(im) && re != 0) throw Fail(CmathStatus.Range);
            return PyFloat.From(phi);
        });
        Def("polar", (a, kw) =>
        {
            ArgParser.Count("cmath.polar", a, kw, 1, 1);
            var (re, im) = ToComplex(a[0]);
            double phi = CmathFunctions.Phase(re, im);
            var (r, st) = CmathFunctions.Abs(re, im);
            if (st != CmathStatus.Ok) throw Fail(st);
            return PyTuple.From(new PyObject[] { PyFloat.From(r), PyFloat.From(phi) });
        });
        Def("rect", (a, kw) =>
        {
            ArgParser.Count("rect", a, kw, 2, 2);
            double r = ToReal(a[0]), phi = ToReal(a[1]);
            var (zr, zi, st) = CmathFunctions.Rect(r, phi);
            return Result(zr, zi, st);
        });
        Def("isfinite", (a, kw) =>
        {
            ArgParser.Count("cmath.isfinite", a, kw, 1, 1);
            var (re, im) = ToComplex(a[0]);
            return PyBool.From(double.IsFinite(re) && double.IsFinite(im));
        });
        Def("isnan", (a, kw) =>
        {
            ArgParser.Count("cmath.isnan", a, kw, 1, 1);
            var (re, im) = ToComplex(a[0]);
            return PyBool.From(double.IsNaN(re) || double.IsNaN(im));
        });
        Def("isinf", (a, kw) =>
        {
            ArgParser.Count("cmath.isinf", a, kw, 1, 1);
            var (re, im) = ToComplex(a[0]);
            return PyBool.From(double.IsInfinity(re) || double.IsInfinity(im));
        });
        Def("isclose", IsClose);

        e.Add(new("pi", PyFloat.From(System.Math.PI)));
        e.Add(new("e", PyFloat.From(System.Math.E)));
        e.Add(new("tau", PyFloat.From(System.Math.Tau)));
        e.Add(new("inf", PyFloat.From(double.PositiveInfinity)));
        e.Add(new("infj", new PyComplex(0.0, double.PositiveInfinity)));
        e.Add(new("nan", PyFloat.From(double.NaN)));
        e.Add(new("nanj", new PyComplex(0.0, double.NaN)));
        return e;
    }

    private static PyObject IsClose(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        int nkw = kw?.Length ?? 0;
        int npos = a.Length - nkw;
        if (npos > 2) throw Err.TypeError($"isclose() takes exactly 2 positional arguments ({npos} given)");
        foreach (var name in kw ?? Array.Empty<string>())
            if (name is not ("a" or "b" or "rel_tol" or "abs_tol")) throw Err.TypeError($"'{name}' is an invalid keyword argument for isclose()");
        var p = ArgParser.Parse("isclose", a, kw, new[] { "a", "b", "rel_tol", "abs_tol" }, 2, posOnly: 0, kwOnlyFrom: 2);
        var (ar, ai) = ToComplex(p[0]!);
        var (br, bi) = ToComplex(p[1]!);
        double relTol = p[2] is null ? 1e-09 : ToReal(p[2]!);
        double absTol = p[3] is null ? 0.0 : ToReal(p[3]!);
        if (relTol < 0.0 || absTol < 0.0) throw Err.ValueError("tolerances must be non-negative");
        if (ar == br && ai == bi) return PyBool.True;
        if (double.IsInfinity(ar) || double.IsInfinity(ai) || double.IsInfinity(br) || double.IsInfinity(bi)) return PyBool.False;
        var (diff, _) = CmathFunctions.Abs(ar - br, ai - bi);
        var (absB, _) = CmathFunctions.Abs(br, bi);
        var (absA, _) = CmathFunctions.Abs(ar, ai);
        return PyBool.From(diff <= relTol * absB || diff <= relTol * absA || diff <= absTol);
    }
}
