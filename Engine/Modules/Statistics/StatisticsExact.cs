using System.Numerics;
using RuleSandbox.Engine.Compiler;
using RuleSandbox.Engine.Modules.Decimal;
using RuleSandbox.Engine.Modules.Fractions;
using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Statistics;

using Math = System.Math;

/// <summary>
/// The exact machinery under statistics.py's averages and spreads: <c>_sum</c> and <c>_ss</c>
/// add every value as an exact ratio (so <c>mean([1, 2, 2.5])</c> has no rounding error), the
/// result type is found with <c>_coerce</c> (int &lt; Fraction &lt; float, Decimal on its own) and
/// the exact result is converted back to it with <c>_convert</c>; square roots of exact ratios
/// are correctly rounded as in <c>_float_sqrt_of_frac</c> / <c>_decimal_sqrt_of_frac</c>.
/// A non-finite value (inf, nan) makes the total non-finite, added with Python's own <c>+</c>.
/// </summary>
internal static class StatisticsExact
{
    /// <summary>An exact total (Num/Den in lowest terms, Den &gt; 0), or a non-finite Python value.</summary>
    internal readonly record struct Total(BigInteger Num, BigInteger Den, PyObject? NonFinite)
    {
        public bool IsExact => NonFinite is null;

        public static Total Exact(PyFraction f) => new(f.Numerator, f.Denominator, null);

        public PyFraction AsFraction() => new(Num, Den);

        /// <summary>The total as a Python object (a Fraction when exact).</summary>
        public PyObject ToObject() => NonFinite ?? AsFraction();
    }

    /// <summary>The result of <c>_sum</c>: the coerced type, the total and the count.</summary>
    internal readonly record struct SumResult(PyType T, Total Total, long Count);

    /// <summary>The result of <c>_ss</c>: type, sum of squared deviations, centre and count.</summary>
    internal readonly record struct SsResult(PyType T, Total Ss, Total Centre, long Count);

    /// <summary><c>_exact_ratio</c>: (n, d) for a finite number; (x, null) for inf and nan; TypeError otherwise.</summary>
    public static (BigInteger Num, BigInteger Den, PyObject? NonFinite) ExactRatio(PyObject x)
    {
        switch (x)
        {
            case PyInt i: return (i.Big, BigInteger.One, null);
            case PyFloat f:
                if (!double.IsFinite(f.Value)) return (default, default, x);
                var (n, d) = FractionMath.FromDouble(f.Value);
                return (n, d, null);
            case PyFraction fr: return (fr.Numerator, fr.Denominator, null);
            case PyDecimal dec:
                if (dec.Value.IsSpecial) return (default, default, x);
                var (dn, dd) = FractionBinding.DecimalRatio(dec);
                return (dn, dd, null);
        }
        var ratio = Ops.TryGetAttr(x, "as_integer_ratio");
        if (ratio is not null)
        {
            PyObject r;
            try
            {
                r = Vm.Current!.Call(ratio);
            }
            catch (PythonException e) when (e.Value.Is(ExcTypes.OverflowError) || e.Value.Is(ExcTypes.ValueError))
            {
                return (default, default, x);
            }
            var items = Ops.ToArray(r);
            return (Ops.AsIndex(items[0]).Big, Ops.AsIndex(items[1]).Big, null);
        }
        var num = Ops.TryGetAttr(x, "numerator");
        var den = num is null ? null : Ops.TryGetAttr(x, "denominator");
        if (num is null || den is null) throw Err.TypeError($"can't convert type '{Ops.TypeName(x)}' to numerator/denominator");
        return (Ops.AsIndex(num).Big, Ops.AsIndex(den).Big, null);
    }

    /// <summary><c>_sum(data)</c> over the items of an iterable.</summary>
    public static SumResult Sum(IEnumerable<PyObject> data)
    {
        var types = new List<PyType>();
        var partials = new RatioAccumulator();
        PyObject? nonFinite = null;
        long count = 0;
        var vm = Vm.Current;
        foreach (var x in data)
        {
            vm?.Charge(1);
            NoteType(types, x);
            count++;
            if (AddFast(partials, null, x)) continue;
            var (n, d, special) = ExactRatio(x);
            if (special is not null)
            {
                nonFinite = Ops.Binary(BinaryOpKind.Add, nonFinite ?? PyInt.From(0), special);
                continue;
            }
            partials.Add(n, d);
        }
        var t = CoerceAll(types);
        if (nonFinite is not null) return new SumResult(t, new Total(default, default, nonFinite), count);
        return new SumResult(t, Total.Exact(partials.Total()), count);
    }

    /// <summary>
    /// Adds a finite float or a machine-word int (and its square when <paramref name="squares"/>
    /// is given) without big integers; false for any other value.
    /// </summary>
    private static bool AddFast(RatioAccumulator sums, RatioAccumulator? squares, PyObject x)
    {
        long m;
        int k;
        if (x is PyFloat f && double.IsFinite(f.Value) && RatioAccumulator.TrySplit(f.Value, out m, out k)) { }
        else if (x is PyInt i && !i.IsBig && i.Small != long.MinValue) { m = i.Small; k = 0; }
        else return false;
        sums.AddBinary(m, k);
        squares?.AddBinary((Int128)m * m, 2 * k);
        return true;
    }

    /// <summary><c>_ss(data, c)</c>: the sum of squared deviations about c (about the exact mean when c is null).</summary>
    public static SsResult SumSquares(IEnumerable<PyObject> data, PyObject? c)
    {
        if (c is not null)
        {
            var r = Sum(Deviations(data, c));
            return new SsResult(r.T, r.Total, new Total(default, default, c), r.Count);
        }
        var types = new List<PyType>();
        var sx = new RatioAccumulator();
        var sxx = new RatioAccumulator();
        PyObject? nonFinite = null;
        long count = 0;
        var vm = Vm.Current;
        foreach (var x in data)
        {
            vm?.Charge(1);
            NoteType(types, x);
            count++;
            if (AddFast(sx, sxx, x)) continue;
            var (n, d, special) = ExactRatio(x);
            if (special is not null)
            {
                nonFinite = Ops.Binary(BinaryOpKind.Add, nonFinite ?? PyInt.From(0), special);
                continue;
            }
            FractionMath.Charge(n, n);
            sx.Add(n, d);
            sxx.Add(n * n, d * d);
        }
        var t = CoerceAll(types);
        if (count == 0)
        {
            var zero = new Total(BigInteger.Zero, BigInteger.One, null);
            return new SsResult(t, zero, zero, 0);
        }
        if (nonFinite is not null)
        {
            var nf = new Total(default, default, nonFinite);
            return new SsResult(t, nf, nf, count);
        }
        var sumX = sx.Total();
        var sumXX = sxx.Total();
        var countF = new PyFraction(count, BigInteger.One);
        var ssd = FractionMath.Div(FractionMath.Sub(FractionMath.Mul(countF, sumXX), FractionMath.Mul(sumX, sumX)), countF);
        var centre = FractionMath.Div(sumX, countF);
        return new SsResult(t, Total.Exact(ssd), Total.Exact(centre), count);
    }

    private static IEnumerable<PyObject> Deviations(IEnumerable<PyObject> data, PyObject c)
    {
        foreach (var x in data)
        {
            var d = Ops.Binary(BinaryOpKind.Sub, x, c);
            yield return Ops.Binary(BinaryOpKind.Mul, d, d);
        }
    }

    /// <summary>Records the type of x, keeping first-appearance order (statistics.py uses a set).</summary>
    private static void NoteType(List<PyType> types, PyObject x)
    {
        var t = x.Type;
        if (types.Count == 0 || !ReferenceEquals(types[^1], t))
            if (!types.Contains(t)) types.Add(t);
    }

    private static PyType CoerceAll(List<PyType> types)
    {
        var t = PyInt.TypeObject;
        foreach (var s in types) t = Coerce(t, s);
        return t;
    }

    /// <summary><c>_coerce(T, S)</c>: the type a mixed sum converts back to, or TypeError.</summary>
    public static PyType Coerce(PyType t, PyType s)
    {
        var intT = PyInt.TypeObject;
        if (ReferenceEquals(t, s)) return t;
        if (ReferenceEquals(s, intT) || ReferenceEquals(s, PyBool.TypeObject)) return t;
        if (ReferenceEquals(t, intT)) return s;
        if (s.IsSubtypeOf(t)) return s;
        if (t.IsSubtypeOf(s)) return t;
        if (t.IsSubtypeOf(intT)) return s;
        if (s.IsSubtypeOf(intT)) return t;
        if (t.IsSubtypeOf(PyFraction.TypeObject) && s.IsSubtypeOf(PyFloat.TypeObject)) return s;
        if (t.IsSubtypeOf(PyFloat.TypeObject) && s.IsSubtypeOf(PyFraction.TypeObject)) return t;
        throw Err.TypeError($"don't know how to coerce {ShortName(t)} and {ShortName(s)}");
    }

    /// <summary>A type's <c>__name__</c> (native types carry their module in the name).</summary>
    public static string ShortName(PyType t)
    {
        int dot = t.Name.LastIndexOf('.');
        return dot < 0 ? t.Name : t.Name[(dot + 1)..];
    }

    /// <summary>The total divided by an int, exactly when the total is exact.</summary>
    public static Total DivideBy(Total total, long n)
    {
        if (total.IsExact) return Total.Exact(FractionMath.Div(total.AsFraction(), new PyFraction(n, BigInteger.One)));
        return total with { NonFinite = Ops.Binary(BinaryOpKind.TrueDiv, total.NonFinite!, PyInt.From(n)) };
    }

    /// <summary><c>_convert(value, T)</c>: an exact result back in the data's type.</summary>
    public static PyObject Convert(Total value, PyType t)
    {
        if (!value.IsExact)
        {
            var v = value.NonFinite!;
            return ReferenceEquals(v.Type, t) ? v : Vm.Current!.Call(t, v);
        }
        if (ReferenceEquals(t, PyFraction.TypeObject)) return value.AsFraction();
        if (t.IsSubtypeOf(PyInt.TypeObject) && !value.Den.IsOne) t = PyFloat.TypeObject;
        if (ReferenceEquals(t, PyInt.TypeObject)) return PyInt.From(value.Num);
        if (ReferenceEquals(t, PyFloat.TypeObject)) return PyFloat.From(FractionMath.ToDouble(value.Num, value.Den));
        if (ReferenceEquals(t, DecimalTypes.Decimal)) return DecimalDivide(value.Num, value.Den);
        return Vm.Current!.Call(t, value.AsFraction());
    }

    /// <summary><c>Decimal(n) / Decimal(d)</c> in the current decimal context.</summary>
    public static PyObject DecimalDivide(BigInteger n, BigInteger d)
        => Ops.Binary(BinaryOpKind.TrueDiv, new PyDecimal(DecimalNumber.FromInteger(n)), new PyDecimal(DecimalNumber.FromInteger(d)));

    // ------------------------------------------------------------------ square roots

    /// <summary><c>math.isqrt</c> for a non-negative big integer (Newton's method).</summary>
    public static BigInteger ISqrt(BigInteger n)
    {
        if (n.Sign < 0) throw Err.ValueError("isqrt() argument must be nonnegative");
        if (n < 2) return n;
        Vm.Current?.Charge((long)(n.GetBitLength() / 64) + 1);
        var x = BigInteger.One << (int)((n.GetBitLength() + 1) / 2);
        while (true)
        {
            var y = (x + n / x) >> 1;
            if (y >= x) return x;
            x = y;
        }
    }

    /// <summary>Square root of n/m rounded to odd: the low bit records an inexact root.</summary>
    private static BigInteger ISqrtFracRto(BigInteger n, BigInteger m)
    {
        var a = ISqrt(FractionMath.FloorDiv(n, m));
        return a * a * m != n ? a | BigInteger.One : a;
    }

    /// <summary><c>_float_sqrt_of_frac</c>: the correctly rounded float square root of n/m.</summary>
    public static double FloatSqrtOfFrac(BigInteger n, BigInteger m)
    {
        const int sqrtBitWidth = 2 * 53 + 3;
        long diff = BitLength(n) - BitLength(m) - sqrtBitWidth;
        long q = diff >= 0 ? diff / 2 : -((-diff + 1) / 2);
        BigInteger numerator, denominator;
        if (q >= 0)
        {
            numerator = ISqrtFracRto(n, m << (int)(2 * q)) << (int)q;
            denominator = BigInteger.One;
        }
        else
        {
            numerator = ISqrtFracRto(n << (int)(-2 * q), m);
            denominator = BigInteger.One << (int)(-q);
        }
        return FractionMath.ToDouble(numerator, denominator);
    }

    private static long BitLength(BigInteger v) => (long)BigInteger.Abs(v).GetBitLength();

    /// <summary><c>_decimal_sqrt_of_frac</c>: the Decimal square root of n/m, corrected to the nearest representable value.</summary>
    public static PyObject DecimalSqrtOfFrac(BigInteger n, BigInteger m)
    {
        if (n.Sign <= 0)
        {
            if (n.IsZero) return new PyDecimal(DecimalNumber.Parse("0.0")!.Value);
            n = -n;
            m = -m;
        }
        var quotient = DecimalDivide(n, m);
        var root = Vm.Current!.Call(Ops.GetAttr(quotient, "sqrt"));
        if (root is not PyDecimal rd || rd.Value.IsSpecial || rd.Value.IsZero) return root;
        var (nr, dr) = FractionBinding.DecimalRatio(root);
        int prec = (int)Math.Min(DecimalState.Current.Context.Prec, 100000);
        var (plus, minus) = Neighbours(rd.Value, prec);
        var (np, dp) = FractionBinding.DecimalRatio(plus);
        var l = 4 * n * BigInteger.Pow(dr * dp, 2);
        if (l > m * BigInteger.Pow(dr * np + dp * nr, 2)) return plus;
        var (nm, dm) = FractionBinding.DecimalRatio(minus);
        if (4 * n * BigInteger.Pow(dr * dm, 2) < m * BigInteger.Pow(dr * nm + dm * nr, 2)) return minus;
        return root;
    }

    /// <summary>Decimal's next_plus and next_minus of a positive finite value at precision <paramref name="prec"/>.</summary>
    private static (PyDecimal Plus, PyDecimal Minus) Neighbours(DecimalNumber x, int prec)
    {
        var coeff = x.Coefficient;
        long exp = x.Exponent;
        int digits = coeff.ToString().Length;
        if (digits < prec)
        {
            coeff *= BigInteger.Pow(10, prec - digits);
            exp -= prec - digits;
        }
        var plus = new DecimalNumber(false, coeff + 1, exp);
        var powerOfTen = BigInteger.Pow(10, prec - 1);
        var minus = coeff == powerOfTen
            ? new DecimalNumber(false, BigInteger.Pow(10, prec) - 1, exp - 1)
            : new DecimalNumber(false, coeff - 1, exp);
        return (new PyDecimal(plus), new PyDecimal(minus));
    }
}
