using System.Text;
using RuleSandbox.Engine.Compiler;
using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Collections;

// The math module's namespace (RuleSandbox.Engine.Modules.Math) would hide System.Math here.
using Math = System.Math;

/// <summary>
/// The Python face of <c>collections.deque</c>: constructor, methods, sequence protocol,
/// comparisons and operators, with CPython 3.12's messages (its methods are named
/// <c>deque.append()</c> in argument errors, except <c>index</c> and <c>insert</c>).
/// </summary>
internal static class DequeBinding
{
    private static readonly PyObject None = PyNone.Instance;

    /// <summary>Installs the methods on <see cref="CollectionsTypes.Deque"/>.</summary>
    public static void Init()
    {
        var t = CollectionsTypes.Deque;
        t.Constructor = (a, kw) =>
        {
            var d = new PyDeque(t);
            Initialize(d, a, kw);
            return d;
        };
        Native.Method(t, "__init__", (a, kw) => { Initialize(Self(a), a[1..], kw); return None; });
        Native.Method(t, "append", (a, kw) => { Count("deque.append", a, kw, 1); Self(a).PushBack(a[1]); return None; });
        Native.Method(t, "appendleft", (a, kw) => { Count("deque.appendleft", a, kw, 1); Self(a).PushFront(a[1]); return None; });
        Native.Method(t, "pop", (a, kw) => { Count("deque.pop", a, kw, 0); return Self(a).PopBack(); });
        Native.Method(t, "popleft", (a, kw) => { Count("deque.popleft", a, kw, 0); return Self(a).PopFront(); });
        Native.Method(t, "extend", (a, kw) => { Count("deque.extend", a, kw, 1); Extend(Self(a), a[1], left: false); return None; });
        Native.Method(t, "extendleft", (a, kw) => { Count("deque.extendleft", a, kw, 1); Extend(Self(a), a[1], left: true); return None; });
        Native.Method(t, "clear", (a, kw) => { Count("deque.clear", a, kw, 0); Self(a).Clear(); return None; });
        Native.Method(t, "copy", (a, kw) => { Count("deque.copy", a, kw, 0); return Copy(Self(a)); });
        Native.Method(t, "__copy__", (a, kw) => { Count("deque.__copy__", a, kw, 0); return Copy(Self(a)); });
        Native.Method(t, "reverse", (a, kw) => { Count("deque.reverse", a, kw, 0); Vm.Current!.Charge(Self(a).Count); Self(a).Reverse(); return None; });
        Native.Method(t, "rotate", (a, kw) =>
        {
            ArgParser.Count("deque.rotate", a[1..], kw, 0, 1);
            var d = Self(a);
            long n = a.Length > 1 ? ArgParser.Int(a[1], "rotate") : 1;
            Vm.Current!.Charge(d.Count);
            d.Rotate(n);
            return None;
        });
        Native.Method(t, "count", (a, kw) =>
        {
            Count("deque.count", a, kw, 1);
            var d = Self(a);
            long n = 0;
            Scan(d, 0, d.Count, a[1], () => n++);
            return PyInt.From(n);
        });
        Native.Method(t, "index", Index);
        Native.Method(t, "insert", (a, kw) =>
        {
            ArgParser.NoKw("insert", kw);
            if (a.Length != 3) throw Err.TypeError($"insert() takes exactly 2 arguments ({a.Length - 1} given)");
            var d = Self(a);
            long i = ArgParser.Int(a[1], "insert");
            if (d.MaxLen >= 0 && d.Count >= d.MaxLen) throw Err.IndexError("deque already at its maximum size");
            if (i < 0) i = Math.Max(0, i + d.Count);
            if (i > d.Count) i = d.Count;
            Vm.Current!.Charge(d.Count / 16);
            d.Insert((int)i, a[2]);
            return None;
        });
        Native.Method(t, "remove", (a, kw) =>
        {
            Count("deque.remove", a, kw, 1);
            var d = Self(a);
            int at = Find(d, 0, d.Count, a[1]);
            if (at < 0) throw Err.ValueError($"{Ops.Repr(a[1])} is not in deque");
            d.RemoveAt(at);
            return None;
        });

        Native.Method(t, "__len__", (a, kw) => PyInt.From(Self(a).Count));
        Native.Method(t, "__iter__", (a, kw) => Iterate(Self(a), reverse: false));
        Native.Method(t, "__reversed__", (a, kw) => Iterate(Self(a), reverse: true));
        Native.Method(t, "__contains__", (a, kw) =>
        {
            var d = Self(a);
            return PyBool.From(Find(d, 0, d.Count, a[1]) >= 0);
        });
        Native.Method(t, "__getitem__", (a, kw) => { var d = Self(a); return d[Position(d, a[1])]; });
        Native.Method(t, "__setitem__", (a, kw) => { var d = Self(a); d[Position(d, a[1])] = a[2]; return None; });
        Native.Method(t, "__delitem__", (a, kw) => { var d = Self(a); d.RemoveAt(Position(d, a[1])); return None; });
        Native.Method(t, "__repr__", (a, kw) => PyStr.From(Repr(Self(a))));
        Native.Comparisons(t, (a, b, op) => b is PyDeque db ? Compare(((PyDeque)a).ToArray(), db.ToArray(), op) : PyNotImplemented.Instance);
        Native.Method(t, "__add__", (a, kw) =>
        {
            var d = Self(a);
            if (a[1] is not PyDeque other) throw Err.TypeError($"can only concatenate deque (not \"{Ops.TypeName(a[1])}\") to deque");
            var r = Copy(d);
            if (r is PyDeque rd) Extend(rd, other, left: false);
            else Vm.Current!.Call(Ops.GetAttr(r, "extend"), other);
            return r;
        });
        Native.Method(t, "__iadd__", (a, kw) => { Extend(Self(a), a[1], left: false); return a[0]; });
        Native.Method(t, "__mul__", (a, kw) => RepeatOp(a[0], a[1], inPlace: false));
        Native.Method(t, "__rmul__", (a, kw) => RepeatOp(a[0], a[1], inPlace: false));
        Native.Method(t, "__imul__", (a, kw) => RepeatOp(a[0], a[1], inPlace: true));
        t.Members["__hash__"] = None;
        t.Members["maxlen"] = Native.ReadOnly(t, "maxlen", "collections.deque", o => ((PyDeque)o).MaxLen < 0 ? None : PyInt.From(((PyDeque)o).MaxLen));
    }

    private static PyDeque Self(ReadOnlySpan<PyObject> a)
        => a.Length > 0 && a[0] is PyDeque d ? d : throw Err.TypeError("descriptor requires a 'collections.deque' object");

    private static void Count(string name, ReadOnlySpan<PyObject> a, string[]? kw, int n) => ArgParser.Count(name, a[1..], kw, n, n);

    // deque(iterable=(), maxlen=None) and deque.__init__: CPython's own wording for bad arguments.
    private static void Initialize(PyDeque d, ReadOnlySpan<PyObject> a, string[]? kw)
    {
        int nkw = kw?.Length ?? 0;
        int npos = a.Length - nkw;
        if (npos > 2) throw Err.TypeError($"deque() takes at most 2 arguments ({a.Length} given)");
        PyObject? iterable = npos > 0 ? a[0] : null, maxlen = npos > 1 ? a[1] : null;
        for (int k = 0; k < nkw; k++)
        {
            switch (kw![k])
            {
                case "iterable" when iterable is null: iterable = a[npos + k]; break;
                case "maxlen" when maxlen is null: maxlen = a[npos + k]; break;
                case "iterable" or "maxlen":
                    throw Err.TypeError($"argument for deque() given by name ('{kw[k]}') and position ({(kw[k] == "iterable" ? 1 : 2)})");
                default: throw Err.TypeError($"'{kw[k]}' is an invalid keyword argument for deque()");
            }
        }
        long max = -1;
        if (maxlen is not null and not PyNone)
        {
            if (maxlen is not PyInt mi) throw Err.TypeError("an integer is required");
            if (mi.IsBig) throw Err.OverflowError("Python int too large to convert to C ssize_t");
            max = mi.Small;
            if (max < 0) throw Err.ValueError("maxlen must be non-negative");
        }
        // Read the iterable before clearing: d.__init__(d) must see the old items.
        var items = iterable is null ? null : Ops.ToList(iterable);
        d.MaxLen = max;
        if (d.Count > 0) d.Clear();
        if (items is not null) foreach (var x in items) d.PushBack(x);
    }

    private static void Extend(PyDeque d, PyObject iterable, bool left)
    {
        // Extending a deque with itself reads a snapshot first, as CPython does.
        if (ReferenceEquals(iterable, d))
        {
            foreach (var x in d.ToArray()) Push(d, x, left);
            Vm.Current!.Charge(d.Count);
            return;
        }
        var it = Ops.GetIter(iterable);
        var vm = Vm.Current!;
        while (Ops.Next(it) is { } x)
        {
            Push(d, x, left);
            vm.Charge(1);
        }
    }

    private static void Push(PyDeque d, PyObject x, bool left)
    {
        if (left) d.PushFront(x);
        else d.PushBack(x);
    }

    /// <summary>A shallow copy with the same maxlen; a subclass is copied by calling its class.</summary>
    private static PyObject Copy(PyDeque d)
    {
        if (!ReferenceEquals(d.Type, CollectionsTypes.Deque))
        {
            var vm = Vm.Current!;
            return d.MaxLen < 0 ? vm.Call(d.Type, d) : vm.Call(d.Type, d, PyInt.From(d.MaxLen));
        }
        return CopyExact(d);
    }

    private static PyDeque CopyExact(PyDeque d)
    {
        Vm.Current!.Charge(d.Count);
        var r = new PyDeque(CollectionsTypes.Deque) { MaxLen = d.MaxLen };
        for (int i = 0; i < d.Count; i++) r.PushBack(d[i]);
        return r;
    }

    private static PyObject RepeatOp(PyObject self, PyObject n, bool inPlace)
    {
        var d = (PyDeque)self;
        if (n is not PyInt && Ops.UserDunder(n, "__index__") is null)
        {
            if (!inPlace && n.Type.IsHeapType && Ops.UserDunder(n, "__rmul__") is not null) return PyNotImplemented.Instance;
            throw Err.TypeError($"can't multiply sequence by non-int of type '{Ops.TypeName(n)}'");
        }
        long times = ArgParser.Int(n, "__mul__");
        var target = inPlace ? d : CopyExact(d);
        Repeat(target, times);
        return target;
    }

    /// <summary>
    /// Repeats the items in place. With a maxlen only the last maxlen items of the repetition
    /// survive, so they are computed directly instead of building the whole repetition.
    /// </summary>
    private static void Repeat(PyDeque d, long times)
    {
        int count = d.Count;
        if (count == 0 || times == 1) return;
        if (times <= 0) { d.Clear(); return; }
        var vm = Vm.Current!;
        long total = times > long.MaxValue / count ? long.MaxValue : count * times;
        long keep = d.MaxLen >= 0 ? Math.Min(total, d.MaxLen) : total;
        if (keep > int.MaxValue / 2) throw Err.NewArgs(ExcTypes.MemoryError);
        vm.ChargeAllocation(keep * 8);
        vm.Charge(keep);
        var items = d.ToArray();
        d.Clear();
        long first = total - keep;
        for (long p = first; p < total; p++) d.PushBack(items[p % count]);
    }

    /// <summary>Calls <paramref name="onMatch"/> for each item equal to <paramref name="x"/> in [start, stop).</summary>
    private static void Scan(PyDeque d, int start, int stop, PyObject x, Action onMatch)
    {
        long state = d.State;
        var vm = Vm.Current!;
        for (int i = start; i < stop && i < d.Count; i++)
        {
            vm.Charge(1);
            bool eq = Ops.Eq(d[i], x);
            if (d.State != state) throw Err.RuntimeError("deque mutated during iteration");
            if (eq) onMatch();
        }
    }

    /// <summary>The position of the first item equal to <paramref name="x"/> in [start, stop), or -1.</summary>
    private static int Find(PyDeque d, int start, int stop, PyObject x)
    {
        long state = d.State;
        var vm = Vm.Current!;
        for (int i = start; i < stop && i < d.Count; i++)
        {
            vm.Charge(1);
            bool eq = Ops.Eq(d[i], x);
            if (d.State != state) throw Err.RuntimeError("deque mutated during iteration");
            if (eq) return i;
        }
        return -1;
    }

    private static PyObject Index(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        ArgParser.NoKw("index", kw);
        if (a.Length < 2) throw Err.TypeError($"index() takes at least 1 argument ({a.Length - 1} given)");
        if (a.Length > 4) throw Err.TypeError($"index() takes at most 3 arguments ({a.Length - 1} given)");
        var d = Self(a);
        long start = a.Length > 2 ? SliceIndex(a[2]) : 0, stop = a.Length > 3 ? SliceIndex(a[3]) : long.MaxValue;
        if (start < 0) start = Math.Max(0, start + d.Count);
        if (stop < 0) stop = Math.Max(0, stop + d.Count);
        stop = Math.Min(stop, d.Count);
        int at = start >= stop ? -1 : Find(d, (int)start, (int)stop, a[1]);
        if (at < 0) throw Err.ValueError($"{Ops.Repr(a[1])} is not in deque");
        return PyInt.From(at);
    }

    private static long SliceIndex(PyObject o)
    {
        if (o is PyInt i) return i.IsBig ? (i.Big.Sign < 0 ? long.MinValue : long.MaxValue) : i.Small;
        if (Ops.UserDunder(o, "__index__") is null) throw Err.TypeError("slice indices must be integers or have an __index__ method");
        return ArgParser.Int(o, "index");
    }

    private static int Position(PyDeque d, PyObject key)
    {
        if (key is not PyInt && Ops.UserDunder(key, "__index__") is null)
            throw Err.TypeError($"sequence index must be integer, not '{Ops.TypeName(key)}'");
        long i = ArgParser.Int(key, "__getitem__");
        if (i < 0) i += d.Count;
        if (i < 0 || i >= d.Count) throw Err.IndexError("deque index out of range");
        return (int)i;
    }

    private static PyObject Iterate(PyDeque d, bool reverse)
    {
        long state = d.State;
        int remaining = d.Count, i = reverse ? d.Count - 1 : 0;
        return new PyFuncIterator(reverse ? CollectionsTypes.DequeReverseIterator : CollectionsTypes.DequeIterator, () =>
        {
            if (d.State != state) throw Err.RuntimeError("deque mutated during iteration");
            if (remaining == 0) return null;
            remaining--;
            var x = d[i];
            i += reverse ? -1 : 1;
            return x;
        });
    }

    private static string Repr(PyDeque d)
    {
        var vm = Vm.Current!;
        string name = Native.ShortName(d.Type);
        if (!vm.ReprEnter(d)) return "[...]";
        try
        {
            var sb = new StringBuilder(name).Append("([");
            var items = d.ToArray();
            for (int k = 0; k < items.Length; k++)
            {
                if (k > 0) sb.Append(", ");
                sb.Append(Ops.Repr(items[k]));
                vm.Charge(1);
                if (sb.Length > 4096 && (k & 0xFF) == 0) vm.ChargeAllocation(sb.Length);
            }
            sb.Append(']');
            if (d.MaxLen >= 0) sb.Append(", maxlen=").Append(d.MaxLen);
            return sb.Append(')').ToString();
        }
        finally { vm.ReprLeave(d); }
    }

    /// <summary>Lexicographic comparison of two sequences, as lists compare.</summary>
    internal static PyObject Compare(PyObject[] x, PyObject[] y, CompareKind op)
    {
        if ((op is CompareKind.Eq or CompareKind.Ne) && x.Length != y.Length) return PyBool.From(op == CompareKind.Ne);
        var vm = Vm.Current!;
        int i = 0;
        for (; i < x.Length && i < y.Length; i++)
        {
            vm.Charge(1);
            if (!Ops.Eq(x[i], y[i])) break;
        }
        if (i >= x.Length || i >= y.Length) return Native.CmpResult(op, x.Length.CompareTo(y.Length));
        return op switch
        {
            CompareKind.Eq => PyBool.False,
            CompareKind.Ne => PyBool.True,
            _ => Ops.RichCompare(x[i], y[i], op),
        };
    }
}
