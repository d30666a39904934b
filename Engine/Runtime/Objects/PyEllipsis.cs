namespace RuleSandbox.Engine.Runtime.Objects;

/// <summary>The <c>Ellipsis</c> (<c>...</c>) singleton.</summary>
public sealed class PyEllipsis : PyObject
{
    /// <summary>The one <c>Ellipsis</c>.</summary>
    public static readonly PyEllipsis Instance = new();

    /// <summary><c>ellipsis</c>.</summary>
    public static readonly PyType TypeObject = PyType.NewBuiltin("ellipsis", null);

    private PyEllipsis() { }

    /// <inheritdoc />
    public override PyType Type => TypeObject;
}
