using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Runtime;

/// <summary>
/// Calling a class: <c>type.__call__</c> (new then init), <c>type(x)</c>, <c>type(name, bases, ns)</c>,
/// and class creation for the <c>class</c> statement (<c>__build_class__</c>).
/// </summary>
internal static class TypeCall
{
    /// <summary>Constructors of builtin types (<c>int(x)</c>, <c>list(it)</c>...), filled by <see cref="Builtins"/>.</summary>
    public static readonly Dictionary<PyType, BuiltinFn> Constructors = new();

    public static PyBuiltinFunction ObjectNew = null!;

    public static PyObject Call(Vm vm, PyType t, ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        if (ReferenceEquals(t, PyType.TypeType))
        {
            if (args.Length == 1 && kwnames is null) return args[0].Type;
            if (args.Length == 3 && kwnames is null) return TypeNew(PyType.TypeType, args[0], args[1], args[2], null);
            throw Err.TypeError("type() takes 1 or 3 arguments");
        }
        if (!t.IsHeapType)
        {
            if ((t.Constructor ?? Constructors.GetValueOrDefault(t)) is { } ctor) return ctor(args, kwnames);
            if (t.IsSubtypeOf(ExcTypes.BaseException))
            {
                if (kwnames is not null) throw Err.TypeError($"{t.Name}() takes no keyword arguments");
                return new PyBaseException(t, PyTuple.From(args.ToArray()));
            }
            throw Err.TypeError($"cannot create '{t.Name}' instances");
        }
        var meta = t.Type;
        if (meta.IsHeapType && meta.Lookup("__call__") is PyFunction metaCall)
        {
            var all = Prepend(t, args);
            return vm.Call(metaCall, all, kwnames);
        }
        return CallDefault(vm, t, args, kwnames);
    }

    /// <summary><c>type.__call__(cls, ...)</c>: <c>__new__</c> then <c>__init__</c>, ignoring a metaclass's own <c>__call__</c>.</summary>
    public static PyObject CallDefault(Vm vm, PyType t, ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        if (!t.IsHeapType) return Call(vm, t, args, kwnames);
        var newFn = t.Lookup("__new__");
        PyObject obj;
        bool customNew = newFn is not null && !ReferenceEquals(newFn, ObjectNew);
        if (customNew && newFn is not PyBuiltinFunction)
        {
            var fn = newFn is PyStaticMethod sm ? sm.Func : newFn!;
            obj = vm.Call(fn, Prepend(t, args), kwnames);
            if (!obj.Type.IsSubtypeOf(t)) return obj;
        }
        else if (customNew && newFn is PyBuiltinFunction nbf)
        {
            obj = nbf.Fn(Prepend(t, args), kwnames);
            if (!obj.Type.IsSubtypeOf(t)) return obj;
        }
        else
        {
            obj = CreateInstance(t, args);
        }
        var init = t.Lookup("__init__");
        if (init is not null && init is not PyBuiltinFunction)
        {
            var r = init is PyFunction ? vm.Call(init, Prepend(obj, args), kwnames) : vm.Call(Ops.BindDescriptor(init, obj, t), args, kwnames);
            if (r is not PyNone) throw Err.TypeError($"__init__() should return None, not '{Ops.TypeName(r)}'");
        }
        else if (init is PyBuiltinFunction ibf && !ReferenceEquals(init, Builtins.ObjectInit))
        {
            ibf.Fn(Prepend(obj, args), kwnames);
        }
        else if ((args.Length > 0 || kwnames is not null) && !customNew)
        {
            throw Err.TypeError($"{t.Name}() takes no arguments");
        }
        return obj;
    }

    public static PyObject[] Prepend(PyObject first, ReadOnlySpan<PyObject> args)
    {
        var all = new PyObject[args.Length + 1];
        all[0] = first;
        args.CopyTo(all.AsSpan(1));
        return all;
    }

    /// <summary>A new, uninitialised instance of a class (object.__new__).</summary>
    public static PyObject CreateInstance(PyType t, ReadOnlySpan<PyObject> args)
    {
        var solid = t.SolidBase;
        if (ReferenceEquals(solid, PyType.ObjectType)) return new PyInstance(t);
        if (solid.IsSubtypeOf(ExcTypes.BaseException)) return new PyBaseException(t, PyTuple.From(args.ToArray()));
        foreach (var b in t.Mro)
            if (b.NewInstance is { } make) return make(t);
        if (solid.Subclassable && !ReferenceEquals(solid, t))
        {
            // CPython names the nearest class whose __new__ is not written in Python.
            var safe = t.Mro.First(b => !b.IsHeapType || !b.Members.ContainsKey("__new__"));
            throw Err.TypeError($"object.__new__({t.Name}) is not safe, use {safe.Name}.__new__()");
        }
        throw Err.TypeError($"cannot create '{t.Name}' instances");
    }

    /// <summary><c>type.__new__(meta, name, bases, ns)</c>.</summary>
    public static PyType TypeNew(PyType meta, PyObject name, PyObject bases, PyObject ns, string[]? kwnames, ReadOnlySpan<PyObject> kwvalues = default)
    {
        if (name is not PyStr sname) throw Err.TypeError($"type.__new__() argument 1 must be str, not {Ops.TypeName(name)}");
        if (bases is not PyTuple tbases) throw Err.TypeError($"type.__new__() argument 2 must be tuple, not {Ops.TypeName(bases)}");
        if (ns is not PyDict dns) throw Err.TypeError($"type.__new__() argument 3 must be dict, not {Ops.TypeName(ns)}");
        var baseTypes = new PyType[tbases.Count];
        for (int i = 0; i < baseTypes.Length; i++)
            baseTypes[i] = tbases.Items[i] as PyType ?? throw Err.TypeError("bases must be types");
        return NewClass(sname.Value, baseTypes, dns, ReferenceEquals(meta, PyType.TypeType) ? null : meta, kwnames, kwvalues);
    }

    /// <summary>Creates a class from its namespace (the second half of a <c>class</c> statement).</summary>
    public static PyType NewClass(string name, PyType[] bases, PyDict ns, PyType? meta, string[]? kwnames, ReadOnlySpan<PyObject> kwvalues)
    {
        var t = PyType.NewHeap(name, bases, meta);
        PyCell? classCell = null;
        foreach (var kv in ns.Items())
        {
            if (kv.Key is not PyStr k) continue;
            if (k.Value == "__classcell__") { classCell = kv.Value as PyCell; continue; }
            t.Members[k.Value] = kv.Value;
        }
        if (t.Members.TryGetValue("__qualname__", out var qn) && qn is PyStr qs) { t.QualName = qs.Value; t.Members.Remove("__qualname__"); }
        if (t.Members.TryGetValue("__doc__", out var doc)) t.Doc = doc;
        if (t.Members.TryGetValue("__new__", out var nw) && nw is PyFunction) t.Members["__new__"] = new PyStaticMethod(nw);
        foreach (var cm in new[] { "__init_subclass__", "__class_getitem__" })
            if (t.Members.TryGetValue(cm, out var f) && f is PyFunction) t.Members[cm] = new PyClassMethod(f);
        if (t.Members.ContainsKey("__eq__") && !t.Members.ContainsKey("__hash__")) t.Members["__hash__"] = PyNone.Instance;

        // Instance layout: __slots__ and whether instances get a __dict__.
        int inheritedSlots = 0;
        bool baseHasDict = false;
        foreach (var b in bases)
        {
            inheritedSlots = Math.Max(inheritedSlots, b.SlotCount);
            if (b.IsHeapType && b.InstancesHaveDict) baseHasDict = true;
        }
        t.SlotCount = inheritedSlots;
        if (t.Members.TryGetValue("__slots__", out var slotsObj))
        {
            var names = slotsObj is PyStr one ? new List<PyObject> { one } : Ops.ToList(slotsObj);
            bool wantsDict = baseHasDict;
            var own = new List<string>();
            foreach (var n in names)
            {
                if (n is not PyStr ns2) throw Err.TypeError($"__slots__ items must be strings, not '{Ops.TypeName(n)}'");
                if (ns2.Value == "__dict__") { wantsDict = true; continue; }
                if (t.Members.ContainsKey(ns2.Value))
                    throw Err.ValueError($"'{ns2.Value}' in __slots__ conflicts with class variable");
                own.Add(ns2.Value);
                t.Members[ns2.Value] = new PySlotDescriptor(ns2.Value, t.SlotCount++, t);
            }
            t.SlotNames = own.ToArray();
            t.InstancesHaveDict = wantsDict;
        }
        else
        {
            t.InstancesHaveDict = true;
        }
        if (classCell is not null) classCell.Value = t;

        var vm = Vm.Current!;
        // __set_name__ on descriptors, then the parent's __init_subclass__.
        foreach (var kv in t.Members.ToList())
        {
            if (kv.Value is PyProperty p) { p.Name ??= kv.Key; continue; }
            if (kv.Value.Type.IsHeapType && kv.Value.Type.Lookup("__set_name__") is { } sn)
                Ops.CallMethod(kv.Value, sn, t, PyStr.From(kv.Key));
        }
        for (int i = 1; i < t.Mro.Length; i++)
        {
            if (!t.Mro[i].Members.TryGetValue("__init_subclass__", out var isc)) continue;
            if (isc is PyClassMethod icm)
            {
                var all = new PyObject[1 + kwvalues.Length];
                all[0] = t;
                kwvalues.CopyTo(all.AsSpan(1));
                vm.Call(icm.Func, all, kwnames);
            }
            else if (kwnames is not null && kwnames.Length > 0)
            {
                throw Err.TypeError($"{t.Name}.__init_subclass__() takes no keyword arguments");
            }
            break;
        }
        return t;
    }

    /// <summary><c>__build_class__(func, name, *bases, metaclass=..., **kwds)</c>.</summary>
    public static PyObject BuildClass(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        var vm = Vm.Current!;
        int nkw = kwnames?.Length ?? 0;
        int npos = args.Length - nkw;
        if (npos < 2 || args[0] is not PyFunction body || args[1] is not PyStr name)
            throw Err.TypeError("__build_class__: bad arguments");
        var basesList = new List<PyType>();
        for (int i = 2; i < npos; i++)
            basesList.Add(args[i] as PyType ?? throw Err.TypeError($"bases must be types"));
        PyType? meta = null;
        var otherKw = new List<string>();
        var otherVals = new List<PyObject>();
        for (int k = 0; k < nkw; k++)
        {
            if (kwnames![k] == "metaclass") meta = args[npos + k] as PyType ?? throw Err.TypeError("metaclass must be a type");
            else { otherKw.Add(kwnames[k]); otherVals.Add(args[npos + k]); }
        }
        if (meta is null)
        {
            meta = PyType.TypeType;
            foreach (var b in basesList)
            {
                var bm = b.Type;
                if (bm.IsSubtypeOf(meta)) meta = bm;
                else if (!meta.IsSubtypeOf(bm))
                    throw Err.TypeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
            }
        }
        var ns = new PyDict();
        if (meta.IsHeapType && meta.Lookup("__prepare__") is { } prepare)
        {
            var prepared = vm.Call(Ops.BindDescriptor(prepare, null, meta), new PyObject[] { name, new PyTuple(basesList.Cast<PyObject>().ToArray()) }, null);
            ns = prepared as PyDict ?? throw Err.TypeError($"{meta.Name}.__prepare__() must return a mapping, not {Ops.TypeName(prepared)}");
        }
        ns.Set("__module__", body.Globals.Get("__name__") ?? PyStr.From("__main__"));
        ns.Set("__qualname__", PyStr.From(body.QualName));
        var frame = vm.BindArguments(body, ReadOnlySpan<PyObject>.Empty, null, null);
        frame.LocalsDict = ns;
        vm.RunClassBody(frame);
        var kwArr = otherKw.Count == 0 ? null : otherKw.ToArray();
        if (ReferenceEquals(meta, PyType.TypeType))
            return NewClass(name.Value, basesList.ToArray(), ns, null, kwArr, otherVals.ToArray());
        var callArgs = new List<PyObject> { name, new PyTuple(basesList.Cast<PyObject>().ToArray()), ns };
        callArgs.AddRange(otherVals);
        return vm.Call(meta, callArgs.ToArray(), kwArr);
    }
}
