using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Runtime;

/// <summary>
/// One value-stack slot. Wrapping the reference in a struct makes stores into the stack plain
/// writes: storing into a <c>PyObject[]</c> costs a covariant array-store type check on every push.
/// </summary>
internal struct Slot
{
    public PyObject? V;

    /// <summary>The slots [start, start+count) seen as objects (same layout), for builtin calls.</summary>
    public static ReadOnlySpan<PyObject> Span(Slot[] stack, int start, int count)
        => count == 0 ? ReadOnlySpan<PyObject>.Empty : MemoryMarshal.CreateReadOnlySpan(ref Unsafe.As<Slot, PyObject>(ref stack[start]), count);
}
