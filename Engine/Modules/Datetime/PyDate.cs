using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Datetime;

/// <summary>A <c>datetime.date</c>; <see cref="PyDateTime"/> derives from it as <c>datetime</c> derives from <c>date</c>.</summary>
public class PyDate : PyObject
{
    /// <summary>A valid date.</summary>
    public PyDate(int year, int month, int day)
    {
        Year = year; Month = month; Day = day;
    }

    /// <summary>Year 1-9999.</summary>
    public int Year { get; }

    /// <summary>Month 1-12.</summary>
    public int Month { get; }

    /// <summary>Day of month.</summary>
    public int Day { get; }

    /// <summary>The proleptic Gregorian ordinal.</summary>
    public int Ordinal => CivilCalendar.ToOrdinal(Year, Month, Day);

    /// <inheritdoc />
    public override PyType Type => DatetimeTypes.Date;
}
