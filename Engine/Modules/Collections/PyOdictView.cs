using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Collections;

/// <summary>
/// <c>odict_keys</c>, <c>odict_values</c> or <c>odict_items</c>: an OrderedDict's views. They
/// behave as the dict views (set operations, comparisons) and differ in name, repr and reversal.
/// </summary>
public sealed class PyOdictView : PyObject
{
    /// <summary>A view of <paramref name="dict"/>.</summary>
    public PyOdictView(PyType type, PyDict dict, DictViewKind kind)
    {
        Type = type ?? throw new ArgumentNullException(nameof(type));
        Dict_ = dict ?? throw new ArgumentNullException(nameof(dict));
        Kind = kind;
    }

    /// <summary>The OrderedDict.</summary>
    public PyDict Dict_ { get; }

    /// <summary>Which view.</summary>
    public DictViewKind Kind { get; }

    /// <summary>The equivalent dict view, which does the set operations and comparisons.</summary>
    public PyDictView Plain => new(Dict_, Kind);

    /// <inheritdoc />
    public override PyType Type { get; }
}
