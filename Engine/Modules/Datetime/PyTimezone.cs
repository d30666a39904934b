using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Datetime;

/// <summary>A <c>datetime.timezone</c>: a fixed UTC offset with an optional name.</summary>
public sealed class PyTimezone : PyObject
{
    /// <summary>UTC (<c>timezone.utc</c>).</summary>
    public static readonly PyTimezone Utc = new(0, null);

    /// <summary>A zone <paramref name="offsetMicros"/> ahead of UTC.</summary>
    public PyTimezone(long offsetMicros, string? name)
    {
        OffsetMicros = offsetMicros;
        Name = name;
    }

    /// <summary>The offset from UTC in microseconds.</summary>
    public long OffsetMicros { get; }

    /// <summary>The name given to the constructor, if any.</summary>
    public string? Name { get; }

    /// <inheritdoc />
    public override PyType Type => DatetimeTypes.Timezone;
}
