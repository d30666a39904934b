namespace RuleSandbox.Engine.Runtime.Objects;

/// <summary>Python <c>float</c>: an IEEE double.</summary>
public class PyFloat : PyObject
{
    /// <summary><c>float</c>.</summary>
    public static readonly PyType TypeObject = PyType.NewBuiltin("float", null);

    private static readonly PyFloat s_zero = new(0.0);
    private static readonly PyFloat s_one = new(1.0);

    /// <summary>A float holding <paramref name="value"/> (subclass instances: <see cref="PyFloatSub"/>).</summary>
    protected PyFloat(double value) => Value = value;

    /// <summary>A float object for <paramref name="value"/>.</summary>
    public static PyFloat From(double value)
    {
        if (value == 0.0 && !double.IsNegative(value)) return s_zero;
        if (value == 1.0) return s_one;
        return new PyFloat(value);
    }

    /// <summary>The value.</summary>
    public double Value { get; }

    /// <inheritdoc />
    public override PyType Type => TypeObject;
}
