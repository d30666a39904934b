namespace RuleSandbox.Engine.Runtime.Objects;

/// <summary>A module object: a name and a namespace.</summary>
public sealed class PyModule : PyObject
{
    /// <summary><c>module</c>.</summary>
    public static readonly PyType TypeObject = PyType.NewBuiltin("module", null);

    /// <summary>A module named <paramref name="name"/>.</summary>
    public PyModule(string name, PyDict? dict = null)
    {
        Name = name;
        ModuleDict = dict ?? new PyDict();
        ModuleDict.Set("__name__", PyStr.From(name));
    }

    /// <summary><c>__name__</c>.</summary>
    public string Name { get; }

    /// <summary>The namespace.</summary>
    public PyDict ModuleDict { get; }

    /// <inheritdoc />
    public override PyDict Dict => ModuleDict;

    /// <inheritdoc />
    public override PyType Type => TypeObject;
}
