using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Runtime;

public static partial class Ops
{
    internal static readonly PyType DictKeyIteratorType = PyType.NewBuiltin("dict_keyiterator", null);
    internal static readonly PyType DictValueIteratorType = PyType.NewBuiltin("dict_valueiterator", null);
    internal static readonly PyType DictItemIteratorType = PyType.NewBuiltin("dict_itemiterator", null);
    internal static readonly PyType SetIteratorType = PyType.NewBuiltin("set_iterator", null);
    internal static readonly PyType StrIteratorType = PyType.NewBuiltin("str_ascii_iterator", null);
    internal static readonly PyType BytesIteratorType = PyType.NewBuiltin("bytes_iterator", null);
    internal static readonly PyType SeqIteratorType = PyType.NewBuiltin("iterator", null);
    internal static readonly PyType CallableIteratorType = PyType.NewBuiltin("callable_iterator", null);

    private static long NormIndex(PyObject key, long len, string what, string kind)
    {
        long i;
        if (key is PyInt ki)
        {
            if (ki.IsBig) throw Err.IndexError($"cannot fit 'int' into an index-sized integer");
            i = ki.Small;
        }
        else
        {
            var m = UserDunder(key, "__index__");
            if (m is null) throw Err.TypeError(kind);
            i = AsIndex(key).Small;
        }
        if (i < 0) i += len;
        if (i < 0 || i >= len) throw Err.IndexError(what);
        return i;
    }

    /// <summary><c>container[key]</c>.</summary>
    public static PyObject GetItem(PyObject c, PyObject key)
    {
        if (c is ISubclassInstance && UserDunder(c, "__getitem__") is { } over) return CallMethod(c, over, key);
        return GetItemBuiltin(c, key);
    }

    /// <summary>The builtin types' subscript (<c>dict.__getitem__</c>...), also for subclass instances.</summary>
    internal static PyObject GetItemBuiltin(PyObject c, PyObject key)
    {
        switch (c)
        {
            case PyList l:
                if (key is PyInt li && !li.IsBig)
                {
                    long i = li.Small;
                    if (i < 0) i += l.Count;
                    if ((ulong)i < (ulong)l.Count) return l.Items[(int)i];
                    throw Err.IndexError("list index out of range");
                }
                if (key is PySlice ls) return new PyList(SliceList(l.Items, ls));
                return l.Items[(int)NormIndex(key, l.Count, "list index out of range", $"list indices must be integers or slices, not {TypeName(key)}")];
            case PyDict d:
            {
                var v = d.Get(key);
                if (v is not null) return v;
                if (d is ISubclassInstance && UserDunder(d, "__missing__") is { } missing) return CallMethod(d, missing, key);
                throw Err.KeyError(key);
            }
            case PyTuple t:
                if (key is PySlice ts) return PyTuple.From(SliceList(t.Items, ts).ToArray());
                return t.Items[NormIndex(key, t.Count, "tuple index out of range", $"tuple indices must be integers or slices, not {TypeName(key)}")];
            case PyStr s:
                if (key is PySlice ss) return SliceStr(s, ss);
                return PyStr.FromCodePoint(s.CodePointAt((int)NormIndex(key, s.Length, "string index out of range", $"string indices must be integers, not '{TypeName(key)}'")));
            case PyRange r:
                if (key is PySlice rs)
                {
                    var (start, _, step, count) = rs.Indices(r.Length);
                    long first = r.Start + start * r.Step;
                    long st = step * r.Step;
                    return new PyRange(first, first + count * st, st);
                }
                return PyInt.From(r.Start + r.Step * NormIndex(key, r.Length, "range object index out of range", $"range indices must be integers or slices, not {TypeName(key)}"));
            case PyBytes b:
                if (key is PySlice bs) return new PyBytes(SliceList(b.Value, bs).ToArray());
                return PyInt.From(b.Value[NormIndex(key, b.Value.Length, "index out of range", $"byte indices must be integers or slices, not {TypeName(key)}")]);
            case PyByteArray ba:
                if (key is PySlice bas) return new PyByteArray(SliceList(ba.Items, bas));
                return PyInt.From(ba.Items[(int)NormIndex(key, ba.Items.Count, "bytearray index out of range", $"bytearray indices must be integers or slices, not {TypeName(key)}")]);
            case PyType tp:
            {
                var cg = tp.Lookup("__class_getitem__");
                if (cg is not null) return CallMethod(tp, cg is PyFunction ? new PyClassMethod(cg) : cg, key);
                if (!tp.IsHeapType) return tp; // list[int] and friends: typing only; the alias is the class itself here
                break;
            }
        }
        var m = UserDunder(c, "__getitem__");
        if (m is not null) return CallMethod(c, m, key);
        if (c is PyType) throw Err.TypeError($"type '{((PyType)c).Name}' is not subscriptable");
        throw Err.TypeError($"'{TypeName(c)}' object is not subscriptable");
    }

    internal static List<T> SliceList<T>(IReadOnlyList<T> items, PySlice s)
    {
        var (start, _, step, count) = s.Indices(items.Count);
        Vm.Charge(count);
        var r = new List<T>((int)count);
        for (long k = 0, i = start; k < count; k++, i += step) r.Add(items[(int)i]);
        return r;
    }

    private static PyObject SliceStr(PyStr s, PySlice sl)
    {
        var (start, _, step, count) = sl.Indices(s.Length);
        Vm.Charge(count);
        if (step == 1) return PyStr.From(s.Substring((int)start, (int)count));
        var sb = new System.Text.StringBuilder((int)count);
        for (long k = 0, i = start; k < count; k++, i += step) PyStr.AppendCodePoint(sb, s.CodePointAt((int)i));
        return PyStr.From(sb.ToString());
    }

    /// <summary><c>container[key] = value</c>.</summary>
    public static void SetItem(PyObject c, PyObject key, PyObject value)
    {
        if (c is ISubclassInstance && UserDunder(c, "__setitem__") is { } over) { CallMethod(c, over, key, value); return; }
        SetItemBuiltin(c, key, value);
    }

    /// <summary>The builtin types' item assignment (<c>dict.__setitem__</c>...).</summary>
    internal static void SetItemBuiltin(PyObject c, PyObject key, PyObject value)
    {
        switch (c)
        {
            case PyList l:
                if (key is PySlice ls) { AssignSlice(l.Items, ls, value); return; }
                l.Items[(int)NormIndex(key, l.Count, "list assignment index out of range", $"list indices must be integers or slices, not {TypeName(key)}")] = value;
                return;
            case PyDict d:
                d.Set(key, value);
                return;
            case PyByteArray ba:
                if (key is PySlice bsl) { Builtins.ByteArraySetSlice(ba, bsl, value); return; }
                ba.Items[(int)NormIndex(key, ba.Items.Count, "bytearray index out of range", "bytearray indices must be integers")] = ByteValue(value);
                return;
        }
        var m = UserDunder(c, "__setitem__");
        if (m is not null) { CallMethod(c, m, key, value); return; }
        throw Err.TypeError($"'{TypeName(c)}' object does not support item assignment");
    }

    internal static byte ByteValue(PyObject v)
    {
        var i = AsIndex(v);
        if (i.IsBig || i.Small < 0 || i.Small > 255) throw Err.ValueError("byte must be in range(0, 256)");
        return (byte)i.Small;
    }

    private static void AssignSlice(List<PyObject> items, PySlice s, PyObject value)
    {
        var src = ToList(value);
        var (start, stop, step, count) = s.Indices(items.Count);
        if (step == 1)
        {
            if (stop < start) stop = start;
            items.RemoveRange((int)start, (int)(stop - start));
            items.InsertRange((int)start, src);
            return;
        }
        if (src.Count != count)
            throw Err.ValueError($"attempt to assign sequence of size {src.Count} to extended slice of size {count}");
        for (long k = 0, i = start; k < count; k++, i += step) items[(int)i] = src[(int)k];
    }

    /// <summary><c>del container[key]</c>.</summary>
    public static void DelItem(PyObject c, PyObject key)
    {
        if (c is ISubclassInstance && UserDunder(c, "__delitem__") is { } over) { CallMethod(c, over, key); return; }
        DelItemBuiltin(c, key);
    }

    /// <summary>The builtin types' item deletion (<c>dict.__delitem__</c>...).</summary>
    internal static void DelItemBuiltin(PyObject c, PyObject key)
    {
        switch (c)
        {
            case PyList l:
                if (key is PySlice ls)
                {
                    var (start, stop, step, count) = ls.Indices(l.Count);
                    if (step == 1) { if (stop > start) l.Items.RemoveRange((int)start, (int)(stop - start)); return; }
                    var idx = new List<int>();
                    for (long k = 0, i = start; k < count; k++, i += step) idx.Add((int)i);
                    idx.Sort();
                    for (int k = idx.Count - 1; k >= 0; k--) l.Items.RemoveAt(idx[k]);
                    return;
                }
                l.Items.RemoveAt((int)NormIndex(key, l.Count, "list assignment index out of range", $"list indices must be integers or slices, not {TypeName(key)}"));
                return;
            case PyDict d:
                if (!d.Remove(key)) throw Err.KeyError(key);
                return;
            case PyByteArray ba:
                if (key is PySlice bsl) { Builtins.ByteArrayDelSlice(ba, bsl); return; }
                ba.Items.RemoveAt((int)NormIndex(key, ba.Items.Count, "bytearray index out of range", "bytearray indices must be integers"));
                return;
        }
        var m = UserDunder(c, "__delitem__");
        if (m is not null) { CallMethod(c, m, key); return; }
        throw Err.TypeError($"'{TypeName(c)}' object doesn't support item deletion");
    }

    /// <summary><c>item in container</c>.</summary>
    public static bool Contains(PyObject c, PyObject item)
    {
        if (c is ISubclassInstance && UserDunder(c, "__contains__") is { } over) return IsTrue(CallMethod(c, over, item));
        return ContainsBuiltin(c, item);
    }

    /// <summary>The builtin types' membership test (<c>dict.__contains__</c>...).</summary>
    internal static bool ContainsBuiltin(PyObject c, PyObject item)
    {
        switch (c)
        {
            case PyDict d: return d.ContainsKey(item);
            case PySet s: return s.Contains(item);
            case PyStr s:
                if (item is not PyStr sub) throw Err.TypeError($"'in <string>' requires string as left operand, not {TypeName(item)}");
                return s.Value.Contains(sub.Value, StringComparison.Ordinal);
            case PyList l:
                foreach (var x in l.Items) if (Eq(x, item)) return true;
                return false;
            case PyTuple t:
                foreach (var x in t.Items) if (Eq(x, item)) return true;
                return false;
            case PyRange r:
                if (item is PyInt ri && !ri.IsBig)
                {
                    long v = ri.Small;
                    if (r.Step > 0 ? (v < r.Start || v >= r.Stop) : (v > r.Start || v <= r.Stop)) return false;
                    return (v - r.Start) % r.Step == 0;
                }
                break;
            case PyDictView dv:
                if (dv.Kind == DictViewKind.Keys) return dv.Dict_.ContainsKey(item);
                if (dv.Kind == DictViewKind.Items)
                {
                    if (item is not PyTuple { Count: 2 } kv) return false;
                    var v = dv.Dict_.Get(kv.Items[0]);
                    return v is not null && Eq(v, kv.Items[1]);
                }
                break;
            case PyBytes b:
                if (item is PyInt bi) return Array.IndexOf(b.Value, ByteValue(bi)) >= 0;
                return b.Value.AsSpan().IndexOf(BytesOf(item)) >= 0;
            case PyByteArray ba:
                Vm.Charge(ba.Items.Count / 16 + 1);
                if (item is PyInt bai) return ba.Items.Contains(ByteValue(bai));
                return Builtins.BytesView(ba).IndexOf(BytesOf(item)) >= 0;
        }
        var m = UserDunder(c, "__contains__");
        if (m is not null) return IsTrue(CallMethod(c, m, item));
        var it = TryGetIter(c) ?? throw Err.TypeError($"argument of type '{TypeName(c)}' is not iterable");
        while (Next(it) is { } x)
        {
            Vm.Charge(1);
            if (Eq(x, item)) return true;
        }
        return false;
    }

    /// <summary><c>len(x)</c>.</summary>
    public static long Len(PyObject o)
    {
        if (o is ISubclassInstance && UserDunder(o, "__len__") is { } over) return LenFromDunder(CallMethod(o, over));
        return LenBuiltin(o);
    }

    /// <summary>The builtin types' length (<c>dict.__len__</c>...).</summary>
    internal static long LenBuiltin(PyObject o)
    {
        switch (o)
        {
            case PyStr s: return s.Length;
            case PyList l: return l.Count;
            case PyTuple t: return t.Count;
            case PyDict d: return d.Count;
            case PySet s: return s.Count;
            case PyRange r: return r.Length;
            case PyBytes b: return b.Value.Length;
            case PyByteArray ba: return ba.Items.Count;
            case PyDictView v: return v.Dict_.Count;
        }
        var m = UserDunder(o, "__len__");
        if (m is not null) return LenFromDunder(CallMethod(o, m));
        throw Err.TypeError($"object of type '{TypeName(o)}' has no len()");
    }

    /// <summary><c>iter(x)</c>.</summary>
    public static PyObject GetIter(PyObject o)
        => TryGetIter(o) ?? throw Err.TypeError($"'{TypeName(o)}' object is not iterable");

    /// <summary><c>iter(x)</c>, or null when the object is not iterable.</summary>
    public static PyObject? TryGetIter(PyObject o)
    {
        if (o is ISubclassInstance)
        {
            if (o.Type.Lookup("__iter__") is PyNone) return null;
            if (UserDunder(o, "__iter__") is { } over) return CheckedIterator(CallMethod(o, over));
        }
        return TryGetIterBuiltin(o);
    }

    /// <summary>The builtin types' iterators (<c>dict.__iter__</c>...), or null.</summary>
    internal static PyObject? TryGetIterBuiltin(PyObject o)
    {
        switch (o)
        {
            case PyList l: return new PyListIterator(l);
            case PyTuple t: return new PyListIterator(t);
            case PyRange r: return new PyRangeIterator(r);
            case PyIterator: return o;
            case PyStr s:
            {
                int i = 0;
                return new PyFuncIterator(StrIteratorType, () => i < s.Length ? PyStr.FromCodePoint(s.CodePointAt(i++)) : null);
            }
            case PyDict d: return DictIter(d, DictViewKind.Keys);
            case PyDictView v: return DictIter(v.Dict_, v.Kind);
            case PySet st:
            {
                var table = st.Table;
                int version = table.Version, i = 0;
                return new PyFuncIterator(SetIteratorType, () =>
                {
                    if (table.Version != version) throw Err.RuntimeError("Set changed size during iteration");
                    while (i < table.Used)
                    {
                        var k = table.KeyAt(i++);
                        if (k is not null) return k;
                    }
                    return null;
                });
            }
            case PyBytes b:
            {
                int i = 0;
                return new PyFuncIterator(BytesIteratorType, () => i < b.Value.Length ? PyInt.From(b.Value[i++]) : null);
            }
            case PyByteArray ba:
            {
                int i = 0;
                return new PyFuncIterator(BytesIteratorType, () => i < ba.Items.Count ? PyInt.From(ba.Items[i++]) : null);
            }
        }
        var type = o.Type;
        if (type.IsHeapType || type.NativeDunders)
        {
            var m = type.Lookup("__iter__");
            if (m is PyNone) return null;
            m = UserDunder(o, "__iter__");
            if (m is not null) return CheckedIterator(CallMethod(o, m));
            var gi = UserDunder(o, "__getitem__");
            if (gi is not null)
            {
                long i = 0;
                return new PyFuncIterator(SeqIteratorType, () =>
                {
                    try { return CallMethod(o, gi, PyInt.From(i++)); }
                    catch (PythonException e) when (e.Value.Is(ExcTypes.IndexError) || e.Value.Is(ExcTypes.StopIteration)) { return null; }
                });
            }
        }
        return null;
    }

    private static PyObject CheckedIterator(PyObject it)
    {
        if (it is not PyIterator && UserDunder(it, "__next__") is null)
            throw Err.TypeError($"iter() returned non-iterator of type '{TypeName(it)}'");
        return it;
    }

    private static PyObject DictIter(PyDict d, DictViewKind kind)
    {
        var table = d.Table;
        int version = table.Version, i = 0, count = table.Count;
        var type = kind switch { DictViewKind.Keys => DictKeyIteratorType, DictViewKind.Values => DictValueIteratorType, _ => DictItemIteratorType };
        return new PyFuncIterator(type, () =>
        {
            if (!ReferenceEquals(table, d.Table) || table.Version != version)
            {
                if (d.Count != count) throw Err.RuntimeError("dictionary changed size during iteration");
                throw Err.RuntimeError("dictionary keys changed during iteration");
            }
            while (i < table.Used)
            {
                var k = table.KeyAt(i);
                if (k is not null)
                {
                    var v = table.ValueAt(i++);
                    return kind switch
                    {
                        DictViewKind.Keys => k,
                        DictViewKind.Values => v,
                        _ => new PyTuple(new[] { k, v! }),
                    };
                }
                i++;
            }
            return null;
        });
    }

    /// <summary><c>next(it)</c>: the next item or null when exhausted.</summary>
    public static PyObject? Next(PyObject it)
    {
        if (it is PyIterator pi) return pi.Next();
        var m = UserDunder(it, "__next__") ?? throw Err.TypeError($"'{TypeName(it)}' object is not an iterator");
        try { return CallMethod(it, m); }
        catch (PythonException e) when (e.Value.Is(ExcTypes.StopIteration)) { return null; }
    }

    /// <summary>Every item of an iterable, charged per element.</summary>
    public static List<PyObject> ToList(PyObject iterable)
    {
        if (iterable is not ISubclassInstance)
        {
            switch (iterable)
            {
                case PyList l: Vm.Charge(l.Count); return new List<PyObject>(l.Items);
                case PyTuple t: Vm.Charge(t.Count); return new List<PyObject>(t.Items);
            }
        }
        var it = GetIter(iterable);
        var r = new List<PyObject>();
        var vm = Vm;
        while (Next(it) is { } x)
        {
            r.Add(x);
            vm.Charge(1);
            if ((r.Count & 0xFFF) == 0) vm.ChargeAllocation(4096 * 8);
        }
        return r;
    }

    /// <summary>Every item of an iterable as an array (tuples are returned as they are).</summary>
    public static PyObject[] ToArray(PyObject iterable) => iterable.GetType() == typeof(PyTuple) ? ((PyTuple)iterable).Items : ToList(iterable).ToArray();
}
