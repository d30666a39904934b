using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Datetime;

/// <summary>The datetime module's classes, built once per process and shared read-only.</summary>
internal static class DatetimeTypes
{
    public static readonly PyType Timedelta = PyType.NewNative("datetime.timedelta", "datetime");
    public static readonly PyType Date = PyType.NewNative("datetime.date", "datetime");
    public static readonly PyType DateTime = PyType.NewNative("datetime.datetime", "datetime", Date);
    public static readonly PyType Time = PyType.NewNative("datetime.time", "datetime");
    public static readonly PyType TzInfo = PyType.NewNative("datetime.tzinfo", "datetime");
    public static readonly PyType Timezone = PyType.NewNative("datetime.timezone", "datetime", TzInfo);
    public static readonly PyType IsoCalendarDate = PyType.NewNative("datetime.IsoCalendarDate", "datetime");
}
