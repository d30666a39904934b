namespace RuleSandbox.Engine.Runtime.Objects;

/// <summary>An instance of a class derived from <c>str</c> (a <c>StrEnum</c> member, <c>class Sku(str)</c>).</summary>
public sealed class PyStrSub : PyStr, ISubclassInstance
{
    private readonly PyType _type;
    private readonly PyDict? _dict;

    /// <summary>An instance of <paramref name="type"/> with the text of <paramref name="value"/>.</summary>
    public PyStrSub(PyType type, PyStr value) : base(value.Value)
    {
        _type = type ?? throw new ArgumentNullException(nameof(type));
        if (type.InstancesHaveDict) _dict = new PyDict();
    }

    /// <inheritdoc />
    public override PyType Type => _type;

    /// <inheritdoc />
    public override PyDict? Dict => _dict;
}
