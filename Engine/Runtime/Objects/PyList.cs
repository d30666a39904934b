namespace RuleSandbox.Engine.Runtime.Objects;

/// <summary>Python <c>list</c>.</summary>
public class PyList : PyObject
{
    /// <summary><c>list</c>.</summary>
    public static readonly PyType TypeObject = PyType.NewBuiltin("list", null);

    /// <summary>An empty list.</summary>
    public PyList() => Items = new List<PyObject>();

    /// <summary>A list that takes ownership of <paramref name="items"/>.</summary>
    public PyList(List<PyObject> items) => Items = items;

    /// <summary>The elements.</summary>
    public List<PyObject> Items { get; internal set; }

    /// <summary>Number of elements.</summary>
    public int Count => Items.Count;

    /// <inheritdoc />
    public override PyType Type => TypeObject;
}
