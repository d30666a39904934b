using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Types;

/// <summary>
/// <c>types.SimpleNamespace</c>: attribute access over a dict, a <c>namespace(a=1)</c> repr and
/// equality by attributes.
/// </summary>
public sealed class PySimpleNamespace : PyObject
{
    /// <summary><c>types.SimpleNamespace</c> (CPython's type name includes the module).</summary>
    public static readonly PyType TypeObject = Build();

    private readonly PyDict _dict = new();

    /// <inheritdoc />
    public override PyDict Dict => _dict;

    /// <inheritdoc />
    public override PyType Type => TypeObject;

    private static PySimpleNamespace Self(PyObject o) => o as PySimpleNamespace ?? throw Err.TypeError($"descriptor requires a 'types.SimpleNamespace' object but received a '{Ops.TypeName(o)}'");

    private static PyType Build()
    {
        var t = PyType.NewNative("types.SimpleNamespace", "types");
        t.Constructor = (a, kw) =>
        {
            int nkw = kw?.Length ?? 0;
            if (a.Length - nkw > 0) throw Err.TypeError("no positional arguments expected");
            var ns = new PySimpleNamespace();
            for (int k = 0; k < nkw; k++) ns._dict.Set(kw![k], a[a.Length - nkw + k]);
            return ns;
        };
        void M(string name, BuiltinFn fn, int arity = 0) => t.Members[name] = new PyBuiltinFunction(name, Enums.Arity.Check(name, arity, fn), t);
        M("__repr__", (a, kw) =>
        {
            var self = Self(a[0]);
            var vm = Vm.Current!;
            if (!vm.ReprEnter(self)) return PyStr.From("namespace(...)");
            try
            {
                var parts = self._dict.Items().Select(kv => Ops.Str(kv.Key) + "=" + Ops.Repr(kv.Value));
                return PyStr.From("namespace(" + string.Join(", ", parts) + ")");
            }
            finally { vm.ReprLeave(self); }
        });
        M("__eq__", (a, kw) => a[1] is PySimpleNamespace o ? Ops.RichCompare(Self(a[0])._dict, o._dict, Compiler.CompareKind.Eq) : PyNotImplemented.Instance, 1);
        M("__ne__", (a, kw) => a[1] is PySimpleNamespace o ? Ops.RichCompare(Self(a[0])._dict, o._dict, Compiler.CompareKind.Ne) : PyNotImplemented.Instance, 1);
        t.Members["__hash__"] = PyNone.Instance;
        var dictGetter = new PyBuiltinFunction("__dict__", (a, kw) => Self(a[0])._dict, t);
        t.Members["__dict__"] = new PyProperty(dictGetter, null, null, null) { Name = "__dict__" };
        return t;
    }
}
