namespace RuleSandbox.Engine.Runtime.Objects;

/// <summary>An instance of a class derived from <c>list</c>.</summary>
public sealed class PyListSub : PyList, ISubclassInstance
{
    private readonly PyType _type;
    private readonly PyDict? _dict;

    /// <summary>An empty instance of <paramref name="type"/>.</summary>
    public PyListSub(PyType type)
    {
        _type = type ?? throw new ArgumentNullException(nameof(type));
        if (type.InstancesHaveDict) _dict = new PyDict();
    }

    /// <inheritdoc />
    public override PyType Type => _type;

    /// <inheritdoc />
    public override PyDict? Dict => _dict;
}
