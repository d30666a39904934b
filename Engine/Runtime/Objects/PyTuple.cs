namespace RuleSandbox.Engine.Runtime.Objects;

/// <summary>Python <c>tuple</c>.</summary>
public class PyTuple : PyObject
{
    /// <summary><c>tuple</c>.</summary>
    public static readonly PyType TypeObject = PyType.NewBuiltin("tuple", null);

    /// <summary>The empty tuple.</summary>
    public static readonly PyTuple Empty = new(Array.Empty<PyObject>());

    /// <summary>A tuple that takes ownership of <paramref name="items"/>.</summary>
    public PyTuple(PyObject[] items) => Items = items;

    /// <summary>A tuple, shared when empty.</summary>
    public static PyTuple From(PyObject[] items) => items.Length == 0 ? Empty : new PyTuple(items);

    /// <summary>The elements.</summary>
    public PyObject[] Items { get; }

    /// <summary>Number of elements.</summary>
    public int Count => Items.Length;

    /// <inheritdoc />
    public override PyType Type => TypeObject;
}
