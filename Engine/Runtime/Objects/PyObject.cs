namespace RuleSandbox.Engine.Runtime.Objects;

/// <summary>
/// The root of every Python value. Behaviour hangs off <see cref="Type"/> (as in CPython, where
/// each object points at its type); the C# subclasses only give each builtin type its layout.
/// </summary>
public abstract class PyObject
{
    /// <summary>The Python type of this object (<c>type(x)</c>).</summary>
    public abstract PyType Type { get; }

    /// <summary>The instance <c>__dict__</c>, or null for objects that have none.</summary>
    public virtual PyDict? Dict => null;

    /// <summary>A debugging aid only; Python's <c>repr</c> is <see cref="Ops.Repr"/>.</summary>
    public override string ToString() => $"<{Type.Name} object>";
}
