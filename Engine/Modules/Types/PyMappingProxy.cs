using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Types;

/// <summary>
/// <c>types.MappingProxyType</c>: a read-only view of a mapping (what <c>Enum.__members__</c>
/// returns). Reads go to the underlying mapping, so the view follows later changes to it.
/// </summary>
public sealed class PyMappingProxy : PyObject
{
    /// <summary><c>mappingproxy</c>.</summary>
    public static readonly PyType TypeObject = Build();

    /// <summary>A view of <paramref name="mapping"/>.</summary>
    public PyMappingProxy(PyObject mapping) => Mapping = mapping ?? throw new ArgumentNullException(nameof(mapping));

    /// <summary>The mapping this is a view of.</summary>
    public PyObject Mapping { get; }

    /// <inheritdoc />
    public override PyType Type => TypeObject;

    private static PyMappingProxy Self(PyObject o) => o as PyMappingProxy ?? throw Err.TypeError($"descriptor requires a 'mappingproxy' object but received a '{Ops.TypeName(o)}'");

    private static PyType Build()
    {
        var t = PyType.NewNative("mappingproxy", "builtins");
        t.Constructor = (a, kw) =>
        {
            var p = ArgParser.Parse("mappingproxy", a, kw, new[] { "mapping" }, 1);
            var m = p[0]!;
            if (m is PyList or PyTuple || (m is not PyDict && Ops.TryGetAttr(m, "keys") is null))
                throw Err.TypeError($"mappingproxy() argument must be a mapping, not {Ops.TypeName(m)}");
            return new PyMappingProxy(m);
        };
        void M(string name, BuiltinFn fn, int arity = 0) => t.Members[name] = new PyBuiltinFunction(name, Enums.Arity.Check(name, arity, fn), t);
        M("__getitem__", (a, kw) => Ops.GetItem(Self(a[0]).Mapping, a[1]), 1);
        M("__len__", (a, kw) => PyInt.From(Ops.Len(Self(a[0]).Mapping)));
        M("__iter__", (a, kw) => Ops.GetIter(Self(a[0]).Mapping));
        M("__contains__", (a, kw) => PyBool.From(Ops.Contains(Self(a[0]).Mapping, a[1])), 1);
        M("__repr__", (a, kw) => PyStr.From("mappingproxy(" + Ops.Repr(Self(a[0]).Mapping) + ")"));
        M("__str__", (a, kw) => PyStr.From(Ops.Str(Self(a[0]).Mapping)));
        M("__eq__", (a, kw) => Ops.RichCompare(Self(a[0]).Mapping, a[1] is PyMappingProxy o ? o.Mapping : a[1], Compiler.CompareKind.Eq), 1);
        M("__ne__", (a, kw) => Ops.RichCompare(Self(a[0]).Mapping, a[1] is PyMappingProxy o ? o.Mapping : a[1], Compiler.CompareKind.Ne), 1);
        M("__or__", (a, kw) => Ops.Binary(Compiler.BinaryOpKind.Or, Copy(Self(a[0]).Mapping), a[1] is PyMappingProxy o ? o.Mapping : a[1]), 1);
        M("keys", (a, kw) => Vm.Current!.Call(Ops.GetAttr(Self(a[0]).Mapping, "keys")));
        M("values", (a, kw) => Vm.Current!.Call(Ops.GetAttr(Self(a[0]).Mapping, "values")));
        M("items", (a, kw) => Vm.Current!.Call(Ops.GetAttr(Self(a[0]).Mapping, "items")));
        M("copy", (a, kw) => Copy(Self(a[0]).Mapping));
        M("get", (a, kw) =>
        {
            ArgParser.Count("get", a[1..], kw, 1, 2);
            var m = Self(a[0]).Mapping;
            if (m is PyDict d) return d.Get(a[1]) ?? (a.Length > 2 ? a[2] : PyNone.Instance);
            var getter = Ops.GetAttr(m, "get");
            return Vm.Current!.Call(getter, a[1..].ToArray());
        });
        M("__setitem__", (a, kw) => throw Err.TypeError("'mappingproxy' object does not support item assignment"));
        M("__delitem__", (a, kw) => throw Err.TypeError("'mappingproxy' object does not support item deletion"));
        M("__hash__", (a, kw) => PyInt.From(Ops.Hash(Self(a[0]).Mapping)));
        return t;
    }

    private static PyObject Copy(PyObject m) => m is PyDict d ? d.Copy() : Vm.Current!.Call(Ops.GetAttr(m, "copy"));
}
