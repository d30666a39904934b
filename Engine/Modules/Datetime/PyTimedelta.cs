using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Datetime;

/// <summary>A <c>datetime.timedelta</c>: a signed duration held as whole microseconds.</summary>
public sealed class PyTimedelta : PyObject
{
    /// <summary>Microseconds in a day.</summary>
    public const long DayMicros = 86_400_000_000L;

    /// <summary>The duration <paramref name="micros"/> (already range-checked).</summary>
    public PyTimedelta(Int128 micros) => Micros = micros;

    /// <summary>The duration in microseconds.</summary>
    public Int128 Micros { get; }

    /// <summary>Days (may be negative), as CPython normalizes them.</summary>
    public long Days => (long)Int128.DivRem(Micros - (Micros < 0 ? DayMicros - 1 : 0), DayMicros).Quotient;

    /// <summary>Seconds in [0, 86399].</summary>
    public long Seconds => (long)((Micros - (Int128)Days * DayMicros) / 1_000_000);

    /// <summary>Microseconds in [0, 999999].</summary>
    public long Microseconds => (long)((Micros - (Int128)Days * DayMicros) % 1_000_000);

    /// <inheritdoc />
    public override PyType Type => DatetimeTypes.Timedelta;
}
