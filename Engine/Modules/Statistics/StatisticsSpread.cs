using System.Numerics;
using RuleSandbox.Engine.Compiler;
using RuleSandbox.Engine.Modules.Decimal;
using RuleSandbox.Engine.Modules.Fractions;
using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Statistics;

/// <summary>
/// Measures of spread and of relations between two inputs: variance, pvariance, stdev, pstdev
/// (exact sums of squares, correctly rounded roots), covariance, correlation (linear and ranked)
/// and linear_regression (fsum and sumprod on floats, as statistics.py does).
/// </summary>
internal static class StatisticsSpread
{
    public static void Register(Action<string, BuiltinFn> def)
    {
        def("variance", (a, kw) => Variance(a, kw, "variance", "xbar", sample: true, root: false));
        def("pvariance", (a, kw) => Variance(a, kw, "pvariance", "mu", sample: false, root: false));
        def("stdev", (a, kw) => Variance(a, kw, "stdev", "xbar", sample: true, root: true));
        def("pstdev", (a, kw) => Variance(a, kw, "pstdev", "mu", sample: false, root: true));
        def("covariance", Covariance);
        def("correlation", Correlation);
        def("linear_regression", LinearRegression);
    }

    private static PyObject Variance(ReadOnlySpan<PyObject> a, string[]? kw, string name, string centreName, bool sample, bool root)
    {
        var p = PyFunctionArgs.Bind(name, a, kw, new[] { "data", centreName }, 1);
        var centre = p[1] is null or PyNone ? null : p[1];
        var r = StatisticsExact.SumSquares(StatisticsModule.Iterate(p[0]!), centre);
        long min = sample ? 2 : 1;
        if (r.Count < min)
        {
            string what = min == 2 ? "at least two data points" : "at least one data point";
            throw StatisticsModule.Error($"{name} requires {what}");
        }
        var mss = StatisticsExact.DivideBy(r.Ss, sample ? r.Count - 1 : r.Count);
        if (!root) return StatisticsExact.Convert(mss, r.T);
        BigInteger num, den;
        if (mss.IsExact) (num, den) = (mss.Num, mss.Den);
        else
        {
            // statistics.py reads .numerator of the non-finite float and fails the same way.
            num = Ops.AsIndex(Ops.GetAttr(mss.NonFinite!, "numerator")).Big;
            den = Ops.AsIndex(Ops.GetAttr(mss.NonFinite!, "denominator")).Big;
        }
        if (r.T.IsSubtypeOf(DecimalTypes.Decimal)) return StatisticsExact.DecimalSqrtOfFrac(num, den);
        return PyFloat.From(StatisticsExact.FloatSqrtOfFrac(num, den));
    }

    /// <summary>The length of a sequence argument (statistics.py calls len(), so iterators are refused).</summary>
    private static List<PyObject> Sequence(PyObject o)
    {
        Ops.Len(o);
        return Ops.ToList(o);
    }

    private static PyObject FSumMean(List<PyObject> items)
    {
        var sum = (PyFloat)Vm.Current!.Call(StatisticsModule.MathFunction("fsum"), new PyList(items));
        return PyFloat.From(sum.Value / items.Count);
    }

    private static PyList Centred(List<PyObject> items, PyObject mean)
        => new(items.Select(v => Ops.Binary(BinaryOpKind.Sub, v, mean)).ToList());

    private static (List<PyObject> X, List<PyObject> Y) Pair(PyObject xArg, PyObject yArg, string what)
    {
        var x = Sequence(xArg);
        var y = Sequence(yArg);
        if (x.Count != y.Count) throw StatisticsModule.Error($"{what} requires that both inputs have same number of data points");
        if (x.Count < 2) throw StatisticsModule.Error($"{what} requires at least two data points");
        return (x, y);
    }

    private static PyObject Covariance(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        var p = PyFunctionArgs.Bind("covariance", a, kw, new[] { "x", "y" }, 2, posOnly: 2);
        var (x, y) = Pair(p[0]!, p[1]!, "covariance");
        var sxy = StatisticsSumProd.SumProd(Centred(x, FSumMean(x)), Centred(y, FSumMean(y)));
        return Ops.Binary(BinaryOpKind.TrueDiv, sxy, PyInt.From(x.Count - 1));
    }

    private static PyObject Correlation(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        var p = PyFunctionArgs.Bind("correlation", a, kw, new[] { "x", "y", "method" }, 2, posOnly: 2, kwOnlyFrom: 2);
        var (x, y) = Pair(p[0]!, p[1]!, "correlation");
        var method = p[2] ?? PyStr.From("linear");
        bool ranked = method is PyStr { Value: "ranked" };
        if (!ranked && method is not PyStr { Value: "linear" }) throw Err.ValueError($"Unknown method: {Ops.Repr(method)}");
        PyList xs, ys;
        if (ranked)
        {
            double start = (x.Count - 1) / -2.0;
            xs = Rank(x, start);
            ys = Rank(y, start);
        }
        else
        {
            xs = Centred(x, FSumMean(x));
            ys = Centred(y, FSumMean(y));
        }
        var sxy = StatisticsSumProd.SumProd(xs, ys);
        var sxx = StatisticsSumProd.SumProd(xs, xs);
        var syy = StatisticsSumProd.SumProd(ys, ys);
        try
        {
            var root = Vm.Current!.Call(StatisticsModule.MathFunction("sqrt"), Ops.Binary(BinaryOpKind.Mul, sxx, syy));
            return Ops.Binary(BinaryOpKind.TrueDiv, sxy, root);
        }
        catch (PythonException e) when (e.Value.Is(ExcTypes.ZeroDivisionError))
        {
            throw StatisticsModule.Error("at least one of the inputs is constant");
        }
    }

    /// <summary>statistics.py's <c>_rank</c>: ranks from <paramref name="start"/>, ties get their average rank.</summary>
    private static PyList Rank(List<PyObject> data, double start)
    {
        int n = data.Count;
        var keys = new List<PyObject>(n);
        for (int k = 0; k < n; k++) keys.Add(PyTuple.From(new[] { data[k], PyInt.From(k) }));
        Builtins.SortList(keys, null, false);
        var result = new PyObject[n];
        double i = start - 1;
        int pos = 0;
        while (pos < n)
        {
            Vm.Current?.Charge(1);
            var value = ((PyTuple)keys[pos]).Items[0];
            int end = pos + 1;
            while (end < n && Ops.Eq(((PyTuple)keys[end]).Items[0], value)) end++;
            int size = end - pos;
            double rank = i + (size + 1) / 2.0;
            for (int k = pos; k < end; k++) result[(int)((PyInt)((PyTuple)keys[k]).Items[1]).Small] = PyFloat.From(rank);
            i += size;
            pos = end;
        }
        return new PyList(result.ToList());
    }

    private static PyObject LinearRegression(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        var p = PyFunctionArgs.Bind("linear_regression", a, kw, new[] { "x", "y", "proportional" }, 2, posOnly: 2, kwOnlyFrom: 2);
        var (x, y) = Pair(p[0]!, p[1]!, "linear regression");
        bool proportional = p[2] is not null && Ops.IsTrue(p[2]!);
        PyObject xs = new PyList(x), ys = new PyList(y), xbar = PyFloat.From(0), ybar = PyFloat.From(0);
        if (!proportional)
        {
            xbar = FSumMean(x);
            ybar = FSumMean(y);
            xs = Centred(x, xbar);
            ys = Centred(y, ybar);
        }
        var sxy = Ops.Binary(BinaryOpKind.Add, StatisticsSumProd.SumProd(xs, ys), PyFloat.From(0.0));
        var sxx = StatisticsSumProd.SumProd(xs, xs);
        PyObject slope;
        try
        {
            slope = Ops.Binary(BinaryOpKind.TrueDiv, sxy, sxx);
        }
        catch (PythonException e) when (e.Value.Is(ExcTypes.ZeroDivisionError))
        {
            throw StatisticsModule.Error("x is constant");
        }
        var intercept = proportional ? PyFloat.From(0.0) : Ops.Binary(BinaryOpKind.Sub, ybar, Ops.Binary(BinaryOpKind.Mul, slope, xbar));
        return new PyLinearRegression(slope, intercept);
    }
}
