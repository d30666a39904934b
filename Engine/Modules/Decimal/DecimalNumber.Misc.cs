using System.Numerics;

namespace RuleSandbox.Engine.Modules.Decimal;

// The math module's namespace (RuleSandbox.Engine.Modules.Math) would hide System.Math here.
using Math = System.Math;

/// <summary>The specification's less common operations: digit-wise, neighbours, totals, fma, modular power.</summary>
public readonly partial struct DecimalNumber
{
    /// <summary><c>logb()</c>: the adjusted exponent as a number.</summary>
    public DecimalNumber Logb(DecimalContext ctx, ref DecimalCondition status)
    {
        if (CheckNaN(ctx, ref status) is { } nan) return nan;
        if (IsInfinity) return Infinity(false);
        if (IsZero) { status |= DecimalCondition.DivisionByZero; return Infinity(true); }
        return FromInteger(Adjusted).Fix(ctx, ref status);
    }

    // The integral second operand of scaleb, rotate and shift, or null (InvalidOperation) when it
    // is not an integer with exponent 0 inside [-limit, limit].
    private static long? IntegralArgument(in DecimalNumber b, long limit)
    {
        if (b.IsSpecial || b.Exponent != 0) return null;
        var v = b.ToBigInteger();
        if (v < -limit || v > limit) return null;
        return (long)v;
    }

    /// <summary><c>scaleb(b)</c>: this number with b added to its exponent.</summary>
    public static DecimalNumber ScaleB(in DecimalNumber a, in DecimalNumber b, DecimalContext ctx, ref DecimalCondition status)
    {
        if (CheckNaNs(a, b, ctx, ref status) is { } nan) return nan;
        if (IntegralArgument(b, 2 * (ctx.Emax + ctx.Prec)) is not { } n) { status |= DecimalCondition.InvalidOperation; return NaN; }
        if (a.IsInfinity) return a;
        return new DecimalNumber(a.Negative, a.Coefficient, a.Exponent + n).Fix(ctx, ref status);
    }

    // The coefficient as exactly prec digits: zero-padded on the left or cut to its last prec digits.
    private static string PrecDigits(BigInteger c, int prec)
    {
        var s = c.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return s.Length >= prec ? s[^prec..] : new string('0', prec - s.Length) + s;
    }

    private static BigInteger FromDigits(string s)
    {
        s = s.TrimStart('0');
        return s.Length == 0 ? BigInteger.Zero : BigInteger.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary><c>rotate(b)</c> (positive b rotates left) or <c>shift(b)</c> of the coefficient's prec digits.</summary>
    public static DecimalNumber RotateOrShift(in DecimalNumber a, in DecimalNumber b, bool rotate, DecimalContext ctx, ref DecimalCondition status)
    {
        if (CheckNaNs(a, b, ctx, ref status) is { } nan) return nan;
        if (IntegralArgument(b, ctx.Prec) is not { } n) { status |= DecimalCondition.InvalidOperation; return NaN; }
        if (a.IsInfinity) return a;
        Meter(ctx, ctx.Prec);
        string digits = PrecDigits(a.Coefficient, ctx.Prec);
        int k = (int)n;
        string result;
        if (rotate)
        {
            int r = ((k % digits.Length) + digits.Length) % digits.Length;
            result = digits[r..] + digits[..r];
        }
        else if (k < 0)
        {
            result = digits[..(digits.Length + k)];
        }
        else
        {
            result = (digits + new string('0', k))[^ctx.Prec..];
        }
        return new DecimalNumber(a.Negative, FromDigits(result), a.Exponent);
    }

    private bool IsLogical
    {
        get
        {
            if (IsSpecial || Negative || Exponent != 0) return false;
            foreach (var ch in Coefficient.ToString(System.Globalization.CultureInfo.InvariantCulture))
                if (ch is not ('0' or '1')) return false;
            return true;
        }
    }

    /// <summary><c>logical_and</c> ('&amp;'), <c>logical_or</c> ('|') or <c>logical_xor</c> ('^') of two logical operands.</summary>
    public static DecimalNumber Logical(in DecimalNumber a, in DecimalNumber b, char op, DecimalContext ctx, ref DecimalCondition status)
    {
        if (!a.IsLogical || !b.IsLogical) { status |= DecimalCondition.InvalidOperation; return NaN; }
        Meter(ctx, ctx.Prec);
        string x = PrecDigits(a.Coefficient, ctx.Prec), y = PrecDigits(b.Coefficient, ctx.Prec);
        var chars = new char[x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            bool p = x[i] == '1', q = y[i] == '1';
            bool r = op switch { '&' => p & q, '|' => p | q, _ => p ^ q };
            chars[i] = r ? '1' : '0';
        }
        return new DecimalNumber(false, FromDigits(new string(chars)), 0);
    }

    /// <summary><c>logical_invert</c>: every one of the prec digits flipped.</summary>
    public DecimalNumber LogicalInvert(DecimalContext ctx, ref DecimalCondition status)
    {
        Meter(ctx, ctx.Prec);
        var ones = new DecimalNumber(false, FromDigits(new string('1', ctx.Prec)), 0);
        return Logical(this, ones, '^', ctx, ref status);
    }

    /// <summary><c>next_minus</c> (towards -Infinity) or <c>next_plus</c>: the neighbour in the context.</summary>
    public DecimalNumber Next(bool up, DecimalContext ctx, ref DecimalCondition status)
    {
        if (CheckNaN(ctx, ref status) is { } nan) return nan;
        if (IsInfinity)
        {
            if (Negative != up) return this;
            Meter(ctx, ctx.Prec);
            return new DecimalNumber(Negative, Pow10(ctx.Prec) - 1, ctx.Etop);
        }
        // Rounded towards the direction in a scratch context whose flags are dropped (CPython's way).
        var work = ctx.Copy();
        work.Rounding = up ? DecimalRounding.Ceiling : DecimalRounding.Floor;
        work.Traps = DecimalCondition.None;
        var ignored = DecimalCondition.None;
        var fixedSelf = Fix(work, ref ignored);
        if (CompareTotal(fixedSelf, this) != 0) return fixedSelf;
        var tiny = new DecimalNumber(false, BigInteger.One, work.Etiny - 1);
        return up ? Add(this, tiny, work, ref ignored) : Subtract(this, tiny, work, ref ignored);
    }

    /// <summary><c>next_toward(b)</c>: the neighbour in b's direction, or this with b's sign when equal.</summary>
    public static DecimalNumber NextToward(in DecimalNumber a, in DecimalNumber b, DecimalContext ctx, ref DecimalCondition status)
    {
        if (CheckNaNs(a, b, ctx, ref status) is { } nan) return nan;
        int cmp = CompareTotal(a, b);
        if (cmp == 0) return a.WithSign(b.Negative);
        var ans = a.Next(cmp < 0, ctx, ref status);
        if (ans.IsInfinity)
        {
            status |= DecimalCondition.Overflow | DecimalCondition.Inexact | DecimalCondition.Rounded;
        }
        else if (ans.Adjusted < ctx.Emin)
        {
            status |= DecimalCondition.Underflow | DecimalCondition.Subnormal | DecimalCondition.Inexact | DecimalCondition.Rounded;
            if (ans.IsZero) status |= DecimalCondition.Clamped;
        }
        return ans;
    }

    /// <summary><c>number_class()</c>: "+Normal", "-Subnormal", "sNaN" and so on.</summary>
    public string NumberClass(DecimalContext ctx)
    {
        if (IsSNaN) return "sNaN";
        if (IsNaN) return "NaN";
        string sign = Negative ? "-" : "+";
        if (IsInfinity) return sign + "Infinity";
        if (IsZero) return sign + "Zero";
        return sign + (Adjusted < ctx.Emin ? "Subnormal" : "Normal");
    }

    /// <summary>The specification's total order (<c>compare_total</c>): -1, 0 or 1; representations differ too.</summary>
    public static int CompareTotalOrder(in DecimalNumber a, in DecimalNumber b)
    {
        if (a.Negative && !b.Negative) return -1;
        if (!a.Negative && b.Negative) return 1;
        int flip = a.Negative ? -1 : 1;
        int an = a.Kind switch { NumberKind.NaN => 2, NumberKind.SNaN => 1, _ => 0 };
        int bn = b.Kind switch { NumberKind.NaN => 2, NumberKind.SNaN => 1, _ => 0 };
        if (an != 0 || bn != 0)
        {
            if (an == bn) return flip * a.Coefficient.CompareTo(b.Coefficient);
            return flip * an.CompareTo(bn);
        }
        int c = CompareTotal(a, b);
        if (c != 0) return c;
        if (a.IsInfinity) return 0;
        return flip * a.Exponent.CompareTo(b.Exponent);
    }

    /// <summary><c>max</c>, <c>min</c>, <c>max_mag</c> or <c>min_mag</c>: a quiet NaN loses to a number.</summary>
    public static DecimalNumber MaxMin(in DecimalNumber a, in DecimalNumber b, bool max, bool magnitude, DecimalContext ctx, ref DecimalCondition status)
    {
        if (a.IsNaN || b.IsNaN)
        {
            if (b.Kind == NumberKind.NaN && !a.IsNaN) return a.Fix(ctx, ref status);
            if (a.Kind == NumberKind.NaN && !b.IsNaN) return b.Fix(ctx, ref status);
            return CheckNaNs(a, b, ctx, ref status)!.Value;
        }
        int c = magnitude ? CompareTotal(a.WithSign(false), b.WithSign(false)) : CompareTotal(a, b);
        if (c == 0) c = CompareTotalOrder(a, b);
        var ans = (c == -1) == max ? b : a;
        return ans.Fix(ctx, ref status);
    }

    /// <summary><c>fma(b, c)</c>: a·b + c with one rounding.</summary>
    public static DecimalNumber FusedMultiplyAdd(in DecimalNumber a, in DecimalNumber b, in DecimalNumber c, DecimalContext ctx, ref DecimalCondition status)
    {
        DecimalNumber product;
        if (a.IsSpecial || b.IsSpecial)
        {
            if (a.IsSNaN) { status |= DecimalCondition.InvalidOperation; return a.FixNaN(ctx); }
            if (b.IsSNaN) { status |= DecimalCondition.InvalidOperation; return b.FixNaN(ctx); }
            if (a.IsNaN) product = a;
            else if (b.IsNaN) product = b;
            else if ((a.IsInfinity && b.IsZero) || (b.IsInfinity && a.IsZero)) { status |= DecimalCondition.InvalidOperation; return NaN; }
            else product = Infinity(a.Negative ^ b.Negative);
        }
        else
        {
            Meter(ctx, a.Digits + b.Digits);
            product = new DecimalNumber(a.Negative ^ b.Negative, a.Coefficient * b.Coefficient, a.Exponent + b.Exponent);
        }
        return Add(product, c, ctx, ref status);
    }

    // An integral value as coefficient and non-negative exponent (to_integral_value's form).
    private static (BigInteger Coeff, long Exp) IntegralParts(in DecimalNumber v)
        => v.Exponent >= 0 ? (v.Coefficient, v.Exponent) : (v.Coefficient / Pow10(-v.Exponent), 0);

    /// <summary><c>same_quantum</c>: equal exponents (or both infinite, or both NaN).</summary>
    public static bool SameQuantum(in DecimalNumber a, in DecimalNumber b)
    {
        if (a.IsSpecial || b.IsSpecial) return (a.IsNaN && b.IsNaN) || (a.IsInfinity && b.IsInfinity);
        return a.Exponent == b.Exponent;
    }

    /// <summary><c>pow(a, b, m)</c>: (a**b) mod m for integral operands, exact.</summary>
    public static DecimalNumber PowerModulo(in DecimalNumber a, in DecimalNumber b, in DecimalNumber m, DecimalContext ctx, ref DecimalCondition status)
    {
        if (a.IsNaN || b.IsNaN || m.IsNaN)
        {
            foreach (var v in new[] { a, b, m })
                if (v.IsSNaN) { status |= DecimalCondition.InvalidOperation; return v.FixNaN(ctx); }
            return (a.IsNaN ? a : b.IsNaN ? b : m).FixNaN(ctx);
        }
        if (!a.IsInteger || !b.IsInteger || !m.IsInteger || b.Negative || m.IsZero || m.Adjusted >= ctx.Prec || (a.IsZero && b.IsZero))
        {
            status |= DecimalCondition.InvalidOperation;
            return NaN;
        }
        var (ac, ae) = IntegralParts(a);
        var (bc, be) = IntegralParts(b);
        bool odd = be == 0 && !bc.IsEven;
        bool sign = odd && a.Negative;
        var mod = BigInteger.Abs(m.ToBigInteger());
        // The exponent may carry any number of trailing zeros: the base is reduced first and then
        // raised to the power ten once per zero, so no huge intermediate is ever built.
        // One modular power per zero: charged before the loop, so 1E+999999999 meets the fuel limit.
        Meter(ctx, b.Digits + ctx.Prec);
        ctx.Work?.Invoke(be * (1 + ctx.Prec / 16));
        var r = ac % mod * BigInteger.ModPow(10, ae, mod) % mod;
        for (long i = 0; i < be; i++) r = BigInteger.ModPow(r, 10, mod);
        r = BigInteger.ModPow(r, bc, mod);
        return new DecimalNumber(sign, r, 0);
    }

    /// <summary><c>remainder_near(b)</c>: a - b·n for the integer n nearest a/b (ties to even).</summary>
    public static DecimalNumber RemainderNear(in DecimalNumber a, in DecimalNumber b, DecimalContext ctx, ref DecimalCondition status)
    {
        if (CheckNaNs(a, b, ctx, ref status) is { } nan) return nan;
        if (a.IsInfinity) { status |= DecimalCondition.InvalidOperation; return NaN; }
        if (b.IsZero)
        {
            status |= a.IsZero ? DecimalCondition.DivisionUndefined : DecimalCondition.InvalidOperation;
            return NaN;
        }
        if (b.IsInfinity) return a.Fix(ctx, ref status);
        long ideal = Math.Min(a.Exponent, b.Exponent);
        if (a.IsZero) return Zero(a.Negative, ideal).Fix(ctx, ref status);
        long expdiff = a.Adjusted - b.Adjusted;
        if (expdiff >= ctx.Prec + 1) { status |= DecimalCondition.DivisionImpossible; return NaN; }
        if (expdiff <= -2) return a.Rescale(ideal, ctx.Rounding).Fix(ctx, ref status);
        BigInteger x = a.Coefficient, y = b.Coefficient;
        Meter(ctx, Math.Abs(a.Exponent - b.Exponent) + a.Digits + b.Digits);
        if (a.Exponent >= b.Exponent) x *= Pow10(a.Exponent - b.Exponent);
        else y *= Pow10(b.Exponent - a.Exponent);
        var q = BigInteger.DivRem(x, y, out var r);
        if (2 * r + (q.IsEven ? 0 : 1) > y) { r -= y; q += 1; }
        if (q >= Pow10(ctx.Prec)) { status |= DecimalCondition.DivisionImpossible; return NaN; }
        bool sign = a.Negative;
        if (r.Sign < 0) { sign = !sign; r = -r; }
        return new DecimalNumber(sign, r, ideal).Fix(ctx, ref status);
    }
}
