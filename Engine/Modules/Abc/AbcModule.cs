using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Abc;

/// <summary>
/// The <c>abc</c> module: ABCMeta, ABC, abstractmethod and update_abstractmethods. A class made by
/// ABCMeta records its abstract method names in <c>__abstractmethods__</c>; the runtime's
/// <c>object.__new__</c> refuses to instantiate a class whose set is not empty, with CPython 3.12's
/// message.
/// </summary>
/// <remarks>
/// Virtual subclasses (<c>ABCMeta.register</c>) are kept in the class's own <c>_abc_registry</c>;
/// isinstance/issubclass consult the registry of the class asked about.
/// </remarks>
public static class AbcModule
{
    /// <summary><c>ABCMeta</c>, shared by every execution (it holds no state).</summary>
    internal static readonly PyType AbcMeta = BuildMeta();

    private static readonly Lazy<(string Name, PyObject Value)[]> s_shared = new(Build);

    /// <summary>Builds the module for one execution.</summary>
    public static PyModule Create()
    {
        var m = new PyModule("abc");
        foreach (var (name, value) in s_shared.Value) m.ModuleDict.Set(name, value);
        m.ModuleDict.Set("ABC", NewAbc());
        return m;
    }

    /// <summary>A fresh <c>abc.ABC</c> (a mutable class, so one per execution).</summary>
    internal static PyType NewAbc()
    {
        var abc = PyType.NewHeap("ABC", Array.Empty<PyType>(), AbcMeta);
        abc.Members["__module__"] = PyStr.From("abc");
        abc.Members["__slots__"] = PyTuple.Empty;
        abc.Members["__abstractmethods__"] = new PySet(frozen: true);
        abc.Doc = PyStr.From("Helper class that provides a standard way to create an ABC using\n    inheritance.\n    ");
        abc.SlotNames = Array.Empty<string>();
        abc.InstancesHaveDict = false;
        return abc;
    }

    private static (string, PyObject)[] Build() => new (string, PyObject)[]
    {
        ("ABCMeta", AbcMeta),
        ("abstractmethod", new PyBuiltinFunction("abstractmethod", (a, kw) =>
        {
            ArgParser.Count("abstractmethod", a, kw, 1, 1);
            Ops.SetAttr(a[0], "__isabstractmethod__", PyBool.True);
            return a[0];
        })),
        ("update_abstractmethods", new PyBuiltinFunction("update_abstractmethods", (a, kw) =>
        {
            ArgParser.Count("update_abstractmethods", a, kw, 1, 1);
            if (a[0] is PyType t && t.IsHeapType && t.Lookup("__abstractmethods__") is not null) ComputeAbstracts(t, null);
            return a[0];
        })),
        ("get_cache_token", new PyBuiltinFunction("get_cache_token", (a, kw) => PyInt.From(0))),
        // The deprecated spellings older rule code still uses.
        ("abstractproperty", new PyBuiltinFunction("abstractproperty", (a, kw) =>
        {
            var p = ArgParser.Parse("abstractproperty", a, kw, new[] { "fget", "fset", "fdel", "doc" }, 0);
            foreach (var f in p.Take(3)) if (f is not null && f is not PyNone) Ops.SetAttr(f, "__isabstractmethod__", PyBool.True);
            PyObject? Arg(int i) => p[i] is null || p[i] is PyNone ? null : p[i];
            return new PyProperty(Arg(0), Arg(1), Arg(2), p[3]);
        })),
        ("abstractclassmethod", new PyBuiltinFunction("abstractclassmethod", (a, kw) =>
        {
            ArgParser.Count("abstractclassmethod", a, kw, 1, 1);
            Ops.SetAttr(a[0], "__isabstractmethod__", PyBool.True);
            return new PyClassMethod(a[0]);
        })),
        ("abstractstaticmethod", new PyBuiltinFunction("abstractstaticmethod", (a, kw) =>
        {
            ArgParser.Count("abstractstaticmethod", a, kw, 1, 1);
            Ops.SetAttr(a[0], "__isabstractmethod__", PyBool.True);
            return new PyStaticMethod(a[0]);
        })),
    };

    private static PyType BuildMeta()
    {
        var t = PyType.NewNative("abc.ABCMeta", "abc", PyType.TypeType);
        t.Constructor = (a, kw) =>
        {
            int nkw = kw?.Length ?? 0;
            int npos = a.Length - nkw;
            if (npos == 1 && nkw == 0) return a[0].Type;
            if (npos != 3) throw Err.TypeError("type() takes 1 or 3 arguments");
            if (a[0] is not PyStr name) throw Err.TypeError($"type.__new__() argument 1 must be str, not {Ops.TypeName(a[0])}");
            if (a[1] is not PyTuple bases) throw Err.TypeError($"type.__new__() argument 2 must be tuple, not {Ops.TypeName(a[1])}");
            if (a[2] is not PyDict ns) throw Err.TypeError($"type.__new__() argument 3 must be dict, not {Ops.TypeName(a[2])}");
            var baseTypes = bases.Items.Select(b => b as PyType ?? throw Err.TypeError("bases must be types")).ToArray();
            var cls = TypeCall.NewClass(name.Value, baseTypes, ns, t, kw, a[npos..]);
            ComputeAbstracts(cls, ns);
            return cls;
        };
        t.Members["register"] = new PyBuiltinFunction("register", (a, kw) =>
        {
            ArgParser.Count("register", a[1..], kw, 1, 1);
            var cls = (PyType)a[0];
            if (a[1] is not PyType sub) throw Err.TypeError("Can only register classes");
            if (sub.IsSubtypeOf(cls)) return sub;
            if (cls.IsSubtypeOf(sub)) throw Err.RuntimeError("Refusing to create an inheritance cycle");
            // The registry is the class's own (classes are per execution), as CPython's _abc_registry.
            if (!cls.Members.TryGetValue("_abc_registry", out var reg) || reg is not PyList registry)
            {
                registry = new PyList();
                cls.SetMember("_abc_registry", registry);
            }
            Vm.Current?.Charge(registry.Count + 1);
            if (!registry.Items.Contains(sub)) registry.Items.Add(sub);
            return sub;
        }, t);
        t.Members["__instancecheck__"] = new PyBuiltinFunction("__instancecheck__", (a, kw) =>
        {
            ArgParser.Count("__instancecheck__", a[1..], kw, 1, 1);
            return PyBool.From(a[1].Type.IsSubtypeOf((PyType)a[0]) || IsVirtualSubclass((PyType)a[0], a[1].Type));
        }, t);
        t.Members["__subclasscheck__"] = new PyBuiltinFunction("__subclasscheck__", (a, kw) =>
        {
            ArgParser.Count("__subclasscheck__", a[1..], kw, 1, 1);
            if (a[1] is not PyType sub) throw Err.TypeError("issubclass() arg 1 must be a class");
            return PyBool.From(sub.IsSubtypeOf((PyType)a[0]) || IsVirtualSubclass((PyType)a[0], sub));
        }, t);
        return t;
    }

    // A class registered with cls, or derived from one.
    private static bool IsVirtualSubclass(PyType cls, PyType sub)
    {
        if (!cls.Members.TryGetValue("_abc_registry", out var reg) || reg is not PyList registry) return false;
        foreach (var r in registry.Items)
        {
            Vm.Current?.Charge(1);
            if (r is PyType rt && sub.IsSubtypeOf(rt)) return true;
        }
        return false;
    }

    // compute_abstract_methods in CPython's _abc.c: the body's abstract names, plus every name a
    // base declares abstract that is still abstract as seen from this class.
    private static void ComputeAbstracts(PyType cls, PyDict? ns)
    {
        var vm = Vm.Current!;
        var abstracts = new PySet(frozen: true);
        IEnumerable<KeyValuePair<string, PyObject>> own = ns is null
            ? cls.Members.ToList()
            : ns.Items().Where(kv => kv.Key is PyStr).Select(kv => new KeyValuePair<string, PyObject>(((PyStr)kv.Key).Value, kv.Value)).ToList();
        foreach (var kv in own)
        {
            vm.Charge(1);
            if (IsAbstract(kv.Value)) abstracts.Add(PyStr.From(kv.Key));
        }
        foreach (var b in cls.Bases)
        {
            if (b.Lookup("__abstractmethods__") is not PySet inherited) continue;
            foreach (var n in inherited.Items())
            {
                vm.Charge(1);
                if (n is PyStr ns2 && cls.Lookup(ns2.Value) is { } v && IsAbstract(v)) abstracts.Add(n);
            }
        }
        cls.SetMember("__abstractmethods__", abstracts);
    }

    private static bool IsAbstract(PyObject v)
    {
        switch (v)
        {
            case PyFunction f:
                return f.Dict.Get("__isabstractmethod__") is { } flag && Ops.IsTrue(flag);
            case PyProperty p:
                return (p.Get is not null && IsAbstract(p.Get)) || (p.Set is not null && IsAbstract(p.Set)) || (p.Delete is not null && IsAbstract(p.Delete));
            case PyClassMethod cm:
                return IsAbstract(cm.Func);
            case PyStaticMethod sm:
                return IsAbstract(sm.Func);
            case PyInstance:
                return Ops.TryGetAttr(v, "__isabstractmethod__") is { } a && Ops.IsTrue(a);
        }
        return false;
    }
}
