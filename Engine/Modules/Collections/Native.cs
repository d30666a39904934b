using RuleSandbox.Engine.Compiler;
using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Collections;

/// <summary>Small helpers the collections bindings share to define methods on their types.</summary>
internal static class Native
{
    private static readonly (string Name, CompareKind Op)[] s_cmp =
    {
        ("__lt__", CompareKind.Lt), ("__le__", CompareKind.Le), ("__eq__", CompareKind.Eq),
        ("__ne__", CompareKind.Ne), ("__gt__", CompareKind.Gt), ("__ge__", CompareKind.Ge),
    };

    /// <summary>Defines a method (a builtin that receives <c>self</c> first).</summary>
    public static void Method(PyType t, string name, BuiltinFn fn) => t.Members[name] = new PyBuiltinFunction(name, fn, t);

    /// <summary>Defines a class method (receives the class first).</summary>
    public static void ClassMethod(PyType t, string name, BuiltinFn fn) => t.Members[name] = new PyBuiltinFunction(name, fn, t) { IsClassMethod = true };

    /// <summary>Defines the six rich comparisons through one function.</summary>
    public static void Comparisons(PyType t, Func<PyObject, PyObject, CompareKind, PyObject> cmp)
    {
        foreach (var (name, op) in s_cmp) Method(t, name, (a, kw) => cmp(a[0], a[1], op));
    }

    /// <summary>
    /// A read-only attribute whose assignment fails with CPython's message for C-level members
    /// ("attribute 'maxlen' of 'collections.deque' objects is not writable").
    /// </summary>
    public static PyProperty ReadOnly(PyType t, string name, string typeName, Func<PyObject, PyObject> get)
    {
        var getter = new PyBuiltinFunction(name, (a, kw) => get(a[0]));
        var setter = new PyBuiltinFunction(name, (a, kw) => throw Err.AttributeError($"attribute '{name}' of '{typeName}' objects is not writable"));
        return new PyProperty(getter, setter, null, null) { Name = name };
    }

    /// <summary>A type's <c>__name__</c> (a native type's name may carry its module: <c>collections.deque</c>).</summary>
    public static string ShortName(PyType t)
    {
        if (t.IsHeapType) return t.Name;
        int dot = t.Name.LastIndexOf('.');
        return dot < 0 ? t.Name : t.Name[(dot + 1)..];
    }

    /// <summary>The result of a comparison from a three-way compare.</summary>
    public static PyObject CmpResult(CompareKind op, int c) => PyBool.From(op switch
    {
        CompareKind.Lt => c < 0,
        CompareKind.Le => c <= 0,
        CompareKind.Eq => c == 0,
        CompareKind.Ne => c != 0,
        CompareKind.Gt => c > 0,
        _ => c >= 0,
    });
}
