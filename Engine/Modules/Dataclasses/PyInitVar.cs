using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Dataclasses;

/// <summary><c>InitVar[T]</c>: marks an annotation as an init-only pseudo-field.</summary>
internal sealed class PyInitVar : PyObject
{
    /// <summary><c>InitVar(type)</c>.</summary>
    public PyInitVar(PyObject type) => InnerType = type;

    /// <summary>The wrapped annotation (<c>.type</c>).</summary>
    public PyObject InnerType { get; }

    public override PyType Type => DataclassTypes.InitVar;
}
