using RuleSandbox.Engine.Compiler;
using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Functools;

/// <summary>
/// <c>CacheInfo(hits, misses, maxsize, currsize)</c>, the named tuple <c>cache_info()</c>
/// returns: fields by name and by index, iteration, <c>len</c>, equality with tuples and
/// CPython's repr.
/// </summary>
internal sealed class CacheInfo : PyObject
{
    private static readonly string[] s_fields = { "hits", "misses", "maxsize", "currsize" };

    /// <summary><c>functools.CacheInfo</c>.</summary>
    public static readonly PyType TypeObject = BuildType();

    private readonly PyObject[] _items;

    public CacheInfo(PyObject[] items) => _items = items;

    public override PyType Type => TypeObject;

    private static PyType BuildType()
    {
        var t = PyType.NewNative("CacheInfo", "functools");
        void M(string name, BuiltinFn fn) => t.Members[name] = new PyBuiltinFunction(name, fn, t);
        for (int i = 0; i < s_fields.Length; i++)
        {
            int ix = i;
            t.Members[s_fields[i]] = new PyProperty(new PyBuiltinFunction(s_fields[i], (a, kw) => ((CacheInfo)a[0])._items[ix]), null, null, null) { Name = s_fields[i] };
        }
        M("__repr__", (a, kw) =>
        {
            var c = (CacheInfo)a[0];
            return PyStr.From("CacheInfo(" + string.Join(", ", s_fields.Select((f, i) => f + "=" + Ops.Repr(c._items[i]))) + ")");
        });
        M("__len__", (a, kw) => PyInt.From(s_fields.Length));
        M("__getitem__", (a, kw) => Ops.GetItem(new PyTuple(((CacheInfo)a[0])._items), a[1]));
        M("__iter__", (a, kw) => Ops.GetIter(new PyTuple(((CacheInfo)a[0])._items)));
        M("__hash__", (a, kw) => PyInt.From(Ops.Hash(new PyTuple(((CacheInfo)a[0])._items))));
        foreach (var (name, op) in new[] { ("__eq__", CompareKind.Eq), ("__ne__", CompareKind.Ne), ("__lt__", CompareKind.Lt), ("__le__", CompareKind.Le), ("__gt__", CompareKind.Gt), ("__ge__", CompareKind.Ge) })
        {
            M(name, (a, kw) =>
            {
                var self = new PyTuple(((CacheInfo)a[0])._items);
                var other = a[1] is CacheInfo ci ? new PyTuple(ci._items) : a[1];
                return other is PyTuple ? Ops.RichCompare(self, other, op) : PyNotImplemented.Instance;
            });
        }
        return t;
    }
}
