namespace RuleSandbox.Engine.Modules.Decimal;

/// <summary>
/// Conditions an operation can raise, as bits (mpdecimal's status flags). The first five are the
/// specific causes of an invalid operation; all five are trapped and flagged as InvalidOperation.
/// </summary>
[Flags]
public enum DecimalCondition
{
    /// <summary>No condition.</summary>
    None = 0,
    /// <summary>A generic invalid operation.</summary>
    InvalidOperation = 1 << 0,
    /// <summary>A string that is not a number.</summary>
    ConversionSyntax = 1 << 1,
    /// <summary>An integer quotient that does not fit the precision.</summary>
    DivisionImpossible = 1 << 2,
    /// <summary>0 / 0.</summary>
    DivisionUndefined = 1 << 3,
    /// <summary>An invalid context.</summary>
    InvalidContext = 1 << 4,
    /// <summary>A float was mixed in (constructor or comparison).</summary>
    FloatOperation = 1 << 5,
    /// <summary>A finite non-zero number divided by zero.</summary>
    DivisionByZero = 1 << 6,
    /// <summary>The exponent exceeded Emax.</summary>
    Overflow = 1 << 7,
    /// <summary>A subnormal result was rounded.</summary>
    Underflow = 1 << 8,
    /// <summary>The result is subnormal.</summary>
    Subnormal = 1 << 9,
    /// <summary>Non-zero digits were discarded.</summary>
    Inexact = 1 << 10,
    /// <summary>Digits (possibly zeros) were discarded.</summary>
    Rounded = 1 << 11,
    /// <summary>The exponent was changed to fit the bounds.</summary>
    Clamped = 1 << 12,
    /// <summary>Any of the invalid-operation causes.</summary>
    AnyInvalid = InvalidOperation | ConversionSyntax | DivisionImpossible | DivisionUndefined | InvalidContext,
}
