using RuleSandbox.Engine.Compiler;
using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Collections;

/// <summary>
/// <c>UserDict</c> and <c>UserList</c>: wrappers whose contents live in the instance attribute
/// <c>data</c> (a dict or a list), method for method as CPython's Python classes, meant to be
/// subclassed by rules.
/// </summary>
internal static class UserBinding
{
    private static readonly PyObject None = PyNone.Instance;

    /// <summary>Installs the methods on <see cref="CollectionsTypes.UserDict"/> and <see cref="CollectionsTypes.UserList"/>.</summary>
    public static void Init()
    {
        InitUserDict();
        InitUserList();
    }

    private static PyObject Data(PyObject self) => Ops.GetAttr(self, "data");

    private static PyObject CallOn(PyObject target, string method, ReadOnlySpan<PyObject> args, string[]? kw = null)
        => Vm.Current!.Call(Ops.GetAttr(target, method), args, kw);

    /// <summary>A method that forwards to the same method of <c>self.data</c>.</summary>
    private static void Forward(PyType t, string name, bool returnsSelf = false)
        => Native.Method(t, name, (a, kw) =>
        {
            var r = CallOn(Data(a[0]), name, a[1..], kw);
            return returnsSelf ? a[0] : r;
        });

    // ------------------------------------------------------------------ UserDict

    private static void InitUserDict()
    {
        var t = CollectionsTypes.UserDict;
        t.Constructor = (a, kw) =>
        {
            var o = new PyInstance(t);
            InitDict(o, a, kw);
            return o;
        };
        Native.Method(t, "__init__", (a, kw) => { InitDict(a[0], a[1..], kw); return None; });
        Native.Method(t, "__len__", (a, kw) => PyInt.From(Ops.Len(Data(a[0]))));
        Native.Method(t, "__getitem__", (a, kw) =>
        {
            var data = Data(a[0]);
            if (Ops.Contains(data, a[1])) return Ops.GetItem(data, a[1]);
            if (a[0].Type.Lookup("__missing__") is { } missing) return Ops.CallMethod(a[0], missing, a[1]);
            throw Err.KeyError(a[1]);
        });
        Native.Method(t, "__setitem__", (a, kw) => { Ops.SetItem(Data(a[0]), a[1], a[2]); return None; });
        Native.Method(t, "__delitem__", (a, kw) => { Ops.DelItem(Data(a[0]), a[1]); return None; });
        Native.Method(t, "__iter__", (a, kw) => Ops.GetIter(Data(a[0])));
        Native.Method(t, "__contains__", (a, kw) => PyBool.From(Ops.Contains(Data(a[0]), a[1])));
        Native.Method(t, "get", (a, kw) =>
        {
            ArgParser.Count("get", a[1..], kw, 1, 2);
            return Ops.Contains(a[0], a[1]) ? Ops.GetItem(a[0], a[1]) : a.Length > 2 ? a[2] : None;
        });
        Native.Method(t, "__repr__", (a, kw) => PyStr.From(Ops.Repr(Data(a[0]))));
        Native.Method(t, "__or__", (a, kw) => DictOr(a[0], a[0], a[1]));
        Native.Method(t, "__ror__", (a, kw) => DictOr(a[0], a[1], a[0]));
        Native.Method(t, "__ior__", (a, kw) =>
        {
            var other = a[1].Type.IsSubtypeOf(CollectionsTypes.UserDict) ? Data(a[1]) : a[1];
            Ops.SetAttr(a[0], "data", Ops.Binary(BinaryOpKind.InplaceOr, Data(a[0]), other));
            return a[0];
        });
        BuiltinFn copy = (a, kw) =>
        {
            var self = a[0];
            var copyOfData = CallOn(Data(self), "copy", ReadOnlySpan<PyObject>.Empty);
            if (ReferenceEquals(self.Type, CollectionsTypes.UserDict)) return Vm.Current!.Call(CollectionsTypes.UserDict, copyOfData);
            // A subclass: a new instance with the same attributes and a copy of data (CPython's __copy__).
            var inst = TypeCall.CreateInstance(self.Type, ReadOnlySpan<PyObject>.Empty);
            if (self.Dict is { } d && inst.Dict is { } nd) foreach (var kv in d.Items().ToList()) nd.Set(kv.Key, kv.Value);
            Ops.SetAttr(inst, "data", copyOfData);
            return inst;
        };
        Native.Method(t, "copy", copy);
        Native.Method(t, "__copy__", copy);
        Native.ClassMethod(t, "fromkeys", DefaultDictBinding.FromKeys);
        ChainMapBinding.MutableMappingMixins(t, "MutableMapping");
        MutableMappingRest(t);
    }

    // UserDict(dict=None, /, **kwargs)
    private static void InitDict(PyObject self, ReadOnlySpan<PyObject> a, string[]? kw)
    {
        int nkw = kw?.Length ?? 0;
        int npos = a.Length - nkw;
        if (npos > 1) throw Err.TypeError($"UserDict.__init__() takes from 1 to 2 positional arguments but {npos + 1} were given");
        Ops.SetAttr(self, "data", new PyDict());
        if (npos == 1 && a[0] is not PyNone) CallOn(self, "update", a[..1]);
        if (nkw > 0) CallOn(self, "update", a[npos..], kw);
    }

    private static PyObject DictOr(PyObject self, PyObject left, PyObject right)
    {
        PyObject Unwrap(PyObject o) => o.Type.IsSubtypeOf(CollectionsTypes.UserDict) ? Data(o) : o;
        var other = ReferenceEquals(left, self) ? right : left;
        if (!other.Type.IsSubtypeOf(CollectionsTypes.UserDict) && other is not PyDict) return PyNotImplemented.Instance;
        return Vm.Current!.Call(self.Type, Ops.Binary(BinaryOpKind.Or, Unwrap(left), Unwrap(right)));
    }

    // MutableMapping's pop, popitem and clear, through the mapping's own methods.
    private static void MutableMappingRest(PyType t)
    {
        Native.Method(t, "pop", (a, kw) =>
        {
            ArgParser.Count("pop", a[1..], kw, 1, 2);
            PyObject value;
            try { value = Ops.GetItem(a[0], a[1]); }
            catch (PythonException e) when (e.Value.Is(ExcTypes.KeyError) && a.Length > 2) { return a[2]; }
            Ops.DelItem(a[0], a[1]);
            return value;
        });
        Native.Method(t, "popitem", (a, kw) =>
        {
            var key = Ops.Next(Ops.GetIter(a[0])) ?? throw Err.NewArgs(ExcTypes.KeyError);
            var value = Ops.GetItem(a[0], key);
            Ops.DelItem(a[0], key);
            return new PyTuple(new[] { key, value });
        });
        Native.Method(t, "clear", (a, kw) => { CallOn(Data(a[0]), "clear", ReadOnlySpan<PyObject>.Empty); return None; });
    }

    // ------------------------------------------------------------------ UserList

    private static void InitUserList()
    {
        var t = CollectionsTypes.UserList;
        t.Constructor = (a, kw) =>
        {
            var o = new PyInstance(t);
            InitList(o, a, kw);
            return o;
        };
        Native.Method(t, "__init__", (a, kw) => { InitList(a[0], a[1..], kw); return None; });
        Native.Method(t, "__repr__", (a, kw) => PyStr.From(Ops.Repr(Data(a[0]))));
        foreach (var (name, op) in new[] { ("__lt__", CompareKind.Lt), ("__le__", CompareKind.Le), ("__eq__", CompareKind.Eq), ("__ne__", CompareKind.Ne), ("__gt__", CompareKind.Gt), ("__ge__", CompareKind.Ge) })
            Native.Method(t, name, (a, kw) => Ops.RichCompare(Data(a[0]), Cast(a[1]), op));
        t.Members["__hash__"] = None;
        Native.Method(t, "__contains__", (a, kw) => PyBool.From(Ops.Contains(Data(a[0]), a[1])));
        Native.Method(t, "__len__", (a, kw) => PyInt.From(Ops.Len(Data(a[0]))));
        Native.Method(t, "__iter__", (a, kw) => Ops.GetIter(Data(a[0])));
        Native.Method(t, "__reversed__", (a, kw) => Vm.Current!.Call(Runtime.Builtins.ReversedType, Data(a[0])));
        Native.Method(t, "__getitem__", (a, kw) =>
        {
            var r = Ops.GetItem(Data(a[0]), a[1]);
            return a[1] is PySlice ? Vm.Current!.Call(a[0].Type, r) : r;
        });
        Native.Method(t, "__setitem__", (a, kw) => { Ops.SetItem(Data(a[0]), a[1], a[2]); return None; });
        Native.Method(t, "__delitem__", (a, kw) => { Ops.DelItem(Data(a[0]), a[1]); return None; });
        Native.Method(t, "__add__", (a, kw) => Vm.Current!.Call(a[0].Type, Ops.Binary(BinaryOpKind.Add, Data(a[0]), AsList(a[1]))));
        Native.Method(t, "__radd__", (a, kw) => Vm.Current!.Call(a[0].Type, Ops.Binary(BinaryOpKind.Add, AsList(a[1]), Data(a[0]))));
        Native.Method(t, "__iadd__", (a, kw) => { Ops.Binary(BinaryOpKind.InplaceAdd, Data(a[0]), AsList(a[1])); return a[0]; });
        Native.Method(t, "__mul__", (a, kw) => Vm.Current!.Call(a[0].Type, Ops.Binary(BinaryOpKind.Mul, Data(a[0]), a[1])));
        Native.Method(t, "__rmul__", (a, kw) => Vm.Current!.Call(a[0].Type, Ops.Binary(BinaryOpKind.Mul, Data(a[0]), a[1])));
        Native.Method(t, "__imul__", (a, kw) => { Ops.SetAttr(a[0], "data", Ops.Binary(BinaryOpKind.InplaceMul, Data(a[0]), a[1])); return a[0]; });
        foreach (var name in new[] { "append", "insert", "pop", "remove", "clear", "count", "index", "reverse", "sort" }) Forward(t, name);
        Native.Method(t, "extend", (a, kw) => { CallOn(Data(a[0]), "extend", new[] { Cast(a[1]) }); return None; });
        BuiltinFn copy = (a, kw) => Vm.Current!.Call(a[0].Type, a[0]);
        Native.Method(t, "copy", copy);
        Native.Method(t, "__copy__", copy);
    }

    private static PyObject Cast(PyObject o) => o.Type.IsSubtypeOf(CollectionsTypes.UserList) ? Data(o) : o;

    private static PyObject AsList(PyObject o) => o.Type.IsSubtypeOf(CollectionsTypes.UserList) ? Data(o) : o is PyList ? o : new PyList(Ops.ToList(o));

    // UserList(initlist=None)
    private static void InitList(PyObject self, ReadOnlySpan<PyObject> a, string[]? kw)
    {
        var p = ArgParser.Parse("UserList.__init__", a, kw, new[] { "initlist" }, 0);
        var init = p[0];
        PyList data;
        if (init is null or PyNone) data = new PyList();
        else if (init.Type.IsSubtypeOf(CollectionsTypes.UserList)) data = new PyList(Ops.ToList(Data(init)));
        else data = new PyList(Ops.ToList(init));
        Ops.SetAttr(self, "data", data);
    }
}
