namespace RuleSandbox.Engine.Runtime.Objects;

/// <summary>Python <c>dict</c>: insertion ordered, keys compared with Python equality.</summary>
public class PyDict : PyObject
{
    /// <summary><c>dict</c>.</summary>
    public static readonly PyType TypeObject = PyType.NewBuiltin("dict", null);

    internal OrderedTable Table;

    /// <summary>An empty dict.</summary>
    public PyDict(int capacity = 0) => Table = new OrderedTable(capacity);

    internal PyDict(OrderedTable table) => Table = table;

    /// <summary>Number of items.</summary>
    public int Count => Table.Count;

    /// <inheritdoc />
    public override PyType Type => TypeObject;

    /// <summary><c>d[key]</c> or null when absent.</summary>
    public PyObject? Get(PyObject key) => Table.Get(key, Ops.Hash(key));

    /// <summary>Lookup by string key (names, keyword arguments).</summary>
    public PyObject? Get(string key) { var k = PyStr.From(key); return Table.Get(k, k.Hash); }

    /// <summary><c>d[key] = value</c>.</summary>
    public void Set(PyObject key, PyObject value) => Table.Set(key, Ops.Hash(key), value);

    /// <summary><c>d[key] = value</c> with a string key.</summary>
    public void Set(string key, PyObject value) { var k = PyStr.From(key); Table.Set(k, k.Hash, value); }

    /// <summary>Removes <paramref name="key"/>; false when absent.</summary>
    public bool Remove(PyObject key) => Table.Remove(key, Ops.Hash(key), out _);

    /// <summary>Whether <paramref name="key"/> is present.</summary>
    public bool ContainsKey(PyObject key) => Table.Find(key, Ops.Hash(key)) >= 0;

    /// <summary>Live items in insertion order (a snapshot-free walk: do not mutate while iterating).</summary>
    public IEnumerable<KeyValuePair<PyObject, PyObject>> Items()
    {
        var t = Table;
        for (int i = 0; i < t.Used; i++)
        {
            var k = t.KeyAt(i);
            if (k is not null) yield return new(k, t.ValueAt(i)!);
        }
    }

    /// <summary>A shallow copy.</summary>
    public PyDict Copy() => new(Table.Copy());
}
