namespace RuleSandbox.Engine.Runtime.Objects;

/// <summary>The <c>None</c> singleton.</summary>
public sealed class PyNone : PyObject
{
    /// <summary>The one <c>None</c>.</summary>
    public static readonly PyNone Instance = new();

    /// <summary><c>NoneType</c>.</summary>
    public static readonly PyType TypeObject = PyType.NewBuiltin("NoneType", null);

    private PyNone() { }

    /// <inheritdoc />
    public override PyType Type => TypeObject;
}
