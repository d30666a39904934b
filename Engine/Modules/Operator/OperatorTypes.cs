using System.Text;
using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Operator;

/// <summary>
/// The callable types of <c>operator</c>: <c>itemgetter</c>, <c>attrgetter</c> (dotted names) and
/// <c>methodcaller</c>, with CPython's constructors, reprs and errors. Built once per process.
/// </summary>
internal static class OperatorTypes
{
    /// <summary><c>operator.itemgetter</c>.</summary>
    public static readonly PyType ItemGetter = BuildItemGetter();

    /// <summary><c>operator.attrgetter</c>.</summary>
    public static readonly PyType AttrGetter = BuildAttrGetter();

    /// <summary><c>operator.methodcaller</c>.</summary>
    public static readonly PyType MethodCaller = BuildMethodCaller();

    private static void M(PyType t, string name, BuiltinFn fn) => t.Members[name] = new PyBuiltinFunction(name, fn, t);

    private static PyType BuildItemGetter()
    {
        var t = PyType.NewNative("operator.itemgetter", "operator");
        t.Constructor = (a, kw) =>
        {
            ArgParser.NoKw("itemgetter", kw);
            if (a.Length == 0) throw Err.TypeError("itemgetter expected 1 argument, got 0");
            return new Getter(t, a.ToArray());
        };
        M(t, "__call__", (a, kw) =>
        {
            var g = (Getter)a[0];
            CallArgs("itemgetter", a, kw);
            var obj = a[1];
            if (g.Items.Length == 1) return Ops.GetItem(obj, g.Items[0]);
            var r = new PyObject[g.Items.Length];
            for (int i = 0; i < r.Length; i++) r[i] = Ops.GetItem(obj, g.Items[i]);
            return new PyTuple(r);
        });
        M(t, "__repr__", (a, kw) => PyStr.From("operator.itemgetter(" + string.Join(", ", ((Getter)a[0]).Items.Select(Ops.Repr)) + ")"));
        return t;
    }

    private static PyType BuildAttrGetter()
    {
        var t = PyType.NewNative("operator.attrgetter", "operator");
        t.Constructor = (a, kw) =>
        {
            ArgParser.NoKw("attrgetter", kw);
            if (a.Length == 0) throw Err.TypeError("attrgetter expected 1 argument, got 0");
            foreach (var x in a) if (x is not PyStr) throw Err.TypeError("attribute name must be a string");
            return new Getter(t, a.ToArray());
        };
        M(t, "__call__", (a, kw) =>
        {
            var g = (Getter)a[0];
            CallArgs("attrgetter", a, kw);
            var obj = a[1];
            if (g.Items.Length == 1) return Resolve(obj, ((PyStr)g.Items[0]).Value);
            var r = new PyObject[g.Items.Length];
            for (int i = 0; i < r.Length; i++) r[i] = Resolve(obj, ((PyStr)g.Items[i]).Value);
            return new PyTuple(r);
        });
        M(t, "__repr__", (a, kw) => PyStr.From("operator.attrgetter(" + string.Join(", ", ((Getter)a[0]).Items.Select(Ops.Repr)) + ")"));
        return t;
    }

    // The getters take exactly one object (a[0] is the getter itself).
    private static void CallArgs(string name, ReadOnlySpan<PyObject> a, string[]? kw)
    {
        ArgParser.NoKw(name, kw);
        if (a.Length != 2) throw Err.TypeError($"{name} expected 1 argument, got {a.Length - 1}");
    }

    private static PyObject Resolve(PyObject obj, string dotted)
    {
        foreach (var part in dotted.Split('.')) obj = Ops.GetAttr(obj, part);
        return obj;
    }

    private static PyType BuildMethodCaller()
    {
        var t = PyType.NewNative("operator.methodcaller", "operator");
        t.Constructor = (a, kw) =>
        {
            int nkw = kw?.Length ?? 0, npos = a.Length - nkw;
            if (npos < 1) throw Err.TypeError("methodcaller needs at least one argument, the method name");
            if (a[0] is not PyStr name) throw Err.TypeError("method name must be a string");
            return new Caller(t, name.Value, a[1..].ToArray(), kw ?? Array.Empty<string>());
        };
        M(t, "__call__", (a, kw) =>
        {
            var c = (Caller)a[0];
            CallArgs("methodcaller", a, kw);
            return Vm.Current!.Call(Ops.GetAttr(a[1], c.Name), c.Args, c.KwNames.Length == 0 ? null : c.KwNames);
        });
        M(t, "__repr__", (a, kw) =>
        {
            var c = (Caller)a[0];
            var sb = new StringBuilder("operator.methodcaller(").Append(Ops.Repr(PyStr.From(c.Name)));
            int npos = c.Args.Length - c.KwNames.Length;
            for (int i = 0; i < c.Args.Length; i++)
            {
                sb.Append(", ");
                if (i >= npos) sb.Append(c.KwNames[i - npos]).Append('=');
                sb.Append(Ops.Repr(c.Args[i]));
            }
            return PyStr.From(sb.Append(')').ToString());
        });
        return t;
    }

    /// <summary>An itemgetter or attrgetter: its type and the keys it fetches.</summary>
    private sealed class Getter : PyObject
    {
        private readonly PyType _type;

        public Getter(PyType type, PyObject[] items) { _type = type; Items = items; }

        public PyObject[] Items { get; }

        public override PyType Type => _type;
    }

    /// <summary>A methodcaller: the method name and the call's arguments (positional then keyword values).</summary>
    private sealed class Caller : PyObject
    {
        private readonly PyType _type;

        public Caller(PyType type, string name, PyObject[] args, string[] kwNames)
        {
            _type = type;
            Name = name;
            Args = args;
            KwNames = kwNames;
        }

        public string Name { get; }

        public PyObject[] Args { get; }

        public string[] KwNames { get; }

        public override PyType Type => _type;
    }
}
