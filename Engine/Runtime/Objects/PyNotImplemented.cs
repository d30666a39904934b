namespace RuleSandbox.Engine.Runtime.Objects;

/// <summary>The <c>NotImplemented</c> singleton that binary dunders return to decline.</summary>
public sealed class PyNotImplemented : PyObject
{
    /// <summary>The one <c>NotImplemented</c>.</summary>
    public static readonly PyNotImplemented Instance = new();

    /// <summary><c>NotImplementedType</c>.</summary>
    public static readonly PyType TypeObject = PyType.NewBuiltin("NotImplementedType", null);

    private PyNotImplemented() { }

    /// <inheritdoc />
    public override PyType Type => TypeObject;
}
