using System.Runtime.CompilerServices;
using RuleSandbox.Engine.Modules.Abc;
using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Typing;

/// <summary>
/// typing's base classes: <c>Generic</c>, <c>Protocol</c> and <c>TypedDict</c>. They are mutable
/// heap classes, so each execution gets its own; the TypedDict metaclass is native and shared.
/// </summary>
/// <remarks>
/// <c>Generic[T]</c> and <c>Stack[int]</c> give back the class itself (the runtime's class
/// statement takes only classes as bases, and nothing checks type parameters at run time).
/// A TypedDict class, called, builds a plain dict, as in CPython.
/// </remarks>
internal static class TypingClasses
{
    private static readonly ConditionalWeakTable<PyType, object> s_typedDictBases = new();

    /// <summary><c>_TypedDictMeta</c>.</summary>
    public static readonly PyType TypedDictMeta = BuildTypedDictMeta();

    /// <summary>The per-execution classes, by module attribute name.</summary>
    public static IEnumerable<(string Name, PyObject Value)> Build()
    {
        var getItem = new PyBuiltinFunction("__class_getitem__", (a, kw) => a[0], PyType.TypeType) { IsClassMethod = true };
        var generic = PyType.NewHeap("Generic", Array.Empty<PyType>(), null);
        Typing(generic);
        generic.Members["__class_getitem__"] = getItem;
        generic.Doc = PyStr.From("Abstract base class for generic types.");
        yield return ("Generic", generic);

        var protocol = PyType.NewHeap("Protocol", new[] { generic }, AbcModule.AbcMeta);
        Typing(protocol);
        protocol.Members["__abstractmethods__"] = new PySet(frozen: true);
        protocol.Members["_is_protocol"] = PyBool.True;
        protocol.Doc = PyStr.From("Base class for protocol classes.");
        yield return ("Protocol", protocol);

        var typedDict = PyType.NewHeap("TypedDict", Array.Empty<PyType>(), TypedDictMeta);
        Typing(typedDict);
        s_typedDictBases.Add(typedDict, typedDict);
        yield return ("TypedDict", typedDict);
        yield return ("NamedTuple", TypingNamedTuple.NewBase());
    }

    private static void Typing(PyType t)
    {
        t.Members["__module__"] = PyStr.From("typing");
        t.Members["__slots__"] = PyTuple.Empty;
        t.SlotNames = Array.Empty<string>();
        t.InstancesHaveDict = false;
    }

    private static PyType BuildTypedDictMeta()
    {
        var t = PyType.NewNative("_TypedDictMeta", "typing", PyType.TypeType);
        t.Constructor = (a, kw) =>
        {
            int nkw = kw?.Length ?? 0;
            int npos = a.Length - nkw;
            if (npos != 3 || a[0] is not PyStr name || a[1] is not PyTuple bases || a[2] is not PyDict ns)
                throw Err.TypeError("type.__new__() takes exactly 3 arguments");
            bool total = true;
            for (int k = 0; k < nkw; k++)
            {
                if (kw![k] == "total") total = Ops.IsTrue(a[npos + k]);
                else throw Err.TypeError($"__init_subclass__() takes no keyword arguments");
            }
            return CreateTypedDict(name.Value, bases.Items.Select(b => b as PyType ?? throw Err.TypeError("bases must be types")).ToArray(), ns, total);
        };
        t.Members["__call__"] = new PyBuiltinFunction("__call__", (a, kw) =>
        {
            var cls = Cls(a[0]);
            if (s_typedDictBases.TryGetValue(cls, out _)) return Functional(cls, a[1..], kw);
            return Vm.Current!.Call(PyDict.TypeObject, a[1..], kw);
        }, t);
        return t;
    }

    private static PyType CreateTypedDict(string name, PyType[] bases, PyDict ns, bool total)
    {
        var annotations = new PyDict();
        var required = new PySet(frozen: true);
        var optional = new PySet(frozen: true);
        foreach (var b in bases)
        {
            if (!ReferenceEquals(b.Type, TypedDictMeta) && b.Name != "Generic")
                throw Err.TypeError("cannot inherit from both a TypedDict type and a non-TypedDict base class");
            if (b.Lookup("__annotations__") is PyDict ba) foreach (var kv in ba.Items()) annotations.Set(kv.Key, kv.Value);
            if (b.Lookup("__required_keys__") is PySet br) foreach (var k in br.Items()) required.Add(k);
            if (b.Lookup("__optional_keys__") is PySet bo) foreach (var k in bo.Items()) optional.Add(k);
        }
        if (ns.Get("__annotations__") is PyDict own)
        {
            foreach (var kv in own.Items())
            {
                Vm.Current?.Charge(1);
                annotations.Set(kv.Key, kv.Value);
                bool isRequired = total;
                if (kv.Value is PyTypingAlias { Name: "Required" }) isRequired = true;
                else if (kv.Value is PyTypingAlias { Name: "NotRequired" }) isRequired = false;
                if (isRequired) { required.Add(kv.Key); optional.Remove(kv.Key); }
                else { optional.Add(kv.Key); required.Remove(kv.Key); }
            }
        }
        var cls = TypeCall.NewClass(name, bases, ns, TypedDictMeta, null, ReadOnlySpan<PyObject>.Empty);
        cls.Members["__annotations__"] = annotations;
        cls.Members["__required_keys__"] = required;
        cls.Members["__optional_keys__"] = optional;
        cls.SetMember("__total__", PyBool.From(total));
        return cls;
    }

    // TypedDict('Movie', {'title': str}, total=True)
    private static PyObject Functional(PyType baseClass, ReadOnlySpan<PyObject> a, string[]? kw)
    {
        var p = ArgParser.Parse("TypedDict", a, kw, new[] { "typename", "fields", "total" }, 1);
        if (p[0] is not PyStr name) throw Err.TypeError("TypedDict() argument 'typename' must be str");
        var fields = p[1] is null || p[1] is PyNone ? new PyDict() : Runtime.Builtins.ToDict(p[1]!);
        var ns = new PyDict();
        ns.Set("__annotations__", fields);
        ns.Set("__module__", Vm.Current?.CurrentFrame?.Globals.Get("__name__") ?? PyStr.From("__main__"));
        return CreateTypedDict(name.Value, new[] { baseClass }, ns, p[2] is null || Ops.IsTrue(p[2]!));
    }

    private static PyType Cls(PyObject o) => o as PyType ?? throw Err.TypeError($"descriptor requires a type but received a '{Ops.TypeName(o)}'");
}
