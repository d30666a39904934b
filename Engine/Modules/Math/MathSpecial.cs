namespace RuleSandbox.Engine.Modules.Math;

/// <summary>
/// The special functions .NET lacks (gamma, lgamma, erf, erfc, expm1, log1p), computed with the
/// same algorithms CPython's math module uses (Lanczos approximation; series and continued
/// fraction for erf) so results agree with CPython to the last digit wherever possible.
/// </summary>
internal static class MathSpecial
{
    private const int LanczosN = 13;
    private const double LanczosG = 6.024680040776729583740234375;
    private const double LanczosGMinusHalf = 5.524680040776729583740234375;
    private const double LogPi = 1.144729885849400174143427351353058711647;
    private const double SqrtPi = 1.772453850905516027298167483341145182798;

    private static readonly double[] s_num =
    {
        23531376880.410759688572007674451636754734846804940,
        42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843,
        17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708,
        1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801,
        31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768,
        186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024,
        210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408,
    };

    private static readonly double[] s_den =
    {
        0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
        13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
    };

    private delegate double Unary(double x);

    // CPython calls the C library's erf, erfc, expm1 and log1p; on Linux we call the same glibc
    // functions so results match to the bit, and fall back to CPython's portable algorithms elsewhere.
    private static readonly Unary? s_erf = LibM("erf"), s_erfc = LibM("erfc"), s_expm1 = LibM("expm1"), s_log1p = LibM("log1p");

    private static Unary? LibM(string name)
    {
        if (!OperatingSystem.IsLinux()) return null;
        try
        {
            if (!System.Runtime.InteropServices.NativeLibrary.TryLoad("libm.so.6", out var lib)) return null;
            if (!System.Runtime.InteropServices.NativeLibrary.TryGetExport(lib, name, out var fn)) return null;
            return System.Runtime.InteropServices.Marshal.GetDelegateForFunctionPointer<Unary>(fn);
        }
        catch (DllNotFoundException) { return null; }
    }

    /// <summary>The outcome of a special function: a value or an error kind.</summary>
    internal enum Status { Ok, Domain, Range }

    private static double LanczosSum(double x)
    {
        double num = 0, den = 0;
        if (x < 5.0)
        {
            for (int i = LanczosN - 1; i >= 0; i--)
            {
                num = num * x + s_num[i];
                den = den * x + s_den[i];
            }
        }
        else
        {
            for (int i = 0; i < LanczosN; i++)
            {
                num = num / x + s_num[i];
                den = den / x + s_den[i];
            }
        }
        return num / den;
    }

    /// <summary>sin(pi*x), exact at integers and half-integers (argument reduction first).</summary>
    private static double SinPi(double x)
    {
        double y = System.Math.Abs(x) % 2.0;
        int n = (int)System.Math.Round(2.0 * y);
        double r = n switch
        {
            0 => System.Math.Sin(System.Math.PI * y),
            1 => System.Math.Cos(System.Math.PI * (y - 0.5)),
            2 => System.Math.Sin(System.Math.PI * (1.0 - y)),
            3 => -System.Math.Cos(System.Math.PI * (y - 1.5)),
            _ => System.Math.Sin(System.Math.PI * (y - 2.0)),
        };
        return System.Math.CopySign(1.0, x) * r;
    }

    /// <summary>Gamma(x).</summary>
    public static double Gamma(double x, out Status status)
    {
        status = Status.Ok;
        if (!double.IsFinite(x))
        {
            if (double.IsNaN(x) || x > 0) return x;
            status = Status.Domain;
            return double.NaN;
        }
        if (x == 0) { status = Status.Domain; return double.NaN; }
        if (x == System.Math.Floor(x))
        {
            if (x < 0) { status = Status.Domain; return double.NaN; }
            if (x <= 23)
            {
                double f = 1;
                for (int i = 2; i < (int)x; i++) f *= i;
                return f;
            }
        }
        double absx = System.Math.Abs(x);
        if (absx < 1e-20)
        {
            double t = 1.0 / x;
            if (double.IsInfinity(t)) status = Status.Range;
            return t;
        }
        if (absx > 200.0)
        {
            if (x < 0) return 0.0 / SinPi(x);
            status = Status.Range;
            return double.PositiveInfinity;
        }
        double y = absx + LanczosGMinusHalf;
        double z;
        if (absx > LanczosGMinusHalf) z = (y - absx) - LanczosGMinusHalf;
        else z = (y - LanczosGMinusHalf) - absx;
        z = z * LanczosG / y;
        double r;
        if (x < 0)
        {
            r = -System.Math.PI / SinPi(absx) / absx * System.Math.Exp(y) / LanczosSum(absx);
            r -= z * r;
            if (absx < 140.0) r /= System.Math.Pow(y, absx - 0.5);
            else
            {
                double sp = System.Math.Pow(y, absx / 2.0 - 0.25);
                r /= sp;
                r /= sp;
            }
        }
        else
        {
            r = LanczosSum(absx) / System.Math.Exp(y);
            r += z * r;
            if (absx < 140.0) r *= System.Math.Pow(y, absx - 0.5);
            else
            {
                double sp = System.Math.Pow(y, absx / 2.0 - 0.25);
                r *= sp;
                r *= sp;
            }
        }
        if (double.IsInfinity(r)) status = Status.Range;
        return r;
    }

    /// <summary>log|Gamma(x)|.</summary>
    public static double LGamma(double x, out Status status)
    {
        status = Status.Ok;
        if (!double.IsFinite(x)) return double.IsNaN(x) ? x : double.PositiveInfinity;
        if (x == System.Math.Floor(x) && x <= 2.0)
        {
            if (x <= 0) { status = Status.Domain; return double.PositiveInfinity; }
            return 0.0;
        }
        double absx = System.Math.Abs(x);
        if (absx < 1e-20) return -System.Math.Log(absx);
        double r = System.Math.Log(LanczosSum(absx)) - LanczosG;
        r += (absx - 0.5) * (System.Math.Log(absx + LanczosG - 0.5) - 1);
        if (x < 0) r = LogPi - System.Math.Log(System.Math.Abs(SinPi(absx))) - System.Math.Log(absx) - r;
        if (double.IsInfinity(r)) status = Status.Range;
        return r;
    }

    private static double ErfSeries(double x)
    {
        double x2 = x * x, acc = 0, fk = 25 + 0.5;
        for (int i = 0; i < 25; i++)
        {
            acc = 2.0 + x2 * acc / fk;
            fk -= 1.0;
        }
        return acc * x * System.Math.Exp(-x2) / SqrtPi;
    }

    private static double ErfcContFrac(double x)
    {
        if (x >= 30.0) return 0.0;
        double x2 = x * x, a = 0, da = 0.5, p = 1, pLast = 0, q = da + x2, qLast = 1;
        for (int i = 0; i < 50; i++)
        {
            a += da;
            da += 2.0;
            double b = da + x2;
            double t = p; p = b * p - a * pLast; pLast = t;
            t = q; q = b * q - a * qLast; qLast = t;
        }
        return p / q * x * System.Math.Exp(-x2) / SqrtPi;
    }

    /// <summary>The error function.</summary>
    public static double Erf(double x)
    {
        if (s_erf is not null) return s_erf(x);
        if (double.IsNaN(x)) return x;
        double absx = System.Math.Abs(x);
        if (absx < 1.5) return ErfSeries(x);
        double cf = ErfcContFrac(absx);
        return x > 0 ? 1.0 - cf : cf - 1.0;
    }

    /// <summary>The complementary error function.</summary>
    public static double Erfc(double x)
    {
        if (s_erfc is not null) return s_erfc(x);
        if (double.IsNaN(x)) return x;
        double absx = System.Math.Abs(x);
        if (absx < 1.5) return 1.0 - ErfSeries(x);
        double cf = ErfcContFrac(absx);
        return x > 0 ? cf : 2.0 - cf;
    }

    /// <summary>exp(x) - 1 without cancellation for small x (Kahan's method).</summary>
    public static double Expm1(double x)
    {
        if (s_expm1 is not null) return s_expm1(x);
        if (System.Math.Abs(x) < 0.7)
        {
            double u = System.Math.Exp(x);
            if (u == 1.0) return x;
            return (u - 1.0) * x / System.Math.Log(u);
        }
        return System.Math.Exp(x) - 1.0;
    }

    /// <summary>log(1 + x) without cancellation for small x.</summary>
    public static double Log1p(double x)
    {
        if (s_log1p is not null) return s_log1p(x);
        if (double.IsNaN(x) || double.IsPositiveInfinity(x)) return x;
        if (x <= -1.0) return x == -1.0 ? double.NegativeInfinity : double.NaN;
        double u = 1.0 + x;
        if (u == 1.0) return x;
        return System.Math.Log(u) * x / (u - 1.0);
    }
}
