using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Functools;

/// <summary>
/// The function <c>functools.singledispatch</c> returns: it calls the implementation registered
/// for the class of its first argument, found along that class's MRO (<c>object</c> holds the
/// default). <c>register</c>, <c>dispatch</c> and <c>registry</c> live in its <c>__dict__</c> as
/// on CPython's wrapper function.
/// </summary>
internal sealed class SingleDispatchFunction : FunctoolsObject
{
    /// <summary>The wrapper's type (a function in CPython; here a native callable).</summary>
    public static readonly PyType TypeObject = BuildType();

    private readonly PyDict _registry = new();
    private readonly string _funcName;

    public SingleDispatchFunction(PyObject func)
    {
        _funcName = Ops.TryGetAttr(func, "__name__") is PyStr s ? s.Value : "singledispatch function";
        _registry.Set(PyType.ObjectType, func);
        Dict.Set("register", new PyBuiltinFunction("register", Register));
        Dict.Set("dispatch", new PyBuiltinFunction("dispatch", (a, kw) =>
        {
            ArgParser.Count("dispatch", a, kw, 1, 1);
            return Dispatch(a[0] as PyType ?? throw Err.TypeError("dispatch() argument must be a class"));
        }));
        Dict.Set("registry", _registry);
        FunctoolsModule.UpdateWrapper(this, func, null, null);
    }

    public override PyType Type => TypeObject;

    /// <summary>The implementation for <paramref name="cls"/>: the first class of its MRO that has one.</summary>
    public PyObject Dispatch(PyType cls)
    {
        foreach (var t in cls.Mro)
        {
            var impl = _registry.Get(t);
            if (impl is not null) return impl;
        }
        return _registry.Get(PyType.ObjectType)!;
    }

    // register(cls, func=None) / register(cls) as a decorator / register(func) by its annotation.
    private PyObject Register(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        var p = ArgParser.Parse("register", a, kw, new[] { "cls", "func" }, 1);
        var cls = p[0]!;
        var func = p[1] is PyNone ? null : p[1];
        if (cls is PyType type)
        {
            if (func is null)
                return new PyBuiltinFunction("<lambda>", (b, kw2) =>
                {
                    ArgParser.Count("<lambda>", b, kw2, 1, 1);
                    return Add(type, b[0]);
                });
            return Add(type, func);
        }
        if (func is not null)
            throw Err.TypeError($"Invalid first argument to `register()`. {Ops.Repr(cls)} is not a class or union type.");
        var ann = Ops.TryGetAttr(cls, "__annotations__");
        if (ann is null || !Ops.IsTrue(ann))
            throw Err.TypeError($"Invalid first argument to `register()`: {Ops.Repr(cls)}. Use either `@register(some_class)` or plain `@register` on an annotated function.");
        var first = Ops.ToList(Vm.Current!.Call(Ops.GetAttr(ann, "items")))[0];
        var pair = Ops.ToArray(first);
        if (pair[1] is not PyType annType)
            throw Err.TypeError($"Invalid annotation for {Ops.Repr(pair[0])}. {Ops.Repr(pair[1])} is not a class.");
        return Add(annType, cls);
    }

    private PyObject Add(PyType cls, PyObject func)
    {
        _registry.Set(cls, func);
        return func;
    }

    private static PyType BuildType()
    {
        var t = PyType.NewNative("function", "functools");
        AddDictMember(t);
        t.Members["__call__"] = new PyBuiltinFunction("__call__", (a, kw) =>
        {
            var self = (SingleDispatchFunction)a[0];
            int npos = a.Length - 1 - (kw?.Length ?? 0);
            if (npos < 1) throw Err.TypeError($"{self._funcName} requires at least 1 positional argument");
            return Vm.Current!.Call(self.Dispatch(a[1].Type), a[1..], kw);
        }, t);
        t.Members["__get__"] = new PyBuiltinFunction("__get__", (a, kw) => a[1] is PyNone ? a[0] : new PyBoundMethod(a[1], a[0]), t);
        return t;
    }
}
