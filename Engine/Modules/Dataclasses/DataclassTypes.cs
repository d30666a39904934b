using System.Globalization;
using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Dataclasses;

/// <summary>
/// The dataclasses module's native types and sentinels, built once per process and shared
/// read-only (native types cannot be changed from Python). <c>FrozenInstanceError</c> is a
/// class like one defined in Python, so it is built per execution by <see cref="DataclassesModule"/>.
/// </summary>
internal static class DataclassTypes
{
    public static readonly PyType Field = PyType.NewNative("Field", "dataclasses");
    public static readonly PyType Params = PyType.NewNative("_DataclassParams", "dataclasses");
    public static readonly PyType InitVar = PyType.NewNative("InitVar", "dataclasses");
    public static readonly PyType MissingType = PyType.NewNative("_MISSING_TYPE", "dataclasses");
    public static readonly PyType KwOnlyType = PyType.NewNative("_KW_ONLY_TYPE", "dataclasses");
    public static readonly PyType FactoryMarkerType = PyType.NewNative("_HAS_DEFAULT_FACTORY_CLASS", "dataclasses");

    /// <summary><c>MISSING</c>: "no default given".</summary>
    public static readonly PyMarker Missing = new(MissingType);

    /// <summary><c>KW_ONLY</c>: annotations after <c>_: KW_ONLY</c> are keyword-only.</summary>
    public static readonly PyMarker KwOnly = new(KwOnlyType);

    /// <summary>The default that <c>__init__</c> shows for a field with a default factory.</summary>
    public static readonly PyMarker FactoryMarker = new(FactoryMarkerType);

    static DataclassTypes()
    {
        foreach (var t in new[] { MissingType, KwOnlyType })
        {
            string qual = "dataclasses." + t.Name;
            Method(t, "__repr__", (a, kw) => PyStr.From($"<{qual} object at 0x{Ops.Id(a[0]).ToString("x12", CultureInfo.InvariantCulture)}>"));
        }
        Method(FactoryMarkerType, "__repr__", (a, kw) => PyStr.From("<factory>"));
        InitField();
        InitParams();
        InitInitVar();
    }

    private static void Method(PyType t, string name, BuiltinFn fn) => t.Members[name] = new PyBuiltinFunction(name, fn, t);

    private static void Attr<T>(PyType t, string name, Func<T, PyObject> get) where T : PyObject
        => t.Members[name] = new PyProperty(new PyBuiltinFunction(name, (a, kw) => get((T)a[0])), null, null, null) { Name = name };

    private static void InitField()
    {
        var t = Field;
        Attr<PyField>(t, "name", f => f.Name is null ? PyNone.Instance : PyStr.From(f.Name));
        Attr<PyField>(t, "type", f => f.FieldType);
        Attr<PyField>(t, "default", f => f.Default);
        Attr<PyField>(t, "default_factory", f => f.DefaultFactory);
        Attr<PyField>(t, "init", f => PyBool.From(f.Init));
        Attr<PyField>(t, "repr", f => PyBool.From(f.Repr));
        Attr<PyField>(t, "hash", f => f.Hash);
        Attr<PyField>(t, "compare", f => PyBool.From(f.Compare));
        Attr<PyField>(t, "metadata", f => f.Metadata);
        Attr<PyField>(t, "kw_only", f => f.KwOnly);
        Attr<PyField>(t, "_field_type", f => f.Processed ? PyStr.From(KindName(f.Kind)) : PyNone.Instance);
        Method(t, "__repr__", (a, kw) =>
        {
            var f = (PyField)a[0];
            var vm = Vm.Current!;
            if (!vm.ReprEnter(f)) return PyStr.From("...");
            try
            {
                return PyStr.From("Field("
                    + $"name={(f.Name is null ? "None" : Ops.Repr(PyStr.From(f.Name)))},"
                    + $"type={Ops.Repr(f.FieldType)},"
                    + $"default={Ops.Repr(f.Default)},"
                    + $"default_factory={Ops.Repr(f.DefaultFactory)},"
                    + $"init={(f.Init ? "True" : "False")},"
                    + $"repr={(f.Repr ? "True" : "False")},"
                    + $"hash={Ops.Repr(f.Hash)},"
                    + $"compare={(f.Compare ? "True" : "False")},"
                    + $"metadata=mappingproxy({Ops.Repr(f.Metadata)}),"
                    + $"kw_only={Ops.Repr(f.KwOnly)},"
                    + $"_field_type={(f.Processed ? KindName(f.Kind) : "None")})");
            }
            finally { vm.ReprLeave(f); }
        });
    }

    /// <summary>The repr of CPython's private field-kind markers.</summary>
    public static string KindName(FieldKind k) => k switch
    {
        FieldKind.ClassVar => "_FIELD_CLASSVAR",
        FieldKind.InitVar => "_FIELD_INITVAR",
        _ => "_FIELD",
    };

    private static void InitParams()
    {
        var t = Params;
        for (int i = 0; i < PyDataclassParams.Names.Length; i++)
        {
            int ix = i;
            Attr<PyDataclassParams>(t, PyDataclassParams.Names[i], p => p.Values[ix]);
        }
        Method(t, "__repr__", (a, kw) =>
        {
            var p = (PyDataclassParams)a[0];
            var parts = PyDataclassParams.Names.Select((n, i) => $"{n}={Ops.Repr(p.Values[i])}");
            return PyStr.From("_DataclassParams(" + string.Join(",", parts) + ")");
        });
    }

    private static void InitInitVar()
    {
        var t = InitVar;
        t.Constructor = (a, kw) =>
        {
            var p = new PySignature("InitVar.__init__", new[] { "self", "type" }, 2, new[] { false, false }).Bind(TypeCall.Prepend(PyNone.Instance, a), kw);
            return new PyInitVar(p[1]!);
        };
        t.Members["__class_getitem__"] = new PyBuiltinFunction("__class_getitem__", (a, kw) => new PyInitVar(a[1]), t) { IsClassMethod = true };
        Attr<PyInitVar>(t, "type", v => v.InnerType);
        Method(t, "__repr__", (a, kw) =>
        {
            var v = (PyInitVar)a[0];
            string name = v.InnerType is PyType pt ? pt.Name : Ops.Repr(v.InnerType);
            return PyStr.From($"dataclasses.InitVar[{name}]");
        });
    }
}
