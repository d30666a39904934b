using RuleSandbox.Engine.Compiler;
using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Functools;

/// <summary>
/// <c>functools.KeyWrapper</c>, what <c>cmp_to_key(mycmp)</c> returns: calling it wraps an object
/// in a new KeyWrapper whose comparisons call <c>mycmp(a, b)</c> and compare the result with 0.
/// </summary>
internal sealed class KeyWrapper : PyObject
{
    /// <summary><c>functools.KeyWrapper</c>.</summary>
    public static readonly PyType TypeObject = BuildType();

    public KeyWrapper(PyObject cmp, PyObject? obj)
    {
        Cmp = cmp;
        Obj = obj;
    }

    /// <summary>The comparison function.</summary>
    public PyObject Cmp { get; }

    /// <summary>The wrapped object (null for the factory cmp_to_key returns).</summary>
    public PyObject? Obj { get; private set; }

    public override PyType Type => TypeObject;

    private static PyType BuildType()
    {
        var t = PyType.NewNative("functools.KeyWrapper", "functools");
        void M(string name, BuiltinFn fn) => t.Members[name] = new PyBuiltinFunction(name, fn, t);
        M("__call__", (a, kw) =>
        {
            var p = ArgParser.Parse("K", a[1..], kw, new[] { "obj" }, 1);
            return new KeyWrapper(((KeyWrapper)a[0]).Cmp, p[0]);
        });
        t.Members["obj"] = new PyProperty(
            new PyBuiltinFunction("obj", (a, kw) => ((KeyWrapper)a[0]).Obj ?? throw Err.AttributeError("obj")),
            new PyBuiltinFunction("obj", (a, kw) => { ((KeyWrapper)a[0]).Obj = a[1]; return PyNone.Instance; }),
            null, null) { Name = "obj" };
        t.Members["__hash__"] = PyNone.Instance;
        foreach (var (name, op) in new[] { ("__lt__", CompareKind.Lt), ("__le__", CompareKind.Le), ("__eq__", CompareKind.Eq), ("__ne__", CompareKind.Ne), ("__gt__", CompareKind.Gt), ("__ge__", CompareKind.Ge) })
        {
            M(name, (a, kw) =>
            {
                var self = (KeyWrapper)a[0];
                if (a[1] is not KeyWrapper other) throw Err.TypeError("other argument must be K instance");
                if (self.Obj is null || other.Obj is null) throw Err.AttributeError("object");
                var r = Vm.Current!.Call(self.Cmp, self.Obj, other.Obj);
                return Ops.RichCompare(r, PyInt.From(0), op);
            });
        }
        return t;
    }
}
