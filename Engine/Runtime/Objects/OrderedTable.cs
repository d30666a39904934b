namespace RuleSandbox.Engine.Runtime.Objects;

/// <summary>
/// The insertion-ordered hash table behind <see cref="PyDict"/> and <see cref="PySet"/>, laid out
/// like CPython's compact dict: a dense entry array in insertion order plus a sparse index of
/// open-addressed slots. Keys compare with Python equality (<c>1 == 1.0 == True</c> are one key),
/// with fast paths for identical objects, strings and machine-word ints.
/// </summary>
internal sealed class OrderedTable
{
    private struct Entry
    {
        public long Hash;
        public PyObject? Key; // null marks a deleted entry
        public PyObject? Value;
    }

    private Entry[] _entries;
    private int _used;   // entries in use, including deleted ones
    private int _live;
    private int[] _index; // 0 = empty, -1 = dummy, otherwise entry index + 1
    private int _mask;

    /// <summary>Bumped on every insertion or deletion, so iterators detect size changes.</summary>
    public int Version { get; private set; }

    public OrderedTable(int capacity = 0)
    {
        int size = 8;
        while (size * 2 < capacity * 3) size <<= 1;
        _index = new int[size];
        _mask = size - 1;
        _entries = new Entry[Math.Max(capacity, 5)];
    }

    public int Count => _live;

    /// <summary>Upper bound of entry positions (for iteration).</summary>
    public int Used => _used;

    public PyObject? KeyAt(int i) => _entries[i].Key;

    public PyObject? ValueAt(int i) => _entries[i].Value;

    public void SetValueAt(int i, PyObject v) => _entries[i].Value = v;

    private static bool KeysEqual(PyObject a, PyObject b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a is PyStr sa)
        {
            if (b is PyStr sb) return sa.Value == sb.Value;
            if (b.Type.IsHeapType) return Ops.Eq(a, b);
            return false;
        }
        if (a is PyInt ia && b is PyInt ib && !ia.IsBig && !ib.IsBig) return ia.Small == ib.Small;
        return Ops.Eq(a, b);
    }

    /// <summary>The entry position of <paramref name="key"/>, or -1.</summary>
    public int Find(PyObject key, long hash)
    {
        ulong perturb = (ulong)hash;
        int i = (int)(hash & _mask);
        while (true)
        {
            int ix = _index[i];
            if (ix == 0) return -1;
            if (ix > 0)
            {
                ref Entry e = ref _entries[ix - 1];
                if (e.Hash == hash && KeysEqual(e.Key!, key)) return ix - 1;
            }
            perturb >>= 5;
            i = (int)((ulong)(i * 5 + 1) + perturb) & _mask;
        }
    }

    public PyObject? Get(PyObject key, long hash)
    {
        int ix = Find(key, hash);
        return ix < 0 ? null : _entries[ix].Value;
    }

    /// <summary>Inserts or replaces; returns true when the key was new.</summary>
    public bool Set(PyObject key, long hash, PyObject? value)
    {
        int ix = Find(key, hash);
        if (ix >= 0)
        {
            _entries[ix].Value = value;
            return false;
        }
        if (_used == _entries.Length || (_used + 1) * 3 >= _index.Length * 2)
            Resize(Math.Max(_live * 2, 8));
        _entries[_used] = new Entry { Hash = hash, Key = key, Value = value };
        InsertIndex(hash, _used);
        _used++;
        _live++;
        Version++;
        return true;
    }

    private void InsertIndex(long hash, int entry)
    {
        ulong perturb = (ulong)hash;
        int i = (int)(hash & _mask);
        while (_index[i] > 0)
        {
            perturb >>= 5;
            i = (int)((ulong)(i * 5 + 1) + perturb) & _mask;
        }
        _index[i] = entry + 1;
    }

    private void Resize(int minLive)
    {
        int size = 8;
        while (size * 2 < (minLive + 1) * 3) size <<= 1;
        var old = _entries;
        int oldUsed = _used;
        _entries = new Entry[Math.Max(size * 2 / 3 + 1, minLive + 1)];
        _index = new int[size];
        _mask = size - 1;
        _used = 0;
        for (int k = 0; k < oldUsed; k++)
        {
            if (old[k].Key is null) continue;
            _entries[_used] = old[k];
            InsertIndex(old[k].Hash, _used);
            _used++;
        }
    }

    public bool Remove(PyObject key, long hash, out PyObject? value)
    {
        int ix = Find(key, hash);
        if (ix < 0) { value = null; return false; }
        value = _entries[ix].Value;
        // Replace the index slot by a dummy so probe chains stay intact.
        ulong perturb = (ulong)hash;
        int i = (int)(hash & _mask);
        while (_index[i] != ix + 1)
        {
            perturb >>= 5;
            i = (int)((ulong)(i * 5 + 1) + perturb) & _mask;
        }
        _index[i] = -1;
        _entries[ix].Key = null;
        _entries[ix].Value = null;
        _live--;
        Version++;
        return true;
    }

    public void Clear()
    {
        _entries = new Entry[5];
        _index = new int[8];
        _mask = 7;
        _used = 0;
        _live = 0;
        Version++;
    }

    /// <summary>Removes and returns the last live entry (<c>popitem</c>); false when empty.</summary>
    public bool PopLast(out PyObject key, out PyObject? value)
    {
        for (int k = _used - 1; k >= 0; k--)
        {
            if (_entries[k].Key is { } kk)
            {
                key = kk;
                Remove(kk, _entries[k].Hash, out value);
                return true;
            }
        }
        key = PyNone.Instance;
        value = null;
        return false;
    }

    public long HashAt(int i) => _entries[i].Hash;

    public OrderedTable Copy()
    {
        var t = new OrderedTable(_live);
        for (int k = 0; k < _used; k++)
            if (_entries[k].Key is { } key) t.Set(key, _entries[k].Hash, _entries[k].Value);
        return t;
    }
}
