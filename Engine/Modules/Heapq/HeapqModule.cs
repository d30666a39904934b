using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Heapq;

/// <summary>
/// The <c>heapq</c> module: CPython's sift algorithms over a Python list (so the list's element
/// order after each operation is exactly CPython's, which rules print), plus <c>nlargest</c>,
/// <c>nsmallest</c> and the lazy <c>merge</c>.
/// </summary>
public static class HeapqModule
{
    private static readonly List<KeyValuePair<string, PyObject>> s_entries = Build();

    /// <summary>A fresh <c>heapq</c> module for one execution.</summary>
    public static PyModule Create()
    {
        var d = new PyDict(s_entries.Count + 4);
        foreach (var kv in s_entries) d.Set(kv.Key, kv.Value);
        return new PyModule("heapq", d);
    }

    private static Vm Vm => Vm.Current!;

    private static List<KeyValuePair<string, PyObject>> Build()
    {
        var e = new List<KeyValuePair<string, PyObject>>();
        void Def(string name, BuiltinFn fn) => e.Add(new(name, new PyBuiltinFunction(name, fn)));

        Def("heappush", (a, kw) =>
        {
            Two("heappush", a, kw);
            var heap = HeapArg("heappush", a[0], true);
            heap.Add(a[1]);
            SiftDown(heap, 0, heap.Count - 1);
            return PyNone.Instance;
        });
        Def("heappop", (a, kw) =>
        {
            ArgParser.Count("_heapq.heappop", a, kw, 1, 1);
            return Pop(HeapArg("heappop", a[0], false), max: false);
        });
        Def("heapreplace", (a, kw) =>
        {
            Two("heapreplace", a, kw);
            var heap = HeapArg("heapreplace", a[0], true);
            if (heap.Count == 0) throw Err.IndexError("index out of range");
            var top = heap[0];
            heap[0] = a[1];
            SiftUp(heap, 0, max: false);
            return top;
        });
        Def("heappushpop", (a, kw) =>
        {
            Two("heappushpop", a, kw);
            var heap = HeapArg("heappushpop", a[0], true);
            var item = a[1];
            if (heap.Count == 0 || !Ops.LessThan(heap[0], item)) return item;
            var top = heap[0];
            heap[0] = item;
            SiftUp(heap, 0, max: false);
            return top;
        });
        Def("heapify", (a, kw) =>
        {
            ArgParser.Count("_heapq.heapify", a, kw, 1, 1);
            var heap = HeapArg("heapify", a[0], false);
            for (int i = heap.Count / 2 - 1; i >= 0; i--) SiftUp(heap, i, max: false);
            return PyNone.Instance;
        });
        // The max-heap helpers heapq.py itself uses (private in name, used by real code).
        Def("_heappop_max", (a, kw) =>
        {
            ArgParser.Count("_heapq._heappop_max", a, kw, 1, 1);
            return Pop(HeapArg("_heappop_max", a[0], false), max: true);
        });
        Def("_heapify_max", (a, kw) =>
        {
            ArgParser.Count("_heapq._heapify_max", a, kw, 1, 1);
            var heap = HeapArg("_heapify_max", a[0], false);
            for (int i = heap.Count / 2 - 1; i >= 0; i--) SiftUp(heap, i, max: true);
            return PyNone.Instance;
        });
        Def("_heapreplace_max", (a, kw) =>
        {
            Two("_heapreplace_max", a, kw);
            var heap = HeapArg("_heapreplace_max", a[0], true);
            if (heap.Count == 0) throw Err.IndexError("index out of range");
            var top = heap[0];
            heap[0] = a[1];
            SiftUp(heap, 0, max: true);
            return top;
        });
        Def("nlargest", (a, kw) => NBest("nlargest", a, kw, largest: true));
        Def("nsmallest", (a, kw) => NBest("nsmallest", a, kw, largest: false));
        Def("merge", HeapqMerge.Merge);
        return e;
    }

    // _heapq's two-argument functions: "_heapq.f() takes no keyword arguments", "f expected 2 arguments, got 1".
    private static void Two(string name, ReadOnlySpan<PyObject> a, string[]? kw)
    {
        ArgParser.NoKw("_heapq." + name, kw);
        if (a.Length != 2) throw Err.TypeError($"{name} expected 2 arguments, got {a.Length}");
    }

    private static List<PyObject> HeapArg(string fname, PyObject o, bool numbered)
    {
        if (o is PyList l) return l.Items;
        throw Err.TypeError(numbered ? $"{fname}() argument 1 must be list, not {Ops.TypeName(o)}"
            : $"{fname}() argument must be list, not {Ops.TypeName(o)}");
    }

    private static bool Before(PyObject a, PyObject b, bool max) => max ? Ops.LessThan(b, a) : Ops.LessThan(a, b);

    /// <summary>Removes and returns the smallest (or largest for a max-heap) item.</summary>
    internal static PyObject Pop(List<PyObject> heap, bool max)
    {
        if (heap.Count == 0) throw Err.IndexError("index out of range");
        var last = heap[^1];
        heap.RemoveAt(heap.Count - 1);
        if (heap.Count == 0) return last;
        var top = heap[0];
        heap[0] = last;
        SiftUp(heap, 0, max);
        return top;
    }

    /// <summary>CPython's <c>siftdown</c>: moves the item at <paramref name="pos"/> up towards the root.</summary>
    internal static void SiftDown(List<PyObject> heap, int start, int pos, bool max = false)
    {
        var vm = Vm;
        int size = heap.Count;
        var item = heap[pos];
        while (pos > start)
        {
            vm.Charge(1);
            int parentPos = (pos - 1) >> 1;
            var parent = heap[parentPos];
            bool lt = Before(item, parent, max);
            if (heap.Count != size) throw Err.RuntimeError("list changed size during iteration");
            if (!lt) break;
            heap[pos] = parent;
            pos = parentPos;
        }
        heap[pos] = item;
    }

    /// <summary>CPython's <c>siftup</c>: bubbles the smaller child up to a leaf, then sifts the item down.</summary>
    internal static void SiftUp(List<PyObject> heap, int pos, bool max = false)
    {
        var vm = Vm;
        int end = heap.Count, start = pos, limit = end >> 1;
        while (pos < limit)
        {
            vm.Charge(1);
            int child = 2 * pos + 1;
            if (child + 1 < end)
            {
                bool lt = Before(heap[child], heap[child + 1], max);
                if (heap.Count != end) throw Err.RuntimeError("list changed size during iteration");
                if (!lt) child++;
            }
            (heap[child], heap[pos]) = (heap[pos], heap[child]);
            pos = child;
        }
        SiftDown(heap, start, pos, max);
    }

    private static bool HasLen(PyObject o)
        => o is PyList or PyTuple or PyStr or PyDict or PySet or PyRange or PyBytes or PyByteArray or PyDictView
           || Ops.UserDunder(o, "__len__") is not null;

    // heapq.py's nlargest/nsmallest: a bounded heap of (key, order, elem) decorations, so ties
    // keep their input order and the result equals sorted(iterable, key=key)[:n].
    private static PyObject NBest(string fname, ReadOnlySpan<PyObject> args, string[]? kwnames, bool largest)
    {
        int nkw = kwnames?.Length ?? 0, npos = args.Length - nkw;
        if (npos > 3) throw Err.TypeError($"{fname}() takes from 2 to 3 positional arguments but {npos} were given");
        var p = ArgParser.Parse(fname, args, kwnames, new[] { "n", "iterable", "key" }, 0);
        if (p[0] is null && p[1] is null) throw Err.TypeError($"{fname}() missing 2 required positional arguments: 'n' and 'iterable'");
        if (p[0] is null) throw Err.TypeError($"{fname}() missing 1 required positional argument: 'n'");
        if (p[1] is null) throw Err.TypeError($"{fname}() missing 1 required positional argument: 'iterable'");
        var nObj = p[0]!;
        var iterable = p[1]!;
        var key = p[2] is null or PyNone ? null : p[2];
        var vm = Vm;
        // heapq.py's shortcuts, in its order: n == 1 is min()/max(); n >= len(iterable) is sorted()[:n].
        if (Ops.Eq(nObj, PyInt.From(1)))
        {
            var one = Ops.GetIter(iterable);
            var bestItem = Ops.Next(one);
            if (bestItem is null) return new PyList();
            var bestKey = key is null ? bestItem : vm.Call(key, bestItem);
            while (Ops.Next(one) is { } x)
            {
                vm.Charge(1);
                var k = key is null ? x : vm.Call(key, x);
                if (largest ? Ops.LessThan(bestKey, k) : Ops.LessThan(k, bestKey)) { bestItem = x; bestKey = k; }
            }
            return new PyList(new List<PyObject> { bestItem });
        }
        if (HasLen(iterable))
        {
            long size = Ops.Len(iterable);
            if (Ops.IsTrue(Ops.RichCompare(nObj, PyInt.From(size), Compiler.CompareKind.Ge)))
            {
                var all = Ops.ToList(iterable);
                Builtins.SortList(all, key, largest);
                return Ops.GetItem(new PyList(all), new PySlice(PyNone.Instance, nObj, PyNone.Instance));
            }
        }
        long n = ArgParser.Int(nObj, fname);
        var it = Ops.GetIter(iterable);
        var result = new PyList();
        if (n <= 0) return result;
        // Entries: (key, order, elem); the heap keeps the worst of the best n at its root.
        var heap = new List<(PyObject K, long Order, PyObject Elem)>();
        bool Worse((PyObject K, long Order, PyObject Elem) x, (PyObject K, long Order, PyObject Elem) y)
        {
            // For nsmallest the root is the largest (key, order); for nlargest the smallest (key, -order).
            if (largest)
            {
                if (Ops.LessThan(x.K, y.K)) return true;
                if (Ops.LessThan(y.K, x.K)) return false;
                return x.Order > y.Order;
            }
            if (Ops.LessThan(y.K, x.K)) return true;
            if (Ops.LessThan(x.K, y.K)) return false;
            return x.Order > y.Order;
        }
        void Down(int pos)
        {
            int count = heap.Count;
            while (true)
            {
                int c = 2 * pos + 1;
                if (c >= count) return;
                if (c + 1 < count && Worse(heap[c + 1], heap[c])) c++;
                if (!Worse(heap[c], heap[pos])) return;
                (heap[c], heap[pos]) = (heap[pos], heap[c]);
                pos = c;
            }
        }
        long order = 0;
        while (Ops.Next(it) is { } elem)
        {
            vm.Charge(1);
            var k = key is null ? elem : vm.Call(key, elem);
            var entry = (k, order++, elem);
            if (heap.Count < n)
            {
                heap.Add(entry);
                int pos = heap.Count - 1;
                while (pos > 0)
                {
                    int parent = (pos - 1) >> 1;
                    if (!Worse(heap[pos], heap[parent])) break;
                    (heap[pos], heap[parent]) = (heap[parent], heap[pos]);
                    pos = parent;
                }
                if ((heap.Count & 0xFFF) == 0) vm.ChargeAllocation(4096 * 32);
            }
            else if (largest ? Ops.LessThan(heap[0].K, k) : Ops.LessThan(k, heap[0].K))
            {
                heap[0] = entry;
                Down(0);
            }
        }
        // Pop the worst entry repeatedly (a heap sort; List.Sort would wrap Python exceptions).
        var best = new PyObject[heap.Count];
        for (int i = heap.Count - 1; i >= 0; i--)
        {
            vm.Charge(1);
            best[i] = heap[0].Elem;
            heap[0] = heap[^1];
            heap.RemoveAt(heap.Count - 1);
            Down(0);
        }
        result.Items.AddRange(best);
        return result;
    }
}
