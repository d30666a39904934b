using RuleSandbox.Engine.Compiler;
using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Functools;

using Math = System.Math;

/// <summary>
/// The <c>functools</c> module: <c>reduce</c>, <c>partial</c>, <c>lru_cache</c>/<c>cache</c>,
/// <c>cmp_to_key</c>, <c>total_ordering</c>, <c>wraps</c>/<c>update_wrapper</c>,
/// <c>singledispatch</c> and <c>cached_property</c>. Caches and registries live in the objects a
/// rule creates while it runs, never in the shared module parts.
/// </summary>
public static class FunctoolsModule
{
    private static readonly PyTuple s_assignments = new(new PyObject[]
    {
        PyStr.From("__module__"), PyStr.From("__name__"), PyStr.From("__qualname__"), PyStr.From("__doc__"),
        PyStr.From("__annotations__"), PyStr.From("__type_params__"),
    });

    private static readonly PyTuple s_updates = new(new PyObject[] { PyStr.From("__dict__") });

    private static readonly PyBuiltinFunction s_updateWrapper = new("update_wrapper", (a, kw) =>
    {
        var p = PythonArgs("update_wrapper", a, kw, new[] { "wrapper", "wrapped", "assigned", "updated" }, 2);
        return UpdateWrapper(p[0]!, p[1]!, p[2], p[3]);
    });

    private static readonly List<KeyValuePair<string, PyObject>> s_entries = Build();

    /// <summary>A fresh <c>functools</c> module for one execution.</summary>
    public static PyModule Create()
    {
        var d = new PyDict(s_entries.Count + 4);
        foreach (var kv in s_entries) d.Set(kv.Key, kv.Value);
        return new PyModule("functools", d);
    }

    private static Vm Vm => Vm.Current!;

    private static List<KeyValuePair<string, PyObject>> Build()
    {
        var e = new List<KeyValuePair<string, PyObject>>();
        void Def(string name, BuiltinFn fn) => e.Add(new(name, new PyBuiltinFunction(name, fn)));
        e.Add(new("WRAPPER_ASSIGNMENTS", s_assignments));
        e.Add(new("WRAPPER_UPDATES", s_updates));
        e.Add(new("partial", PyPartial.TypeObject));
        e.Add(new("cached_property", CachedProperty.TypeObject));
        e.Add(new("partialmethod", PartialMethod.TypeObject));
        e.Add(new("singledispatchmethod", SingleDispatchMethod.TypeObject));
        Def("reduce", Reduce);
        e.Add(new("update_wrapper", s_updateWrapper));
        Def("wraps", (a, kw) =>
        {
            var p = PythonArgs("wraps", a, kw, new[] { "wrapped", "assigned", "updated" }, 1);
            return PyPartial.Create(s_updateWrapper, new[] { p[0]!, p[1] ?? s_assignments, p[2] ?? s_updates }, new[] { "wrapped", "assigned", "updated" });
        });
        Def("total_ordering", (a, kw) =>
        {
            var p = PythonArgs("total_ordering", a, kw, new[] { "cls" }, 1);
            return TotalOrdering(p[0]!);
        });
        Def("cmp_to_key", (a, kw) =>
        {
            var p = ArgParser.Parse("cmp_to_key", a, kw, new[] { "mycmp" }, 1);
            return new KeyWrapper(p[0]!, null);
        });
        Def("lru_cache", LruCache);
        Def("cache", (a, kw) =>
        {
            var p = PythonArgs("cache", a, kw, new[] { "user_function" }, 1, posOnly: 1);
            return Wrap(p[0]!, -1, false);
        });
        Def("singledispatch", (a, kw) =>
        {
            var p = PythonArgs("singledispatch", a, kw, new[] { "func" }, 1);
            return new SingleDispatchFunction(p[0]!);
        });
        return e;
    }

    /// <summary>
    /// Unpacks arguments of a function that CPython writes in Python, with the messages of a
    /// Python function ("f() missing 1 required positional argument: 'x'").
    /// </summary>
    internal static PyObject?[] PythonArgs(string fname, ReadOnlySpan<PyObject> args, string[]? kwnames, string[] names, int required, int posOnly = 0)
    {
        int nkw = kwnames?.Length ?? 0, npos = args.Length - nkw;
        if (npos > names.Length)
        {
            string range = required == names.Length ? $"{names.Length}" : $"from {required} to {names.Length}";
            throw Err.TypeError($"{fname}() takes {range} positional argument{(names.Length == 1 ? "" : "s")} but {npos} {(npos == 1 ? "was" : "were")} given");
        }
        var r = new PyObject?[names.Length];
        for (int i = 0; i < npos; i++) r[i] = args[i];
        for (int k = 0; k < nkw; k++)
        {
            int ix = Array.IndexOf(names, kwnames![k]);
            if (ix < posOnly) throw Err.TypeError($"{fname}() got an unexpected keyword argument '{kwnames[k]}'");
            if (r[ix] is not null) throw Err.TypeError($"{fname}() got multiple values for argument '{kwnames[k]}'");
            r[ix] = args[npos + k];
        }
        var missing = new List<string>();
        for (int i = 0; i < required; i++) if (r[i] is null) missing.Add("'" + names[i] + "'");
        if (missing.Count > 0)
        {
            string list = missing.Count == 1 ? missing[0]
                : string.Join(", ", missing.Take(missing.Count - 1)) + (missing.Count > 2 ? "," : "") + " and " + missing[^1];
            throw Err.TypeError($"{fname}() missing {missing.Count} required positional argument{(missing.Count == 1 ? "" : "s")}: {list}");
        }
        return r;
    }

    // ------------------------------------------------------------------ reduce

    private static PyObject Reduce(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        if (kw is { Length: > 0 }) throw Err.TypeError("reduce() takes no keyword arguments");
        if (a.Length < 2) throw Err.TypeError($"reduce expected at least 2 arguments, got {a.Length}");
        if (a.Length > 3) throw Err.TypeError($"reduce expected at most 3 arguments, got {a.Length}");
        var func = a[0];
        var it = Ops.TryGetIter(a[1]) ?? throw Err.TypeError("reduce() arg 2 must support iteration");
        PyObject? acc = a.Length == 3 ? a[2] : null;
        var vm = Vm;
        while (Ops.Next(it) is { } x)
        {
            vm.Charge(1);
            acc = acc is null ? x : vm.Call(func, acc, x);
        }
        return acc ?? throw Err.TypeError("reduce() of empty iterable with no initial value");
    }

    // ------------------------------------------------------------------ wraps

    /// <summary>
    /// <c>update_wrapper</c>: copies the assigned attributes that exist, merges the updated ones
    /// (<c>__dict__</c>), and sets <c>__wrapped__</c>.
    /// </summary>
    internal static PyObject UpdateWrapper(PyObject wrapper, PyObject wrapped, PyObject? assigned, PyObject? updated)
    {
        foreach (var attr in Ops.ToList(assigned ?? s_assignments))
        {
            string name = Ops.Str(attr);
            var value = Ops.TryGetAttr(wrapped, name);
            if (value is not null) Ops.SetAttr(wrapper, name, value);
        }
        foreach (var attr in Ops.ToList(updated ?? s_updates))
        {
            string name = Ops.Str(attr);
            var target = Ops.GetAttr(wrapper, name);
            var source = Ops.TryGetAttr(wrapped, name) ?? new PyDict();
            Vm.Call(Ops.GetAttr(target, "update"), source);
        }
        Ops.SetAttr(wrapper, "__wrapped__", wrapped);
        return wrapper;
    }

    // ------------------------------------------------------------------ lru_cache

    private static PyObject LruCache(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        var p = PythonArgs("lru_cache", a, kw, new[] { "maxsize", "typed" }, 0);
        var maxsize = p[0] ?? PyInt.From(128);
        var typedArg = p[1] ?? PyBool.False;
        bool typed = Ops.IsTrue(typedArg);
        long max;
        if (maxsize is PyInt mi)
        {
            max = mi.IsBig ? (mi.Big.Sign < 0 ? 0 : long.MaxValue) : Math.Max(0, mi.Small);
        }
        else if (IsCallable(maxsize) && typedArg is PyBool)
        {
            return Wrap(maxsize, 128, typed);
        }
        else if (maxsize is PyNone) max = -1;
        else throw Err.TypeError("Expected first argument to be an integer, a callable, or None");
        return new PyBuiltinFunction("decorating_function", (b, kw2) =>
        {
            var q = PythonArgs("decorating_function", b, kw2, new[] { "user_function" }, 1);
            return Wrap(q[0]!, max, typed);
        });
    }

    private static PyObject Wrap(PyObject func, long maxSize, bool typed)
    {
        if (!IsCallable(func)) throw Err.TypeError("the first argument must be callable");
        var w = new LruCacheWrapper(func, maxSize, typed);
        return UpdateWrapper(w, func, null, null);
    }

    internal static bool IsCallable(PyObject x)
        => x is PyFunction or PyBuiltinFunction or PyBoundMethod or PyType
           || ((x.Type.IsHeapType || x.Type.NativeDunders) && x.Type.Lookup("__call__") is not null);

    // ------------------------------------------------------------------ total_ordering

    private static readonly string[] s_orderOps = { "__lt__", "__le__", "__gt__", "__ge__" };

    private static PyObject TotalOrdering(PyObject clsObj)
    {
        var cls = clsObj as PyType ?? throw Err.AttributeError($"'{Ops.TypeName(clsObj)}' object has no attribute '__lt__'");
        var roots = new List<string>();
        foreach (var op in s_orderOps)
        {
            var m = cls.Lookup(op);
            if (m is not null && !ReferenceEquals(m, PyType.ObjectType.Lookup(op))) roots.Add(op);
        }
        if (roots.Count == 0) throw Err.ValueError("must define at least one ordering operation: < > <= >=");
        // max(roots) by name: __lt__ > __le__ > __gt__ > __ge__.
        string root = roots.Max(StringComparer.Ordinal)!;
        foreach (var op in s_orderOps)
        {
            if (roots.Contains(op)) continue;
            string name = op;
            cls.SetMember(name, new PyBuiltinFunction(name, (a, kw) =>
            {
                ArgParser.Count(name, a[1..], kw, 1, 1);
                return Derived(root, name, a[0], a[1]);
            }, cls));
        }
        return cls;
    }

    // functools' _gt_from_lt and friends: the missing comparison from the root one and ==.
    private static PyObject Derived(string root, string op, PyObject self, PyObject other)
    {
        var r = Ops.CallMethod(self, self.Type.Lookup(root)!, other);
        if (r is PyNotImplemented) return r;
        bool t = Ops.IsTrue(r);
        PyObject Eq() => Ops.RichCompare(self, other, CompareKind.Eq);
        PyObject Ne() => Ops.RichCompare(self, other, CompareKind.Ne);
        return (root, op) switch
        {
            ("__lt__", "__gt__") => t ? PyBool.False : Ne(),
            ("__lt__", "__le__") => t ? r : Eq(),
            ("__lt__", "__ge__") => PyBool.From(!t),
            ("__le__", "__ge__") => !t ? PyBool.True : Eq(),
            ("__le__", "__lt__") => t ? Ne() : r,
            ("__le__", "__gt__") => PyBool.From(!t),
            ("__gt__", "__lt__") => t ? PyBool.False : Ne(),
            ("__gt__", "__ge__") => t ? r : Eq(),
            ("__gt__", "__le__") => PyBool.From(!t),
            ("__ge__", "__le__") => !t ? PyBool.True : Eq(),
            ("__ge__", "__gt__") => t ? Ne() : r,
            _ => PyBool.From(!t), // ("__ge__", "__lt__")
        };
    }
}
