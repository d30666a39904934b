using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Types;

/// <summary>
/// The <c>types</c> module: SimpleNamespace, MappingProxyType, the runtime's own types under their
/// usual names (FunctionType, MethodType, ModuleType, NoneType, GeneratorType...) and new_class.
/// There are no code, frame or traceback types: rules cannot reach those objects.
/// </summary>
public static class TypesModule
{
    private static readonly Lazy<(string Name, PyObject Value)[]> s_shared = new(Build);

    /// <summary>Builds the module for one execution.</summary>
    public static PyModule Create()
    {
        var m = new PyModule("types");
        foreach (var (name, value) in s_shared.Value) m.ModuleDict.Set(name, value);
        return m;
    }

    private static (string, PyObject)[] Build() => new (string, PyObject)[]
    {
        ("SimpleNamespace", PySimpleNamespace.TypeObject),
        ("MappingProxyType", PyMappingProxy.TypeObject),
        ("FunctionType", PyFunction.TypeObject),
        ("LambdaType", PyFunction.TypeObject),
        ("BuiltinFunctionType", PyBuiltinFunction.TypeObject),
        ("BuiltinMethodType", PyBuiltinFunction.TypeObject),
        ("MethodDescriptorType", PyBuiltinFunction.MethodDescriptorType),
        ("MethodType", PyBoundMethod.TypeObject),
        ("ModuleType", PyModule.TypeObject),
        ("NoneType", PyNone.TypeObject),
        ("EllipsisType", PyEllipsis.TypeObject),
        ("NotImplementedType", PyNotImplemented.TypeObject),
        ("GeneratorType", PyGenerator.TypeObject),
        ("new_class", new PyBuiltinFunction("new_class", NewClass)),
    };

    // new_class(name, bases=(), kwds=None, exec_body=None): the metaclass is the given one or the
    // most derived metaclass of the bases; exec_body fills the namespace.
    private static PyObject NewClass(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        var p = ArgParser.Parse("new_class", a, kw, new[] { "name", "bases", "kwds", "exec_body" }, 1);
        var vm = Vm.Current!;
        var bases = p[1] is null ? PyTuple.Empty : PyTuple.From(Ops.ToArray(p[1]!));
        var kwds = p[2] is null || p[2] is PyNone ? new PyDict() : Runtime.Builtins.ToDict(p[2]!);
        PyObject meta;
        if (kwds.Get("metaclass") is { } m)
        {
            meta = m;
            kwds.Remove(PyStr.From("metaclass"));
        }
        else
        {
            PyType winner = PyType.TypeType;
            foreach (var b in bases.Items)
            {
                var bm = b.Type;
                if (bm.IsSubtypeOf(winner)) winner = bm;
                else if (!winner.IsSubtypeOf(bm))
                    throw Err.TypeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
            }
            meta = winner;
        }
        var ns = new PyDict();
        if (p[3] is { } body && body is not PyNone) vm.Call(body, ns);
        var args = new List<PyObject> { p[0]!, bases, ns };
        var names = new List<string>();
        foreach (var kv in kwds.Items())
        {
            names.Add(Ops.Str(kv.Key));
            args.Add(kv.Value);
        }
        return vm.Call(meta, args.ToArray(), names.Count == 0 ? null : names.ToArray());
    }
}
