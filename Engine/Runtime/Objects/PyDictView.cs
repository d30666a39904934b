namespace RuleSandbox.Engine.Runtime.Objects;

/// <summary>Which view a <see cref="PyDictView"/> is.</summary>
public enum DictViewKind
{
    /// <summary><c>dict_keys</c>.</summary>
    Keys,
    /// <summary><c>dict_values</c>.</summary>
    Values,
    /// <summary><c>dict_items</c>.</summary>
    Items,
}

/// <summary><c>dict.keys()</c>, <c>values()</c> and <c>items()</c>: live views of a dict.</summary>
public sealed class PyDictView : PyObject
{
    /// <summary><c>dict_keys</c>.</summary>
    public static readonly PyType KeysType = PyType.NewBuiltin("dict_keys", null);

    /// <summary><c>dict_values</c>.</summary>
    public static readonly PyType ValuesType = PyType.NewBuiltin("dict_values", null);

    /// <summary><c>dict_items</c>.</summary>
    public static readonly PyType ItemsType = PyType.NewBuiltin("dict_items", null);

    /// <summary>A view of <paramref name="dict"/>.</summary>
    public PyDictView(PyDict dict, DictViewKind kind) { Dict_ = dict; Kind = kind; }

    /// <summary>The dict.</summary>
    public PyDict Dict_ { get; }

    /// <summary>Which view.</summary>
    public DictViewKind Kind { get; }

    /// <inheritdoc />
    public override PyType Type => Kind switch { DictViewKind.Keys => KeysType, DictViewKind.Values => ValuesType, _ => ItemsType };
}
