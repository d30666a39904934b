using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Runtime;

/// <summary>
/// bytearray's mutating methods and slice assignment/deletion (CPython's bytearrayobject.c).
/// Growth is accounted through <see cref="Vm.ChargeAllocation"/> before it happens.
/// </summary>
public static partial class Builtins
{
    private static List<byte> BA(PyObject o) => ((PyByteArray)o).Items;

    /// <summary>The bytes an extend or slice assignment inserts: a bytes-like object or an iterable of ints.</summary>
    private static byte[] ByteArraySource(PyObject value, string notIterable)
    {
        if (value is PyBytes or PyByteArray) return BArg(value);
        if (value is PyStr || Ops.TryGetIter(value) is null) throw Err.TypeError(notIterable);
        var items = Ops.ToList(value);
        Vm.Charge(items.Count);
        var r = new byte[items.Count];
        for (int i = 0; i < r.Length; i++) r[i] = Ops.ByteValue(items[i]);
        return r;
    }

    /// <summary><c>ba[i:j:k] = value</c> for a bytearray.</summary>
    internal static void ByteArraySetSlice(PyByteArray ba, PySlice s, PyObject value)
    {
        const string msg = "can assign only bytes, buffers, or iterables of ints in range(0, 256)";
        if (value is PyInt) throw Err.TypeError(msg);
        var src = ByteArraySource(value, msg);
        var items = ba.Items;
        var (start, stop, step, count) = s.Indices(items.Count);
        if (step == 1)
        {
            if (stop < start) stop = start;
            Vm.ChargeAllocation(src.Length);
            Vm.Charge(items.Count / 16 + 1);
            items.RemoveRange((int)start, (int)(stop - start));
            items.InsertRange((int)start, src);
            return;
        }
        if (src.Length != count)
            throw Err.ValueError($"attempt to assign bytes of size {src.Length} to extended slice of size {count}");
        for (long k = 0, i = start; k < count; k++, i += step) items[(int)i] = src[(int)k];
    }

    /// <summary><c>del ba[i:j:k]</c> for a bytearray.</summary>
    internal static void ByteArrayDelSlice(PyByteArray ba, PySlice s)
    {
        var items = ba.Items;
        var (start, stop, step, count) = s.Indices(items.Count);
        Vm.Charge(items.Count / 16 + 1);
        if (step == 1) { if (stop > start) items.RemoveRange((int)start, (int)(stop - start)); return; }
        var drop = new HashSet<long>();
        for (long k = 0, i = start; k < count; k++, i += step) drop.Add(i);
        int w = 0;
        for (int r = 0; r < items.Count; r++) if (!drop.Contains(r)) items[w++] = items[r];
        items.RemoveRange(w, items.Count - w);
    }

    private static void InitByteArrayMutators()
    {
        var t = PyByteArray.TypeObject;
        Method(t, "append", (a, kw) =>
        {
            ArgParser.Count("bytearray.append", a[1..], kw, 1, 1);
            var b = Ops.ByteValue(a[1]);
            Vm.ChargeAllocation(1);
            BA(a[0]).Add(b);
            return None;
        });
        Method(t, "extend", (a, kw) =>
        {
            ArgParser.Count("bytearray.extend", a[1..], kw, 1, 1);
            var src = a[1] is PyStr ? throw Err.TypeError("'str' object cannot be interpreted as an integer")
                : ByteArraySource(a[1], $"can't extend bytearray with {Ops.TypeName(a[1])}");
            Vm.ChargeAllocation(src.Length);
            BA(a[0]).AddRange(src);
            return None;
        });
        Method(t, "insert", (a, kw) =>
        {
            ArgParser.Count("insert", a[1..], kw, 2, 2);
            var items = BA(a[0]);
            long i = ArgParser.Int(a[1], "insert");
            var b = Ops.ByteValue(a[2]);
            if (i < 0) i = Math.Max(0, i + items.Count);
            if (i > items.Count) i = items.Count;
            Vm.Charge(items.Count / 16 + 1);
            Vm.ChargeAllocation(1);
            items.Insert((int)i, b);
            return None;
        });
        Method(t, "pop", (a, kw) =>
        {
            ArgParser.Count("pop", a[1..], kw, 0, 1);
            var items = BA(a[0]);
            long i = a.Length > 1 ? ArgParser.Int(a[1], "pop") : -1;
            if (items.Count == 0) throw Err.IndexError("pop from empty bytearray");
            if (i < 0) i += items.Count;
            if (i < 0 || i >= items.Count) throw Err.IndexError("pop index out of range");
            var v = items[(int)i];
            Vm.Charge(items.Count / 16 + 1);
            items.RemoveAt((int)i);
            return PyInt.From(v);
        });
        Method(t, "remove", (a, kw) =>
        {
            ArgParser.Count("bytearray.remove", a[1..], kw, 1, 1);
            var items = BA(a[0]);
            var b = Ops.ByteValue(a[1]);
            Vm.Charge(items.Count / 16 + 1);
            int k = items.IndexOf(b);
            if (k < 0) throw Err.ValueError("value not found in bytearray");
            items.RemoveAt(k);
            return None;
        });
        Method(t, "clear", (a, kw) => { ArgParser.Count("bytearray.clear", a[1..], kw, 0, 0); BA(a[0]).Clear(); return None; });
        Method(t, "copy", (a, kw) =>
        {
            ArgParser.Count("bytearray.copy", a[1..], kw, 0, 0);
            Vm.ChargeAllocation(BA(a[0]).Count);
            return new PyByteArray(BA(a[0]));
        });
        Method(t, "reverse", (a, kw) =>
        {
            ArgParser.Count("bytearray.reverse", a[1..], kw, 0, 0);
            Vm.Charge(BA(a[0]).Count / 16 + 1);
            BA(a[0]).Reverse();
            return None;
        });
    }
}
