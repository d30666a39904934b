using RuleSandbox.Engine.Compiler;
using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Collections;

/// <summary>
/// <c>collections.ChainMap</c>, method for method as CPython's Python implementation: lookups
/// search <c>self.maps</c> in order, writes and deletions go to <c>maps[0]</c>, and the
/// MutableMapping mixins (keys/items/values views, setdefault, update, ==) come with it.
/// </summary>
internal static class ChainMapBinding
{
    private static readonly PyObject None = PyNone.Instance;

    /// <summary>
    /// Mapping's <c>__reversed__ = None</c>, as a method that raises CPython's error (the runtime's
    /// reversed() would otherwise try to call None); collections.abc treats it as absent.
    /// </summary>
    internal static readonly HashSet<PyObject> NotReversible = new(ReferenceEqualityComparer.Instance);

    /// <summary>Installs the methods on <see cref="CollectionsTypes.ChainMap"/>.</summary>
    public static void Init()
    {
        var t = CollectionsTypes.ChainMap;
        t.Constructor = (a, kw) =>
        {
            var cm = new PyChainMap(t);
            Initialize(cm, a, kw);
            return cm;
        };
        Native.Method(t, "__init__", (a, kw) => { Initialize(a[0], a[1..], kw); return None; });
        Native.Method(t, "__getitem__", (a, kw) => GetItem(a[0], a[1]));
        Native.Method(t, "__missing__", (a, kw) => throw Err.KeyError(a[1]));
        Native.Method(t, "get", (a, kw) =>
        {
            ArgParser.Count("get", a[1..], kw, 1, 2);
            return Ops.Contains(a[0], a[1]) ? Ops.GetItem(a[0], a[1]) : a.Length > 2 ? a[2] : None;
        });
        Native.Method(t, "__len__", (a, kw) => PyInt.From(Keys(a[0]).Count));
        Native.Method(t, "__iter__", (a, kw) => Ops.GetIter(Keys(a[0])));
        Native.Method(t, "__contains__", (a, kw) =>
        {
            foreach (var m in Maps(a[0])) if (Ops.Contains(m, a[1])) return PyBool.True;
            return PyBool.False;
        });
        Native.Method(t, "__bool__", (a, kw) =>
        {
            foreach (var m in Maps(a[0])) if (Ops.IsTrue(m)) return PyBool.True;
            return PyBool.False;
        });
        Native.Method(t, "__repr__", (a, kw) => PyStr.From(Repr(a[0])));
        Native.ClassMethod(t, "fromkeys", (a, kw) =>
        {
            ArgParser.Count("fromkeys", a[1..], kw, 1, 2);
            var d = new PyDict();
            var v = a.Length > 2 ? a[2] : None;
            foreach (var k in Ops.ToList(a[1])) d.Set(k, v);
            return Vm.Current!.Call(a[0], d);
        });
        BuiltinFn copy = (a, kw) =>
        {
            ArgParser.Count("copy", a[1..], kw, 0, 0);
            var maps = Maps(a[0]);
            if (maps.Count == 0) throw Err.IndexError("list index out of range");
            var args = new PyObject[maps.Count];
            args[0] = Vm.Current!.Call(Ops.GetAttr(maps[0], "copy"));
            for (int i = 1; i < maps.Count; i++) args[i] = maps[i];
            return Vm.Current!.Call(a[0].Type, args);
        };
        Native.Method(t, "copy", copy);
        Native.Method(t, "__copy__", copy);
        Native.Method(t, "new_child", NewChild);
        t.Members["parents"] = new PyProperty(new PyBuiltinFunction("parents", (a, kw) =>
        {
            var maps = Maps(a[0]);
            return Vm.Current!.Call(a[0].Type, maps.Skip(1).ToArray());
        }), null, null, null) { Name = "parents" };
        Native.Method(t, "__setitem__", (a, kw) => { Ops.SetItem(First(a[0]), a[1], a[2]); return None; });
        Native.Method(t, "__delitem__", (a, kw) =>
        {
            try { Ops.DelItem(First(a[0]), a[1]); }
            catch (PythonException e) when (e.Value.Is(ExcTypes.KeyError)) { throw NotInFirst(a[1]); }
            return None;
        });
        Native.Method(t, "popitem", (a, kw) =>
        {
            ArgParser.Count("popitem", a[1..], kw, 0, 0);
            try { return Vm.Current!.Call(Ops.GetAttr(First(a[0]), "popitem")); }
            catch (PythonException e) when (e.Value.Is(ExcTypes.KeyError)) { throw Err.NewArgs(ExcTypes.KeyError, PyStr.From("No keys found in the first mapping.")); }
        });
        Native.Method(t, "pop", (a, kw) =>
        {
            ArgParser.Count("pop", a[1..], kw, 1, 2);
            try { return Vm.Current!.Call(Ops.GetAttr(First(a[0]), "pop"), a[1..].ToArray()); }
            catch (PythonException e) when (e.Value.Is(ExcTypes.KeyError)) { throw NotInFirst(a[1]); }
        });
        Native.Method(t, "clear", (a, kw) => { Vm.Current!.Call(Ops.GetAttr(First(a[0]), "clear")); return None; });
        Native.Method(t, "__ior__", (a, kw) => { Vm.Current!.Call(Ops.GetAttr(First(a[0]), "update"), a[1]); return a[0]; });
        Native.Method(t, "__or__", (a, kw) =>
        {
            if (!MappingProtocol.IsMapping(a[1])) return PyNotImplemented.Instance;
            var m = Vm.Current!.Call(Ops.GetAttr(a[0], "copy"));
            Vm.Current!.Call(Ops.GetAttr(First(m), "update"), a[1]);
            return m;
        });
        Native.Method(t, "__ror__", (a, kw) =>
        {
            if (!MappingProtocol.IsMapping(a[1])) return PyNotImplemented.Instance;
            var m = Runtime.Builtins.ToDict(a[1]);
            var maps = Maps(a[0]);
            for (int i = maps.Count - 1; i >= 0; i--) Runtime.Builtins.DictUpdate(m, maps[i]);
            return Vm.Current!.Call(a[0].Type, m);
        });
        MutableMappingMixins(t, "MutableMapping");
    }

    /// <summary>
    /// The collections.abc mixins a MutableMapping subclass inherits: keys/items/values views,
    /// setdefault, update, ==/!= and unhashability.
    /// </summary>
    internal static void MutableMappingMixins(PyType t, string owner)
    {
        Native.Method(t, "keys", (a, kw) => { ArgParser.Count("keys", a[1..], kw, 0, 0); return new PyMappingView(CollectionsTypes.KeysView, a[0]); });
        Native.Method(t, "values", (a, kw) => { ArgParser.Count("values", a[1..], kw, 0, 0); return new PyMappingView(CollectionsTypes.ValuesView, a[0]); });
        Native.Method(t, "items", (a, kw) => { ArgParser.Count("items", a[1..], kw, 0, 0); return new PyMappingView(CollectionsTypes.ItemsView, a[0]); });
        Native.Method(t, "setdefault", (a, kw) =>
        {
            ArgParser.Count("setdefault", a[1..], kw, 1, 2);
            try { return Ops.GetItem(a[0], a[1]); }
            catch (PythonException e) when (e.Value.Is(ExcTypes.KeyError))
            {
                var v = a.Length > 2 ? a[2] : None;
                Ops.SetItem(a[0], a[1], v);
                return v;
            }
        });
        Native.Method(t, "update", (a, kw) => { MappingProtocol.Update(a[0], a[1..], kw, owner); return None; });
        Native.Method(t, "__eq__", (a, kw) => MappingProtocol.Equal(a[0], a[1], negate: false));
        Native.Method(t, "__ne__", (a, kw) => MappingProtocol.Equal(a[0], a[1], negate: true));
        // Mapping sets __reversed__ = None: a mapping is not a sequence, whatever __getitem__ takes.
        var notReversible = new PyBuiltinFunction("__reversed__",
            (a, kw) => throw Err.TypeError($"'{Native.ShortName(a[0].Type)}' object is not reversible"), t);
        NotReversible.Add(notReversible);
        t.Members["__reversed__"] = notReversible;
        t.Members["__hash__"] = None;
    }

    private static void Initialize(PyObject self, ReadOnlySpan<PyObject> a, string[]? kw)
    {
        if (kw is { Length: > 0 }) throw Err.TypeError($"ChainMap.__init__() got an unexpected keyword argument '{kw[0]}'");
        var maps = new List<PyObject>(a.Length == 0 ? 1 : a.Length);
        if (a.Length == 0) maps.Add(new PyDict());
        else foreach (var m in a) maps.Add(m);
        Ops.SetAttr(self, "maps", new PyList(maps));
    }

    /// <summary>The current <c>self.maps</c> as a list of its items.</summary>
    private static List<PyObject> Maps(PyObject self)
    {
        var maps = Ops.GetAttr(self, "maps");
        return maps is PyList l ? l.Items : Ops.ToList(maps);
    }

    private static PyObject First(PyObject self) => Ops.GetItem(Ops.GetAttr(self, "maps"), PyInt.From(0));

    private static PythonException NotInFirst(PyObject key)
        => Err.NewArgs(ExcTypes.KeyError, PyStr.From($"Key not found in the first mapping: {Ops.Repr(key)}"));

    private static PyObject GetItem(PyObject self, PyObject key)
    {
        foreach (var m in Maps(self).ToArray())
        {
            // Not 'key in mapping': a defaultdict in the chain must get the chance to make the value.
            try { return Ops.GetItem(m, key); }
            catch (PythonException e) when (e.Value.Is(ExcTypes.KeyError)) { }
        }
        var missing = self.Type.Lookup("__missing__");
        if (missing is null) throw Err.KeyError(key);
        return Ops.CallMethod(self, missing, key);
    }

    /// <summary>The union of the maps' keys, ordered as CPython's ChainMap iterates (last map first).</summary>
    private static PyDict Keys(PyObject self)
    {
        var d = new PyDict();
        var maps = Maps(self).ToArray();
        var vm = Vm.Current!;
        for (int i = maps.Length - 1; i >= 0; i--)
        {
            foreach (var k in Ops.ToList(maps[i]))
            {
                vm.Charge(1);
                if (!d.ContainsKey(k)) d.Set(k, None);
            }
        }
        return d;
    }

    private static PyObject NewChild(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        int nkw = kw?.Length ?? 0;
        int npos = a.Length - nkw;
        if (npos > 2) throw Err.TypeError($"ChainMap.new_child() takes from 1 to 2 positional arguments but {npos} were given");
        PyObject? m = npos > 1 ? a[1] : null;
        if (m is PyNone) m = null;
        var kwargs = new PyDict();
        for (int k = 0; k < nkw; k++)
        {
            if (kw![k] == "m" && m is null && npos < 2) { m = a[npos + k]; continue; }
            kwargs.Set(kw[k], a[npos + k]);
        }
        if (m is null) m = kwargs;
        else if (kwargs.Count > 0) Vm.Current!.Call(Ops.GetAttr(m, "update"), kwargs);
        var maps = Maps(a[0]);
        var args = new PyObject[maps.Count + 1];
        args[0] = m;
        maps.CopyTo(args, 1);
        return Vm.Current!.Call(a[0].Type, args);
    }

    private static string Repr(PyObject self)
    {
        var vm = Vm.Current!;
        if (!vm.ReprEnter(self)) return "...";
        try
        {
            var maps = Maps(self).ToArray();
            return Native.ShortName(self.Type) + "(" + string.Join(", ", maps.Select(Ops.Repr)) + ")";
        }
        finally { vm.ReprLeave(self); }
    }
}
