using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Datetime;

/// <summary>
/// The <c>datetime</c> module: date, time, datetime, timedelta and fixed-offset timezone, with
/// CPython's arithmetic, reprs and text forms. The wall clock (now/today/utcnow) is a capability:
/// <see cref="Create"/> builds the module without it, <see cref="WithClock"/> grants it.
/// </summary>
public static class DatetimeModule
{
    private static readonly Lazy<(string Name, PyObject Value)[]> s_shared = new(Build);

    /// <summary>Builds the module for one execution, without the wall clock.</summary>
    public static PyModule Create() => CreateCore(null);

    /// <summary>A factory whose modules read the time from <paramref name="clock"/> (a granted capability).</summary>
    public static Func<PyModule> WithClock(Func<DateTimeOffset> clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return () => CreateCore(clock);
    }

    private static PyModule CreateCore(Func<DateTimeOffset>? clock)
    {
        if (clock is not null) DatetimeClock.Grant(clock);
        var m = new PyModule("datetime");
        foreach (var (name, value) in s_shared.Value) m.ModuleDict.Set(name, value);
        return m;
    }

    private static (string, PyObject)[] Build()
    {
        DatetimeBinding.Init();
        return new (string, PyObject)[]
        {
            ("date", DatetimeTypes.Date),
            ("datetime", DatetimeTypes.DateTime),
            ("time", DatetimeTypes.Time),
            ("timedelta", DatetimeTypes.Timedelta),
            ("timezone", DatetimeTypes.Timezone),
            ("tzinfo", DatetimeTypes.TzInfo),
            ("UTC", PyTimezone.Utc),
            ("MINYEAR", PyInt.From(CivilCalendar.MinYear)),
            ("MAXYEAR", PyInt.From(CivilCalendar.MaxYear)),
        };
    }
}
