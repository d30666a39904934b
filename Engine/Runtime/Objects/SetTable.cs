namespace RuleSandbox.Engine.Runtime.Objects;

/// <summary>
/// The hash table behind <see cref="PySet"/>, laid out exactly as CPython's setobject.c (open
/// addressing, 9 linear probes then perturbation, resize at 60% fill) so that sets iterate — and
/// print — in the same order as CPython for keys whose hashes agree (ints, floats, tuples of them).
/// </summary>
internal sealed class SetTable
{
    private const int LinearProbes = 9;
    private const int PerturbShift = 5;
    private const int MinSize = 8;

    private PyObject?[] _keys = new PyObject?[MinSize];
    private long[] _hashes = new long[MinSize];
    private bool[] _dummy = new bool[MinSize];
    private int _mask = MinSize - 1;
    private int _fill;
    private int _used;

    /// <summary>Bumped on every insertion or deletion, so iterators detect size changes.</summary>
    public int Version { get; private set; }

    public int Count => _used;

    /// <summary>Slots to scan when iterating.</summary>
    public int Used => _mask + 1;

    public PyObject? KeyAt(int i) => _dummy[i] ? null : _keys[i];

    private static bool Same(PyObject a, PyObject b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a is PyStr sa && b is PyStr sb) return sa.Value == sb.Value;
        if (a is PyInt ia && b is PyInt ib && !ia.IsBig && !ib.IsBig) return ia.Small == ib.Small;
        return Ops.Eq(a, b);
    }

    public int Find(PyObject key, long hash)
    {
        int mask = _mask;
        ulong perturb = (ulong)hash;
        int i = (int)(hash & mask);
        while (true)
        {
            int probes = i + LinearProbes <= mask ? LinearProbes : 0;
            int j = i;
            do
            {
                var k = _keys[j];
                if (k is null && !_dummy[j]) return -1;
                if (k is not null && !_dummy[j] && _hashes[j] == hash && Same(k, key)) return j;
                j++;
            } while (probes-- > 0);
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    /// <summary>Adds <paramref name="key"/>; true when it was new.</summary>
    public bool Set(PyObject key, long hash, PyObject? unused)
    {
        int mask = _mask;
        ulong perturb = (ulong)hash;
        int i = (int)(hash & mask);
        int freeslot = -1;
        while (true)
        {
            int probes = i + LinearProbes <= mask ? LinearProbes : 0;
            int j = i;
            do
            {
                var k = _keys[j];
                if (k is null && !_dummy[j])
                {
                    if (freeslot >= 0)
                    {
                        _keys[freeslot] = key; _hashes[freeslot] = hash; _dummy[freeslot] = false;
                        _used++;
                        Version++;
                        return true;
                    }
                    _keys[j] = key; _hashes[j] = hash;
                    _fill++;
                    _used++;
                    Version++;
                    if ((long)_fill * 5 >= (long)mask * 3) Resize(_used > 50000 ? _used * 2 : _used * 4);
                    return true;
                }
                if (_dummy[j]) { if (freeslot < 0) freeslot = j; }
                else if (_hashes[j] == hash && Same(k!, key)) return false;
                j++;
            } while (probes-- > 0);
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    private void Resize(int minUsed)
    {
        int size = MinSize;
        while (size <= minUsed) size <<= 1;
        var oldKeys = _keys; var oldHashes = _hashes; var oldDummy = _dummy;
        _keys = new PyObject?[size]; _hashes = new long[size]; _dummy = new bool[size];
        _mask = size - 1;
        _fill = _used;
        for (int k = 0; k < oldKeys.Length; k++)
            if (oldKeys[k] is { } key && !oldDummy[k]) InsertClean(key, oldHashes[k]);
    }

    private void InsertClean(PyObject key, long hash)
    {
        int mask = _mask;
        ulong perturb = (ulong)hash;
        int i = (int)(hash & mask);
        while (true)
        {
            if (_keys[i] is null) { _keys[i] = key; _hashes[i] = hash; return; }
            if (i + LinearProbes <= mask)
            {
                for (int j = 1; j <= LinearProbes; j++)
                {
                    if (_keys[i + j] is null) { _keys[i + j] = key; _hashes[i + j] = hash; return; }
                }
            }
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    public bool Remove(PyObject key, long hash, out PyObject? value)
    {
        value = null;
        int ix = Find(key, hash);
        if (ix < 0) return false;
        _dummy[ix] = true;
        _keys[ix] = null;
        _hashes[ix] = -1;
        _used--;
        Version++;
        return true;
    }

    public void Clear()
    {
        _keys = new PyObject?[MinSize]; _hashes = new long[MinSize]; _dummy = new bool[MinSize];
        _mask = MinSize - 1;
        _fill = _used = 0;
        Version++;
    }

    /// <summary>A copy laid out as CPython's set_merge into an empty set lays it out.</summary>
    public SetTable Copy()
    {
        var t = new SetTable();
        if ((long)_used * 5 >= (long)t._mask * 3) t.Resize(_used * 2);
        for (int k = 0; k <= _mask; k++)
        {
            if (_keys[k] is { } key && !_dummy[k])
            {
                t.InsertClean(key, _hashes[k]);
                t._fill++;
                t._used++;
            }
        }
        return t;
    }
}
