namespace RuleSandbox.Engine.Runtime.Objects;

/// <summary>The descriptor a <c>__slots__</c> name becomes (<c>member_descriptor</c>).</summary>
public sealed class PySlotDescriptor : PyObject
{
    /// <summary><c>member_descriptor</c>.</summary>
    public static readonly PyType TypeObject = PyType.NewBuiltin("member_descriptor", null);

    /// <summary>Slot <paramref name="index"/> of instances of <paramref name="owner"/>.</summary>
    public PySlotDescriptor(string name, int index, PyType owner) { Name = name; Index = index; Owner = owner; }

    /// <summary>The attribute name.</summary>
    public string Name { get; }

    /// <summary>Position in <see cref="PyInstance.Slots"/>.</summary>
    public int Index { get; }

    /// <summary>The class that declared it.</summary>
    public PyType Owner { get; }

    /// <inheritdoc />
    public override PyType Type => TypeObject;
}
