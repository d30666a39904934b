namespace RuleSandbox.Engine.Modules.Cmath;

/// <summary>
/// The C99 Annex G results CPython's cmath returns when a part of the argument is infinite or
/// NaN: one 7×7 table per function, indexed by the class of the real part (row) and of the
/// imaginary part (column): -inf, negative, -0, +0, positive, +inf, nan. Cells for two finite
/// parts are never read (the ordinary formulas handle them) and hold NaN here.
/// </summary>
internal static class CmathSpecialValues
{
    private const double P = System.Math.PI, P14 = 0.25 * P, P12 = 0.5 * P, P34 = 0.75 * P;
    private const double INF = double.PositiveInfinity, N = double.NaN, U = double.NaN;

    /// <summary>The class of a double: 0 -inf, 1 negative, 2 -0, 3 +0, 4 positive, 5 +inf, 6 nan.</summary>
    public static int Classify(double d)
    {
        if (double.IsNaN(d)) return 6;
        bool negative = double.IsNegative(d);
        if (double.IsInfinity(d)) return negative ? 0 : 5;
        if (d == 0) return negative ? 2 : 3;
        return negative ? 1 : 4;
    }

    /// <summary>The table entry for z = re + im·i.</summary>
    public static (double Re, double Im) Lookup(double[] table, double re, double im)
    {
        int i = (Classify(re) * 7 + Classify(im)) * 2;
        return (table[i], table[i + 1]);
    }

    public static readonly double[] Acos =
    {
        P34, INF, P, INF, P, INF, P, -INF, P, -INF, P34, -INF, N, INF,
        P12, INF, U, U, U, U, U, U, U, U, P12, -INF, N, N,
        P12, INF, U, U, P12, 0.0, P12, -0.0, U, U, P12, -INF, P12, N,
        P12, INF, U, U, P12, 0.0, P12, -0.0, U, U, P12, -INF, P12, N,
        P12, INF, U, U, U, U, U, U, U, U, P12, -INF, N, N,
        P14, INF, 0.0, INF, 0.0, INF, 0.0, -INF, 0.0, -INF, P14, -INF, N, INF,
        N, INF, N, N, N, N, N, N, N, N, N, -INF, N, N,
    };

    public static readonly double[] Acosh =
    {
        INF, -P34, INF, -P, INF, -P, INF, P, INF, P, INF, P34, INF, N,
        INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
        INF, -P12, U, U, 0.0, -P12, 0.0, P12, U, U, INF, P12, N, N,
        INF, -P12, U, U, 0.0, -P12, 0.0, P12, U, U, INF, P12, N, N,
        INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
        INF, -P14, INF, -0.0, INF, -0.0, INF, 0.0, INF, 0.0, INF, P14, INF, N,
        INF, N, N, N, N, N, N, N, N, N, INF, N, N, N,
    };

    public static readonly double[] Asinh =
    {
        -INF, -P14, -INF, -0.0, -INF, -0.0, -INF, 0.0, -INF, 0.0, -INF, P14, -INF, N,
        -INF, -P12, U, U, U, U, U, U, U, U, -INF, P12, N, N,
        -INF, -P12, U, U, -0.0, -0.0, -0.0, 0.0, U, U, -INF, P12, N, N,
        INF, -P12, U, U, 0.0, -0.0, 0.0, 0.0, U, U, INF, P12, N, N,
        INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
        INF, -P14, INF, -0.0, INF, -0.0, INF, 0.0, INF, 0.0, INF, P14, INF, N,
        INF, N, N, N, N, -0.0, N, 0.0, N, N, INF, N, N, N,
    };

    public static readonly double[] Atanh =
    {
        -0.0, -P12, -0.0, -P12, -0.0, -P12, -0.0, P12, -0.0, P12, -0.0, P12, -0.0, N,
        -0.0, -P12, U, U, U, U, U, U, U, U, -0.0, P12, N, N,
        -0.0, -P12, U, U, -0.0, -0.0, -0.0, 0.0, U, U, -0.0, P12, -0.0, N,
        0.0, -P12, U, U, 0.0, -0.0, 0.0, 0.0, U, U, 0.0, P12, 0.0, N,
        0.0, -P12, U, U, U, U, U, U, U, U, 0.0, P12, N, N,
        0.0, -P12, 0.0, -P12, 0.0, -P12, 0.0, P12, 0.0, P12, 0.0, P12, 0.0, N,
        0.0, -P12, N, N, N, N, N, N, N, N, 0.0, P12, N, N,
    };

    public static readonly double[] Cosh =
    {
        INF, N, U, U, INF, 0.0, INF, -0.0, U, U, INF, N, INF, N,
        N, N, U, U, U, U, U, U, U, U, N, N, N, N,
        N, 0.0, U, U, 1.0, 0.0, 1.0, -0.0, U, U, N, 0.0, N, 0.0,
        N, 0.0, U, U, 1.0, -0.0, 1.0, 0.0, U, U, N, 0.0, N, 0.0,
        N, N, U, U, U, U, U, U, U, U, N, N, N, N,
        INF, N, U, U, INF, -0.0, INF, 0.0, U, U, INF, N, INF, N,
        N, N, N, N, N, 0.0, N, 0.0, N, N, N, N, N, N,
    };

    public static readonly double[] Exp =
    {
        0.0, 0.0, U, U, 0.0, -0.0, 0.0, 0.0, U, U, 0.0, 0.0, 0.0, 0.0,
        N, N, U, U, U, U, U, U, U, U, N, N, N, N,
        N, N, U, U, 1.0, -0.0, 1.0, 0.0, U, U, N, N, N, N,
        N, N, U, U, 1.0, -0.0, 1.0, 0.0, U, U, N, N, N, N,
        N, N, U, U, U, U, U, U, U, U, N, N, N, N,
        INF, N, U, U, INF, -0.0, INF, 0.0, U, U, INF, N, INF, N,
        N, N, N, N, N, -0.0, N, 0.0, N, N, N, N, N, N,
    };

    public static readonly double[] Log =
    {
        INF, -P34, INF, -P, INF, -P, INF, P, INF, P, INF, P34, INF, N,
        INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
        INF, -P12, U, U, -INF, -P, -INF, P, U, U, INF, P12, N, N,
        INF, -P12, U, U, -INF, -0.0, -INF, 0.0, U, U, INF, P12, N, N,
        INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
        INF, -P14, INF, -0.0, INF, -0.0, INF, 0.0, INF, 0.0, INF, P14, INF, N,
        INF, N, N, N, N, N, N, N, N, N, INF, N, N, N,
    };

    public static readonly double[] Sinh =
    {
        INF, N, U, U, -INF, -0.0, -INF, 0.0, U, U, INF, N, INF, N,
        N, N, U, U, U, U, U, U, U, U, N, N, N, N,
        0.0, N, U, U, -0.0, -0.0, -0.0, 0.0, U, U, 0.0, N, 0.0, N,
        0.0, N, U, U, 0.0, -0.0, 0.0, 0.0, U, U, 0.0, N, 0.0, N,
        N, N, U, U, U, U, U, U, U, U, N, N, N, N,
        INF, N, U, U, INF, -0.0, INF, 0.0, U, U, INF, N, INF, N,
        N, N, N, N, N, -0.0, N, 0.0, N, N, N, N, N, N,
    };

    public static readonly double[] Sqrt =
    {
        INF, -INF, 0.0, -INF, 0.0, -INF, 0.0, INF, 0.0, INF, INF, INF, N, INF,
        INF, -INF, U, U, U, U, U, U, U, U, INF, INF, N, N,
        INF, -INF, U, U, 0.0, -0.0, 0.0, 0.0, U, U, INF, INF, N, N,
        INF, -INF, U, U, 0.0, -0.0, 0.0, 0.0, U, U, INF, INF, N, N,
        INF, -INF, U, U, U, U, U, U, U, U, INF, INF, N, N,
        INF, -INF, INF, -0.0, INF, -0.0, INF, 0.0, INF, 0.0, INF, INF, INF, N,
        INF, -INF, N, N, N, N, N, N, N, N, INF, INF, N, N,
    };

    public static readonly double[] Tanh =
    {
        -1.0, 0.0, U, U, -1.0, -0.0, -1.0, 0.0, U, U, -1.0, 0.0, -1.0, 0.0,
        N, N, U, U, U, U, U, U, U, U, N, N, N, N,
        N, N, U, U, -0.0, -0.0, -0.0, 0.0, U, U, N, N, N, N,
        N, N, U, U, 0.0, -0.0, 0.0, 0.0, U, U, N, N, N, N,
        N, N, U, U, U, U, U, U, U, U, N, N, N, N,
        1.0, 0.0, U, U, 1.0, -0.0, 1.0, 0.0, U, U, 1.0, 0.0, 1.0, 0.0,
        N, N, N, N, N, -0.0, N, 0.0, N, N, N, N, N, N,
    };

    public static readonly double[] Rect =
    {
        INF, N, U, U, -INF, 0.0, -INF, -0.0, U, U, INF, N, INF, N,
        N, N, U, U, U, U, U, U, U, U, N, N, N, N,
        0.0, 0.0, U, U, -0.0, 0.0, -0.0, -0.0, U, U, 0.0, 0.0, 0.0, 0.0,
        0.0, 0.0, U, U, 0.0, -0.0, 0.0, 0.0, U, U, 0.0, 0.0, 0.0, 0.0,
        N, N, U, U, U, U, U, U, U, U, N, N, N, N,
        INF, N, U, U, INF, -0.0, INF, 0.0, U, U, INF, N, INF, N,
        N, N, N, N, N, 0.0, N, 0.0, N, N, N, N, N, N,
    };
}
