using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Dataclasses;

/// <summary>
/// <c>@dataclass(slots=True)</c>: a class cannot gain <c>__slots__</c> after creation, so (as in
/// CPython's <c>_add_slots</c>) a new class is made from the old one's namespace with
/// <c>__slots__</c> set to the field names, minus those already slotted in a base.
/// </summary>
internal static class DataclassSlots
{
    /// <summary>The replacement class.</summary>
    /// <exception cref="PythonException">TypeError when the class already specifies <c>__slots__</c>.</exception>
    public static PyType AddSlots(PyType cls, List<PyField> fields)
    {
        if (cls.Members.ContainsKey("__slots__")) throw Err.TypeError($"{cls.Name} already specifies __slots__");
        var inherited = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 1; i < cls.Mro.Length; i++)
            foreach (var n in cls.Mro[i].SlotNames ?? Array.Empty<string>()) inherited.Add(n);
        var names = fields.Select(f => f.Name!).Where(n => !inherited.Contains(n)).ToArray();
        var ns = new PyDict();
        foreach (var kv in cls.Members)
        {
            if (kv.Key is "__dict__" or "__weakref__" || names.Contains(kv.Key)) continue;
            ns.Set(kv.Key, kv.Value);
        }
        ns.Set("__slots__", PyTuple.From(names.Select(n => (PyObject)PyStr.From(n)).ToArray()));
        ns.Set("__qualname__", PyStr.From(cls.QualName));
        var bases = cls.Bases.Where(b => !ReferenceEquals(b, PyType.ObjectType)).ToArray();
        var t = TypeCall.NewClass(cls.Name, bases, ns, cls.Metaclass, null, ReadOnlySpan<PyObject>.Empty);
        t.Doc = cls.Doc;
        return t;
    }
}
