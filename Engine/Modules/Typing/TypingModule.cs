using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Typing;

/// <summary>
/// The <c>typing</c> module as annotation-only rule code needs it: special forms and generic
/// aliases that subscript and print like CPython's, TypeVar, Generic, Protocol, TypedDict, NewType,
/// cast, overload and friends, <c>TYPE_CHECKING = False</c>. Nothing is checked at run time.
/// </summary>
/// <remarks>
/// <c>get_type_hints</c> is left out (policies deny it: it evaluates strings). Classes cannot derive
/// from a subscripted alias such as <c>List[int]</c> (the runtime has no <c>__mro_entries__</c>).
/// </remarks>
public static class TypingModule
{
    private static readonly Lazy<(string Name, PyObject Value)[]> s_shared = new(Build);

    /// <summary>Builds the module for one execution.</summary>
    public static PyModule Create()
    {
        var m = new PyModule("typing");
        foreach (var (name, value) in s_shared.Value) m.ModuleDict.Set(name, value);
        foreach (var (name, value) in TypingClasses.Build()) m.ModuleDict.Set(name, value);
        return m;
    }

    /// <summary>
    /// Whether an annotation is <c>typing.ClassVar</c> or <c>ClassVar[...]</c> (for dataclasses,
    /// which leave such fields out).
    /// </summary>
    public static bool IsClassVar(PyObject annotation)
        => annotation is PyTypingAlias { Name: "ClassVar" } a && a.Kind is AliasKind.Form or AliasKind.Generic;

    private static PyBuiltinFunction Fn(string name, BuiltinFn fn) => new(name, fn);

    private static PyObject Identity1(string name, ReadOnlySpan<PyObject> a, string[]? kw)
    {
        ArgParser.Count(name, a, kw, 1, 1);
        return a[0];
    }

    private static readonly PyBuiltinFunction s_overloadDummy = Fn("_overload_dummy", (a, kw) =>
        throw Err.NotImplementedError("You should not call an overloaded function. A series of @overload-decorated functions outside a stub module should always be followed by an implementation that is not @overload-ed."));

    private static (string, PyObject)[] Build()
    {
        var list = new List<(string, PyObject)>();
        foreach (var kv in TypingForms.All) list.Add((kv.Key, kv.Value));
        list.Add(("Text", PyStr.TypeObject));
        list.Add(("TYPE_CHECKING", PyBool.False));
        list.Add(("TypeVar", PyTypingRef.TypeVarType));
        list.Add(("ForwardRef", PyTypingRef.ForwardRefType));
        list.Add(("NewType", PyNewType.TypeObject));
        list.Add(("AnyStr", PyTypingRef.NewTypeVar("AnyStr", PyBytes.TypeObject, PyStr.TypeObject)));
        list.Add(("cast", Fn("cast", (a, kw) =>
        {
            var p = ArgParser.Parse("cast", a, kw, new[] { "typ", "val" }, 2);
            return p[1]!;
        })));
        list.Add(("assert_type", Fn("assert_type", (a, kw) =>
        {
            var p = ArgParser.Parse("assert_type", a, kw, new[] { "val", "typ" }, 2, posOnly: 2);
            return p[0]!;
        })));
        list.Add(("overload", Fn("overload", (a, kw) =>
        {
            ArgParser.Count("overload", a, kw, 1, 1);
            return s_overloadDummy;
        })));
        list.Add(("final", Fn("final", (a, kw) =>
        {
            ArgParser.Count("final", a, kw, 1, 1);
            try { Ops.SetAttr(a[0], "__final__", PyBool.True); }
            catch (PythonException e) when (e.Value.Is(ExcTypes.AttributeError) || e.Value.Is(ExcTypes.TypeError)) { }
            return a[0];
        })));
        list.Add(("no_type_check", Fn("no_type_check", (a, kw) => Identity1("no_type_check", a, kw))));
        list.Add(("runtime_checkable", Fn("runtime_checkable", (a, kw) => Identity1("runtime_checkable", a, kw))));
        list.Add(("get_origin", Fn("get_origin", (a, kw) =>
        {
            ArgParser.Count("get_origin", a, kw, 1, 1);
            return a[0] is PyTypingAlias al && al.Kind != AliasKind.Form ? TypingAliasBinding.Origin(al) ?? PyNone.Instance : PyNone.Instance;
        })));
        list.Add(("get_args", Fn("get_args", (a, kw) =>
        {
            ArgParser.Count("get_args", a, kw, 1, 1);
            if (a[0] is not PyTypingAlias al || al.Kind is AliasKind.Form or AliasKind.Special) return PyTuple.Empty;
            if (al.Kind == AliasKind.Callable && al.Args[0] is not PyEllipsis)
                return new PyTuple(new PyObject[] { new PyList(al.Args[..^1].ToList()), al.Args[^1] });
            return PyTuple.From(al.Args);
        })));
        list.Add(("assert_never", Fn("assert_never", (a, kw) =>
        {
            ArgParser.Count("assert_never", a, kw, 1, 1);
            var r = Ops.Repr(a[0]);
            if (r.Length > 100) r = r[..100] + "...";
            throw Err.New(ExcTypes.AssertionError, "Expected code to be unreachable, but got: " + r);
        })));
        return list.ToArray();
    }
}
