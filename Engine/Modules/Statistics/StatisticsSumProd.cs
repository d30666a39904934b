using RuleSandbox.Engine.Compiler;
using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Statistics;

/// <summary>
/// CPython 3.12's <c>math.sumprod</c> algorithm, which covariance, correlation, linear_regression
/// and weighted fmean are built on: exact machine-int products while every pair is a pair of
/// ints, then a triple-length float accumulator (hi, lo, tiny) while every pair is float×float
/// or float×int, then ordinary Python arithmetic. Each path, once left, stays closed. Copying
/// the algorithm (not just "an accurate dot product") is what makes the last digit agree.
/// </summary>
internal static class StatisticsSumProd
{
    private readonly record struct DoubleLength(double Hi, double Lo);

    private readonly record struct TripleLength(double Hi, double Lo, double Tiny);

    private static DoubleLength DlSum(double a, double b)
    {
        double x = a + b;
        double z = x - a;
        double y = (a - (x - z)) + (b - z);
        return new DoubleLength(x, y);
    }

    private static DoubleLength DlMul(double x, double y)
    {
        double z = x * y;
        double zz = System.Math.FusedMultiplyAdd(x, y, -z);
        return new DoubleLength(z, zz);
    }

    private static TripleLength TlFma(double x, double y, TripleLength total)
    {
        var pr = DlMul(x, y);
        var sm = DlSum(total.Hi, pr.Hi);
        var r1 = DlSum(total.Lo, pr.Lo);
        var r2 = DlSum(r1.Hi, sm.Lo);
        return new TripleLength(sm.Hi, r2.Hi, total.Tiny + r1.Lo + r2.Lo);
    }

    private static double TlToD(TripleLength total)
    {
        var last = DlSum(total.Lo, total.Hi);
        return total.Tiny + last.Lo + last.Hi;
    }

    /// <summary>sum(p[i] * q[i]); ValueError "Inputs are not the same length" when one runs out first.</summary>
    public static PyObject SumProd(PyObject p, PyObject q)
    {
        var pIt = Ops.GetIter(p);
        var qIt = Ops.GetIter(q);
        bool intPath = true, intInUse = false, fltPath = true, fltInUse = false;
        long intTotal = 0;
        var fltTotal = new TripleLength(0, 0, 0);
        PyObject total = PyInt.From(0);
        var vm = Vm.Current;
        while (true)
        {
            vm?.Charge(1);
            var pi = Ops.Next(pIt);
            var qi = Ops.Next(qIt);
            if ((pi is null) != (qi is null)) throw Err.ValueError("Inputs are not the same length");
            bool finished = pi is null;
            if (intPath)
            {
                if (!finished && IsExactSmallInt(pi!, out long ip) && IsExactSmallInt(qi!, out long iq))
                {
                    long hi = System.Math.BigMul(ip, iq, out long prod);
                    bool fits = (hi == 0 && prod >= 0) || (hi == -1 && prod < 0);
                    if (fits)
                    {
                        long sum = intTotal + prod;
                        if (((intTotal ^ sum) & (prod ^ sum)) >= 0)
                        {
                            intTotal = sum;
                            intInUse = true;
                            continue;
                        }
                    }
                }
                intPath = false;
                if (intInUse)
                {
                    total = Ops.Binary(BinaryOpKind.Add, total, PyInt.From(intTotal));
                    intTotal = 0;
                    intInUse = false;
                }
            }
            if (fltPath)
            {
                if (!finished && FloatPair(pi!, qi!, out double fp, out double fq))
                {
                    var next = TlFma(fp, fq, fltTotal);
                    if (double.IsFinite(next.Hi))
                    {
                        fltTotal = next;
                        fltInUse = true;
                        continue;
                    }
                }
                fltPath = false;
                if (fltInUse)
                {
                    total = Ops.Binary(BinaryOpKind.Add, total, PyFloat.From(TlToD(fltTotal)));
                    fltTotal = new TripleLength(0, 0, 0);
                    fltInUse = false;
                }
            }
            if (finished) return total;
            total = Ops.Binary(BinaryOpKind.Add, total, Ops.Binary(BinaryOpKind.Mul, pi!, qi!));
        }
    }

    /// <summary>An exact int (not bool) that fits a machine word.</summary>
    private static bool IsExactSmallInt(PyObject o, out long v)
    {
        if (o is PyInt i && o is not PyBool && ReferenceEquals(o.Type, PyInt.TypeObject) && !i.IsBig)
        {
            v = i.Small;
            return true;
        }
        v = 0;
        return false;
    }

    /// <summary>float×float, float×int or int×float (bools count as ints here), as doubles.</summary>
    private static bool FloatPair(PyObject p, PyObject q, out double fp, out double fq)
    {
        fp = fq = 0;
        bool pf = p is PyFloat && ReferenceEquals(p.Type, PyFloat.TypeObject);
        bool qf = q is PyFloat && ReferenceEquals(q.Type, PyFloat.TypeObject);
        if (pf && qf)
        {
            fp = ((PyFloat)p).Value;
            fq = ((PyFloat)q).Value;
            return true;
        }
        if (pf && q is PyInt qi && (ReferenceEquals(q.Type, PyInt.TypeObject) || q is PyBool))
        {
            fp = ((PyFloat)p).Value;
            return IntToDouble(qi, out fq);
        }
        if (qf && p is PyInt pi && (ReferenceEquals(p.Type, PyInt.TypeObject) || p is PyBool))
        {
            fq = ((PyFloat)q).Value;
            return IntToDouble(pi, out fp);
        }
        return false;
    }

    private static bool IntToDouble(PyInt i, out double d)
    {
        // PyLong_AsDouble's OverflowError closes the float path rather than escaping.
        if (i.IsBig && (double)i.Big is var big && double.IsInfinity(big))
        {
            d = 0;
            return false;
        }
        d = IntOps.ToDouble(i);
        return true;
    }
}
