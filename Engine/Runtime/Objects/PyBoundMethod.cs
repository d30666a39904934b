namespace RuleSandbox.Engine.Runtime.Objects;

/// <summary>A function bound to an object (<c>obj.method</c>).</summary>
public sealed class PyBoundMethod : PyObject
{
    /// <summary><c>method</c>.</summary>
    public static readonly PyType TypeObject = PyType.NewBuiltin("method", null);

    /// <summary>Binds <paramref name="func"/> to <paramref name="self"/>.</summary>
    public PyBoundMethod(PyObject self, PyObject func) { Self = self; Func = func; }

    /// <summary><c>__self__</c>.</summary>
    public PyObject Self { get; }

    /// <summary><c>__func__</c>.</summary>
    public PyObject Func { get; }

    /// <inheritdoc />
    public override PyType Type => Func is PyBuiltinFunction ? PyBuiltinFunction.TypeObject : TypeObject;
}
