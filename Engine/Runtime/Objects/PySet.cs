namespace RuleSandbox.Engine.Runtime.Objects;

/// <summary>Python <c>set</c> and <c>frozenset</c> (one layout; <see cref="Frozen"/> tells them apart).</summary>
public sealed class PySet : PyObject
{
    /// <summary><c>set</c>.</summary>
    public static readonly PyType SetType = PyType.NewBuiltin("set", null);

    /// <summary><c>frozenset</c>.</summary>
    public static readonly PyType FrozenSetType = PyType.NewBuiltin("frozenset", null);

    internal SetTable Table;

    /// <summary>An empty set or frozenset.</summary>
    public PySet(bool frozen = false, int capacity = 0)
    {
        Frozen = frozen;
        Table = new SetTable();
    }

    /// <summary>True for <c>frozenset</c>.</summary>
    public bool Frozen { get; }

    /// <summary>Number of elements.</summary>
    public int Count => Table.Count;

    /// <inheritdoc />
    public override PyType Type => Frozen ? FrozenSetType : SetType;

    /// <summary>Adds an element.</summary>
    public void Add(PyObject item) => Table.Set(item, Ops.Hash(item), null);

    /// <summary>Membership.</summary>
    public bool Contains(PyObject item) => Table.Find(item, Ops.Hash(item)) >= 0;

    /// <summary>Removes; false when absent.</summary>
    public bool Remove(PyObject item) => Table.Remove(item, Ops.Hash(item), out _);

    /// <summary>Elements in table order.</summary>
    public IEnumerable<PyObject> Items()
    {
        var t = Table;
        for (int i = 0; i < t.Used; i++)
        {
            var k = t.KeyAt(i);
            if (k is not null) yield return k;
        }
    }

    /// <summary>A copy, frozen or not.</summary>
    public PySet Copy(bool frozen) => new(frozen) { Table = Table.Copy() };
}
