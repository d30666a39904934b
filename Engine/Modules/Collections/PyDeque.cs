using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Collections;

// The math module's namespace (RuleSandbox.Engine.Modules.Math) would hide System.Math here.
using Math = System.Math;

/// <summary>
/// A <c>collections.deque</c>: a ring buffer with O(1) appends and pops at both ends and an
/// optional maximum length (appending to a full deque drops an item from the other end).
/// </summary>
/// <remarks>
/// <see cref="State"/> counts structural mutations, as CPython's <c>deque->state</c> does: iterators
/// and <c>in</c> remember it and raise "deque mutated during iteration" when it moves. Assigning
/// an item (<c>d[0] = x</c>) is not structural and leaves it alone, as in CPython.
/// </remarks>
public sealed class PyDeque : PyObject
{
    private readonly PyType _type;
    private readonly PyDict? _dict;
    private PyObject[] _buf = Array.Empty<PyObject>();
    private int _head;

    /// <summary>An empty deque of <paramref name="type"/> (deque itself or a Python subclass).</summary>
    public PyDeque(PyType type)
    {
        _type = type ?? throw new ArgumentNullException(nameof(type));
        // Only instances of Python subclasses carry an attribute dict; deque itself has none.
        if (type.IsHeapType && type.InstancesHaveDict) _dict = new PyDict();
    }

    /// <summary>The maximum length, or -1 when unbounded.</summary>
    public long MaxLen { get; set; } = -1;

    /// <summary>Number of items.</summary>
    public int Count { get; private set; }

    /// <summary>The mutation counter that iterators check.</summary>
    public long State { get; private set; }

    /// <inheritdoc />
    public override PyType Type => _type;

    /// <inheritdoc />
    public override PyDict? Dict => _dict;

    /// <summary>The item at logical position <paramref name="i"/> (0 ≤ i &lt; Count).</summary>
    public PyObject this[int i]
    {
        get => _buf[Slot(i)];
        set => _buf[Slot(i)] = value;
    }

    private int Slot(int i)
    {
        int s = _head + i;
        return s >= _buf.Length ? s - _buf.Length : s;
    }

    private void Grow()
    {
        if (Count < _buf.Length) return;
        int size = Math.Max(8, _buf.Length * 2);
        Vm.Current?.ChargeAllocation(size * 8L);
        var nb = new PyObject[size];
        for (int i = 0; i < Count; i++) nb[i] = this[i];
        _buf = nb;
        _head = 0;
    }

    /// <summary><c>append</c>: adds at the right, dropping the leftmost item when full.</summary>
    public void PushBack(PyObject item)
    {
        State++;
        if (MaxLen == 0) return;
        if (Count == MaxLen) PopFrontCore();
        Grow();
        _buf[Slot(Count)] = item;
        Count++;
    }

    /// <summary><c>appendleft</c>: adds at the left, dropping the rightmost item when full.</summary>
    public void PushFront(PyObject item)
    {
        State++;
        if (MaxLen == 0) return;
        if (Count == MaxLen) PopBackCore();
        Grow();
        _head = _head == 0 ? _buf.Length - 1 : _head - 1;
        _buf[_head] = item;
        Count++;
    }

    /// <summary><c>pop</c>: removes and returns the rightmost item.</summary>
    public PyObject PopBack()
    {
        if (Count == 0) throw Err.IndexError("pop from an empty deque");
        State++;
        return PopBackCore();
    }

    /// <summary><c>popleft</c>: removes and returns the leftmost item.</summary>
    public PyObject PopFront()
    {
        if (Count == 0) throw Err.IndexError("pop from an empty deque");
        State++;
        return PopFrontCore();
    }

    private PyObject PopBackCore()
    {
        int s = Slot(Count - 1);
        var v = _buf[s];
        _buf[s] = null!;
        Count--;
        return v;
    }

    private PyObject PopFrontCore()
    {
        var v = _buf[_head];
        _buf[_head] = null!;
        _head = _head + 1 == _buf.Length ? 0 : _head + 1;
        Count--;
        return v;
    }

    /// <summary>Removes every item.</summary>
    public void Clear()
    {
        State++;
        Array.Clear(_buf);
        _head = 0;
        Count = 0;
    }

    /// <summary>Inserts <paramref name="item"/> before position <paramref name="i"/> (0 ≤ i ≤ Count; the caller checks maxlen).</summary>
    public void Insert(int i, PyObject item)
    {
        State++;
        Grow();
        Count++;
        for (int k = Count - 1; k > i; k--) this[k] = this[k - 1];
        this[i] = item;
    }

    /// <summary>Removes the item at position <paramref name="i"/>.</summary>
    public void RemoveAt(int i)
    {
        State++;
        for (int k = i; k < Count - 1; k++) this[k] = this[k + 1];
        PopBackCore();
    }

    /// <summary><c>rotate(n)</c>: moves the last n items to the front (negative n rotates left).</summary>
    public void Rotate(long n)
    {
        State++;
        if (Count <= 1) return;
        long m = n % Count;
        if (m < 0) m += Count;
        if (m == 0) return;
        // Rebuilt in one pass: O(n) like CPython's worst case, and rotations are rare in rules.
        var items = ToArray();
        Array.Clear(_buf);
        _head = 0;
        for (int i = 0; i < Count; i++) _buf[(int)((i + m) % Count)] = items[i];
    }

    /// <summary>Reverses the items in place.</summary>
    public void Reverse()
    {
        State++;
        for (int i = 0, j = Count - 1; i < j; i++, j--) (this[i], this[j]) = (this[j], this[i]);
    }

    /// <summary>The items, left to right.</summary>
    public PyObject[] ToArray()
    {
        var r = new PyObject[Count];
        for (int i = 0; i < Count; i++) r[i] = this[i];
        return r;
    }
}
