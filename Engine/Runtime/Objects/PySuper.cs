namespace RuleSandbox.Engine.Runtime.Objects;

/// <summary><c>super(type, obj)</c>: attribute lookup starting after <see cref="ThisType"/> in obj's MRO.</summary>
public sealed class PySuper : PyObject
{
    /// <summary><c>super</c>.</summary>
    public static readonly PyType TypeObject = PyType.NewBuiltin("super", null);

    /// <summary>A super proxy.</summary>
    public PySuper(PyType thisType, PyObject obj, PyType objType) { ThisType = thisType; Obj = obj; ObjType = objType; }

    /// <summary>The class whose successors are searched.</summary>
    public PyType ThisType { get; }

    /// <summary>The bound object (an instance, or a class for classmethods).</summary>
    public PyObject Obj { get; }

    /// <summary>The type whose MRO is searched.</summary>
    public PyType ObjType { get; }

    /// <inheritdoc />
    public override PyType Type => TypeObject;
}
