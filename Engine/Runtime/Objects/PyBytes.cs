namespace RuleSandbox.Engine.Runtime.Objects;

/// <summary>Python <c>bytes</c>: an immutable byte string.</summary>
public sealed class PyBytes : PyObject
{
    /// <summary><c>bytes</c>.</summary>
    public static readonly PyType TypeObject = PyType.NewBuiltin("bytes", null);

    /// <summary>Wraps <paramref name="value"/> (not copied: callers hand over ownership).</summary>
    public PyBytes(byte[] value) => Value = value;

    /// <summary>The bytes.</summary>
    public byte[] Value { get; }

    /// <inheritdoc />
    public override PyType Type => TypeObject;
}
