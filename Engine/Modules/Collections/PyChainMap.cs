using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Collections;

/// <summary>
/// A <c>collections.ChainMap</c>. As in CPython (a Python class there), its only state is the
/// instance attribute <c>maps</c>, a list that a rule may read or replace; every operation reads it
/// afresh.
/// </summary>
public sealed class PyChainMap : PyObject
{
    private readonly PyType _type;
    private readonly PyDict _dict = new();

    /// <summary>An instance of <paramref name="type"/> (ChainMap or a Python subclass) with no maps yet.</summary>
    public PyChainMap(PyType type) => _type = type ?? throw new ArgumentNullException(nameof(type));

    /// <inheritdoc />
    public override PyType Type => _type;

    /// <inheritdoc />
    public override PyDict? Dict => _dict;
}
