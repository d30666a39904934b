using System.Numerics;

namespace RuleSandbox.Engine.Modules.Decimal;

/// <summary>
/// An arbitrary-precision decimal number as the General Decimal Arithmetic specification defines
/// it: sign, coefficient (a non-negative integer) and exponent, or one of the specials Infinity,
/// NaN (quiet) and sNaN (signalling), whose coefficient is the diagnostic payload. Immutable.
/// </summary>
/// <remarks>
/// The arithmetic follows CPython's <c>_pydecimal</c> algorithm by algorithm (same exact-then-round
/// strategy, same ideal exponents, same conditions), so results and flags match CPython digit for
/// digit. Operations take the context and add the conditions they raise to a status word; the
/// caller (the Python binding) merges it into the context flags and raises trapped signals.
/// </remarks>
public readonly partial struct DecimalNumber
{
    /// <summary>Kinds of value.</summary>
    public enum NumberKind : byte
    {
        /// <summary>A finite number.</summary>
        Finite,
        /// <summary>Plus or minus infinity.</summary>
        Infinity,
        /// <summary>A quiet NaN.</summary>
        NaN,
        /// <summary>A signalling NaN.</summary>
        SNaN,
    }

    /// <summary>A number from its parts.</summary>
    public DecimalNumber(bool negative, BigInteger coefficient, long exponent, NumberKind kind = NumberKind.Finite)
    {
        Negative = negative;
        Coefficient = coefficient;
        Exponent = exponent;
        Kind = kind;
    }

    /// <summary>True when the sign bit is set (also for -0, -Infinity and -NaN).</summary>
    public bool Negative { get; }

    /// <summary>The coefficient (the payload of a NaN; 0 for infinity).</summary>
    public BigInteger Coefficient { get; }

    /// <summary>The exponent of a finite number.</summary>
    public long Exponent { get; }

    /// <summary>Finite or which special.</summary>
    public NumberKind Kind { get; }

    /// <summary>Infinity or NaN.</summary>
    public bool IsSpecial => Kind != NumberKind.Finite;

    /// <summary>Quiet or signalling NaN.</summary>
    public bool IsNaN => Kind is NumberKind.NaN or NumberKind.SNaN;

    /// <summary>A signalling NaN.</summary>
    public bool IsSNaN => Kind == NumberKind.SNaN;

    /// <summary>Plus or minus infinity.</summary>
    public bool IsInfinity => Kind == NumberKind.Infinity;

    /// <summary>A finite zero.</summary>
    public bool IsZero => Kind == NumberKind.Finite && Coefficient.IsZero;

    /// <summary>Number of digits of the coefficient (1 for zero).</summary>
    public long Digits => NumDigits(Coefficient);

    /// <summary>The exponent of the most significant digit (<c>adjusted()</c>).</summary>
    public long Adjusted => Kind == NumberKind.Finite ? Exponent + Digits - 1 : 0;

    /// <summary>Positive infinity or negative infinity.</summary>
    public static DecimalNumber Infinity(bool negative) => new(negative, BigInteger.Zero, 0, NumberKind.Infinity);

    /// <summary>The quiet NaN without payload.</summary>
    public static DecimalNumber NaN => new(false, BigInteger.Zero, 0, NumberKind.NaN);

    /// <summary>An integer.</summary>
    public static DecimalNumber FromInteger(BigInteger value) => new(value.Sign < 0, BigInteger.Abs(value), 0);

    /// <summary>The same number with the sign flipped.</summary>
    public DecimalNumber WithSign(bool negative) => new(negative, Coefficient, Exponent, Kind);

    // ------------------------------------------------------------------ digit helpers

    private static readonly BigInteger[] s_pow10 = BuildPow10(400);

    private static BigInteger[] BuildPow10(int n)
    {
        var a = new BigInteger[n];
        a[0] = BigInteger.One;
        for (int i = 1; i < n; i++) a[i] = a[i - 1] * 10;
        return a;
    }

    /// <summary>10 to the power <paramref name="n"/> (n ≥ 0).</summary>
    public static BigInteger Pow10(long n)
    {
        if (n < s_pow10.Length) return s_pow10[n];
        if (n > int.MaxValue) throw new OverflowException("power of ten too large");
        return BigInteger.Pow(10, (int)n);
    }

    /// <summary>Number of decimal digits of a non-negative integer (1 for zero).</summary>
    public static long NumDigits(BigInteger x)
    {
        if (x.IsZero) return 1;
        if (x < 1_000_000_000_000_000_000UL)
        {
            ulong u = (ulong)x;
            long d = 1;
            while (u >= 10) { u /= 10; d++; }
            return d;
        }
        long bits = (long)x.GetBitLength();
        long est = (long)((bits - 1) * 0.30102999566398120) + 1;
        // est is the exact count or one too many; one comparison decides.
        if (x < Pow10(est - 1)) est--;
        else if (x >= Pow10(est)) est++;
        return est;
    }
}
