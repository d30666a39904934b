using RuleSandbox.Engine.Compiler;
using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Collections;

// The math module's namespace (RuleSandbox.Engine.Modules.Math) would hide System.Math here.
using Math = System.Math;

/// <summary>
/// <c>collections.Counter</c>, a dict subclass, method for method as CPython's Python
/// implementation: missing keys count 0 without being inserted, <c>most_common</c> is a stable sort
/// by count, the multiset operators keep positive counts only, and comparisons (3.10+) treat
/// missing elements as zero.
/// </summary>
internal static class CounterBinding
{
    private static readonly PyObject None = PyNone.Instance;
    private static readonly PyInt Zero = PyInt.From(0);
    private static readonly PyInt One = PyInt.From(1);

    // itemgetter(1): the sort key of most_common.
    private static readonly PyBuiltinFunction s_count = new("<lambda>", (a, kw) => ((PyTuple)a[0]).Items[1]);

    /// <summary>Installs the methods on <see cref="CollectionsTypes.Counter"/>.</summary>
    public static void Init()
    {
        var t = CollectionsTypes.Counter;
        t.Constructor = (a, kw) =>
        {
            var c = new PyDictSub(t);
            Update(c, a, kw, "Counter.__init__");
            return c;
        };
        Native.Method(t, "__init__", (a, kw) => { Update(Self(a), a[1..], kw, "Counter.__init__"); return None; });
        Native.Method(t, "__missing__", (a, kw) => { ArgParser.Count("__missing__", a[1..], kw, 1, 1); return Zero; });
        Native.Method(t, "total", (a, kw) =>
        {
            ArgParser.Count("total", a[1..], kw, 0, 0);
            PyObject sum = Zero;
            Vm.Current!.Charge(Self(a).Count);
            foreach (var kv in Self(a).Items().ToList()) sum = Ops.Binary(BinaryOpKind.Add, sum, kv.Value);
            return sum;
        });
        Native.Method(t, "most_common", (a, kw) =>
        {
            var p = ArgParser.Parse("most_common", a[1..], kw, new[] { "n" }, 0);
            var items = MostCommon(Self(a));
            if (p[0] is null or PyNone) return new PyList(items);
            // heapq.nlargest compares n with the size first: a non-int n fails there, as in CPython.
            if (p[0] is not PyInt) Ops.RichCompare(p[0]!, PyInt.From(items.Count), CompareKind.Ge);
            long n = ArgParser.Int(p[0]!, "most_common");
            if (n < 0) n = 0;
            return new PyList(items.Take((int)Math.Min(n, items.Count)).ToList());
        });
        Native.Method(t, "elements", (a, kw) => { ArgParser.Count("elements", a[1..], kw, 0, 0); return Elements(Self(a)); });
        Native.ClassMethod(t, "fromkeys", (a, kw) =>
            throw Err.NotImplementedError("Counter.fromkeys() is undefined.  Use Counter(iterable) instead."));
        Native.Method(t, "update", (a, kw) => { Update(Self(a), a[1..], kw, "Counter.update"); return None; });
        Native.Method(t, "subtract", (a, kw) => { Subtract(Self(a), a[1..], kw); return None; });
        Native.Method(t, "copy", (a, kw) => { ArgParser.Count("copy", a[1..], kw, 0, 0); return Vm.Current!.Call(a[0].Type, a[0]); });
        Native.Method(t, "__delitem__", (a, kw) =>
        {
            // Deleting a missing element is not an error for a Counter.
            var d = Self(a);
            if (d.ContainsKey(a[1])) d.Remove(a[1]);
            return None;
        });
        Native.Method(t, "__repr__", (a, kw) => PyStr.From(Repr(Self(a))));

        CompareOp(t, "__eq__", (x, y) => All(x, y, CompareKind.Eq));
        CompareOp(t, "__ne__", (x, y) => !All(x, y, CompareKind.Eq));
        CompareOp(t, "__le__", (x, y) => All(x, y, CompareKind.Le));
        CompareOp(t, "__lt__", (x, y) => All(x, y, CompareKind.Le) && !All(x, y, CompareKind.Eq));
        CompareOp(t, "__ge__", (x, y) => All(x, y, CompareKind.Ge));
        CompareOp(t, "__gt__", (x, y) => All(x, y, CompareKind.Ge) && !All(x, y, CompareKind.Eq));

        BinaryOp(t, "__add__", Add);
        BinaryOp(t, "__sub__", Sub);
        BinaryOp(t, "__or__", Or);
        BinaryOp(t, "__and__", And);
        Native.Method(t, "__pos__", (a, kw) => Filter(Self(a), negate: false));
        Native.Method(t, "__neg__", (a, kw) => Filter(Self(a), negate: true));
        InPlace(t, "__iadd__", (self, elem, count) => Ops.SetItem(self, elem, Ops.Binary(BinaryOpKind.InplaceAdd, Ops.GetItem(self, elem), count)));
        InPlace(t, "__isub__", (self, elem, count) => Ops.SetItem(self, elem, Ops.Binary(BinaryOpKind.InplaceSub, Ops.GetItem(self, elem), count)));
        InPlace(t, "__ior__", (self, elem, other) =>
        {
            if (Ops.IsTrue(Ops.RichCompare(other, Ops.GetItem(self, elem), CompareKind.Gt))) Ops.SetItem(self, elem, other);
        });
        Native.Method(t, "__iand__", (a, kw) =>
        {
            var self = Self(a);
            foreach (var kv in self.Items().ToList())
            {
                var other = Ops.GetItem(a[1], kv.Key);
                if (Ops.IsTrue(Ops.RichCompare(other, kv.Value, CompareKind.Lt))) Ops.SetItem(self, kv.Key, other);
            }
            return KeepPositive(self);
        });
    }

    private static PyDict Self(ReadOnlySpan<PyObject> a)
        => a.Length > 0 && a[0] is PyDict d && d.Type.IsSubtypeOf(CollectionsTypes.Counter) ? d
            : throw Err.TypeError("descriptor requires a 'Counter' object");

    private static bool IsCounter(PyObject o) => o is PyDict && o.Type.IsSubtypeOf(CollectionsTypes.Counter);

    private static PyDictSub NewCounter() => new(CollectionsTypes.Counter);

    /// <summary><c>Counter.update(self, iterable=None, /, **kwds)</c>: mappings add their counts, other iterables count their elements.</summary>
    private static void Update(PyDict self, ReadOnlySpan<PyObject> a, string[]? kw, string name)
    {
        int nkw = kw?.Length ?? 0;
        int npos = a.Length - nkw;
        if (npos > 1) throw Err.TypeError($"{name}() takes from 1 to 2 positional arguments but {npos + 1} were given");
        var vm = Vm.Current!;
        if (npos == 1 && a[0] is not PyNone)
        {
            var src = a[0];
            if (MappingProtocol.IsMapping(src))
            {
                foreach (var (elem, count) in PairsOf(src))
                {
                    vm.Charge(1);
                    var have = self.Get(elem);
                    Ops.SetItem(self, elem, have is null ? count : Ops.Binary(BinaryOpKind.Add, count, have));
                }
            }
            else
            {
                CountElements(self, src);
            }
        }
        if (nkw > 0)
        {
            var kwds = new PyDict();
            for (int k = 0; k < nkw; k++) kwds.Set(kw![k], a[npos + k]);
            Update(self, new PyObject[] { kwds }, null, name);
        }
    }

    /// <summary>CPython's <c>_count_elements</c>: <c>mapping[elem] = mapping.get(elem, 0) + 1</c> for each element.</summary>
    private static void CountElements(PyDict self, PyObject iterable)
    {
        var vm = Vm.Current!;
        var it = Ops.GetIter(iterable);
        // The exact Counter stores straight into its table; a subclass may override __setitem__.
        bool exact = ReferenceEquals(self.Type, CollectionsTypes.Counter);
        while (Ops.Next(it) is { } elem)
        {
            vm.Charge(1);
            if (exact)
            {
                // One hash and one probe per element: the hot loop of Counter(iterable).
                long h = Ops.Hash(elem);
                var table = self.Table;
                int ix = table.Find(elem, h);
                if (ix < 0) table.Set(elem, h, One);
                else table.SetValueAt(ix, Ops.Binary(BinaryOpKind.Add, table.ValueAt(ix)!, One));
                continue;
            }
            var have = self.Get(elem);
            Ops.SetItem(self, elem, have is null ? One : Ops.Binary(BinaryOpKind.Add, have, One));
        }
    }

    private static void Subtract(PyDict self, ReadOnlySpan<PyObject> a, string[]? kw)
    {
        int nkw = kw?.Length ?? 0;
        int npos = a.Length - nkw;
        if (npos > 1) throw Err.TypeError($"Counter.subtract() takes from 1 to 2 positional arguments but {npos + 1} were given");
        var vm = Vm.Current!;
        if (npos == 1 && a[0] is not PyNone)
        {
            var src = a[0];
            if (MappingProtocol.IsMapping(src))
            {
                foreach (var (elem, count) in PairsOf(src))
                {
                    vm.Charge(1);
                    Ops.SetItem(self, elem, Ops.Binary(BinaryOpKind.Sub, self.Get(elem) ?? Zero, count));
                }
            }
            else
            {
                var it = Ops.GetIter(src);
                while (Ops.Next(it) is { } elem)
                {
                    vm.Charge(1);
                    Ops.SetItem(self, elem, Ops.Binary(BinaryOpKind.Sub, self.Get(elem) ?? Zero, One));
                }
            }
        }
        if (nkw > 0)
        {
            var kwds = new PyDict();
            for (int k = 0; k < nkw; k++) kwds.Set(kw![k], a[npos + k]);
            Subtract(self, new PyObject[] { kwds }, null);
        }
    }

    /// <summary>The (key, value) pairs of <c>mapping.items()</c>, read before any store.</summary>
    private static List<(PyObject, PyObject)> PairsOf(PyObject mapping)
    {
        var r = new List<(PyObject, PyObject)>();
        if (mapping is PyDict d && d.GetType() == typeof(PyDict))
        {
            foreach (var kv in d.Items()) r.Add((kv.Key, kv.Value));
            return r;
        }
        foreach (var item in Ops.ToList(Vm.Current!.Call(Ops.GetAttr(mapping, "items"))))
        {
            var pair = MappingProtocol.Unpack2(item);
            r.Add((pair[0], pair[1]));
        }
        return r;
    }

    /// <summary>The items sorted by count, largest first, ties in insertion order (a stable sort).</summary>
    private static List<PyObject> MostCommon(PyDict self)
    {
        var items = new List<PyObject>(self.Count);
        foreach (var kv in self.Items()) items.Add(new PyTuple(new[] { kv.Key, kv.Value }));
        Vm.Current!.ChargeAllocation(items.Count * 48L);
        Runtime.Builtins.SortList(items, s_count, reverse: true);
        return items;
    }

    private static PyObject Elements(PyDict self)
    {
        var items = self.Items().ToList();
        int i = 0;
        long left = -1;
        return new PyFuncIterator(CollectionsTypes.ElementsIterator, () =>
        {
            while (true)
            {
                if (left > 0) { left--; return items[i - 1].Key; }
                if (i >= items.Count) return null;
                var count = items[i++].Value;
                if (count is PyFloat) throw Err.TypeError("'float' object cannot be interpreted as an integer");
                left = Math.Max(0, ArgParser.Int(count, "repeat"));
            }
        });
    }

    private static string Repr(PyDict self)
    {
        string name = Native.ShortName(self.Type);
        if (self.Count == 0) return name + "()";
        PyDict d;
        try
        {
            d = new PyDict();
            foreach (var item in MostCommon(self)) d.Set(((PyTuple)item).Items[0], ((PyTuple)item).Items[1]);
        }
        catch (PythonException e) when (e.Value.Is(ExcTypes.TypeError))
        {
            // Counts that cannot be ordered are shown in insertion order.
            d = self.Copy();
        }
        return name + "(" + Ops.Repr(d) + ")";
    }

    // ------------------------------------------------------------------ comparisons and operators

    private static void CompareOp(PyType t, string name, Func<PyDict, PyDict, bool> cmp)
        => Native.Method(t, name, (a, kw) => IsCounter(a[1]) ? PyBool.From(cmp(Self(a), (PyDict)a[1])) : PyNotImplemented.Instance);

    /// <summary><c>all(self[e] OP other[e] for c in (self, other) for e in c)</c>.</summary>
    private static bool All(PyDict x, PyDict y, CompareKind op)
    {
        var vm = Vm.Current!;
        foreach (var c in new[] { x, y })
        {
            foreach (var e in Ops.ToList(c))
            {
                vm.Charge(1);
                if (!Ops.IsTrue(Ops.RichCompare(Ops.GetItem(x, e), Ops.GetItem(y, e), op))) return false;
            }
        }
        return true;
    }

    private static void BinaryOp(PyType t, string name, Func<PyDict, PyDict, PyObject> op)
        => Native.Method(t, name, (a, kw) =>
        {
            if (!IsCounter(a[1])) return PyNotImplemented.Instance;
            var (x, y) = (Self(a), (PyDict)a[1]);
            Vm.Current!.Charge(x.Count + y.Count);
            return op(x, y);
        });

    private static bool Positive(PyObject count) => Ops.IsTrue(Ops.RichCompare(count, Zero, CompareKind.Gt));

    private static bool Negative(PyObject count) => Ops.IsTrue(Ops.RichCompare(count, Zero, CompareKind.Lt));

    private static PyObject Add(PyDict self, PyDict other)
    {
        var result = NewCounter();
        foreach (var kv in self.Items().ToList())
        {
            var n = Ops.Binary(BinaryOpKind.Add, kv.Value, Ops.GetItem(other, kv.Key));
            if (Positive(n)) result.Set(kv.Key, n);
        }
        foreach (var kv in other.Items().ToList())
            if (!self.ContainsKey(kv.Key) && Positive(kv.Value)) result.Set(kv.Key, kv.Value);
        return result;
    }

    private static PyObject Sub(PyDict self, PyDict other)
    {
        var result = NewCounter();
        foreach (var kv in self.Items().ToList())
        {
            var n = Ops.Binary(BinaryOpKind.Sub, kv.Value, Ops.GetItem(other, kv.Key));
            if (Positive(n)) result.Set(kv.Key, n);
        }
        foreach (var kv in other.Items().ToList())
            if (!self.ContainsKey(kv.Key) && Negative(kv.Value)) result.Set(kv.Key, Ops.Binary(BinaryOpKind.Sub, Zero, kv.Value));
        return result;
    }

    private static PyObject Or(PyDict self, PyDict other)
    {
        var result = NewCounter();
        foreach (var kv in self.Items().ToList())
        {
            var oc = Ops.GetItem(other, kv.Key);
            var n = Ops.IsTrue(Ops.RichCompare(kv.Value, oc, CompareKind.Lt)) ? oc : kv.Value;
            if (Positive(n)) result.Set(kv.Key, n);
        }
        foreach (var kv in other.Items().ToList())
            if (!self.ContainsKey(kv.Key) && Positive(kv.Value)) result.Set(kv.Key, kv.Value);
        return result;
    }

    private static PyObject And(PyDict self, PyDict other)
    {
        var result = NewCounter();
        foreach (var kv in self.Items().ToList())
        {
            var oc = Ops.GetItem(other, kv.Key);
            var n = Ops.IsTrue(Ops.RichCompare(kv.Value, oc, CompareKind.Lt)) ? kv.Value : oc;
            if (Positive(n)) result.Set(kv.Key, n);
        }
        return result;
    }

    /// <summary>Unary + (keep positive counts) and - (negated negative counts).</summary>
    private static PyObject Filter(PyDict self, bool negate)
    {
        Vm.Current!.Charge(self.Count);
        var result = NewCounter();
        foreach (var kv in self.Items().ToList())
        {
            if (!negate && Positive(kv.Value)) result.Set(kv.Key, kv.Value);
            else if (negate && Negative(kv.Value)) result.Set(kv.Key, Ops.Binary(BinaryOpKind.Sub, Zero, kv.Value));
        }
        return result;
    }

    /// <summary>An in-place operator over <c>other.items()</c>, then dropping counts that are not positive.</summary>
    private static void InPlace(PyType t, string name, Action<PyDict, PyObject, PyObject> step)
    {
        Native.Method(t, name, (a, kw) =>
        {
            var self = Self(a);
            foreach (var (elem, count) in PairsOf(a[1])) step(self, elem, count);
            return KeepPositive(self);
        });
    }

    private static PyObject KeepPositive(PyDict self)
    {
        Vm.Current!.Charge(self.Count);
        foreach (var kv in self.Items().ToList())
            if (!Positive(kv.Value)) Ops.DelItem(self, kv.Key);
        return self;
    }
}
