namespace RuleSandbox.Engine.Modules.Decimal;

/// <summary>The eight rounding modes of the General Decimal Arithmetic specification (CPython's names).</summary>
public enum DecimalRounding
{
    /// <summary>ROUND_HALF_EVEN: to nearest, ties to the even digit (the default).</summary>
    HalfEven,
    /// <summary>ROUND_HALF_UP: to nearest, ties away from zero.</summary>
    HalfUp,
    /// <summary>ROUND_HALF_DOWN: to nearest, ties towards zero.</summary>
    HalfDown,
    /// <summary>ROUND_DOWN: towards zero.</summary>
    Down,
    /// <summary>ROUND_UP: away from zero.</summary>
    Up,
    /// <summary>ROUND_CEILING: towards +Infinity.</summary>
    Ceiling,
    /// <summary>ROUND_FLOOR: towards -Infinity.</summary>
    Floor,
    /// <summary>ROUND_05UP: away from zero when the last kept digit is 0 or 5, else towards zero.</summary>
    ZeroFiveUp,
}
