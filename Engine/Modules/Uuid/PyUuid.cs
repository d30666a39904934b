using System.Numerics;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Uuid;

/// <summary>A <c>uuid.UUID</c>: an immutable 128-bit value (and its <c>is_safe</c> marker).</summary>
public sealed class PyUuid : PyObject
{
    /// <summary>The UUID whose 128-bit value is <paramref name="value"/> (0 ≤ value &lt; 2**128).</summary>
    public PyUuid(BigInteger value, PyObject isSafe)
    {
        Value = value;
        IsSafe = isSafe;
    }

    /// <summary>The UUID as an unsigned 128-bit integer.</summary>
    public BigInteger Value { get; }

    /// <summary>The <c>is_safe</c> attribute (a <c>SafeUUID</c> member).</summary>
    public PyObject IsSafe { get; }

    /// <inheritdoc />
    public override PyType Type => UuidBinding.UuidType;
}
