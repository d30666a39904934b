using System.Runtime.CompilerServices;
using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Collections;

/// <summary>
/// The metaclass of collections.abc's classes. <c>isinstance(x, Mapping)</c> holds when x's class
/// derives from the ABC, was registered with it (or with an ABC below it: a registered Sequence is
/// a Collection), or, for the one-method ABCs (Iterable, Sized, Hashable...), defines the method.
/// </summary>
/// <remarks>
/// The metaclass is shared; the ABC classes are not: each execution gets its own (they are
/// mutable heap types, and <c>register</c> changes them), so the registries below are keyed by
/// per-execution objects and vanish with them.
/// </remarks>
internal static class AbcMeta
{
    /// <summary><c>ABCMeta</c>: a native subclass of <c>type</c>.</summary>
    public static readonly PyType Type = PyType.NewNative("ABCMeta", "abc", PyType.TypeType);

    private static readonly ConditionalWeakTable<PyType, AbcInfo> s_info = new();

    /// <summary>What an ABC class knows beyond its members.</summary>
    internal sealed class AbcInfo
    {
        /// <summary>Classes registered as virtual subclasses.</summary>
        public List<PyType> Registry { get; } = new();

        /// <summary>The ABCs of the same execution that derive from this one.</summary>
        public List<PyType> Subclasses { get; } = new();

        /// <summary>The methods a class must define to pass the structural check, or null.</summary>
        public string[]? Hook { get; init; }

        /// <summary>The ABC's name for the ABCs of collections.abc itself (null for classes derived in Python).</summary>
        public string? Kind { get; init; }
    }

    static AbcMeta()
    {
        Native.Method(Type, "__instancecheck__", (a, kw) =>
        {
            ArgParser.Count("__instancecheck__", a[1..], kw, 1, 1);
            var cls = Cls(a);
            return PyBool.From(a[1].Type.IsSubtypeOf(cls) || IsSubclass(a[1].Type, cls) || IsBuiltinInstance(cls, a[1]));
        });
        Native.Method(Type, "__subclasscheck__", (a, kw) =>
        {
            ArgParser.Count("__subclasscheck__", a[1..], kw, 1, 1);
            if (a[1] is not PyType sub) throw Err.TypeError("issubclass() arg 1 must be a class");
            var cls = Cls(a);
            return PyBool.From(sub.IsSubtypeOf(cls) || IsSubclass(sub, cls));
        });
        Native.Method(Type, "register", (a, kw) =>
        {
            ArgParser.Count("register", a[1..], kw, 1, 1);
            if (a[1] is not PyType sub) throw Err.TypeError("Can only register classes");
            var cls = Cls(a);
            if (sub.IsSubtypeOf(cls)) return sub;
            if (IsSubclass(cls, sub)) throw Err.RuntimeError("Refusing to create an inheritance cycle");
            Info(cls).Registry.Add(sub);
            return sub;
        });
        // class MyMap(Mapping): the class statement calls the metaclass.
        Type.Constructor = (a, kw) =>
        {
            int nkw = kw?.Length ?? 0;
            int npos = a.Length - nkw;
            if (npos != 3) throw Err.TypeError("ABCMeta() takes 3 positional arguments");
            var t = TypeCall.TypeNew(Type, a[0], a[1], a[2], kw, a[npos..]);
            foreach (var b in t.Bases) if (s_info.TryGetValue(b, out var bi)) bi.Subclasses.Add(t);
            return t;
        };
    }

    // Only classes of this metaclass, which are per-execution heap types, may carry registries:
    // state attached to a shared type would outlive the execution and be seen by others.
    private static PyType Cls(ReadOnlySpan<PyObject> a)
        => a[0] is PyType { IsHeapType: true } t && t.Type.IsSubtypeOf(Type) ? t
            : throw Err.TypeError($"descriptor requires an 'ABCMeta' object but received '{Ops.TypeName(a[0])}'");

    /// <summary>Creates an ABC class of this execution.</summary>
    public static PyType NewAbc(string name, PyType[] bases, string[]? hook)
    {
        var t = PyType.NewHeap(name, bases.Length == 0 ? new[] { PyType.ObjectType } : bases, Type);
        t.Members["__module__"] = PyStr.From("collections.abc");
        s_info.Add(t, new AbcInfo { Hook = hook, Kind = name });
        foreach (var b in bases) if (s_info.TryGetValue(b, out var bi)) bi.Subclasses.Add(t);
        return t;
    }

    /// <summary>Registers builtin or native classes as virtual subclasses.</summary>
    public static void Register(PyType abc, params PyType[] classes) => Info(abc).Registry.AddRange(classes);

    /// <summary>Whether <paramref name="t"/> is one of collections.abc's own classes (not a class derived in Python).</summary>
    public static bool IsAbcClass(PyType t) => s_info.TryGetValue(t, out var i) && i.Kind is not null;

    /// <summary>Whether <paramref name="t"/> derives from the collections.abc class named <paramref name="kind"/>.</summary>
    public static bool IsVirtual(PyType t, string kind)
    {
        foreach (var b in t.Mro) if (s_info.TryGetValue(b, out var i) && i.Kind == kind) return true;
        return false;
    }

    private static AbcInfo Info(PyType cls) => s_info.GetValue(cls, _ => new AbcInfo());

    /// <summary>The registry and structural part of <c>issubclass(sub, cls)</c>.</summary>
    private static bool IsSubclass(PyType sub, PyType cls)
    {
        Vm.EnsureStack();
        if (!s_info.TryGetValue(cls, out var info)) return false;
        foreach (var r in info.Registry) if (sub.IsSubtypeOf(r)) return true;
        if (info.Kind == "Hashable") return IsHashable(sub);
        if (info.Hook is { } hook && HasMethods(sub, hook)) return true;
        foreach (var s in info.Subclasses) if (sub.IsSubtypeOf(s) || IsSubclass(sub, s)) return true;
        return false;
    }

    // The runtime's unhashable builtins do not say so in their classes.
    private static bool IsHashable(PyType t)
    {
        foreach (var u in new[] { PyList.TypeObject, PyDict.TypeObject, PySet.SetType, PyByteArray.TypeObject, PyDictView.KeysType, PyDictView.ItemsType })
            if (t.IsSubtypeOf(u)) return false;
        return t.Lookup("__hash__") is not PyNone;
    }

    private static bool HasMethods(PyType t, string[] names)
    {
        foreach (var n in names)
        {
            var m = t.Lookup(n);
            if (m is null or PyNone || ChainMapBinding.NotReversible.Contains(m)) return false;
        }
        return true;
    }

    /// <summary>Builtin objects whose classes do not list the methods (the runtime implements them directly).</summary>
    private static bool IsBuiltinInstance(PyType cls, PyObject o) => (s_info.TryGetValue(cls, out var info) ? info.Kind : null) switch
    {
        "Iterator" or "Iterable" => o is PyIterator,
        "Generator" => o is PyGenerator,
        "Hashable" => IsHashable(o.Type),
        "Callable" => o is PyFunction or PyBuiltinFunction or PyBoundMethod or PyType || o.Type.Lookup("__call__") is not null,
        _ => false,
    };
}
