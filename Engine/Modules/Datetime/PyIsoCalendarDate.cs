using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Datetime;

/// <summary><c>IsoCalendarDate(year, week, weekday)</c>, the result of <c>isocalendar()</c>.</summary>
public sealed class PyIsoCalendarDate : PyObject
{
    /// <summary>The three fields.</summary>
    public PyIsoCalendarDate(int year, int week, int weekday) => Items = new PyObject[] { PyInt.From(year), PyInt.From(week), PyInt.From(weekday) };

    /// <summary>year, week, weekday.</summary>
    public PyObject[] Items { get; }

    /// <inheritdoc />
    public override PyType Type => DatetimeTypes.IsoCalendarDate;
}
