using RuleSandbox.Engine.Modules.Types;
using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Enums;

/// <summary>
/// <c>enum.EnumType</c> (alias <c>EnumMeta</c>): the metaclass of every enum class. It is a native
/// type shared by all executions (it holds no state: an enum class keeps its members in its own
/// namespace). Its constructor turns a class body into members (<see cref="EnumClassBuilder"/>);
/// its dunders make the class iterable, subscriptable by name and callable by value.
/// </summary>
internal static class EnumMeta
{
    /// <summary><c>EnumType</c>, a subclass of <c>type</c>.</summary>
    public static readonly PyType EnumType = Build();

    private static PyType Build()
    {
        var t = PyType.NewNative("enum.EnumType", "enum", PyType.TypeType);
        t.Constructor = (a, kw) => EnumClassBuilder.FromConstructor(a, kw);
        Method(t, "__call__", Call);
        Method(t, "__contains__", (a, kw) =>
        {
            ArgParser.Count("__contains__", a[1..], kw, 1, 1);
            var cls = Cls(a[0]);
            if (a[1].Type.IsSubtypeOf(cls)) return PyBool.True;
            // value in cls._value2member_map_ (TypeError for an unhashable value, as in CPython)
            if (EnumState.ValueMap(cls).ContainsKey(a[1])) return PyBool.True;
            foreach (var u in EnumState.Unhashables(cls).Items) if (Ops.Eq(u, a[1])) return PyBool.True;
            return PyBool.False;
        });
        Method(t, "__getitem__", (a, kw) =>
        {
            ArgParser.Count("__getitem__", a[1..], kw, 1, 1);
            return EnumState.MemberMap(Cls(a[0])).Get(a[1]) ?? throw Err.KeyError(a[1]);
        });
        Method(t, "__iter__", (a, kw) => Iterate(EnumState.Members(Cls(a[0]))));
        Method(t, "__reversed__", (a, kw) =>
        {
            var members = EnumState.Members(Cls(a[0]));
            members.Reverse();
            return Iterate(members);
        });
        Method(t, "__len__", (a, kw) => PyInt.From(EnumState.MemberNames(Cls(a[0])).Count));
        Method(t, "__bool__", (a, kw) => PyBool.True);
        Method(t, "__repr__", (a, kw) =>
        {
            var cls = Cls(a[0]);
            return PyStr.From((EnumState.IsFlag(cls) ? "<flag " : "<enum ") + Ops.Repr(PyStr.From(cls.Name)) + ">");
        });
        Method(t, "__setattr__", (a, kw) =>
        {
            var cls = Cls(a[0]);
            var name = a[1] as PyStr ?? throw Err.TypeError($"attribute name must be string, not '{Ops.TypeName(a[1])}'");
            if (cls.Members.TryGetValue("_member_map_", out var mm) && mm is PyDict map && map.ContainsKey(name))
                throw Err.AttributeError($"cannot reassign member {Ops.Repr(name)}");
            Ops.GenericSetAttr(cls, name.Value, a[2]);
            return PyNone.Instance;
        }, 2);
        Method(t, "__delattr__", (a, kw) =>
        {
            var cls = Cls(a[0]);
            var name = a[1] as PyStr ?? throw Err.TypeError($"attribute name must be string, not '{Ops.TypeName(a[1])}'");
            if (cls.Lookup("_member_map_") is PyDict map && map.ContainsKey(name))
                throw Err.AttributeError($"{Ops.Repr(PyStr.From(cls.Name))} cannot delete member {Ops.Repr(name)}.");
            Ops.GenericDelAttr(cls, name.Value);
            return PyNone.Instance;
        }, 1);
        var members = new PyBuiltinFunction("__members__", (a, kw) => new PyMappingProxy(EnumState.MemberMap(Cls(a[0]))), t);
        t.Members["__members__"] = new PyProperty(members, null, null, null) { Name = "__members__" };
        return t;
    }

    private static void Method(PyType t, string name, BuiltinFn fn, int arity = 0) => t.Members[name] = new PyBuiltinFunction(name, Arity.Check(name, arity, fn), t);

    private static PyType Cls(PyObject o) => o as PyType ?? throw Err.TypeError("an enum class is required");

    private static PyObject Iterate(List<PyObject> items)
    {
        int i = 0;
        return new PyFuncIterator(EnumIteratorType, () => i < items.Count ? items[i++] : null);
    }

    private static readonly PyType EnumIteratorType = PyType.NewBuiltin("generator", null);

    private static readonly string[] s_callNames = { "value", "names", "module", "qualname", "type", "start", "boundary" };

    // EnumType.__call__(cls, value, names=None, *values, module=None, qualname=None, type=None, start=1, boundary=None):
    // a value lookup when the class has members, the functional API otherwise.
    private static PyObject Call(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        var cls = Cls(a[0]);
        var rest = a[1..];
        int nkw = kw?.Length ?? 0;
        int npos = rest.Length - nkw;
        if (EnumState.MemberMap(cls).Count > 0)
        {
            if (npos == 0 && nkw > 0 && kw![0] == "value" && nkw == 1) return EnumMembers.Lookup(cls, rest[0]);
            if (nkw > 0) throw Err.TypeError($"{cls.Name}() got an unexpected keyword argument '{kw![0]}'");
            if (npos == 0) throw Err.TypeError("EnumType.__call__() missing 1 required positional argument: 'value'");
            PyObject value = rest[0];
            if (npos > 1 && Ops.IsTrue(rest[1])) value = PyTuple.From(rest.ToArray());
            return EnumMembers.Lookup(cls, value);
        }
        // Functional API: positional value and names, then *values (ignored here), keywords.
        var p = new PyObject?[s_callNames.Length];
        if (npos >= 1) p[0] = rest[0];
        if (npos >= 2) p[1] = rest[1];
        for (int k = 0; k < nkw; k++)
        {
            int ix = Array.IndexOf(s_callNames, kw![k]);
            if (ix < 0) throw Err.TypeError($"EnumType.__call__() got an unexpected keyword argument '{kw[k]}'");
            if (p[ix] is not null) throw Err.TypeError($"EnumType.__call__() got multiple values for argument '{kw[k]}'");
            p[ix] = rest[npos + k];
        }
        if (p[0] is null) throw Err.TypeError("EnumType.__call__() missing 1 required positional argument: 'value'");
        if ((p[1] is null || p[1] is PyNone) && (p[4] is null || p[4] is PyNone))
            throw Err.TypeError($"{Ops.Repr(cls)} has no members; specify `names=()` if you meant to create a new, empty, enum");
        return EnumClassBuilder.Functional(cls, p[0]!, p[1], p[2], p[3], p[4], p[5], p[6]);
    }
}
