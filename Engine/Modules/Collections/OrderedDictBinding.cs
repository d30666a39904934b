using RuleSandbox.Engine.Compiler;
using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Collections;

/// <summary>
/// <c>collections.OrderedDict</c>: a dict (whose table already keeps insertion order) with
/// <c>move_to_end</c>, <c>popitem(last=)</c>, order-sensitive equality between OrderedDicts,
/// reversal, the <c>odict_keys</c> views and the 3.12 repr <c>OrderedDict({'a': 1})</c>.
/// </summary>
internal static class OrderedDictBinding
{
    private static readonly PyObject None = PyNone.Instance;
    private static readonly string[] s_moveArgs = { "key", "last" };
    private static readonly string[] s_popitemArgs = { "last" };

    /// <summary>Installs the methods on <see cref="CollectionsTypes.OrderedDict"/>.</summary>
    public static void Init()
    {
        var t = CollectionsTypes.OrderedDict;
        t.Constructor = (a, kw) =>
        {
            var d = new PyDictSub(t);
            Initialize(d, a, kw);
            return d;
        };
        Native.Method(t, "__init__", (a, kw) => { Initialize(Self(a), a[1..], kw); return None; });
        Native.Method(t, "move_to_end", (a, kw) =>
        {
            var p = ArgParser.Parse("move_to_end", a[1..], kw, s_moveArgs, 1);
            MoveToEnd(Self(a), p[0]!, p[1] is null || Ops.IsTrue(p[1]!));
            return None;
        });
        Native.Method(t, "popitem", (a, kw) =>
        {
            var p = ArgParser.Parse("popitem", a[1..], kw, s_popitemArgs, 0);
            var d = Self(a);
            bool last = p[0] is null || Ops.IsTrue(p[0]!);
            if (d.Count == 0) throw Err.NewArgs(ExcTypes.KeyError, PyStr.From("dictionary is empty"));
            var key = last ? d.Items().Last().Key : d.Items().First().Key;
            var value = d.Get(key)!;
            d.Remove(key);
            return new PyTuple(new[] { key, value });
        });
        Native.Method(t, "__repr__", (a, kw) => PyStr.From(Repr(Self(a))));
        Native.Method(t, "__eq__", (a, kw) => Equal(Self(a), a[1], negate: false));
        Native.Method(t, "__ne__", (a, kw) => Equal(Self(a), a[1], negate: true));
        Native.Method(t, "__iter__", (a, kw) => Iterate(Self(a), DictViewKind.Keys, reverse: false));
        Native.Method(t, "__reversed__", (a, kw) => Iterate(Self(a), DictViewKind.Keys, reverse: true));
        Native.Method(t, "keys", (a, kw) => { ArgParser.Count("keys", a[1..], kw, 0, 0); return new PyOdictView(CollectionsTypes.OdictKeys, Self(a), DictViewKind.Keys); });
        Native.Method(t, "values", (a, kw) => { ArgParser.Count("values", a[1..], kw, 0, 0); return new PyOdictView(CollectionsTypes.OdictValues, Self(a), DictViewKind.Values); });
        Native.Method(t, "items", (a, kw) => { ArgParser.Count("items", a[1..], kw, 0, 0); return new PyOdictView(CollectionsTypes.OdictItems, Self(a), DictViewKind.Items); });
        BuiltinFn copy = (a, kw) => { ArgParser.Count("copy", a[1..], kw, 0, 0); return Vm.Current!.Call(a[0].Type, a[0]); };
        Native.Method(t, "copy", copy);
        Native.Method(t, "__copy__", copy);
        Native.ClassMethod(t, "fromkeys", DefaultDictBinding.FromKeys);
        Native.Method(t, "__or__", (a, kw) => Or(a[0], a[1]));
        Native.Method(t, "__ror__", (a, kw) => Or(a[1], a[0]));
        Native.Method(t, "__ior__", (a, kw) => { Runtime.Builtins.DictUpdate(Self(a), a[1]); return a[0]; });
        t.Members["__hash__"] = None;
        OdictViewBinding.Init();
    }

    private static PyDictSub Self(ReadOnlySpan<PyObject> a)
        => a.Length > 0 && a[0] is PyDictSub d && d.Type.IsSubtypeOf(CollectionsTypes.OrderedDict) ? d
            : throw Err.TypeError("descriptor requires a 'collections.OrderedDict' object");

    private static void Initialize(PyDictSub d, ReadOnlySpan<PyObject> a, string[]? kw)
    {
        int nkw = kw?.Length ?? 0;
        int npos = a.Length - nkw;
        if (npos > 1) throw Err.TypeError($"expected at most 1 arguments, got {npos}");
        // OrderedDict.__init__ is MutableMapping.update: every store goes through __setitem__.
        MappingProtocol.Update(d, a, kw, "OrderedDict");
    }

    private static void MoveToEnd(PyDictSub d, PyObject key, bool last)
    {
        var value = d.Get(key) ?? throw Err.KeyError(key);
        Vm.Current!.Charge(d.Count / 8 + 1);
        if (last)
        {
            d.Remove(key);
            d.Set(key, value);
            return;
        }
        // The table appends only: moving to the front rebuilds it (O(n); CPython's linked list is O(1)).
        var items = d.Items().ToList();
        d.Table.Clear();
        d.Set(key, value);
        foreach (var kv in items) if (!Ops.Eq(kv.Key, key)) d.Set(kv.Key, kv.Value);
    }

    private static PyObject Equal(PyDictSub self, PyObject other, bool negate)
    {
        if (other is not PyDict od) return PyNotImplemented.Instance;
        bool eq = Ops.IsTrue(Ops.BuiltinCompare(self, od, CompareKind.Eq) ?? PyBool.False);
        if (eq && od.Type.IsSubtypeOf(CollectionsTypes.OrderedDict))
        {
            // Between two OrderedDicts the order matters too.
            var a = self.Items().Select(kv => kv.Key).ToList();
            var b = od.Items().Select(kv => kv.Key).ToList();
            for (int i = 0; i < a.Count && eq; i++) eq = Ops.Eq(a[i], b[i]);
        }
        return PyBool.From(eq != negate);
    }

    private static string Repr(PyDictSub d)
    {
        string name = Native.ShortName(d.Type);
        if (d.Count == 0) return name + "()";
        var vm = Vm.Current!;
        if (!vm.ReprEnter(d)) return "...";
        try { return name + "(" + Ops.Repr(d.Copy()) + ")"; }
        finally { vm.ReprLeave(d); }
    }

    /// <summary>Iterates keys, values or items, raising CPython's errors when the dict changes meanwhile.</summary>
    internal static PyObject Iterate(PyDict d, DictViewKind kind, bool reverse)
    {
        var table = d.Table;
        int version = table.Version;
        int i = reverse ? table.Used - 1 : 0;
        return new PyFuncIterator(reverse ? CollectionsTypes.OdictReverseIterator : CollectionsTypes.OdictIterator, () =>
        {
            if (!ReferenceEquals(table, d.Table) || table.Version != version)
                throw Err.RuntimeError("OrderedDict mutated during iteration");
            while (reverse ? i >= 0 : i < table.Used)
            {
                int at = i;
                i += reverse ? -1 : 1;
                var k = table.KeyAt(at);
                if (k is null) continue;
                return kind switch
                {
                    DictViewKind.Keys => k,
                    DictViewKind.Values => table.ValueAt(at)!,
                    _ => new PyTuple(new[] { k, table.ValueAt(at)! }),
                };
            }
            return null;
        });
    }

    private static PyObject Or(PyObject left, PyObject right)
    {
        if (left is not PyDict || right is not PyDict) return PyNotImplemented.Instance;
        var self = left.Type.IsSubtypeOf(CollectionsTypes.OrderedDict) ? left : right;
        var r = Vm.Current!.Call(self.Type, left);
        Runtime.Builtins.DictUpdate((PyDict)r, right);
        return r;
    }
}
