using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Decimal;

/// <summary><c>DecimalTuple(sign, digits, exponent)</c>, the result of <c>as_tuple()</c>.</summary>
public sealed class PyDecimalTuple : PyObject
{
    /// <summary>The three fields.</summary>
    public PyDecimalTuple(PyObject sign, PyObject digits, PyObject exponent) => Items = new[] { sign, digits, exponent };

    /// <summary>sign, digits, exponent.</summary>
    public PyObject[] Items { get; }

    /// <inheritdoc />
    public override PyType Type => DecimalTypes.DecimalTuple;
}
