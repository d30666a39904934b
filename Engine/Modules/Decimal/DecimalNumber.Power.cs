using System.Numerics;

namespace RuleSandbox.Engine.Modules.Decimal;

// The math module's namespace (RuleSandbox.Engine.Modules.Math) would hide System.Math here.
using Math = System.Math;

/// <summary>
/// Powers, computed as CPython's mpdecimal does (not always correctly rounded, but CPython's
/// digits and conditions): a test for certain overflow or underflow, binary powering in a working
/// context for integral exponents, exp(y·ln x) at extra precision for the others.
/// </summary>
public readonly partial struct DecimalNumber
{
    /// <summary>The value of an integral number, or <paramref name="cap"/> when it is larger.</summary>
    private long ToBigIntegerCapped(long cap)
        => Adjusted >= 19 ? cap : (long)BigInteger.Min(ToBigInteger(), cap);

    /// <summary>a ** b with CPython's special cases (0**0, negative bases, infinities, powers of one).</summary>
    public static DecimalNumber Power(in DecimalNumber x, in DecimalNumber b, DecimalContext ctx, ref DecimalCondition status)
    {
        var a = x;
        if (CheckNaNs(a, b, ctx, ref status) is { } nan) return nan;
        if (b.IsZero)
        {
            if (a.IsZero) { status |= DecimalCondition.InvalidOperation; return NaN; }
            return new DecimalNumber(false, BigInteger.One, 0).Fix(ctx, ref status);
        }
        bool bInt = b.IsInteger;
        bool resultNeg = false;
        if (a.Negative)
        {
            if (bInt) resultNeg = !b.ToBigInteger().IsEven;
            else if (!a.IsZero) { status |= DecimalCondition.InvalidOperation; return NaN; }
            a = a.WithSign(false);
        }
        if (a.IsZero)
        {
            if (!b.Negative) return Zero(resultNeg, 0);
            return Infinity(resultNeg);
        }
        if (a.IsInfinity)
        {
            if (!b.Negative) return Infinity(resultNeg);
            return Zero(resultNeg, 0);
        }
        if (CompareTotal(a, s_one) == 0)
        {
            // 1**y: exact for integral y (the exponent follows 1.0**n = 1.0...0), else Inexact.
            long expOne;
            if (bInt)
            {
                long multiplier = b.Negative ? 0 : b.ToBigIntegerCapped(ctx.Prec);
                expOne = a.Exponent * multiplier;
                if (expOne < 1 - ctx.Prec) { expOne = 1 - ctx.Prec; status |= DecimalCondition.Rounded; }
            }
            else
            {
                status |= DecimalCondition.Inexact | DecimalCondition.Rounded;
                expOne = 1 - ctx.Prec;
            }
            Meter(ctx, -expOne);
            return new DecimalNumber(resultNeg, Pow10(-expOne), expOne);
        }
        if (!b.IsInfinity && PowerBounds(a, b, resultNeg, ctx, ref status) is { } bounded) return bounded;
        if (b.IsInfinity)
        {
            int cmpOne = CompareTotal(a, new DecimalNumber(false, BigInteger.One, 0));
            if (cmpOne == 0)
            {
                status |= DecimalCondition.Inexact | DecimalCondition.Rounded;
                Meter(ctx, ctx.Prec);
                return new DecimalNumber(false, Pow10(ctx.Prec - 1), 1 - ctx.Prec);
            }
            bool big = (cmpOne > 0) != b.Negative;
            return big ? Infinity(false) : Zero(false, 0);
        }
        if (!bInt) return PowerReal(a, b, ctx, ref status);
        return PowerInt(a, b, resultNeg, ctx, ref status);
    }

    /// <summary>
    /// x**n for an integral n, as CPython's mpdecimal computes it (<c>_mpd_qpow_int</c>): binary
    /// powering in a working context of prec + (digits of n) + 2 digits rounding half-even, with
    /// the context's exponent limits (an intermediate underflow becomes zero there whatever the
    /// final rounding mode), 1/x first for a negative n, then one rounding to the context. Every
    /// condition of the working steps is kept. Not always correctly rounded, but CPython's digits.
    /// </summary>
    private static DecimalNumber PowerInt(in DecimalNumber x, in DecimalNumber n, bool resultNeg, DecimalContext ctx, ref DecimalCondition status)
    {
        var work = new DecimalContext
        {
            Prec = (int)Math.Min(DecimalContext.MaxPrec, ctx.Prec + n.Digits + n.Exponent + 2),
            Rounding = DecimalRounding.HalfEven,
            Emax = ctx.Emax,
            Emin = ctx.Emin,
            Clamp = 0,
            Traps = DecimalCondition.None,
            Meter = ctx.Meter,
            Work = ctx.Work,
        };
        var tbase = x;
        if (n.Negative)
        {
            work.Prec += 1;
            tbase = Divide(s_one, x, work, ref status);
        }
        var mag = BigInteger.Abs(n.ToBigInteger());
        var ws = DecimalCondition.None;
        DecimalNumber r;
        if (mag <= ulong.MaxValue)
        {
            // Left to right: square, then multiply when the bit is set (_mpd_qpow_uint).
            ulong e = (ulong)mag;
            r = tbase;
            ulong bit = 1UL << (63 - System.Numerics.BitOperations.LeadingZeroCount(e));
            while ((bit >>= 1) != 0)
            {
                r = Multiply(r, r, work, ref ws);
                if ((e & bit) != 0) r = Multiply(r, tbase, work, ref ws);
                if (r.IsSpecial || (r.IsZero && (ws & DecimalCondition.Clamped) != 0)) break;
            }
            status |= ws;
        }
        else
        {
            // Right to left for exponents beyond 64 bits (_mpd_qpow_mpd).
            r = s_one;
            var e = mag;
            while (!e.IsZero)
            {
                if (!e.IsEven)
                {
                    r = Multiply(r, tbase, work, ref ws);
                    status |= ws;
                    if (r.IsSpecial || (r.IsZero && (ws & DecimalCondition.Clamped) != 0)) break;
                }
                tbase = Multiply(tbase, tbase, work, ref ws);
                e >>= 1;
            }
        }
        r = r.WithSign(resultNeg);
        if (r.IsInfinity) r = new DecimalNumber(resultNeg, BigInteger.One, ExpInf);
        return r.Fix(ctx, ref status);
    }

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
        else if (CompareTotal(r, s_one) == 0)
        {
            Meter(ctx, ctx.Prec);
            r = new DecimalNumber(false, Pow10(ctx.Prec - 1), 1 - ctx.Prec);
        }
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
