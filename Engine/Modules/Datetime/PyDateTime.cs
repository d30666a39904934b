using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Datetime;

/// <summary>A <c>datetime.datetime</c>: a date, a time of day, and an optional fixed-offset zone.</summary>
public sealed class PyDateTime : PyDate
{
    /// <summary>A valid date and time.</summary>
    public PyDateTime(int year, int month, int day, int hour, int minute, int second, int microsecond, PyTimezone? tz, int fold = 0)
        : base(year, month, day)
    {
        Hour = hour; Minute = minute; Second = second; Microsecond = microsecond; Tz = tz; Fold = fold;
    }

    /// <summary>Hour 0-23.</summary>
    public int Hour { get; }

    /// <summary>Minute 0-59.</summary>
    public int Minute { get; }

    /// <summary>Second 0-59.</summary>
    public int Second { get; }

    /// <summary>Microsecond 0-999999.</summary>
    public int Microsecond { get; }

    /// <summary>The zone, or null for a naive datetime.</summary>
    public PyTimezone? Tz { get; }

    /// <summary>The fold attribute (0 or 1).</summary>
    public int Fold { get; }

    /// <summary>Microseconds since 0001-01-01T00:00 in the datetime's own (wall) time.</summary>
    public Int128 WallMicros => (Int128)(Ordinal - 1) * PyTimedelta.DayMicros + ((Hour * 60L + Minute) * 60 + Second) * 1_000_000L + Microsecond;

    /// <summary>Wall time minus the offset: comparable across zones.</summary>
    public Int128 UtcMicros => WallMicros - (Tz?.OffsetMicros ?? 0);

    /// <inheritdoc />
    public override PyType Type => DatetimeTypes.DateTime;
}
