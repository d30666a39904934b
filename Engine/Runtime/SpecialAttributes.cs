using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Runtime;

/// <summary>
/// Attributes that builtin objects expose without a class-dict entry (<c>__class__</c>,
/// <c>__name__</c>, <c>args</c>, <c>real</c>...). Deliberately absent: <c>__globals__</c>,
/// <c>__code__</c>, <c>__closure__</c>, <c>__subclasses__</c>, frames — the introspection that
/// sandbox escapes rely on.
/// </summary>
internal static class SpecialAttributes
{
    private static PyObject S(string s) => PyStr.From(s);

    private static readonly PyType TracebackType = PyType.NewBuiltin("traceback", null);

    /// <summary>
    /// Stands in for a traceback object: code can test it for None and pass it on, but it exposes
    /// no frames (tb_frame would be an escape hatch).
    /// </summary>
    internal static readonly PyObject TracebackToken = new PyInstance(TracebackType);

    public static PyObject? Get(PyObject obj, string name)
    {
        if (name == "__class__") return obj.Type;
        if (obj is ISubclassInstance)
        {
            if (name == "__dict__" && obj.Dict is { } sd) return sd;
            if (name == "__doc__") return obj.Type.Doc ?? PyNone.Instance;
            if (name == "__module__") return Get(obj.Type, name);
        }
        switch (obj)
        {
            case PyType t:
                return name switch
                {
                    // A native type's name may carry its module (CPython's tp_name "collections.deque");
                    // __name__ is the part after the last dot and __module__ the module, as in CPython.
                    "__name__" => S(t.IsHeapType ? t.Name : t.Name[(t.Name.LastIndexOf('.') + 1)..]),
                    "__qualname__" => S(t.IsHeapType ? t.QualName : t.QualName[(t.QualName.LastIndexOf('.') + 1)..]),
                    "__module__" => t.IsHeapType ? (t.Members.TryGetValue("__module__", out var m) ? m : S("__main__")) : S(t.Module),
                    "__bases__" => new PyTuple(t.Bases.Cast<PyObject>().ToArray()),
                    "__base__" => t.Bases.Length > 0 ? t.Bases[0] : PyNone.Instance,
                    "__mro__" => new PyTuple(t.Mro.Cast<PyObject>().ToArray()),
                    "__doc__" => t.Doc ?? PyNone.Instance,
                    "__dict__" => TypeDict(t),
                    _ => null,
                };
            case PyFunction f:
                return name switch
                {
                    "__name__" => S(f.Name),
                    "__qualname__" => S(f.QualName),
                    "__module__" => f.Module,
                    "__doc__" => f.Doc,
                    "__dict__" => f.Dict,
                    "__defaults__" => f.Defaults.Length == 0 ? PyNone.Instance : new PyTuple(f.Defaults),
                    "__kwdefaults__" => (PyObject?)f.KwDefaults ?? PyNone.Instance,
                    "__annotations__" => f.Annotations ??= new PyDict(),
                    _ => null,
                };
            case PyBuiltinFunction b:
                return name switch
                {
                    "__name__" => S(b.Name),
                    "__qualname__" => S(b.OwnerType is null ? b.Name : b.OwnerType.Name + "." + b.Name),
                    "__doc__" => PyNone.Instance,
                    "__module__" => b.OwnerType is null ? S("builtins") : PyNone.Instance,
                    _ => null,
                };
            case PyBoundMethod bm:
                return name switch
                {
                    "__self__" => bm.Self,
                    "__func__" => bm.Func,
                    "__name__" or "__qualname__" or "__doc__" or "__module__" => Ops.TryGetAttr(bm.Func, name),
                    _ => Ops.TryGetAttr(bm.Func, name),
                };
            case PyBaseException e:
                return name switch
                {
                    "args" => e.Args,
                    "__cause__" => (PyObject?)e.Cause ?? PyNone.Instance,
                    "__context__" => (PyObject?)e.Context ?? PyNone.Instance,
                    "__suppress_context__" => PyBool.From(e.SuppressContext),
                    "__traceback__" => e.Traceback.Count > 0 ? TracebackToken : PyNone.Instance,
                    "__notes__" => e.Notes is null ? null : new PyList(e.Notes.Select(n => (PyObject)S(n)).ToList()),
                    "value" when e.Is(ExcTypes.StopIteration) => e.Args.Count > 0 ? e.Args.Items[0] : PyNone.Instance,
                    "code" when e.Is(ExcTypes.SystemExit) => e.Args.Count == 0 ? PyNone.Instance : e.Args.Count == 1 ? e.Args.Items[0] : e.Args,
                    "msg" when e.Is(ExcTypes.SyntaxError) => e.Args.Count > 0 ? e.Args.Items[0] : PyNone.Instance,
                    "name" when e.Is(ExcTypes.NameError) || e.Is(ExcTypes.AttributeError) || e.Is(ExcTypes.ImportError) => PyNone.Instance,
                    _ => null,
                };
            case PyInt i:
                return name switch
                {
                    "real" or "numerator" => obj is PyBool ? PyInt.From(i.Small) : i,
                    "imag" => PyInt.From(0),
                    "denominator" => PyInt.From(1),
                    _ => null,
                };
            case PyFloat f:
                return name switch { "real" => f, "imag" => PyFloat.From(0.0), _ => null };
            case PyComplex c:
                return name switch { "real" => PyFloat.From(c.Real), "imag" => PyFloat.From(c.Imag), _ => null };
            case PySlice sl:
                return name switch { "start" => sl.Start, "stop" => sl.Stop, "step" => sl.Step, _ => null };
            case PyRange r:
                return name switch { "start" => PyInt.From(r.Start), "stop" => PyInt.From(r.Stop), "step" => PyInt.From(r.Step), _ => null };
            case PyProperty p:
                return name switch
                {
                    "fget" => p.Get ?? PyNone.Instance,
                    "fset" => p.Set ?? PyNone.Instance,
                    "fdel" => p.Delete ?? PyNone.Instance,
                    "__doc__" => p.Doc ?? (p.Get is null ? PyNone.Instance : Ops.TryGetAttr(p.Get, "__doc__") ?? PyNone.Instance),
                    _ => null,
                };
            case PyClassMethod cm:
                return name == "__func__" ? cm.Func : null;
            case PyStaticMethod sm:
                return name == "__func__" ? sm.Func : null;
            case PyGenerator g:
                return name switch { "__name__" => S(g.Function.Name), "__qualname__" => S(g.Function.QualName), _ => null };
            case PyInstance inst:
                if (name == "__dict__" && inst.InstanceDict is not null) return inst.InstanceDict;
                if (name == "__doc__") return inst.Type.Doc ?? PyNone.Instance;
                if (name == "__module__") return Get(inst.Type, name);
                return null;
            case PyModule mod:
                return name == "__dict__" ? mod.ModuleDict : null;
        }
        return null;
    }

    private static PyDict TypeDict(PyType t)
    {
        var d = new PyDict();
        foreach (var kv in t.Members) d.Set(kv.Key, kv.Value);
        return d;
    }

    public static bool Set(PyObject obj, string name, PyObject value)
    {
        switch (obj)
        {
            case PyFunction f:
                switch (name)
                {
                    case "__name__": f.Name = Ops.Str(value); return true;
                    case "__qualname__": f.QualName = Ops.Str(value); return true;
                    case "__doc__": f.Doc = value; return true;
                    case "__module__": f.Module = value; return true;
                    case "__defaults__": f.Defaults = value is PyTuple t ? t.Items : Array.Empty<PyObject>(); return true;
                    case "__kwdefaults__": f.KwDefaults = value as PyDict; return true;
                }
                return false;
            case PyBaseException e:
                switch (name)
                {
                    case "args": e.Args = new PyTuple(Ops.ToArray(value)); return true;
                    case "__cause__":
                        e.Cause = value as PyBaseException;
                        e.SuppressContext = true;
                        return true;
                    case "__context__": e.Context = value as PyBaseException; return true;
                    case "__suppress_context__": e.SuppressContext = Ops.IsTrue(value); return true;
                    case "__traceback__": return true;
                }
                return false;
        }
        if (name == "__class__") throw Err.TypeError("__class__ assignment is not supported");
        return false;
    }
}
