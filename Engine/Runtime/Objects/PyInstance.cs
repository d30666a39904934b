namespace RuleSandbox.Engine.Runtime.Objects;

/// <summary>An instance of a class defined in Python whose solid base is <c>object</c>.</summary>
public sealed class PyInstance : PyObject
{
    private readonly PyType _type;

    /// <summary>An empty instance of <paramref name="type"/>.</summary>
    public PyInstance(PyType type)
    {
        _type = type;
        if (type.InstancesHaveDict) InstanceDict = new PyDict();
        if (type.SlotCount > 0) Slots = new PyObject?[type.SlotCount];
    }

    /// <summary>The attribute dictionary, or null for classes with <c>__slots__</c> only.</summary>
    public PyDict? InstanceDict { get; }

    /// <summary>Storage for <c>__slots__</c> attributes.</summary>
    public PyObject?[]? Slots { get; }

    /// <inheritdoc />
    public override PyDict? Dict => InstanceDict;

    /// <inheritdoc />
    public override PyType Type => _type;
}
