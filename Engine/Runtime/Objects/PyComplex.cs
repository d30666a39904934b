namespace RuleSandbox.Engine.Runtime.Objects;

/// <summary>Python <c>complex</c>: two doubles.</summary>
public sealed class PyComplex : PyObject
{
    /// <summary><c>complex</c>.</summary>
    public static readonly PyType TypeObject = PyType.NewBuiltin("complex", null);

    /// <summary>A complex number.</summary>
    public PyComplex(double real, double imag) { Real = real; Imag = imag; }

    /// <summary>The real part.</summary>
    public double Real { get; }

    /// <summary>The imaginary part.</summary>
    public double Imag { get; }

    /// <inheritdoc />
    public override PyType Type => TypeObject;
}
