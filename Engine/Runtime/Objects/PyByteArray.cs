namespace RuleSandbox.Engine.Runtime.Objects;

/// <summary>Python <c>bytearray</c>: a mutable byte string.</summary>
public sealed class PyByteArray : PyObject
{
    /// <summary><c>bytearray</c>.</summary>
    public static readonly PyType TypeObject = PyType.NewBuiltin("bytearray", null);

    /// <summary>A bytearray holding <paramref name="value"/>.</summary>
    public PyByteArray(IEnumerable<byte> value) => Items = new List<byte>(value);

    /// <summary>The bytes.</summary>
    public List<byte> Items { get; }

    /// <inheritdoc />
    public override PyType Type => TypeObject;
}
