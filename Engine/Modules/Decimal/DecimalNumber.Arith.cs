using System.Numerics;

namespace RuleSandbox.Engine.Modules.Decimal;

// The math module's namespace (RuleSandbox.Engine.Modules.Math) would hide System.Math here.
using Math = System.Math;

public readonly partial struct DecimalNumber
{
    private static DecimalNumber Zero(bool negative, long exp) => new(negative, BigInteger.Zero, exp);

    private static void Meter(DecimalContext ctx, long digits)
    {
        if (digits > 64) ctx.Meter?.Invoke(digits);
    }

    // ------------------------------------------------------------------ NaN handling

    /// <summary>A quiet NaN whose payload fits the context (<c>_fix_nan</c>).</summary>
    private DecimalNumber FixNaN(DecimalContext ctx)
    {
        var payload = Coefficient;
        long max = ctx.Prec - ctx.Clamp;
        if (NumDigits(payload) > max && !payload.IsZero) payload %= Pow10(max);
        return new DecimalNumber(Negative, payload, 0, NumberKind.NaN);
    }

    /// <summary>The NaN result of a binary operation with a NaN operand, or null (<c>_check_nans</c>).</summary>
    private static DecimalNumber? CheckNaNs(in DecimalNumber a, in DecimalNumber b, DecimalContext ctx, ref DecimalCondition status)
    {
        if (!a.IsNaN && !b.IsNaN) return null;
        if (a.IsSNaN) { status |= DecimalCondition.InvalidOperation; return a.FixNaN(ctx); }
        if (b.IsSNaN) { status |= DecimalCondition.InvalidOperation; return b.FixNaN(ctx); }
        return a.IsNaN ? a.FixNaN(ctx) : b.FixNaN(ctx);
    }

    /// <summary>The NaN result of a unary operation on a NaN, or null.</summary>
    private DecimalNumber? CheckNaN(DecimalContext ctx, ref DecimalCondition status)
    {
        if (!IsNaN) return null;
        if (IsSNaN) status |= DecimalCondition.InvalidOperation;
        return FixNaN(ctx);
    }

    // ------------------------------------------------------------------ rounding

    /// <summary>
    /// Drops the last <paramref name="drop"/> digits of <paramref name="coeff"/> and decides, by
    /// <paramref name="mode"/>, whether to add one to what remains. Returns the kept digits
    /// (incremented when rounding up) and whether non-zero digits were discarded.
    /// </summary>
    public static BigInteger RoundDrop(BigInteger coeff, long drop, bool negative, DecimalRounding mode, out bool inexact)
    {
        if (drop <= 0) { inexact = false; return coeff * Pow10(-drop); }
        BigInteger q, r;
        int half; // comparison of the discarded part with one half: -1, 0, +1
        if (drop > NumDigits(coeff))
        {
            // Every digit is discarded and the discarded part is below one half.
            q = BigInteger.Zero;
            r = coeff;
            half = -1;
        }
        else
        {
            var d = Pow10(drop);
            q = BigInteger.DivRem(coeff, d, out r);
            half = (r * 2).CompareTo(d);
        }
        inexact = !r.IsZero;
        if (!inexact) return q;
        bool up = mode switch
        {
            DecimalRounding.Down => false,
            DecimalRounding.Up => true,
            DecimalRounding.Ceiling => !negative,
            DecimalRounding.Floor => negative,
            DecimalRounding.HalfUp => half >= 0,
            DecimalRounding.HalfDown => half > 0,
            DecimalRounding.HalfEven => half > 0 || (half == 0 && !q.IsEven),
            _ => (int)(q % 10) is 0 or 5,
        };
        return up ? q + 1 : q;
    }

    /// <summary>The number with exponent <paramref name="exp"/>, rounded by <paramref name="mode"/>; no conditions (<c>_rescale</c>).</summary>
    public DecimalNumber Rescale(long exp, DecimalRounding mode)
    {
        if (IsSpecial) return this;
        if (Coefficient.IsZero) return Zero(Negative, exp);
        if (Exponent >= exp) return new DecimalNumber(Negative, Coefficient * Pow10(Exponent - exp), exp);
        var c = RoundDrop(Coefficient, exp - Exponent, Negative, mode, out _);
        return new DecimalNumber(Negative, c, exp);
    }

    private static DecimalNumber OverflowResult(bool negative, DecimalContext ctx)
    {
        bool toInfinity = ctx.Rounding switch
        {
            DecimalRounding.HalfUp or DecimalRounding.HalfEven or DecimalRounding.HalfDown or DecimalRounding.Up => true,
            DecimalRounding.Ceiling => !negative,
            DecimalRounding.Floor => negative,
            _ => false,
        };
        if (toInfinity) return Infinity(negative);
        return new DecimalNumber(negative, Pow10(ctx.Prec) - 1, ctx.Etop);
    }

    /// <summary>Rounds to the context's precision and exponent range (<c>_fix</c>).</summary>
    public DecimalNumber Fix(DecimalContext ctx, ref DecimalCondition status)
    {
        if (IsNaN) return FixNaN(ctx);
        if (IsInfinity) return this;
        long etiny = ctx.Etiny, etop = ctx.Etop;
        if (Coefficient.IsZero)
        {
            long expMax = ctx.Clamp == 0 ? ctx.Emax : etop;
            long newExp = System.Math.Min(System.Math.Max(Exponent, etiny), expMax);
            if (newExp != Exponent) { status |= DecimalCondition.Clamped; return Zero(Negative, newExp); }
            return this;
        }
        long digits = Digits;
        long expMin = digits + Exponent - ctx.Prec;
        if (expMin > etop)
        {
            status |= DecimalCondition.Overflow | DecimalCondition.Inexact | DecimalCondition.Rounded;
            return OverflowResult(Negative, ctx);
        }
        bool subnormal = expMin < etiny;
        if (subnormal) expMin = etiny;
        if (Exponent < expMin)
        {
            var coeff = RoundDrop(Coefficient, expMin - Exponent, Negative, ctx.Rounding, out bool inexact);
            if (NumDigits(coeff) > ctx.Prec)
            {
                coeff /= 10;
                expMin++;
            }
            DecimalNumber ans;
            if (expMin > etop)
            {
                status |= DecimalCondition.Overflow | DecimalCondition.Inexact | DecimalCondition.Rounded;
                ans = OverflowResult(Negative, ctx);
            }
            else
            {
                ans = new DecimalNumber(Negative, coeff, expMin);
            }
            if (inexact && subnormal) status |= DecimalCondition.Underflow;
            if (subnormal) status |= DecimalCondition.Subnormal;
            if (inexact) status |= DecimalCondition.Inexact;
            status |= DecimalCondition.Rounded;
            if (ans.IsZero) status |= DecimalCondition.Clamped;
            return ans;
        }
        if (subnormal) status |= DecimalCondition.Subnormal;
        if (ctx.Clamp == 1 && Exponent > etop)
        {
            status |= DecimalCondition.Clamped;
            return new DecimalNumber(Negative, Coefficient * Pow10(Exponent - etop), etop);
        }
        return this;
    }

    // ------------------------------------------------------------------ + - *

    /// <summary>a + b.</summary>
    public static DecimalNumber Add(in DecimalNumber a, in DecimalNumber b, DecimalContext ctx, ref DecimalCondition status)
    {
        if (a.IsSpecial || b.IsSpecial)
        {
            if (CheckNaNs(a, b, ctx, ref status) is { } nan) return nan;
            if (a.IsInfinity)
            {
                if (b.IsInfinity && a.Negative != b.Negative) { status |= DecimalCondition.InvalidOperation; return NaN; }
                return a;
            }
            return b;
        }
        long exp = System.Math.Min(a.Exponent, b.Exponent);
        bool negZero = ctx.Rounding == DecimalRounding.Floor && a.Negative != b.Negative;
        if (a.IsZero && b.IsZero)
        {
            bool sign = a.Negative && b.Negative || negZero;
            return Zero(sign, exp).Fix(ctx, ref status);
        }
        if (a.IsZero)
        {
            exp = System.Math.Max(exp, b.Exponent - ctx.Prec - 1);
            return b.Rescale(exp, ctx.Rounding).Fix(ctx, ref status);
        }
        if (b.IsZero)
        {
            exp = System.Math.Max(exp, a.Exponent - ctx.Prec - 1);
            return a.Rescale(exp, ctx.Rounding).Fix(ctx, ref status);
        }
        // Align the exponents; an operand far below the other's last digit only matters as a
        // sticky digit, so it is replaced by one (as _pydecimal's _normalize does).
        var (hi, lo) = a.Exponent >= b.Exponent ? (a, b) : (b, a);
        BigInteger loCoeff = lo.Coefficient;
        long loExp = lo.Exponent;
        long hiLen = hi.Digits;
        long capExp = hi.Exponent + System.Math.Min(-1, hiLen - ctx.Prec - 2);
        if (lo.Digits + loExp - 1 < capExp) { loCoeff = BigInteger.One; loExp = capExp; }
        Meter(ctx, hi.Exponent - loExp + hiLen);
        BigInteger hiCoeff = hi.Coefficient * Pow10(hi.Exponent - loExp);
        BigInteger x = hi.Negative ? -hiCoeff : hiCoeff;
        BigInteger y = lo.Negative ? -loCoeff : loCoeff;
        BigInteger sum = x + y;
        if (sum.IsZero) return Zero(negZero, loExp).Fix(ctx, ref status);
        return new DecimalNumber(sum.Sign < 0, BigInteger.Abs(sum), loExp).Fix(ctx, ref status);
    }

    /// <summary>a - b.</summary>
    public static DecimalNumber Subtract(in DecimalNumber a, in DecimalNumber b, DecimalContext ctx, ref DecimalCondition status)
    {
        if (b.IsNaN) return Add(a, b, ctx, ref status);
        return Add(a, b.WithSign(!b.Negative), ctx, ref status);
    }

    /// <summary>a * b.</summary>
    public static DecimalNumber Multiply(in DecimalNumber a, in DecimalNumber b, DecimalContext ctx, ref DecimalCondition status)
    {
        bool sign = a.Negative ^ b.Negative;
        if (a.IsSpecial || b.IsSpecial)
        {
            if (CheckNaNs(a, b, ctx, ref status) is { } nan) return nan;
            if ((a.IsInfinity && b.IsZero) || (b.IsInfinity && a.IsZero)) { status |= DecimalCondition.InvalidOperation; return NaN; }
            return Infinity(sign);
        }
        long exp = a.Exponent + b.Exponent;
        if (a.IsZero || b.IsZero) return Zero(sign, exp).Fix(ctx, ref status);
        Meter(ctx, a.Digits + b.Digits);
        return new DecimalNumber(sign, a.Coefficient * b.Coefficient, exp).Fix(ctx, ref status);
    }

    // ------------------------------------------------------------------ division

    /// <summary>a / b.</summary>
    public static DecimalNumber Divide(in DecimalNumber a, in DecimalNumber b, DecimalContext ctx, ref DecimalCondition status)
    {
        bool sign = a.Negative ^ b.Negative;
        if (a.IsSpecial || b.IsSpecial)
        {
            if (CheckNaNs(a, b, ctx, ref status) is { } nan) return nan;
            if (a.IsInfinity && b.IsInfinity) { status |= DecimalCondition.InvalidOperation; return NaN; }
            if (a.IsInfinity) return Infinity(sign);
            status |= DecimalCondition.Clamped;
            return Zero(sign, ctx.Etiny);
        }
        if (b.IsZero)
        {
            if (a.IsZero) { status |= DecimalCondition.DivisionUndefined; return NaN; }
            status |= DecimalCondition.DivisionByZero;
            return Infinity(sign);
        }
        BigInteger coeff;
        long exp;
        if (a.IsZero)
        {
            exp = a.Exponent - b.Exponent;
            coeff = BigInteger.Zero;
        }
        else
        {
            long shift = b.Digits - a.Digits + ctx.Prec + 1;
            exp = a.Exponent - b.Exponent - shift;
            Meter(ctx, System.Math.Abs(shift) + a.Digits + b.Digits);
            BigInteger rem;
            if (shift >= 0) coeff = BigInteger.DivRem(a.Coefficient * Pow10(shift), b.Coefficient, out rem);
            else coeff = BigInteger.DivRem(a.Coefficient, b.Coefficient * Pow10(-shift), out rem);
            if (!rem.IsZero)
            {
                // A sticky digit so the final rounding sees the discarded part as non-zero.
                if (coeff % 5 == 0) coeff += 1;
            }
            else
            {
                long ideal = a.Exponent - b.Exponent;
                while (exp < ideal && coeff % 10 == 0) { coeff /= 10; exp++; }
            }
        }
        return new DecimalNumber(sign, coeff, exp).Fix(ctx, ref status);
    }

    /// <summary>Integer quotient and remainder of finite non-zero-divisor operands (<c>_divide</c>).</summary>
    private static (DecimalNumber Quotient, DecimalNumber Remainder) DivideInteger(in DecimalNumber a, in DecimalNumber b, DecimalContext ctx, ref DecimalCondition status)
    {
        bool sign = a.Negative ^ b.Negative;
        long idealExp = b.IsInfinity ? a.Exponent : System.Math.Min(a.Exponent, b.Exponent);
        long expdiff = a.Adjusted - b.Adjusted;
        if (a.IsZero || b.IsInfinity || expdiff <= -2)
            return (Zero(sign, 0), a.Rescale(idealExp, ctx.Rounding));
        if (expdiff <= ctx.Prec)
        {
            BigInteger x = a.Coefficient, y = b.Coefficient;
            Meter(ctx, System.Math.Abs(a.Exponent - b.Exponent) + a.Digits);
            if (a.Exponent >= b.Exponent) x *= Pow10(a.Exponent - b.Exponent);
            else y *= Pow10(b.Exponent - a.Exponent);
            var q = BigInteger.DivRem(x, y, out var r);
            if (q < Pow10(ctx.Prec))
                return (new DecimalNumber(sign, q, 0), new DecimalNumber(a.Negative, r, idealExp));
        }
        status |= DecimalCondition.DivisionImpossible;
        return (NaN, NaN);
    }

    /// <summary>a // b (truncating towards zero, as the specification's divide-integer).</summary>
    public static DecimalNumber FloorDivide(in DecimalNumber a, in DecimalNumber b, DecimalContext ctx, ref DecimalCondition status)
    {
        bool sign = a.Negative ^ b.Negative;
        if (CheckNaNs(a, b, ctx, ref status) is { } nan) return nan;
        if (a.IsInfinity)
        {
            if (b.IsInfinity) { status |= DecimalCondition.InvalidOperation; return NaN; }
            return Infinity(sign);
        }
        if (b.IsZero)
        {
            if (!a.IsZero) { status |= DecimalCondition.DivisionByZero; return Infinity(sign); }
            status |= DecimalCondition.DivisionUndefined;
            return NaN;
        }
        return DivideInteger(a, b, ctx, ref status).Quotient;
    }

    /// <summary><c>divmod(a, b)</c>: the integer quotient and the remainder.</summary>
    public static (DecimalNumber Quotient, DecimalNumber Remainder) DivMod(in DecimalNumber a, in DecimalNumber b, DecimalContext ctx, ref DecimalCondition status)
    {
        if (CheckNaNs(a, b, ctx, ref status) is { } nan) return (nan, nan);
        bool sign = a.Negative ^ b.Negative;
        if (a.IsInfinity)
        {
            status |= DecimalCondition.InvalidOperation;
            return b.IsInfinity ? (NaN, NaN) : (Infinity(sign), NaN);
        }
        if (b.IsZero)
        {
            if (a.IsZero) { status |= DecimalCondition.DivisionUndefined; return (NaN, NaN); }
            status |= DecimalCondition.DivisionByZero | DecimalCondition.InvalidOperation;
            return (Infinity(sign), NaN);
        }
        var (q, r) = DivideInteger(a, b, ctx, ref status);
        if (r.IsNaN) return (q, r);
        return (q, r.Fix(ctx, ref status));
    }

    /// <summary>a % b (the remainder has the sign of a).</summary>
    public static DecimalNumber Remainder(in DecimalNumber a, in DecimalNumber b, DecimalContext ctx, ref DecimalCondition status)
    {
        if (CheckNaNs(a, b, ctx, ref status) is { } nan) return nan;
        if (a.IsInfinity) { status |= DecimalCondition.InvalidOperation; return NaN; }
        if (b.IsZero)
        {
            status |= a.IsZero ? DecimalCondition.DivisionUndefined : DecimalCondition.InvalidOperation;
            return NaN;
        }
        var r = DivideInteger(a, b, ctx, ref status).Remainder;
        return r.Fix(ctx, ref status);
    }

    // ------------------------------------------------------------------ comparison

    /// <summary>Numeric comparison of two non-NaN values: -1, 0 or 1.</summary>
    public static int CompareTotal(in DecimalNumber a, in DecimalNumber b)
    {
        if (a.IsInfinity || b.IsInfinity)
        {
            int ia = a.IsInfinity ? (a.Negative ? -1 : 1) : 0;
            int ib = b.IsInfinity ? (b.Negative ? -1 : 1) : 0;
            if (ia != 0 || ib != 0)
            {
                if (ia == ib) return 0;
                if (ia != 0 && ib != 0) return ia.CompareTo(ib);
                return ia != 0 ? ia : -ib;
            }
        }
        if (a.IsZero)
        {
            if (b.IsZero) return 0;
            return b.Negative ? 1 : -1;
        }
        if (b.IsZero) return a.Negative ? -1 : 1;
        if (a.Negative != b.Negative) return a.Negative ? -1 : 1;
        int mag;
        long adjA = a.Adjusted, adjB = b.Adjusted;
        if (adjA != adjB) mag = adjA.CompareTo(adjB);
        else
        {
            long e = System.Math.Min(a.Exponent, b.Exponent);
            mag = (a.Coefficient * Pow10(a.Exponent - e)).CompareTo(b.Coefficient * Pow10(b.Exponent - e));
        }
        return a.Negative ? -mag : mag;
    }

    // ------------------------------------------------------------------ rounding operations

    /// <summary><c>quantize(exp)</c>: this number with <paramref name="target"/>'s exponent.</summary>
    public DecimalNumber Quantize(in DecimalNumber target, DecimalRounding rounding, DecimalContext ctx, ref DecimalCondition status)
    {
        if (IsSpecial || target.IsSpecial)
        {
            if (CheckNaNs(this, target, ctx, ref status) is { } nan) return nan;
            if (IsInfinity && target.IsInfinity) return this;
            status |= DecimalCondition.InvalidOperation;
            return NaN;
        }
        long exp = target.Exponent;
        if (!(ctx.Etiny <= exp && exp <= ctx.Emax)) { status |= DecimalCondition.InvalidOperation; return NaN; }
        if (IsZero) return Zero(Negative, exp).Fix(ctx, ref status);
        long adj = Adjusted;
        if (adj > ctx.Emax) { status |= DecimalCondition.InvalidOperation; return NaN; }
        if (adj - exp + 1 > ctx.Prec) { status |= DecimalCondition.InvalidOperation; return NaN; }
        var ans = Rescale(exp, rounding);
        if (ans.Adjusted > ctx.Emax || ans.Digits > ctx.Prec) { status |= DecimalCondition.InvalidOperation; return NaN; }
        if (!ans.IsZero && ans.Adjusted < ctx.Emin) status |= DecimalCondition.Subnormal;
        if (ans.Exponent > Exponent)
        {
            if (CompareTotal(ans, this) != 0) status |= DecimalCondition.Inexact;
            status |= DecimalCondition.Rounded;
        }
        return ans.Fix(ctx, ref status);
    }

    /// <summary><c>to_integral_value</c> (no flags) or <c>to_integral_exact</c> (Inexact and Rounded).</summary>
    public DecimalNumber ToIntegral(DecimalRounding rounding, bool exact, DecimalContext ctx, ref DecimalCondition status)
    {
        if (IsSpecial) return CheckNaN(ctx, ref status) ?? this;
        if (Exponent >= 0) return this;
        if (IsZero) return Zero(Negative, 0);
        var ans = Rescale(0, rounding);
        if (exact)
        {
            if (CompareTotal(ans, this) != 0) status |= DecimalCondition.Inexact;
            status |= DecimalCondition.Rounded;
        }
        return ans;
    }

    /// <summary><c>normalize()</c>: rounded to the context, trailing zeros stripped.</summary>
    public DecimalNumber Normalize(DecimalContext ctx, ref DecimalCondition status)
    {
        if (IsSpecial) return CheckNaN(ctx, ref status) ?? this;
        var dup = Fix(ctx, ref status);
        if (dup.IsInfinity) return dup;
        if (dup.IsZero) return Zero(dup.Negative, 0);
        long expMax = ctx.Clamp == 0 ? ctx.Emax : ctx.Etop;
        var c = dup.Coefficient;
        long exp = dup.Exponent;
        while (exp < expMax)
        {
            var q = BigInteger.DivRem(c, 10, out var r);
            if (!r.IsZero) break;
            c = q;
            exp++;
        }
        return new DecimalNumber(dup.Negative, c, exp);
    }

    /// <summary>Plain rounding to the context (unary plus).</summary>
    public DecimalNumber Plus(DecimalContext ctx, ref DecimalCondition status)
    {
        if (IsNaN) return CheckNaN(ctx, ref status)!.Value;
        var r = IsZero && ctx.Rounding != DecimalRounding.Floor ? WithSign(false) : this;
        return r.Fix(ctx, ref status);
    }

    /// <summary>Negation rounded to the context (unary minus).</summary>
    public DecimalNumber Minus(DecimalContext ctx, ref DecimalCondition status)
    {
        if (IsNaN) return CheckNaN(ctx, ref status)!.Value;
        var r = IsZero && ctx.Rounding != DecimalRounding.Floor ? WithSign(false) : WithSign(!Negative);
        return r.Fix(ctx, ref status);
    }

    /// <summary>Absolute value rounded to the context.</summary>
    public DecimalNumber Abs(DecimalContext ctx, ref DecimalCondition status)
        => Negative ? Minus(ctx, ref status) : Plus(ctx, ref status);

    // ------------------------------------------------------------------ sqrt and power

    /// <summary>The correctly rounded square root (always ROUND_HALF_EVEN, as the specification says).</summary>
    public DecimalNumber Sqrt(DecimalContext ctx, ref DecimalCondition status)
    {
        if (IsSpecial)
        {
            if (CheckNaN(ctx, ref status) is { } nan) return nan;
            if (!Negative) return this;
        }
        if (IsZero) return Zero(Negative, FloorDiv2(Exponent)).Fix(ctx, ref status);
        if (Negative) { status |= DecimalCondition.InvalidOperation; return NaN; }
        long prec = ctx.Prec + 1;
        long e = FloorDiv2(Exponent);
        BigInteger c;
        long l;
        if ((Exponent & 1) != 0) { c = Coefficient * 10; l = (Digits >> 1) + 1; }
        else { c = Coefficient; l = (Digits + 1) >> 1; }
        long shift = prec - l;
        bool exact;
        Meter(ctx, 2 * prec + Digits);
        if (shift >= 0) { c *= Pow10(2 * shift); exact = true; }
        else { c = BigInteger.DivRem(c, Pow10(-2 * shift), out var rem); exact = rem.IsZero; }
        e -= shift;
        var n = Pow10(prec);
        while (true)
        {
            var q = c / n;
            if (n <= q) break;
            n = (n + q) >> 1;
        }
        exact = exact && n * n == c;
        if (exact)
        {
            if (shift >= 0) n /= Pow10(shift);
            else n *= Pow10(-shift);
            e += shift;
        }
        else if (n % 5 == 0)
        {
            n += 1;
        }
        var saved = ctx.Rounding;
        ctx.Rounding = DecimalRounding.HalfEven;
        try { return new DecimalNumber(false, n, e).Fix(ctx, ref status); }
        finally { ctx.Rounding = saved; }
    }

    private static long FloorDiv2(long x) => x >= 0 ? x / 2 : -((-x + 1) / 2);

    /// <summary>Whether a finite value is an integer.</summary>
    public bool IsInteger
    {
        get
        {
            if (IsSpecial) return false;
            if (Exponent >= 0 || IsZero) return true;
            if (-Exponent >= Digits) return false;
            return (Coefficient % Pow10(-Exponent)).IsZero;
        }
    }

    /// <summary>The value of an integral finite number.</summary>
    public BigInteger ToBigInteger()
    {
        BigInteger v = Exponent >= 0 ? Coefficient * Pow10(Exponent) : Coefficient / Pow10(-Exponent);
        return Negative ? -v : v;
    }
}
