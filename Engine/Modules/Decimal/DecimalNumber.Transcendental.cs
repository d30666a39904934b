using System.Numerics;

namespace RuleSandbox.Engine.Modules.Decimal;

// The math module's namespace (RuleSandbox.Engine.Modules.Math) would hide System.Math here.
using Math = System.Math;

public readonly partial struct DecimalNumber
{
    private static readonly DecimalNumber s_one = new(false, BigInteger.One, 0);

    // The integer kernels run about 0.4·d Taylor steps on d-digit integers, so their work grows
    // with the cube of the digits carried: charge each Ziv attempt before it runs (memory through
    // Meter, time through Work, about 10 ms of work per million units at d = 1000) so that a rule
    // asking for exp at prec=10**5 is stopped by its fuel instead of running for hours.
    private static void MeterKernel(DecimalContext ctx, long digits)
    {
        ctx.Meter?.Invoke(Math.Max(digits, 65));
        double d = digits;
        ctx.Work?.Invoke((long)Math.Min(d * d * d / 2000, long.MaxValue / 4));
    }

    // exp, ln and log10 always round half-even, whatever the context says (the specification's
    // rule, and what CPython does).
    private DecimalNumber FixHalfEven(DecimalContext ctx, ref DecimalCondition status)
    {
        var saved = ctx.Rounding;
        ctx.Rounding = DecimalRounding.HalfEven;
        try { return Fix(ctx, ref status); }
        finally { ctx.Rounding = saved; }
    }

    /// <summary><c>exp()</c>: e to the power of this number, correctly rounded (half-even).</summary>
    public DecimalNumber Exp(DecimalContext ctx, ref DecimalCondition status)
    {
        if (CheckNaN(ctx, ref status) is { } nan) return nan;
        if (IsInfinity) return Negative ? Zero(false, 0) : this;
        if (IsZero) return s_one;
        long p = ctx.Prec;
        long adj = Adjusted;
        DecimalNumber ans;
        if (!Negative && adj > NumDigits((ctx.Emax + 1) * 3))
            ans = new DecimalNumber(false, BigInteger.One, ctx.Emax + 1);
        else if (Negative && adj > NumDigits((-ctx.Etiny + 1) * 3))
            ans = new DecimalNumber(false, BigInteger.One, ctx.Etiny - 1);
        else if (!Negative && adj < -p)
            ans = new DecimalNumber(false, Pow10(p) + 1, -p); // p+1 digits: the final rounding raises the flags
        else if (Negative && adj < -p - 1)
            ans = new DecimalNumber(false, Pow10(p + 1) - 1, -p - 1);
        else
        {
            var c = Negative ? -Coefficient : Coefficient;
            long extra = 3;
            while (true)
            {
                MeterKernel(ctx, p + extra + Digits);
                var (coeff, exp) = DecimalKernels.DExp(c, Exponent, p + extra);
                if (DecimalKernels.Roundable(coeff, p)) { ans = new DecimalNumber(false, coeff, exp); break; }
                extra += 3;
            }
        }
        return ans.FixHalfEven(ctx, ref status);
    }

    /// <summary><c>ln()</c>: the natural logarithm, correctly rounded (half-even).</summary>
    public DecimalNumber Ln(DecimalContext ctx, ref DecimalCondition status)
    {
        if (CheckNaN(ctx, ref status) is { } nan) return nan;
        if (IsZero) return Infinity(true);
        if (IsInfinity && !Negative) return this;
        if (!IsSpecial && !Negative && CompareTotal(this, s_one) == 0) return Zero(false, 0);
        if (Negative) { status |= DecimalCondition.InvalidOperation; return NaN; }
        long p = ctx.Prec;
        long places = p - LnExpBound() + 2;
        BigInteger r;
        while (true)
        {
            MeterKernel(ctx, places + Digits);
            r = DecimalKernels.DLog(Coefficient, Exponent, places);
            if (DecimalKernels.Roundable(r, p)) break;
            places += 3;
        }
        return new DecimalNumber(r.Sign < 0, BigInteger.Abs(r), -places).FixHalfEven(ctx, ref status);
    }

    /// <summary><c>log10()</c>: the base-10 logarithm, correctly rounded (half-even); exact for powers of ten.</summary>
    public DecimalNumber Log10(DecimalContext ctx, ref DecimalCondition status)
    {
        if (CheckNaN(ctx, ref status) is { } nan) return nan;
        if (IsZero) return Infinity(true);
        if (IsInfinity && !Negative) return this;
        if (Negative) { status |= DecimalCondition.InvalidOperation; return NaN; }
        DecimalNumber ans;
        if (IsPowerOfTenCoefficient())
        {
            ans = FromInteger(Adjusted);
        }
        else
        {
            long p = ctx.Prec;
            long places = p - Log10ExpBound() + 2;
            BigInteger r;
            while (true)
            {
                MeterKernel(ctx, places + Digits);
                r = DecimalKernels.DLog10(Coefficient, Exponent, places);
                if (DecimalKernels.Roundable(r, p)) break;
                places += 3;
            }
            ans = new DecimalNumber(r.Sign < 0, BigInteger.Abs(r), -places);
        }
        return ans.FixHalfEven(ctx, ref status);
    }

    private bool IsPowerOfTenCoefficient()
    {
        var c = Coefficient;
        if (c.IsZero) return false;
        return c == Pow10(Digits - 1);
    }

    /// <summary>A lower bound r for the adjusted exponent of ln(x) (<c>_ln_exp_bound</c>).</summary>
    private long LnExpBound()
    {
        long adj = Adjusted;
        if (adj >= 1) return NumDigits(adj * 23 / 10) - 1;
        if (adj <= -2) return NumDigits((-1 - adj) * 23 / 10) - 1;
        var c = Coefficient;
        long e = Exponent;
        if (adj == 0)
        {
            string num = Str(c - Pow10(-e)), den = Str(c);
            return num.Length - den.Length - (string.CompareOrdinal(num, den) < 0 ? 1 : 0);
        }
        return e + NumDigits(Pow10(-e) - c) - 1;
    }

    /// <summary>A lower bound r for the adjusted exponent of log10(x) (<c>_log10_exp_bound</c>).</summary>
    private long Log10ExpBound()
    {
        long adj = Adjusted;
        if (adj >= 1) return NumDigits(adj) - 1;
        if (adj <= -2) return NumDigits(-1 - adj) - 1;
        var c = Coefficient;
        long e = Exponent;
        if (adj == 0)
        {
            // CPython compares the digit strings, not the numbers; kept as is for identical bounds.
            string num = Str(c - Pow10(-e)), den = Str(231 * c);
            return num.Length - den.Length - (string.CompareOrdinal(num, den) < 0 ? 1 : 0) + 2;
        }
        string n2 = Str(Pow10(-e) - c);
        return n2.Length + e - (string.CompareOrdinal(n2, "231") < 0 ? 1 : 0) - 1;
    }

    private static string Str(BigInteger x) => x.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// x**y for positive finite x ≠ 1 and finite non-integral y, as CPython's mpdecimal computes
    /// it: exp(y·ln x) with ln, the product and exp each correctly rounded (half-even) at
    /// max(digits of x, prec) + 23 digits, then rounded once more to the context. The result is
    /// always Inexact and Rounded, even when it happens to be exact (mpdecimal does not look for
    /// exact powers), which is why this double rounding is kept rather than a correctly rounded
    /// power: it is what CPython's results are, digit for digit.
    /// </summary>
    private static DecimalNumber PowerReal(in DecimalNumber x, in DecimalNumber y, DecimalContext ctx, ref DecimalCondition status)
    {
        var work = new DecimalContext
        {
            Prec = (int)Math.Max(x.Digits, ctx.Prec) + 4 + 19,
            Rounding = DecimalRounding.HalfEven,
            Emax = MaxContextEmax,
            Emin = -MaxContextEmax,
            Traps = DecimalCondition.None,
            Meter = ctx.Meter,
            Work = ctx.Work,
        };
        var ws = DecimalCondition.None;
        var l = x.Ln(work, ref ws);
        var product = Multiply(l, y, work, ref ws);
        var r = product.Exp(work, ref ws);
        status |= (ws & DecimalCondition.AnyInvalid) | DecimalCondition.Inexact | DecimalCondition.Rounded;
        if (r.IsInfinity) r = new DecimalNumber(false, BigInteger.One, ExpInf);
        else if (CompareTotal(r, s_one) == 0) r = new DecimalNumber(false, Pow10(ctx.Prec - 1), 1 - ctx.Prec);
        return r.Fix(ctx, ref status);
    }

    // mpdecimal's MAX_EMAX (its maximum context's exponent range) and MPD_EXP_INF (an exponent
    // beyond any context, used to force an overflow in the final rounding).
    private const long MaxContextEmax = 999_999_999_999_999_999;
    private const long ExpInf = 2_000_000_000_000_000_001;

    /// <summary>
    /// mpdecimal's test for a power that certainly overflows or underflows (<c>_qcheck_pow_bounds</c>):
    /// a lower bound for log10(|log10 x|) + log10(|y|) against the digits of Emax or Etiny. The
    /// answer is then 10**EXP_INF or 10**(Etiny-1) rounded to the context. Null when not certain.
    /// </summary>
    private static DecimalNumber? PowerBounds(in DecimalNumber x, in DecimalNumber y, bool resultNeg, DecimalContext ctx, ref DecimalCondition status)
    {
        var ax = x.WithSign(false);
        long lbTheta = y.Adjusted;
        long t = ax.Adjusted;
        long lbZeta;
        if (t > 0) lbZeta = NumDigits(t) - 1;
        else if (t < -1) lbZeta = NumDigits(-(t + 1)) - 1;
        else
        {
            var ignored = DecimalCondition.None;
            var wide = new DecimalContext { Prec = (int)Math.Min(DecimalContext.MaxPrec, ax.Digits + Math.Abs(ax.Exponent) + 2), Emax = MaxContextEmax, Emin = -MaxContextEmax, Traps = DecimalCondition.None };
            long u = Subtract(ax, s_one, wide, ref ignored).Adjusted;
            lbZeta = t == 0 ? u - 2 : u - 1;
        }
        bool overflowSide = (t < 0) == y.Negative;
        if (overflowSide)
        {
            if (NumDigits(ctx.Emax) < lbZeta + lbTheta)
                return new DecimalNumber(resultNeg, BigInteger.One, ExpInf).Fix(ctx, ref status);
        }
        else if (NumDigits(Math.Abs(ctx.Etiny)) < lbZeta + lbTheta)
        {
            return new DecimalNumber(resultNeg, BigInteger.One, ctx.Etiny - 1).Fix(ctx, ref status);
        }
        return null;
    }
}
