namespace RuleSandbox.Engine.Runtime.Objects;

/// <summary>Python <c>bool</c>, a subclass of <c>int</c> with exactly two instances.</summary>
public sealed class PyBool : PyInt
{
    /// <summary><c>bool</c>.</summary>
    public static readonly PyType BoolType = PyType.NewBuiltin("bool", PyInt.TypeObject);

    /// <summary><c>True</c>.</summary>
    public static readonly PyBool True = new(1);

    /// <summary><c>False</c>.</summary>
    public static readonly PyBool False = new(0);

    private PyBool(long v) : base(v) { }

    /// <summary>The bool for a C# bool.</summary>
    public static PyBool From(bool b) => b ? True : False;

    /// <summary>The C# value.</summary>
    public bool Value => Small != 0;

    /// <inheritdoc />
    public override PyType Type => BoolType;
}
