using System.Numerics;
using RuleSandbox.Engine.Compiler;
using RuleSandbox.Engine.Modules.Decimal;
using RuleSandbox.Engine.Modules.Fractions;
using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Statistics;

using Math = System.Math;

/// <summary>
/// Averages and measures of central location: mean, fmean, geometric_mean, harmonic_mean, the
/// medians, mode, multimode and quantiles, each following statistics.py step by step (including
/// where it uses Python arithmetic on the data's own values, so mixed types behave the same).
/// </summary>
internal static class StatisticsAverages
{
    public static void Register(Action<string, BuiltinFn> def)
    {
        def("mean", (a, kw) =>
        {
            PyFunctionArgs.Bind("mean", a, kw, new[] { "data" }, 1);
            var r = StatisticsExact.Sum(StatisticsModule.Iterate(a[0]));
            if (r.Count < 1) throw StatisticsModule.Error("mean requires at least one data point");
            return StatisticsExact.Convert(StatisticsExact.DivideBy(r.Total, r.Count), r.T);
        });
        def("fmean", (a, kw) =>
        {
            var p = PyFunctionArgs.Bind("fmean", a, kw, new[] { "data", "weights" }, 1);
            return FMean(p[0]!, p[1] is PyNone ? null : p[1]);
        });
        def("geometric_mean", (a, kw) =>
        {
            PyFunctionArgs.Bind("geometric_mean", a, kw, new[] { "data" }, 1);
            var log = StatisticsModule.MathFunction("log");
            try
            {
                var logs = new PyList(Ops.ToList(a[0]).Select(x => Vm.Current!.Call(log, x)).ToList());
                var mean = FMean(logs, null);
                return Vm.Current!.Call(StatisticsModule.MathFunction("exp"), mean);
            }
            catch (PythonException e) when (e.Value.Is(ExcTypes.ValueError))
            {
                throw StatisticsModule.Error("geometric mean requires a non-empty dataset containing positive numbers");
            }
        });
        def("harmonic_mean", (a, kw) =>
        {
            var p = PyFunctionArgs.Bind("harmonic_mean", a, kw, new[] { "data", "weights" }, 1);
            return HarmonicMean(p[0]!, p[1] is PyNone ? null : p[1]);
        });
        def("median", (a, kw) =>
        {
            PyFunctionArgs.Bind("median", a, kw, new[] { "data" }, 1);
            var data = Sorted(a[0]);
            int n = data.Count;
            if (n % 2 == 1) return data[n / 2];
            return Ops.Binary(BinaryOpKind.TrueDiv, Ops.Binary(BinaryOpKind.Add, data[n / 2 - 1], data[n / 2]), PyInt.From(2));
        });
        def("median_low", (a, kw) =>
        {
            PyFunctionArgs.Bind("median_low", a, kw, new[] { "data" }, 1);
            var data = Sorted(a[0]);
            int n = data.Count;
            return n % 2 == 1 ? data[n / 2] : data[n / 2 - 1];
        });
        def("median_high", (a, kw) =>
        {
            PyFunctionArgs.Bind("median_high", a, kw, new[] { "data" }, 1);
            var data = Sorted(a[0]);
            return data[data.Count / 2];
        });
        def("median_grouped", (a, kw) =>
        {
            var p = PyFunctionArgs.Bind("median_grouped", a, kw, new[] { "data", "interval" }, 1);
            return MedianGrouped(p[0]!, p[1] ?? PyFloat.From(1.0));
        });
        def("mode", (a, kw) =>
        {
            PyFunctionArgs.Bind("mode", a, kw, new[] { "data" }, 1);
            var counts = Count(a[0]);
            PyObject? best = null;
            long bestCount = 0;
            foreach (var (value, c) in counts)
                if (c > bestCount) { best = value; bestCount = c; }
            return best ?? throw StatisticsModule.Error("no mode for empty data");
        });
        def("multimode", (a, kw) =>
        {
            PyFunctionArgs.Bind("multimode", a, kw, new[] { "data" }, 1);
            var counts = Count(a[0]);
            long max = counts.Count == 0 ? 0 : counts.Max(kv => kv.Count);
            return new PyList(counts.Where(kv => kv.Count == max).Select(kv => kv.Value).ToList());
        });
        def("quantiles", Quantiles);
    }

    /// <summary><c>sorted(data)</c> with a "no median for empty data" StatisticsError when empty.</summary>
    private static List<PyObject> Sorted(PyObject data)
    {
        var items = Ops.ToList(data);
        Builtins.SortList(items, null, false);
        if (items.Count == 0) throw StatisticsModule.Error("no median for empty data");
        return items;
    }

    /// <summary>Counter(data) as (value, count) pairs in first-seen order.</summary>
    private static List<(PyObject Value, long Count)> Count(PyObject data)
    {
        var index = new PyDict();
        var pairs = new List<(PyObject Value, long Count)>();
        foreach (var x in StatisticsModule.Iterate(data))
        {
            Vm.Current?.Charge(1);
            if (index.Get(x) is PyInt i)
            {
                var k = (int)i.Small;
                pairs[k] = (pairs[k].Value, pairs[k].Count + 1);
            }
            else
            {
                // A new distinct value costs a dict entry and a pair: account for the memory.
                Vm.Current?.ChargeAllocation(64);
                index.Set(x, PyInt.From(pairs.Count));
                pairs.Add((x, 1));
            }
        }
        return pairs;
    }

    /// <summary><c>fmean(data, weights)</c>.</summary>
    public static PyObject FMean(PyObject data, PyObject? weights)
    {
        var fsum = StatisticsModule.MathFunction("fsum");
        if (weights is null)
        {
            var items = data is PyList or PyTuple ? data : new PyList(Ops.ToList(data));
            long n = Ops.Len(items);
            var total = (PyFloat)Vm.Current!.Call(fsum, items);
            if (n == 0) throw StatisticsModule.Error("fmean requires at least one data point");
            return PyFloat.From(total.Value / n);
        }
        if (weights is not (PyList or PyTuple)) weights = new PyList(Ops.ToList(weights));
        PyObject num;
        try
        {
            num = StatisticsSumProd.SumProd(data, weights);
        }
        catch (PythonException e) when (e.Value.Is(ExcTypes.ValueError))
        {
            throw StatisticsModule.Error("data and weights must be the same length");
        }
        var den = Vm.Current!.Call(fsum, weights);
        if (!Ops.IsTrue(den)) throw StatisticsModule.Error("sum of weights must be non-zero");
        return Ops.Binary(BinaryOpKind.TrueDiv, num, den);
    }

    private static PyObject HarmonicMean(PyObject dataArg, PyObject? weightsArg)
    {
        const string errmsg = "harmonic mean does not support negative values";
        var data = Ops.ToList(dataArg);
        int n = data.Count;
        if (n < 1) throw StatisticsModule.Error("harmonic_mean requires at least one data point");
        if (n == 1 && weightsArg is null)
        {
            var x = data[0];
            if (x is PyInt or PyFloat or PyFraction or PyDecimal)
            {
                if (Ops.LessThan(x, PyInt.From(0))) throw StatisticsModule.Error(errmsg);
                return x;
            }
            throw Err.TypeError("unsupported type");
        }
        List<PyObject> weights;
        StatisticsExact.Total sumWeights;
        if (weightsArg is null)
        {
            weights = Enumerable.Repeat<PyObject>(PyInt.From(1), n).ToList();
            sumWeights = new StatisticsExact.Total(n, BigInteger.One, null);
        }
        else
        {
            weights = Ops.ToList(weightsArg);
            if (weights.Count != n) throw StatisticsModule.Error("Number of weights does not match data size");
            sumWeights = StatisticsExact.Sum(FailNegative(weights, errmsg)).Total;
        }
        StatisticsExact.SumResult r;
        try
        {
            r = StatisticsExact.Sum(Reciprocals(weights, FailNegative(data, errmsg)));
        }
        catch (PythonException e) when (e.Value.Is(ExcTypes.ZeroDivisionError))
        {
            return PyInt.From(0);
        }
        var total = r.Total.ToObject();
        if (!Ops.LessThan(PyInt.From(0), total)) throw StatisticsModule.Error("Weighted sum must be positive");
        if (r.Total.IsExact && sumWeights.IsExact)
            return StatisticsExact.Convert(StatisticsExact.Total.Exact(FractionMath.Div(sumWeights.AsFraction(), r.Total.AsFraction())), r.T);
        var q = Ops.Binary(BinaryOpKind.TrueDiv, sumWeights.ToObject(), total);
        return StatisticsExact.Convert(new StatisticsExact.Total(default, default, q), r.T);
    }

    /// <summary>statistics.py's <c>_fail_neg</c>: yields the values, raising at the first negative one.</summary>
    private static IEnumerable<PyObject> FailNegative(IEnumerable<PyObject> values, string errmsg)
    {
        foreach (var x in values)
        {
            if (Ops.LessThan(x, PyInt.From(0))) throw StatisticsModule.Error(errmsg);
            yield return x;
        }
    }

    private static IEnumerable<PyObject> Reciprocals(List<PyObject> weights, IEnumerable<PyObject> data)
    {
        int i = 0;
        foreach (var x in data)
        {
            var w = weights[i++];
            yield return Ops.IsTrue(w) ? Ops.Binary(BinaryOpKind.TrueDiv, w, x) : PyInt.From(0);
        }
    }

    private static PyObject MedianGrouped(PyObject dataArg, PyObject intervalArg)
    {
        var data = Sorted(dataArg);
        int n = data.Count;
        var x = data[n / 2];
        int i = 0;
        while (i < n && Ops.LessThan(data[i], x)) i++;
        int j = i;
        while (j < n && !Ops.LessThan(x, data[j])) j++;
        double interval, xf;
        try
        {
            interval = ((PyFloat)Vm.Current!.Call(PyFloat.TypeObject, intervalArg)).Value;
            xf = ((PyFloat)Vm.Current!.Call(PyFloat.TypeObject, x)).Value;
        }
        catch (PythonException e) when (e.Value.Is(ExcTypes.ValueError))
        {
            throw Err.TypeError("Value cannot be converted to a float");
        }
        double l = xf - interval / 2.0;
        int cf = i, f = j - i;
        return PyFloat.From(l + interval * (n / 2.0 - cf) / f);
    }

    private static PyObject Quantiles(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        var p = PyFunctionArgs.Bind("quantiles", a, kw, new[] { "data", "n", "method" }, 1, kwOnlyFrom: 1);
        var nObj = p[1] ?? PyInt.From(4);
        var method = p[2] ?? PyStr.From("exclusive");
        if (Ops.LessThan(nObj, PyInt.From(1))) throw StatisticsModule.Error("n must be at least 1");
        var data = Ops.ToList(p[0]!);
        Builtins.SortList(data, null, false);
        int ld = data.Count;
        if (ld < 2) throw StatisticsModule.Error("must have at least two data points");
        long n = Ops.IndexOf(nObj, $"'{Ops.TypeName(nObj)}' object cannot be interpreted as an integer");
        Vm.Current?.ChargeAllocation(n * 8);
        var result = new List<PyObject>();
        bool inclusive = method is PyStr { Value: "inclusive" };
        if (!inclusive && method is not PyStr { Value: "exclusive" }) throw Err.ValueError($"Unknown method: {Ops.Repr(method)}");
        var nInt = PyInt.From(n);
        for (long i = 1; i < n; i++)
        {
            Vm.Current?.Charge(1);
            long j, delta;
            PyObject lo, hi;
            if (inclusive)
            {
                long m = ld - 1;
                j = Math.DivRem(i * m, n, out delta);
                lo = data[(int)j];
                hi = data[(int)j + 1];
            }
            else
            {
                long m = ld + 1;
                j = i * m / n;
                j = j < 1 ? 1 : j > ld - 1 ? ld - 1 : j;
                delta = i * m - j * n;
                lo = data[(int)j - 1];
                hi = data[(int)j];
            }
            var sum = Ops.Binary(BinaryOpKind.Add,
                Ops.Binary(BinaryOpKind.Mul, lo, PyInt.From(n - delta)),
                Ops.Binary(BinaryOpKind.Mul, hi, PyInt.From(delta)));
            result.Add(Ops.Binary(BinaryOpKind.TrueDiv, sum, nInt));
        }
        return new PyList(result);
    }
}
