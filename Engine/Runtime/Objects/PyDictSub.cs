namespace RuleSandbox.Engine.Runtime.Objects;

/// <summary>
/// An instance of a class derived from <c>dict</c>: a Python subclass, or a native one such as
/// <c>Counter</c>, <c>defaultdict</c> and <c>OrderedDict</c>, whose extra state lives in
/// <see cref="Extra"/>.
/// </summary>
public sealed class PyDictSub : PyDict, ISubclassInstance
{
    private readonly PyType _type;
    private readonly PyDict? _dict;

    /// <summary>An empty instance of <paramref name="type"/>.</summary>
    public PyDictSub(PyType type)
    {
        _type = type ?? throw new ArgumentNullException(nameof(type));
        if (type.InstancesHaveDict) _dict = new PyDict();
    }

    /// <summary>State a native subclass keeps beside the items (defaultdict's factory...).</summary>
    public object? Extra { get; set; }

    /// <inheritdoc />
    public override PyType Type => _type;

    /// <inheritdoc />
    public override PyDict? Dict => _dict;
}
