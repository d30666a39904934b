namespace RuleSandbox.Engine.Runtime.Objects;

/// <summary>An instance of a class derived from <c>tuple</c> (a <c>namedtuple</c> record).</summary>
public sealed class PyTupleSub : PyTuple, ISubclassInstance
{
    private readonly PyType _type;
    private readonly PyDict? _dict;

    /// <summary>An instance of <paramref name="type"/> that takes ownership of <paramref name="items"/>.</summary>
    public PyTupleSub(PyType type, PyObject[] items) : base(items)
    {
        _type = type ?? throw new ArgumentNullException(nameof(type));
        if (type.InstancesHaveDict) _dict = new PyDict();
    }

    /// <inheritdoc />
    public override PyType Type => _type;

    /// <inheritdoc />
    public override PyDict? Dict => _dict;
}
