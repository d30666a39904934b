using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Functools;

/// <summary>
/// <c>functools.cached_property</c>: a non-data descriptor that computes the value once and
/// stores it in the instance <c>__dict__</c>, where later lookups find it first.
/// </summary>
internal sealed class CachedProperty : PyObject
{
    /// <summary><c>functools.cached_property</c>.</summary>
    public static readonly PyType TypeObject = BuildType();

    private string? _attrName;

    public CachedProperty(PyObject func) => Func = func;

    /// <summary>The getter.</summary>
    public PyObject Func { get; }

    public override PyType Type => TypeObject;

    // __set_name__ gives the name; without it (the class body did not announce it) the getter's
    // __name__ is the name, which is what a decorator use produces anyway.
    private string AttrName => _attrName ??= Ops.TryGetAttr(Func, "__name__") is PyStr s ? s.Value : "?";

    private static PyType BuildType()
    {
        var t = PyType.NewNative("functools.cached_property", "functools");
        t.Constructor = (a, kw) =>
        {
            var p = ArgParser.Parse("cached_property", a, kw, new[] { "func" }, 1);
            return new CachedProperty(p[0]!);
        };
        void M(string name, BuiltinFn fn) => t.Members[name] = new PyBuiltinFunction(name, fn, t);
        M("__set_name__", (a, kw) =>
        {
            var self = (CachedProperty)a[0];
            string name = Ops.Str(a[2]);
            if (self._attrName is null) self._attrName = name;
            else if (self._attrName != name)
                throw Err.TypeError($"Cannot assign the same cached_property to two different names ({Ops.Repr(PyStr.From(self._attrName))} and {Ops.Repr(PyStr.From(name))}).");
            return PyNone.Instance;
        });
        M("__get__", (a, kw) =>
        {
            var self = (CachedProperty)a[0];
            var instance = a[1];
            if (instance is PyNone) return self;
            var dict = instance.Dict ?? throw Err.TypeError(
                $"No '__dict__' attribute on {Ops.Repr(PyStr.From(instance.Type.Name))} instance to cache {Ops.Repr(PyStr.From(self.AttrName))} property.");
            var cached = dict.Get(self.AttrName);
            if (cached is not null) return cached;
            var v = Vm.Current!.Call(self.Func, instance);
            dict.Set(self.AttrName, v);
            return v;
        });
        t.Members["func"] = new PyProperty(new PyBuiltinFunction("func", (a, kw) => ((CachedProperty)a[0]).Func), null, null, null) { Name = "func" };
        t.Members["attrname"] = new PyProperty(new PyBuiltinFunction("attrname", (a, kw) =>
            ((CachedProperty)a[0])._attrName is { } n ? PyStr.From(n) : PyNone.Instance), null, null, null) { Name = "attrname" };
        return t;
    }
}
