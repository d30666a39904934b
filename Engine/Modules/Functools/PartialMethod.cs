using System.Text;
using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Functools;

/// <summary>
/// <c>functools.partialmethod</c>: a descriptor that, looked up on an instance, gives a
/// <c>partial</c> of the bound method; looked up on the class, a function taking the instance first.
/// </summary>
internal sealed class PartialMethod : PyObject
{
    /// <summary><c>functools.partialmethod</c>.</summary>
    public static readonly PyType TypeObject = BuildType();

    private readonly PyPartial _stored;

    private PartialMethod(PyPartial stored) => _stored = stored;

    public override PyType Type => TypeObject;

    private static PyType BuildType()
    {
        var t = PyType.NewNative("functools.partialmethod", "functools");
        t.Constructor = (a, kw) =>
        {
            int npos = a.Length - (kw?.Length ?? 0);
            if (npos < 1) throw Err.TypeError("partialmethod.__init__() missing 1 required positional argument: 'func'");
            // A partialmethod of a partialmethod flattens the same way partials do.
            var func = a[0] is PartialMethod inner ? (PyObject)inner._stored : a[0];
            return new PartialMethod(PyPartial.Create(func, a[1..], kw));
        };
        void P(string name, Func<PartialMethod, PyObject> get)
            => t.Members[name] = new PyProperty(new PyBuiltinFunction(name, (a, kw) => get((PartialMethod)a[0])), null, null, null) { Name = name };
        P("func", m => m._stored.Func);
        P("args", m => PyTuple.From(m._stored.Args));
        P("keywords", m => m._stored.Keywords);
        t.Members["__get__"] = new PyBuiltinFunction("__get__", (a, kw) =>
        {
            var self = (PartialMethod)a[0];
            var obj = a[1];
            var owner = a.Length > 2 && a[2] is PyType ot ? ot : obj.Type;
            var p = self._stored;
            if (obj is not PyNone)
            {
                var bound = Ops.BindDescriptor(p.Func, obj, owner);
                if (!ReferenceEquals(bound, p.Func))
                {
                    var kwNames = p.Keywords.Items().Select(kv => Ops.Str(kv.Key)).ToArray();
                    var all = p.Args.Concat(p.Keywords.Items().Select(kv => kv.Value)).ToArray();
                    return PyPartial.Create(bound, all, kwNames.Length == 0 ? null : kwNames);
                }
            }
            // Looked up on the class: the instance comes as the first argument of the call.
            return new PyBuiltinFunction("_method", (b, kw2) =>
            {
                int npos = b.Length - (kw2?.Length ?? 0);
                if (npos < 1) throw Err.TypeError("_method() missing 1 required positional argument: 'cls_or_self'");
                // func(cls_or_self, *stored args, *args, **{**stored keywords, **keywords})
                int nkw = kw2?.Length ?? 0;
                var pos = new List<PyObject> { b[0] };
                pos.AddRange(p.Args);
                for (int i = 1; i < npos; i++) pos.Add(b[i]);
                var merged = p.Keywords.Copy();
                for (int k = 0; k < nkw; k++) merged.Set(kw2![k], b[npos + k]);
                var names = new List<string>();
                foreach (var kv in merged.Items())
                {
                    names.Add(Ops.Str(kv.Key));
                    pos.Add(kv.Value);
                }
                return Vm.Current!.Call(p.Func, pos.ToArray(), names.Count == 0 ? null : names.ToArray());
            });
        }, t);
        t.Members["__repr__"] = new PyBuiltinFunction("__repr__", (a, kw) =>
        {
            var p = ((PartialMethod)a[0])._stored;
            var sb = new StringBuilder("functools.partialmethod(").Append(Ops.Repr(p.Func));
            foreach (var x in p.Args) sb.Append(", ").Append(Ops.Repr(x));
            foreach (var kv in p.Keywords.Items()) sb.Append(", ").Append(Ops.Str(kv.Key)).Append('=').Append(Ops.Repr(kv.Value));
            return PyStr.From(sb.Append(')').ToString());
        }, t);
        return t;
    }
}
