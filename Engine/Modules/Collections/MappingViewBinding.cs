using RuleSandbox.Engine.Compiler;
using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Collections;

/// <summary>
/// The mapping views of collections.abc (<c>KeysView(ChainMap(...))</c>): iteration, length,
/// membership and repr through the mapping's own methods; keys and items views compare and
/// combine like sets, values views do not.
/// </summary>
internal static class MappingViewBinding
{
    /// <summary>Installs the methods on the three view types.</summary>
    public static void Init()
    {
        foreach (var t in new[] { CollectionsTypes.KeysView, CollectionsTypes.ValuesView, CollectionsTypes.ItemsView })
        {
            Native.Method(t, "__len__", (a, kw) => PyInt.From(Ops.Len(View(a).Mapping)));
            Native.Method(t, "__iter__", (a, kw) => Iterate(View(a)));
            Native.Method(t, "__repr__", (a, kw) => PyStr.From($"{Native.ShortName(a[0].Type)}({Ops.Repr(View(a).Mapping)})"));
            Native.Method(t, "__contains__", (a, kw) => PyBool.From(Contains(View(a), a[1])));
            t.Members["__hash__"] = PyNone.Instance;
        }
        foreach (var t in new[] { CollectionsTypes.KeysView, CollectionsTypes.ItemsView })
        {
            Native.Comparisons(t, (a, b, op) => IsSetLike(b) ? Ops.RichCompare(ToSet(a), ToSet(b), op) : PyNotImplemented.Instance);
            SetOp(t, "and", BinaryOpKind.And);
            SetOp(t, "or", BinaryOpKind.Or);
            SetOp(t, "sub", BinaryOpKind.Sub);
            SetOp(t, "xor", BinaryOpKind.Xor);
            Native.Method(t, "isdisjoint", (a, kw) =>
            {
                ArgParser.Count("isdisjoint", a[1..], kw, 1, 1);
                var mine = ToSet(a[0]);
                foreach (var x in Ops.ToList(a[1])) if (mine.Contains(x)) return PyBool.False;
                return PyBool.True;
            });
        }
    }

    private static PyMappingView View(ReadOnlySpan<PyObject> a) => (PyMappingView)a[0];

    /// <summary>Defines <c>__and__</c>/<c>__rand__</c> (or another set operator) over set copies of both operands.</summary>
    internal static void SetOp(PyType t, string name, BinaryOpKind op)
    {
        Native.Method(t, $"__{name}__", (a, kw) => Ops.TryGetIter(a[1]) is null ? PyNotImplemented.Instance : Ops.Binary(op, ToSet(a[0]), ToSet(a[1])));
        Native.Method(t, $"__r{name}__", (a, kw) => Ops.TryGetIter(a[1]) is null ? PyNotImplemented.Instance : Ops.Binary(op, ToSet(a[1]), ToSet(a[0])));
    }

    /// <summary>Whether <paramref name="o"/> is a Set in the collections.abc sense (sets, keys and items views).</summary>
    internal static bool IsSetLike(PyObject o)
        => o is PySet || o is PyDictView { Kind: not DictViewKind.Values } || o is PyOdictView { Kind: not DictViewKind.Values }
           || o is PyMappingView v && !ReferenceEquals(v.Type, CollectionsTypes.ValuesView);

    /// <summary>The items of an iterable as a set (a set is returned as it is).</summary>
    internal static PySet ToSet(PyObject o)
    {
        if (o is PySet s) return s;
        var r = new PySet();
        foreach (var x in Ops.ToList(o)) r.Add(x);
        return r;
    }

    private static PyObject Iterate(PyMappingView v)
    {
        var keys = Ops.GetIter(v.Mapping);
        if (ReferenceEquals(v.Type, CollectionsTypes.KeysView)) return keys;
        bool items = ReferenceEquals(v.Type, CollectionsTypes.ItemsView);
        var type = items ? CollectionsTypes.ItemsViewIterator : CollectionsTypes.ValuesViewIterator;
        return new PyFuncIterator(type, () =>
        {
            if (Ops.Next(keys) is not { } k) return null;
            var value = Ops.GetItem(v.Mapping, k);
            return items ? new PyTuple(new[] { k, value }) : value;
        });
    }

    private static bool Contains(PyMappingView v, PyObject x)
    {
        if (ReferenceEquals(v.Type, CollectionsTypes.KeysView)) return Ops.Contains(v.Mapping, x);
        if (ReferenceEquals(v.Type, CollectionsTypes.ItemsView))
        {
            if (x is not PyTuple { Count: 2 } pair) return false;
            PyObject value;
            try { value = Ops.GetItem(v.Mapping, pair.Items[0]); }
            catch (PythonException e) when (e.Value.Is(ExcTypes.KeyError)) { return false; }
            return Ops.Eq(value, pair.Items[1]);
        }
        var it = Ops.GetIter(v.Mapping);
        var vm = Vm.Current!;
        while (Ops.Next(it) is { } k)
        {
            vm.Charge(1);
            if (Ops.Eq(Ops.GetItem(v.Mapping, k), x)) return true;
        }
        return false;
    }
}
