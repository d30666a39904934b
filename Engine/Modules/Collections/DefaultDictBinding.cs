using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Collections;

/// <summary>
/// <c>collections.defaultdict</c>: a dict whose <c>__missing__</c> calls <c>default_factory</c>
/// and stores the result. The factory lives in <see cref="PyDictSub.Extra"/> (null means None).
/// </summary>
internal static class DefaultDictBinding
{
    private static readonly PyObject None = PyNone.Instance;

    /// <summary>Installs the methods on <see cref="CollectionsTypes.DefaultDict"/>.</summary>
    public static void Init()
    {
        var t = CollectionsTypes.DefaultDict;
        t.Constructor = (a, kw) =>
        {
            var d = new PyDictSub(t);
            Initialize(d, a, kw);
            return d;
        };
        Native.Method(t, "__init__", (a, kw) => { Initialize(Self(a), a[1..], kw); return None; });
        Native.Method(t, "__missing__", (a, kw) =>
        {
            ArgParser.Count("__missing__", a[1..], kw, 1, 1);
            var d = Self(a);
            if (Factory(d) is not { } factory) throw Err.KeyError(a[1]);
            var value = Vm.Current!.Call(factory);
            Ops.SetItem(d, a[1], value);
            return value;
        });
        Native.Method(t, "__repr__", (a, kw) => PyStr.From(Repr(Self(a))));
        BuiltinFn copy = (a, kw) =>
        {
            ArgParser.Count("copy", a[1..], kw, 0, 0);
            var d = Self(a);
            return Vm.Current!.Call(d.Type, Factory(d) ?? None, d);
        };
        Native.Method(t, "copy", copy);
        Native.Method(t, "__copy__", copy);
        Native.ClassMethod(t, "fromkeys", FromKeys);
        Native.Method(t, "__or__", (a, kw) => Or(a[0], a[1]));
        Native.Method(t, "__ror__", (a, kw) => Or(a[1], a[0]));
        t.Members["default_factory"] = new PyProperty(
            new PyBuiltinFunction("default_factory", (a, kw) => Factory(Self(a)) ?? None),
            new PyBuiltinFunction("default_factory", (a, kw) => { Self(a).Extra = a[1] is PyNone ? null : a[1]; return None; }),
            new PyBuiltinFunction("default_factory", (a, kw) => { Self(a).Extra = null; return None; }),
            null) { Name = "default_factory" };
    }

    private static PyDictSub Self(ReadOnlySpan<PyObject> a)
        => a.Length > 0 && a[0] is PyDictSub d && d.Type.IsSubtypeOf(CollectionsTypes.DefaultDict) ? d
            : throw Err.TypeError("descriptor requires a 'collections.defaultdict' object");

    private static PyObject? Factory(PyDictSub d) => d.Extra as PyObject;

    // defaultdict(default_factory=None, /, *args, **kwargs): the rest goes to dict.__init__.
    private static void Initialize(PyDictSub d, ReadOnlySpan<PyObject> a, string[]? kw)
    {
        int nkw = kw?.Length ?? 0;
        int npos = a.Length - nkw;
        if (npos > 0)
        {
            var f = a[0];
            if (f is not PyNone && !Callable(f)) throw Err.TypeError("first argument must be callable or None");
            d.Extra = f is PyNone ? null : f;
        }
        if (npos > 2) throw Err.TypeError($"dict expected at most 1 argument, got {npos - 1}");
        if (npos == 2) Runtime.Builtins.DictUpdate(d, a[1]);
        for (int k = 0; k < nkw; k++) d.Set(kw![k], a[npos + k]);
    }

    private static bool Callable(PyObject f)
        => f is PyFunction or PyBuiltinFunction or PyBoundMethod or PyType || f.Type.Lookup("__call__") is not null;

    private static string Repr(PyDictSub d)
    {
        var vm = Vm.Current!;
        string items = Ops.BuiltinRepr(d);
        string factory;
        if (Factory(d) is not { } f) factory = "None";
        else if (!vm.ReprEnter(f)) factory = "...";
        else
        {
            try { factory = Ops.Repr(f); }
            finally { vm.ReprLeave(f); }
        }
        return $"{Native.ShortName(d.Type)}({factory}, {items})";
    }

    /// <summary><c>cls.fromkeys(iterable, value=None)</c>: an instance of cls filled through <c>__setitem__</c>.</summary>
    internal static PyObject FromKeys(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        ArgParser.Count("fromkeys", a[1..], kw, 1, 2);
        var vm = Vm.Current!;
        var r = vm.Call(a[0]);
        var v = a.Length > 2 ? a[2] : None;
        foreach (var k in Ops.ToList(a[1])) Ops.SetItem(r, k, v);
        return r;
    }

    // defdict_or: the defaultdict operand's class makes the result from the left operand, then the right updates it.
    private static PyObject Or(PyObject left, PyObject right)
    {
        var self = left is PyDictSub ld && ld.Type.IsSubtypeOf(CollectionsTypes.DefaultDict) ? ld : (PyDictSub)right;
        var other = ReferenceEquals(self, left) ? right : left;
        if (other is not PyDict) return PyNotImplemented.Instance;
        var r = Vm.Current!.Call(self.Type, Factory(self) ?? None, left);
        Runtime.Builtins.DictUpdate((PyDict)r, right);
        return r;
    }
}
