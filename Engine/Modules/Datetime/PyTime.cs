using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Datetime;

/// <summary>A <c>datetime.time</c>: a time of day with an optional fixed-offset zone.</summary>
public sealed class PyTime : PyObject
{
    /// <summary>A valid time.</summary>
    public PyTime(int hour, int minute, int second, int microsecond, PyTimezone? tz, int fold = 0)
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

    /// <summary>The zone, or null.</summary>
    public PyTimezone? Tz { get; }

    /// <summary>The fold attribute.</summary>
    public int Fold { get; }

    /// <summary>Microseconds since midnight.</summary>
    public long DayMicros => ((Hour * 60L + Minute) * 60 + Second) * 1_000_000L + Microsecond;

    /// <inheritdoc />
    public override PyType Type => DatetimeTypes.Time;
}
