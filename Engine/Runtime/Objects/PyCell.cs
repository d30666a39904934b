namespace RuleSandbox.Engine.Runtime.Objects;

/// <summary>A closure cell: a variable shared between a scope and the functions nested in it.</summary>
public sealed class PyCell : PyObject
{
    /// <summary><c>cell</c>.</summary>
    public static readonly PyType TypeObject = PyType.NewBuiltin("cell", null);

    /// <summary>The value, or null while unbound.</summary>
    public PyObject? Value;

    /// <summary>A cell, empty or holding <paramref name="value"/>.</summary>
    public PyCell(PyObject? value = null) => Value = value;

    /// <inheritdoc />
    public override PyType Type => TypeObject;
}
