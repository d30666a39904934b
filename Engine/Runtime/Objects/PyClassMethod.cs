namespace RuleSandbox.Engine.Runtime.Objects;

/// <summary><c>classmethod</c>: binds the wrapped callable to the class.</summary>
public sealed class PyClassMethod : PyObject
{
    /// <summary><c>classmethod</c>.</summary>
    public static readonly PyType TypeObject = PyType.NewBuiltin("classmethod", null);

    /// <summary>Wraps <paramref name="func"/>.</summary>
    public PyClassMethod(PyObject func) => Func = func;

    /// <summary><c>__func__</c>.</summary>
    public PyObject Func { get; }

    /// <inheritdoc />
    public override PyType Type => TypeObject;
}
