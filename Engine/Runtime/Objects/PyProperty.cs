namespace RuleSandbox.Engine.Runtime.Objects;

/// <summary><c>property</c>: a data descriptor over getter, setter and deleter functions.</summary>
public sealed class PyProperty : PyObject
{
    /// <summary><c>property</c>.</summary>
    public static readonly PyType TypeObject = PyType.NewBuiltin("property", null);

    /// <summary>A property.</summary>
    public PyProperty(PyObject? fget, PyObject? fset, PyObject? fdel, PyObject? doc)
    {
        Get = fget; Set = fset; Delete = fdel; Doc = doc;
    }

    /// <summary><c>fget</c>.</summary>
    public PyObject? Get { get; }

    /// <summary><c>fset</c>.</summary>
    public PyObject? Set { get; }

    /// <summary><c>fdel</c>.</summary>
    public PyObject? Delete { get; }

    /// <summary><c>__doc__</c>.</summary>
    public PyObject? Doc { get; }

    /// <summary>The name it was assigned to in the class body (<c>__set_name__</c>).</summary>
    public string? Name { get; set; }

    /// <inheritdoc />
    public override PyType Type => TypeObject;
}
