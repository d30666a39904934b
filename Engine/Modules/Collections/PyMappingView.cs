using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Collections;

/// <summary>
/// <c>KeysView</c>, <c>ValuesView</c> or <c>ItemsView</c> of a mapping that is not a dict
/// (ChainMap, UserDict): the collections.abc mixins, which work through the mapping's own
/// <c>__iter__</c>, <c>__getitem__</c> and <c>__len__</c>.
/// </summary>
public sealed class PyMappingView : PyObject
{
    /// <summary>A view of <paramref name="mapping"/> of type <paramref name="type"/>.</summary>
    public PyMappingView(PyType type, PyObject mapping)
    {
        Type = type ?? throw new ArgumentNullException(nameof(type));
        Mapping = mapping ?? throw new ArgumentNullException(nameof(mapping));
    }

    /// <summary>The mapping it shows.</summary>
    public PyObject Mapping { get; }

    /// <inheritdoc />
    public override PyType Type { get; }
}
