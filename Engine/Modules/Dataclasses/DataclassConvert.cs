using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Dataclasses;

/// <summary>
/// <c>asdict</c> and <c>astuple</c>: recursive copies through dataclass instances, lists, tuples
/// (named tuples rebuilt positionally) and dicts, as CPython's <c>_asdict_inner</c> does them.
/// Each visited value costs fuel, each copy is charged to the memory budget (shared references
/// are copied once per reference, so a small graph can make a huge copy), and the C# recursion
/// is bounded by the stack guard.
/// </summary>
internal static class DataclassConvert
{
    /// <summary><c>asdict(obj, dict_factory=...)</c>; <paramref name="factory"/> null means <c>dict</c>.</summary>
    public static PyObject AsDict(PyObject obj, PyObject? factory) => Inner(obj, factory, asDict: true);

    /// <summary><c>astuple(obj, tuple_factory=...)</c>; <paramref name="factory"/> null means <c>tuple</c>.</summary>
    public static PyObject AsTuple(PyObject obj, PyObject? factory) => Inner(obj, factory, asDict: false);

    /// <summary>Whether <paramref name="obj"/> is an instance of a dataclass.</summary>
    public static bool IsInstance(PyObject obj) => obj is not PyType && obj.Type.Lookup("__dataclass_fields__") is not null;

    /// <summary>The real fields (not ClassVar, not InitVar) of a dataclass or instance, in order.</summary>
    public static List<PyField> Fields(PyObject classOrInstance)
    {
        var d = Ops.TryGetAttr(classOrInstance, "__dataclass_fields__") as PyDict
            ?? throw Err.TypeError("must be called with a dataclass type or instance");
        var r = new List<PyField>(d.Count);
        foreach (var kv in d.Items()) if (kv.Value is PyField { Kind: FieldKind.Field } f) r.Add(f);
        return r;
    }

    private static bool IsAtomic(PyObject o) => o is PyNone or PyInt or PyFloat or PyStr or PyComplex or PyBytes
        or PyEllipsis or PyNotImplemented or PyType or PyRange or PyProperty or PyFunction or PyBuiltinFunction
        && !o.Type.IsHeapType;

    private static PyObject Inner(PyObject obj, PyObject? factory, bool asDict)
    {
        var vm = Vm.Current!;
        vm.Charge(1);
        if (IsAtomic(obj)) return obj;
        Vm.EnsureStack();
        if (IsInstance(obj))
        {
            var fields = Fields(obj);
            vm.ChargeAllocation(32 + fields.Count * 48L);
            if (asDict)
            {
                if (factory is null)
                {
                    var d = new PyDict(fields.Count);
                    foreach (var f in fields) d.Set(f.Name!, Inner(Ops.GetAttr(obj, f.Name!), null, true));
                    return d;
                }
                var pairs = new List<PyObject>(fields.Count);
                foreach (var f in fields)
                    pairs.Add(new PyTuple(new PyObject[] { PyStr.From(f.Name!), Inner(Ops.GetAttr(obj, f.Name!), factory, true) }));
                return vm.Call(factory, new PyObject[] { new PyList(pairs) }, null);
            }
            var values = new List<PyObject>(fields.Count);
            foreach (var f in fields) values.Add(Inner(Ops.GetAttr(obj, f.Name!), factory, false));
            return factory is null ? PyTuple.From(values.ToArray()) : vm.Call(factory, new PyObject[] { new PyList(values) }, null);
        }
        if (obj is PyTuple t)
        {
            vm.ChargeAllocation(32 + t.Count * 8L);
            var items = t.Items.Select(v => Inner(v, factory, asDict)).ToArray();
            if (ReferenceEquals(t.Type, PyTuple.TypeObject)) return PyTuple.From(items);
            // A named tuple takes its fields positionally; another tuple subclass takes an iterable.
            if (Ops.TryGetAttr(t, "_fields") is not null) return vm.Call(t.Type, items, null);
            return vm.Call(t.Type, new PyObject[] { PyTuple.From(items) }, null);
        }
        if (obj is PyList l)
        {
            vm.ChargeAllocation(32 + l.Count * 8L);
            var items = l.Items.ToList().Select(v => Inner(v, factory, asDict)).ToList();
            if (ReferenceEquals(l.Type, PyList.TypeObject)) return new PyList(items);
            return vm.Call(l.Type, new PyObject[] { new PyList(items) }, null);
        }
        if (obj is PyDict d2)
        {
            var entries = d2.Items().ToList();
            vm.ChargeAllocation(32 + entries.Count * 48L);
            if (d2.Type.Lookup("default_factory") is not null)
            {
                var result = vm.Call(d2.Type, new[] { Ops.GetAttr(d2, "default_factory") }, null);
                foreach (var kv in entries) Ops.SetItem(result, Inner(kv.Key, factory, asDict), Inner(kv.Value, factory, asDict));
                return result;
            }
            var copy = new PyDict(entries.Count);
            foreach (var kv in entries) copy.Set(Inner(kv.Key, factory, asDict), Inner(kv.Value, factory, asDict));
            if (ReferenceEquals(d2.Type, PyDict.TypeObject)) return copy;
            return vm.Call(d2.Type, new PyObject[] { new PyList(copy.Items().Select(kv => (PyObject)new PyTuple(new[] { kv.Key, kv.Value })).ToList()) }, null);
        }
        // CPython deep-copies anything else. Sets are copied here; other objects (immutable
        // values such as Decimal or datetime, or instances) are shared, as copy.deepcopy
        // cannot be reached from this module.
        if (obj is PySet s)
        {
            vm.ChargeAllocation(32 + s.Count * 24L);
            var copy = new PySet(s.Frozen);
            foreach (var item in s.Items()) copy.Add(item);
            vm.Charge(s.Count);
            return copy;
        }
        return obj;
    }
}
