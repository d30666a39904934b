using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Time;

/// <summary>The time module's classes, built once per process and shared read-only.</summary>
internal static class TimeTypes
{
    public static readonly PyType StructTime = PyType.NewNative("struct_time", "time");
}
