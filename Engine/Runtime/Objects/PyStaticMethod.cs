namespace RuleSandbox.Engine.Runtime.Objects;

/// <summary><c>staticmethod</c>: returns the wrapped callable unbound.</summary>
public sealed class PyStaticMethod : PyObject
{
    /// <summary><c>staticmethod</c>.</summary>
    public static readonly PyType TypeObject = PyType.NewBuiltin("staticmethod", null);

    /// <summary>Wraps <paramref name="func"/>.</summary>
    public PyStaticMethod(PyObject func) => Func = func;

    /// <summary><c>__func__</c>.</summary>
    public PyObject Func { get; }

    /// <inheritdoc />
    public override PyType Type => TypeObject;
}
