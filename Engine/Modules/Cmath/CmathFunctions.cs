using RuleSandbox.Engine.Modules.Math;

namespace RuleSandbox.Engine.Modules.Cmath;

using Math = System.Math;

/// <summary>How a cmath computation ended, as C's errno does in cmathmodule.c.</summary>
internal enum CmathStatus
{
    /// <summary>A valid result.</summary>
    Ok,

    /// <summary>"math domain error" (C99 Annex G's divide-by-zero or invalid).</summary>
    Domain,

    /// <summary>"math range error" (overflow).</summary>
    Range,
}

/// <summary>
/// The complex functions with CPython's algorithms: the special-value tables for infinite and
/// NaN parts, rescaling against spurious overflow and underflow, and the identities that derive
/// asin, atan, cos, sin and tan from their hyperbolic twins. Real libm calls go to .NET's Math
/// (the C library on Linux), hypot to libm's own where available, so the last bits agree.
/// </summary>
internal static class CmathFunctions
{
    private const double LargeDouble = double.MaxValue / 4.0;
    private static readonly double s_sqrtLargeDouble = Math.Sqrt(LargeDouble);
    private static readonly double s_logLargeDouble = Math.Log(LargeDouble);
    private static readonly double s_sqrtDblMin = Math.Sqrt(2.2250738585072014e-308);
    private const double DblMin = 2.2250738585072014e-308;
    private const int ScaleUp = 2 * (53 / 2) + 1;
    private const int ScaleDown = -(ScaleUp + 1) / 2;
    private const double Ln2 = 0.6931471805599453094;
    private const double Ln10 = 2.302585092994045684;

    private delegate double Binary(double x, double y);

    private static readonly Binary? s_libmHypot = LoadHypot();

    private static Binary? LoadHypot()
    {
        // CPython's cmath uses the C library's hypot; on Linux call the same glibc function.
        if (!OperatingSystem.IsLinux()) return null;
        try
        {
            if (!System.Runtime.InteropServices.NativeLibrary.TryLoad("libm.so.6", out var lib)) return null;
            if (!System.Runtime.InteropServices.NativeLibrary.TryGetExport(lib, "hypot", out var fn)) return null;
            return System.Runtime.InteropServices.Marshal.GetDelegateForFunctionPointer<Binary>(fn);
        }
        catch (DllNotFoundException)
        {
            return null;
        }
    }

    /// <summary>C's hypot.</summary>
    public static double Hypot(double x, double y) => s_libmHypot is { } f ? f(x, y) : double.Hypot(x, y);

    private static bool Finite(double re, double im) => double.IsFinite(re) && double.IsFinite(im);

    public static (double, double, CmathStatus) Acos(double re, double im)
    {
        if (!Finite(re, im)) return Special(CmathSpecialValues.Acos, re, im);
        double rr, ri;
        if (Math.Abs(re) > LargeDouble || Math.Abs(im) > LargeDouble)
        {
            rr = Math.Atan2(Math.Abs(im), re);
            double l = Math.Log(Hypot(re / 2.0, im / 2.0)) + Ln2 * 2.0;
            ri = re < 0 ? -Math.CopySign(l, im) : Math.CopySign(l, -im);
        }
        else
        {
            var (s1r, s1i, _) = Sqrt(1.0 - re, -im);
            var (s2r, s2i, _) = Sqrt(1.0 + re, im);
            rr = 2.0 * Math.Atan2(s1r, s2r);
            ri = Math.Asinh(s2r * s1i - s2i * s1r);
        }
        return (rr, ri, CmathStatus.Ok);
    }

    public static (double, double, CmathStatus) Acosh(double re, double im)
    {
        if (!Finite(re, im)) return Special(CmathSpecialValues.Acosh, re, im);
        double rr, ri;
        if (Math.Abs(re) > LargeDouble || Math.Abs(im) > LargeDouble)
        {
            rr = Math.Log(Hypot(re / 2.0, im / 2.0)) + Ln2 * 2.0;
            ri = Math.Atan2(im, re);
        }
        else
        {
            var (s1r, s1i, _) = Sqrt(re - 1.0, im);
            var (s2r, s2i, _) = Sqrt(re + 1.0, im);
            rr = Math.Asinh(s1r * s2r + s1i * s2i);
            ri = 2.0 * Math.Atan2(s1i, s2r);
        }
        return (rr, ri, CmathStatus.Ok);
    }

    public static (double, double, CmathStatus) Asin(double re, double im)
    {
        // asin(z) = -i asinh(iz)
        var (sr, si, st) = Asinh(-im, re);
        return (si, -sr, st);
    }

    public static (double, double, CmathStatus) Asinh(double re, double im)
    {
        if (!Finite(re, im)) return Special(CmathSpecialValues.Asinh, re, im);
        double rr, ri;
        if (Math.Abs(re) > LargeDouble || Math.Abs(im) > LargeDouble)
        {
            double l = Math.Log(Hypot(re / 2.0, im / 2.0)) + Ln2 * 2.0;
            rr = im >= 0 ? Math.CopySign(l, re) : -Math.CopySign(l, -re);
            ri = Math.Atan2(im, Math.Abs(re));
        }
        else
        {
            var (s1r, s1i, _) = Sqrt(1.0 + im, -re);
            var (s2r, s2i, _) = Sqrt(1.0 - im, re);
            rr = Math.Asinh(s1r * s2i - s2r * s1i);
            ri = Math.Atan2(im, s1r * s2r - s1i * s2i);
        }
        return (rr, ri, CmathStatus.Ok);
    }

    public static (double, double, CmathStatus) Atan(double re, double im)
    {
        // atan(z) = -i atanh(iz)
        var (sr, si, st) = Atanh(-im, re);
        return (si, -sr, st);
    }

    public static (double, double, CmathStatus) Atanh(double re, double im)
    {
        if (!Finite(re, im)) return Special(CmathSpecialValues.Atanh, re, im);
        if (re < 0)
        {
            // atanh(z) = -atanh(-z)
            var (nr, ni, nst) = Atanh(-re, -im);
            return (-nr, -ni, nst);
        }
        double ay = Math.Abs(im);
        if (re > s_sqrtLargeDouble || ay > s_sqrtLargeDouble)
        {
            double h = Hypot(re / 2.0, im / 2.0);
            return (re / 4.0 / h / h, -Math.CopySign(Math.PI / 2.0, -im), CmathStatus.Ok);
        }
        if (re == 1.0 && ay < s_sqrtDblMin)
        {
            if (ay == 0) return (double.PositiveInfinity, im, CmathStatus.Domain);
            return (-Math.Log(Math.Sqrt(ay) / Math.Sqrt(Hypot(ay, 2.0))), Math.CopySign(Math.Atan2(2.0, -ay) / 2, im), CmathStatus.Ok);
        }
        double rr = MathSpecial.Log1p(4.0 * re / ((1 - re) * (1 - re) + ay * ay)) / 4.0;
        double ri = -Math.Atan2(-2.0 * im, (1 - re) * (1 + re) - ay * ay) / 2.0;
        return (rr, ri, CmathStatus.Ok);
    }

    public static (double, double, CmathStatus) Cos(double re, double im) => Cosh(-im, re);

    public static (double, double, CmathStatus) Cosh(double re, double im)
    {
        if (!Finite(re, im))
        {
            double rr0, ri0;
            if (double.IsInfinity(re) && double.IsFinite(im) && im != 0)
            {
                rr0 = Math.CopySign(double.PositiveInfinity, Math.Cos(im));
                ri0 = re > 0 ? Math.CopySign(double.PositiveInfinity, Math.Sin(im)) : -Math.CopySign(double.PositiveInfinity, Math.Sin(im));
            }
            else (rr0, ri0) = CmathSpecialValues.Lookup(CmathSpecialValues.Cosh, re, im);
            return (rr0, ri0, double.IsInfinity(im) && !double.IsNaN(re) ? CmathStatus.Domain : CmathStatus.Ok);
        }
        double rr, ri;
        if (Math.Abs(re) > s_logLargeDouble)
        {
            double xm1 = re - Math.CopySign(1.0, re);
            rr = Math.Cos(im) * Math.Cosh(xm1) * Math.E;
            ri = Math.Sin(im) * Math.Sinh(xm1) * Math.E;
        }
        else
        {
            rr = Math.Cos(im) * Math.Cosh(re);
            ri = Math.Sin(im) * Math.Sinh(re);
        }
        return (rr, ri, Overflowed(rr, ri));
    }

    private static CmathStatus Overflowed(double rr, double ri)
        => double.IsInfinity(rr) || double.IsInfinity(ri) ? CmathStatus.Range : CmathStatus.Ok;

    public static (double, double, CmathStatus) Exp(double re, double im)
    {
        if (!Finite(re, im))
        {
            double rr0, ri0;
            if (double.IsInfinity(re) && double.IsFinite(im) && im != 0)
            {
                if (re > 0)
                {
                    rr0 = Math.CopySign(double.PositiveInfinity, Math.Cos(im));
                    ri0 = Math.CopySign(double.PositiveInfinity, Math.Sin(im));
                }
                else
                {
                    rr0 = Math.CopySign(0.0, Math.Cos(im));
                    ri0 = Math.CopySign(0.0, Math.Sin(im));
                }
            }
            else (rr0, ri0) = CmathSpecialValues.Lookup(CmathSpecialValues.Exp, re, im);
            bool domain = double.IsInfinity(im) && (double.IsFinite(re) || double.IsPositiveInfinity(re));
            return (rr0, ri0, domain ? CmathStatus.Domain : CmathStatus.Ok);
        }
        double rr, ri;
        if (re > s_logLargeDouble)
        {
            double l = Math.Exp(re - 1.0);
            rr = l * Math.Cos(im) * Math.E;
            ri = l * Math.Sin(im) * Math.E;
        }
        else
        {
            double l = Math.Exp(re);
            rr = l * Math.Cos(im);
            ri = l * Math.Sin(im);
        }
        return (rr, ri, Overflowed(rr, ri));
    }

    public static (double, double, CmathStatus) Log(double re, double im)
    {
        if (!Finite(re, im)) return Special(CmathSpecialValues.Log, re, im);
        double ax = Math.Abs(re), ay = Math.Abs(im);
        double rr;
        if (ax > LargeDouble || ay > LargeDouble)
        {
            rr = Math.Log(Hypot(ax / 2.0, ay / 2.0)) + Ln2;
        }
        else if (ax < DblMin && ay < DblMin)
        {
            if (ax > 0 || ay > 0)
                rr = Math.Log(Hypot(Math.ScaleB(ax, 53), Math.ScaleB(ay, 53))) - 53 * Ln2;
            else
                return (double.NegativeInfinity, Math.Atan2(im, re), CmathStatus.Domain);
        }
        else
        {
            double h = Hypot(ax, ay);
            if (0.71 <= h && h <= 1.73)
            {
                double am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
                rr = MathSpecial.Log1p((am - 1) * (am + 1) + an * an) / 2.0;
            }
            else rr = Math.Log(h);
        }
        return (rr, Math.Atan2(im, re), CmathStatus.Ok);
    }

    public static (double, double, CmathStatus) Log10(double re, double im)
    {
        var (rr, ri, st) = Log(re, im);
        return (rr / Ln10, ri / Ln10, st);
    }

    public static (double, double, CmathStatus) Sin(double re, double im)
    {
        // sin(z) = -i sinh(iz)
        var (sr, si, st) = Sinh(-im, re);
        return (si, -sr, st);
    }

    public static (double, double, CmathStatus) Sinh(double re, double im)
    {
        if (!Finite(re, im))
        {
            double rr0, ri0;
            if (double.IsInfinity(re) && double.IsFinite(im) && im != 0)
            {
                rr0 = re > 0 ? Math.CopySign(double.PositiveInfinity, Math.Cos(im)) : -Math.CopySign(double.PositiveInfinity, Math.Cos(im));
                ri0 = Math.CopySign(double.PositiveInfinity, Math.Sin(im));
            }
            else (rr0, ri0) = CmathSpecialValues.Lookup(CmathSpecialValues.Sinh, re, im);
            return (rr0, ri0, double.IsInfinity(im) && !double.IsNaN(re) ? CmathStatus.Domain : CmathStatus.Ok);
        }
        double rr, ri;
        if (Math.Abs(re) > s_logLargeDouble)
        {
            double xm1 = re - Math.CopySign(1.0, re);
            rr = Math.Cos(im) * Math.Sinh(xm1) * Math.E;
            ri = Math.Sin(im) * Math.Cosh(xm1) * Math.E;
        }
        else
        {
            rr = Math.Cos(im) * Math.Sinh(re);
            ri = Math.Sin(im) * Math.Cosh(re);
        }
        return (rr, ri, Overflowed(rr, ri));
    }

    public static (double, double, CmathStatus) Sqrt(double re, double im)
    {
        if (!Finite(re, im)) return Special(CmathSpecialValues.Sqrt, re, im);
        if (re == 0 && im == 0) return (0.0, im, CmathStatus.Ok);
        double ax = Math.Abs(re), ay = Math.Abs(im);
        double s;
        if (ax < DblMin && ay < DblMin)
        {
            ax = Math.ScaleB(ax, ScaleUp);
            s = Math.ScaleB(Math.Sqrt(ax + Hypot(ax, Math.ScaleB(ay, ScaleUp))), ScaleDown);
        }
        else
        {
            ax /= 8.0;
            s = 2.0 * Math.Sqrt(ax + Hypot(ax, ay / 8.0));
        }
        double d = ay / (2.0 * s);
        return re >= 0 ? (s, Math.CopySign(d, im), CmathStatus.Ok) : (d, Math.CopySign(s, im), CmathStatus.Ok);
    }

    public static (double, double, CmathStatus) Tan(double re, double im)
    {
        // tan(z) = -i tanh(iz)
        var (sr, si, st) = Tanh(-im, re);
        return (si, -sr, st);
    }

    public static (double, double, CmathStatus) Tanh(double re, double im)
    {
        if (!Finite(re, im))
        {
            double rr0, ri0;
            if (double.IsInfinity(re) && double.IsFinite(im) && im != 0)
            {
                rr0 = re > 0 ? 1.0 : -1.0;
                ri0 = Math.CopySign(0.0, 2.0 * Math.Sin(im) * Math.Cos(im));
            }
            else (rr0, ri0) = CmathSpecialValues.Lookup(CmathSpecialValues.Tanh, re, im);
            return (rr0, ri0, double.IsInfinity(im) && double.IsFinite(re) ? CmathStatus.Domain : CmathStatus.Ok);
        }
        if (Math.Abs(re) > s_logLargeDouble)
            return (Math.CopySign(1.0, re), 4.0 * Math.Sin(im) * Math.Cos(im) * Math.Exp(-2.0 * Math.Abs(re)), CmathStatus.Ok);
        double tx = Math.Tanh(re), ty = Math.Tan(im), cx = 1.0 / Math.Cosh(re);
        double txty = tx * ty;
        double denom = 1.0 + txty * txty;
        return (tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx, CmathStatus.Ok);
    }

    /// <summary>cmath.rect(r, phi).</summary>
    public static (double, double, CmathStatus) Rect(double r, double phi)
    {
        if (!double.IsFinite(r) || !double.IsFinite(phi))
        {
            double zr, zi;
            if (double.IsInfinity(r) && double.IsFinite(phi) && phi != 0)
            {
                if (r > 0)
                {
                    zr = Math.CopySign(double.PositiveInfinity, Math.Cos(phi));
                    zi = Math.CopySign(double.PositiveInfinity, Math.Sin(phi));
                }
                else
                {
                    zr = -Math.CopySign(double.PositiveInfinity, Math.Cos(phi));
                    zi = -Math.CopySign(double.PositiveInfinity, Math.Sin(phi));
                }
            }
            else (zr, zi) = CmathSpecialValues.Lookup(CmathSpecialValues.Rect, r, phi);
            bool domain = r != 0 && !double.IsNaN(r) && double.IsInfinity(phi);
            return (zr, zi, domain ? CmathStatus.Domain : CmathStatus.Ok);
        }
        if (phi == 0.0) return (r, r * phi, CmathStatus.Ok);
        return (r * Math.Cos(phi), r * Math.Sin(phi), CmathStatus.Ok);
    }

    /// <summary>The phase (C99 atan2 with CPython's handling of infinities and NaN).</summary>
    public static double Phase(double re, double im)
    {
        if (double.IsNaN(re) || double.IsNaN(im)) return double.NaN;
        if (double.IsInfinity(im))
        {
            if (double.IsInfinity(re))
                return double.IsNegative(re) ? Math.CopySign(0.75 * Math.PI, im) : Math.CopySign(0.25 * Math.PI, im);
            return Math.CopySign(0.5 * Math.PI, im);
        }
        if (double.IsInfinity(re) || im == 0)
            return double.IsNegative(re) ? Math.CopySign(Math.PI, im) : Math.CopySign(0.0, im);
        return Math.Atan2(im, re);
    }

    /// <summary>abs(z) as CPython's _Py_c_abs (an infinite part wins over NaN; overflow is a range error).</summary>
    public static (double, CmathStatus) Abs(double re, double im)
    {
        if (!Finite(re, im))
        {
            if (double.IsInfinity(re)) return (Math.Abs(re), CmathStatus.Ok);
            if (double.IsInfinity(im)) return (Math.Abs(im), CmathStatus.Ok);
            return (double.NaN, CmathStatus.Ok);
        }
        double r = Hypot(re, im);
        return (r, double.IsFinite(r) ? CmathStatus.Ok : CmathStatus.Range);
    }

    /// <summary>Complex division as CPython's _Py_c_quot (Smith's method); dividing by zero is a domain error.</summary>
    public static (double, double, CmathStatus) Quotient(double ar, double ai, double br, double bi)
    {
        double absBr = Math.Abs(br), absBi = Math.Abs(bi);
        if (absBr >= absBi)
        {
            if (absBr == 0) return (0.0, 0.0, CmathStatus.Domain);
            double ratio = bi / br, denom = br + bi * ratio;
            return ((ar + ai * ratio) / denom, (ai - ar * ratio) / denom, CmathStatus.Ok);
        }
        if (absBi >= absBr)
        {
            double ratio = br / bi, denom = br * ratio + bi;
            return ((ar * ratio + ai) / denom, (ai * ratio - ar) / denom, CmathStatus.Ok);
        }
        return (double.NaN, double.NaN, CmathStatus.Ok);
    }

    private static (double, double, CmathStatus) Special(double[] table, double re, double im)
    {
        var (r, i) = CmathSpecialValues.Lookup(table, re, im);
        return (r, i, CmathStatus.Ok);
    }
}
