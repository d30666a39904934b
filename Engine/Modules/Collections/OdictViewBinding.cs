using RuleSandbox.Engine.Compiler;
using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Collections;

/// <summary>The methods of the OrderedDict views: those of the dict views, with their own names and reprs.</summary>
internal static class OdictViewBinding
{
    private static readonly (string Name, BinaryOpKind Op)[] s_setOps =
        { ("and", BinaryOpKind.And), ("or", BinaryOpKind.Or), ("sub", BinaryOpKind.Sub), ("xor", BinaryOpKind.Xor) };

    /// <summary>Installs the methods on the three view types.</summary>
    public static void Init()
    {
        foreach (var t in new[] { CollectionsTypes.OdictKeys, CollectionsTypes.OdictValues, CollectionsTypes.OdictItems })
        {
            Native.Method(t, "__len__", (a, kw) => PyInt.From(V(a).Dict_.Count));
            Native.Method(t, "__iter__", (a, kw) => OrderedDictBinding.Iterate(V(a).Dict_, V(a).Kind, reverse: false));
            Native.Method(t, "__reversed__", (a, kw) => OrderedDictBinding.Iterate(V(a).Dict_, V(a).Kind, reverse: true));
            Native.Method(t, "__contains__", (a, kw) => PyBool.From(Ops.Contains(V(a).Plain, a[1])));
            Native.Method(t, "__repr__", (a, kw) =>
            {
                var v = V(a);
                var vm = Vm.Current!;
                if (!vm.ReprEnter(v)) return PyStr.From("...");
                try { return PyStr.From($"{Native.ShortName(v.Type)}({Ops.Repr(new PyList(Ops.ToList(v)))})"); }
                finally { vm.ReprLeave(v); }
            });
            t.Members["__hash__"] = PyNone.Instance;
        }
        foreach (var t in new[] { CollectionsTypes.OdictKeys, CollectionsTypes.OdictItems })
        {
            Native.Comparisons(t, (a, b, op) => MappingViewBinding.IsSetLike(b)
                ? Ops.RichCompare(MappingViewBinding.ToSet(a), MappingViewBinding.ToSet(b), op) : PyNotImplemented.Instance);
            foreach (var (name, op) in s_setOps) MappingViewBinding.SetOp(t, name, op);
            Native.Method(t, "isdisjoint", (a, kw) =>
            {
                ArgParser.Count("isdisjoint", a[1..], kw, 1, 1);
                var mine = MappingViewBinding.ToSet(a[0]);
                foreach (var x in Ops.ToList(a[1])) if (mine.Contains(x)) return PyBool.False;
                return PyBool.True;
            });
        }
    }

    private static PyOdictView V(ReadOnlySpan<PyObject> a) => (PyOdictView)a[0];
}
