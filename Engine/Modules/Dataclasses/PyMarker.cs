using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Dataclasses;

/// <summary>A sentinel object of its own type (<c>MISSING</c>, <c>KW_ONLY</c>, the default-factory marker).</summary>
internal sealed class PyMarker : PyObject
{
    private readonly PyType _type;

    /// <summary>The one instance of <paramref name="type"/>.</summary>
    public PyMarker(PyType type) => _type = type;

    public override PyType Type => _type;
}
