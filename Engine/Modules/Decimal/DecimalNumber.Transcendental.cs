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
        Meter(ctx, p + 1); // the shortcuts below build prec+1 digits
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
}
