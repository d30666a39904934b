using System.Text;
using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Functools;

/// <summary>
/// <c>functools.partial</c>: a callable with some arguments fixed. A partial of a partial is
/// flattened into one, as CPython does, so <c>.func</c> is the innermost function.
/// </summary>
internal sealed class PyPartial : FunctoolsObject
{
    /// <summary><c>functools.partial</c>.</summary>
    public static readonly PyType TypeObject = BuildType();

    private PyPartial(PyObject func, PyObject[] args, PyDict keywords)
    {
        Func = func;
        Args = args;
        Keywords = keywords;
    }

    /// <summary><c>.func</c>.</summary>
    public PyObject Func { get; }

    /// <summary><c>.args</c>.</summary>
    public PyObject[] Args { get; }

    /// <summary><c>.keywords</c> (a fresh dict per partial; rules may read it).</summary>
    public PyDict Keywords { get; }

    public override PyType Type => TypeObject;

    /// <summary>A partial of <paramref name="func"/> (args: positional then keyword values named by <paramref name="kwnames"/>).</summary>
    public static PyPartial Create(PyObject func, ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        int nkw = kwnames?.Length ?? 0, npos = args.Length - nkw;
        var keywords = new PyDict();
        var pos = new List<PyObject>();
        if (func is PyPartial inner)
        {
            pos.AddRange(inner.Args);
            foreach (var kv in inner.Keywords.Items()) keywords.Set(kv.Key, kv.Value);
            func = inner.Func;
        }
        for (int i = 0; i < npos; i++) pos.Add(args[i]);
        for (int k = 0; k < nkw; k++) keywords.Set(kwnames![k], args[npos + k]);
        Vm.Current!.ChargeAllocation(8L * (pos.Count + keywords.Count));
        return new PyPartial(func, pos.ToArray(), keywords);
    }

    private static bool IsCallable(PyObject x)
        => x is PyFunction or PyBuiltinFunction or PyBoundMethod or PyType
           || ((x.Type.IsHeapType || x.Type.NativeDunders) && x.Type.Lookup("__call__") is not null);

    private static PyType BuildType()
    {
        var t = PyType.NewNative("functools.partial", "functools");
        AddDictMember(t);
        t.Constructor = (a, kw) =>
        {
            int npos = a.Length - (kw?.Length ?? 0);
            if (npos < 1) throw Err.TypeError("type 'partial' takes at least one argument");
            if (!IsCallable(a[0])) throw Err.TypeError("the first argument must be callable");
            return Create(a[0], a[1..], kw);
        };
        void M(string name, BuiltinFn fn) => t.Members[name] = new PyBuiltinFunction(name, fn, t);
        // Read-only members, as CPython's T_OBJECT/READONLY: assigning gives "readonly attribute".
        var readOnly = new PyBuiltinFunction("__set__", (a, kw) => throw Err.AttributeError("readonly attribute"));
        void P(string name, Func<PyPartial, PyObject> get)
            => t.Members[name] = new PyProperty(new PyBuiltinFunction(name, (a, kw) => get((PyPartial)a[0])), readOnly, readOnly, null) { Name = name };
        P("func", p => p.Func);
        P("args", p => PyTuple.From(p.Args));
        P("keywords", p => p.Keywords);
        M("__call__", (a, kw) => ((PyPartial)a[0]).Invoke(a[1..], kw));
        M("__repr__", (a, kw) =>
        {
            var p = (PyPartial)a[0];
            var sb = new StringBuilder("functools.partial(").Append(Ops.Repr(p.Func));
            foreach (var x in p.Args) sb.Append(", ").Append(Ops.Repr(x));
            foreach (var kv in p.Keywords.Items()) sb.Append(", ").Append(Ops.Str(kv.Key)).Append('=').Append(Ops.Repr(kv.Value));
            return PyStr.From(sb.Append(')').ToString());
        });
        return t;
    }

    /// <summary>Calls the function with the stored arguments first and the call's keywords overriding stored ones.</summary>
    public PyObject Invoke(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        int nkw = kwnames?.Length ?? 0, npos = args.Length - nkw;
        var all = new List<PyObject>(Args.Length + args.Length + Keywords.Count);
        all.AddRange(Args);
        for (int i = 0; i < npos; i++) all.Add(args[i]);
        if (Keywords.Count == 0 && nkw == 0) return Vm.Current!.Call(Func, all.ToArray(), null);
        var merged = Keywords.Copy();
        for (int k = 0; k < nkw; k++) merged.Set(kwnames![k], args[npos + k]);
        var names = new List<string>(merged.Count);
        foreach (var kv in merged.Items())
        {
            names.Add(Ops.Str(kv.Key));
            all.Add(kv.Value);
        }
        return Vm.Current!.Call(Func, all.ToArray(), names.ToArray());
    }
}
