namespace RuleSandbox.Engine.Runtime.Objects;

/// <summary>An instance of a class derived from <c>int</c> (an <c>IntEnum</c> member, <c>class Cents(int)</c>).</summary>
public sealed class PyIntSub : PyInt, ISubclassInstance
{
    private readonly PyType _type;
    private readonly PyDict? _dict;

    /// <summary>An instance of <paramref name="type"/> with the value of <paramref name="value"/>.</summary>
    public PyIntSub(PyType type, PyInt value) : base(value)
    {
        _type = type ?? throw new ArgumentNullException(nameof(type));
        if (type.InstancesHaveDict) _dict = new PyDict();
    }

    /// <inheritdoc />
    public override PyType Type => _type;

    /// <inheritdoc />
    public override PyDict? Dict => _dict;
}
