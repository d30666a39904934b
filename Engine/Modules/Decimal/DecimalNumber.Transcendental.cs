using System.Numerics;

namespace RuleSandbox.Engine.Modules.Decimal;

// The math module's namespace (RuleSandbox.Engine.Modules.Math) would hide System.Math here.
using Math = System.Math;

public readonly partial struct DecimalNumber
{
    private static readonly DecimalNumber s_one = new(false, BigInteger.One, 0);

    // The integer kernels' work grows with the square of the digits carried; charge each Ziv
    // attempt before it runs so a rule asking for prec=10**6 exps is stopped by its fuel.
    private static void MeterKernel(DecimalContext ctx, long digits) => ctx.Meter?.Invoke(Math.Max(digits, 65));

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
    /// x**y for positive finite x ≠ 1 and finite non-integral y: exact when x**y is exactly
    /// representable, else correctly rounded in the context's rounding mode.
    /// </summary>
    private static DecimalNumber PowerReal(in DecimalNumber x, in DecimalNumber y, DecimalContext ctx, ref DecimalCondition status)
    {
        long selfAdj = x.Adjusted;
        long bound = x.Log10ExpBound() + y.Adjusted;
        DecimalNumber? ans = null;
        if ((selfAdj >= 0) == !y.Negative)
        {
            if (bound >= NumDigits(ctx.Emax)) ans = new DecimalNumber(false, BigInteger.One, ctx.Emax + 1);
        }
        else if (bound >= NumDigits(-ctx.Etiny))
        {
            ans = new DecimalNumber(false, BigInteger.One, ctx.Etiny - 1);
        }
        bool exact = false;
        if (ans is null)
        {
            ans = PowerExact(x, y, ctx.Prec + 1);
            exact = ans is not null;
        }
        if (ans is null)
        {
            long p = ctx.Prec;
            var yc = y.Negative ? -y.Coefficient : y.Coefficient;
            long extra = 3;
            while (true)
            {
                MeterKernel(ctx, p + extra + x.Digits + y.Digits);
                var (coeff, exp) = DecimalKernels.DPower(x.Coefficient, x.Exponent, yc, y.Exponent, p + extra);
                if (DecimalKernels.Roundable(coeff, p)) { ans = new DecimalNumber(false, coeff, exp); break; }
                extra += 3;
            }
        }
        var r = ans.Value;
        if (!exact) return r.Fix(ctx, ref status);
        // An exact result of a non-integral power still signals Inexact (the specification), and
        // Underflow when subnormal; pad to prec+1 digits so that Rounded is raised too.
        if (r.Digits <= ctx.Prec)
        {
            long pad = ctx.Prec + 1 - r.Digits;
            r = new DecimalNumber(r.Negative, r.Coefficient * Pow10(pad), r.Exponent - pad);
        }
        var inner = DecimalCondition.None;
        r = r.Fix(ctx, ref inner);
        inner |= DecimalCondition.Inexact;
        if ((inner & DecimalCondition.Subnormal) != 0) inner |= DecimalCondition.Underflow;
        status |= inner;
        return r;
    }

    /// <summary>x**y when it is exactly representable in p digits, else null (<c>_power_exact</c>).</summary>
    private static DecimalNumber? PowerExact(in DecimalNumber self, in DecimalNumber other, long p)
    {
        var xc = self.Coefficient;
        long xe = self.Exponent;
        while ((xc % 10).IsZero) { xc /= 10; xe++; }
        var yc = other.Coefficient;
        long ye = other.Exponent;
        while ((yc % 10).IsZero) { yc /= 10; ye++; }

        if (xc.IsOne)
        {
            var xeBig = (BigInteger)xe * yc;
            while (!xeBig.IsZero && (xeBig % 10).IsZero) { xeBig /= 10; ye++; }
            if (ye < 0) return null;
            var exponent = xeBig * Pow10(ye);
            if (other.Negative) exponent = -exponent;
            long zeros = 0;
            if (other.IsInteger && !other.Negative)
            {
                var ideal = self.Exponent * other.ToBigInteger();
                zeros = (long)BigInteger.Min(exponent - ideal, p - 1);
            }
            if (BigInteger.Abs(exponent) > long.MaxValue / 4) return null;
            return new DecimalNumber(false, Pow10(zeros), (long)exponent - zeros);
        }

        if (other.Negative)
        {
            int last = (int)(xc % 10);
            long e;
            if (last is 2 or 4 or 6 or 8)
            {
                if ((xc & -xc) != xc) return null;
                e = DecimalKernels.NBits(xc) - 1;
                long emax = p * 93 / 65;
                if (ye >= NumDigits(emax)) return null;
                var eb = DecimalKernels.LShiftExact(e * yc, ye);
                var xeb = DecimalKernels.LShiftExact(xe * yc, ye);
                if (eb is null || xeb is null) return null;
                if (eb.Value > emax) return null;
                e = (long)eb.Value;
                xe = (long)xeb.Value;
                xc = BigInteger.Pow(5, (int)e);
            }
            else if (last == 5)
            {
                e = DecimalKernels.NBits(xc) * 28 / 65;
                if (e > 100_000) return null;
                xc = BigInteger.DivRem(BigInteger.Pow(5, (int)e), xc, out var rem);
                if (!rem.IsZero) return null;
                while ((xc % 5).IsZero) { xc /= 5; e--; }
                long emax = p * 10 / 3;
                if (ye >= NumDigits(emax)) return null;
                var eb = DecimalKernels.LShiftExact(e * yc, ye);
                var xeb = DecimalKernels.LShiftExact(xe * yc, ye);
                if (eb is null || xeb is null) return null;
                if (eb.Value > emax) return null;
                e = (long)eb.Value;
                xe = (long)xeb.Value;
                xc = BigInteger.Pow(2, (int)e);
            }
            else
            {
                return null;
            }
            if (xc >= Pow10(p)) return null;
            return new DecimalNumber(false, xc, -e - xe);
        }

        BigInteger m, n;
        long xcBits = DecimalKernels.NBits(xc);
        if (ye >= 0)
        {
            if (ye > 40) return null;
            m = yc * Pow10(ye);
            n = BigInteger.One;
        }
        else
        {
            if (xe != 0 && NumDigits(BigInteger.Abs(yc * xe)) <= -ye) return null;
            if (NumDigits(BigInteger.Abs(yc) * xcBits) <= -ye) return null;
            m = yc;
            n = Pow10(-ye);
            while (m.IsEven && n.IsEven) { m /= 2; n /= 2; }
            while ((m % 5).IsZero && (n % 5).IsZero) { m /= 5; n /= 5; }
        }
        if (n > 1)
        {
            if (xcBits <= n) return null;
            int ni = (int)n;
            long q0 = (long)DecimalKernels.FloorDiv(xe, ni);
            if (xe - q0 * ni != 0) return null;
            xe = q0;
            // Newton's method for the n-th root of xc.
            var a = BigInteger.One << (int)((xcBits + ni - 1) / ni);
            BigInteger q, r;
            while (true)
            {
                q = BigInteger.DivRem(xc, BigInteger.Pow(a, ni - 1), out r);
                if (a <= q) break;
                a = (a * (ni - 1) + q) / ni;
            }
            if (!(a == q && r.IsZero)) return null;
            xc = a;
        }
        if (xc > 1 && m > p * 100 / DecimalKernels.Log10LowerBound(xc)) return null;
        xc = BigInteger.Pow(xc, (int)m);
        xe = checked(xe * (long)m);
        if (xc > Pow10(p)) return null;
        long zeros2 = 0;
        if (other.IsInteger && !other.Negative)
        {
            var ideal = self.Exponent * other.ToBigInteger();
            zeros2 = (long)BigInteger.Min(xe - ideal, p - NumDigits(xc));
        }
        return new DecimalNumber(false, xc * Pow10(zeros2), xe - zeros2);
    }
}
