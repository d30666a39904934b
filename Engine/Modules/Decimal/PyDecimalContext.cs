using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Decimal;

/// <summary>A <c>decimal.Context</c> object: the Python face of a <see cref="DecimalContext"/>.</summary>
public sealed class PyDecimalContext : PyObject
{
    /// <summary>Wraps <paramref name="context"/>.</summary>
    public PyDecimalContext(DecimalContext context) => Context = context ?? throw new ArgumentNullException(nameof(context));

    /// <summary>The settings, flags and traps.</summary>
    public DecimalContext Context { get; }

    /// <inheritdoc />
    public override PyType Type => DecimalTypes.Context;
}
