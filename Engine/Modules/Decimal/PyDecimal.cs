using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Decimal;

/// <summary>A <c>decimal.Decimal</c> value: an immutable <see cref="DecimalNumber"/>.</summary>
public sealed class PyDecimal : PyObject
{
    /// <summary>Wraps <paramref name="value"/>.</summary>
    public PyDecimal(DecimalNumber value) => Value = value;

    /// <summary>The number.</summary>
    public DecimalNumber Value { get; }

    /// <inheritdoc />
    public override PyType Type => DecimalTypes.Decimal;
}
