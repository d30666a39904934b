using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Runtime;

public static partial class Ops
{
    /// <summary>Applies the descriptor protocol to a class attribute found for <paramref name="obj"/>.</summary>
    public static PyObject BindDescriptor(PyObject desc, PyObject? obj, PyType type)
    {
        switch (desc)
        {
            case PyFunction:
                return obj is null ? desc : new PyBoundMethod(obj, desc);
            case PyBuiltinFunction bf:
                if (bf.IsClassMethod) return new PyBoundMethod(type, desc);
                if ((bf.IsMethod || bf.BindsLikeFunction) && obj is not null) return new PyBoundMethod(obj, desc);
                return desc;
            case PyClassMethod cm:
                return new PyBoundMethod(type, cm.Func);
            case PyStaticMethod sm:
                return sm.Func;
            case PyProperty p:
                if (obj is null) return desc;
                if (p.Get is null) throw Err.AttributeError($"property '{p.Name ?? "?"}' of '{type.Name}' object has no getter");
                return Vm.Call(p.Get, new[] { obj }, null);
            case PySlotDescriptor sd:
                if (obj is null) return desc;
                return (obj as PyInstance)?.Slots?[sd.Index] ?? throw Err.AttributeError($"'{type.Name}' object has no attribute '{sd.Name}'");
        }
        if (desc.Type.IsHeapType)
        {
            var get = desc.Type.Lookup("__get__");
            if (get is not null) return CallMethod(desc, get, obj ?? PyNone.Instance, type);
        }
        return desc;
    }

    private static bool IsDataDescriptor(PyObject desc)
    {
        if (desc is PyProperty or PySlotDescriptor) return true;
        var t = desc.Type;
        return t.IsHeapType && (t.Lookup("__set__") is not null || t.Lookup("__delete__") is not null);
    }

    /// <summary><c>getattr(obj, name)</c>; AttributeError with CPython's message when missing.</summary>
    public static PyObject GetAttr(PyObject obj, string name)
        => TryGetAttr(obj, name, out var err) ?? throw (err ?? AttributeMissing(obj, name));

    /// <summary><c>getattr(obj, name)</c> or null when missing (the AttributeError is not raised).</summary>
    public static PyObject? TryGetAttr(PyObject obj, string name) => TryGetAttr(obj, name, out _);

    internal static PythonException AttributeMissing(PyObject obj, string name)
    {
        var e = obj switch
        {
            PyModule m => Err.AttributeError($"module '{m.Name}' has no attribute '{name}'"),
            PyType t => Err.AttributeError($"type object '{t.Name}' has no attribute '{name}'"),
            _ => Err.AttributeError($"'{TypeName(obj)}' object has no attribute '{name}'"),
        };
        var candidates = new List<string>();
        if (obj.Dict is { } d) foreach (var kv in d.Items()) if (kv.Key is PyStr k) candidates.Add(k.Value);
        if (obj is not PyModule)
            foreach (var t in (obj as PyType ?? obj.Type).Mro) candidates.AddRange(t.Members.Keys);
        var s = Suggestions.Closest(name, candidates);
        if (s is not null) Suggestions.Hint(e.Value, $". Did you mean: '{s}'?");
        return e;
    }

    private static PyObject? TryGetAttr(PyObject obj, string name, out PythonException? error)
    {
        error = null;
        if (obj is PyType t) return TypeGetAttr(t, name);
        if (obj is PySuper sup) return SuperGetAttr(sup, name);
        var type = obj.Type;
        if (type.IsHeapType)
        {
            var ga = type.Lookup("__getattribute__");
            if (ga is not null && ga is not PyBuiltinFunction)
            {
                try { return CallMethod(obj, ga, PyStr.From(name)); }
                catch (PythonException e) when (e.Value.Is(ExcTypes.AttributeError))
                {
                    var hook = type.Lookup("__getattr__");
                    if (hook is null) { error = e; return null; }
                    return CallMethod(obj, hook, PyStr.From(name));
                }
            }
        }
        var desc = type.Lookup(name);
        if (desc is not null && IsDataDescriptor(desc)) return BindDescriptor(desc, obj, type);
        var dict = obj.Dict;
        if (dict is not null)
        {
            var v = dict.Get(name);
            if (v is not null) return v;
        }
        if (desc is not null) return BindDescriptor(desc, obj, type);
        var special = SpecialAttributes.Get(obj, name);
        if (special is not null) return special;
        if (type.IsHeapType)
        {
            var hook = type.Lookup("__getattr__");
            if (hook is not null)
            {
                try { return CallMethod(obj, hook, PyStr.From(name)); }
                catch (PythonException e) when (e.Value.Is(ExcTypes.AttributeError)) { error = e; return null; }
            }
        }
        return null;
    }

    private static PyObject? TypeGetAttr(PyType t, string name)
    {
        var meta = t.Type;
        var metaDesc = meta.Lookup(name);
        if (metaDesc is not null && IsDataDescriptor(metaDesc)) return BindDescriptor(metaDesc, t, meta);
        var v = t.Lookup(name);
        if (v is not null)
        {
            return v switch
            {
                PyFunction => v,
                PyBuiltinFunction bf => bf.IsClassMethod ? new PyBoundMethod(t, v) : v,
                PyClassMethod cm => new PyBoundMethod(t, cm.Func),
                PyStaticMethod sm => sm.Func,
                PyProperty or PySlotDescriptor => v,
                _ => v.Type.IsHeapType && v.Type.Lookup("__get__") is { } get ? CallMethod(v, get, PyNone.Instance, t) : v,
            };
        }
        if (metaDesc is not null) return BindDescriptor(metaDesc, t, meta);
        var special = SpecialAttributes.Get(t, name);
        if (special is not null) return special;
        if (meta.IsHeapType && meta.Lookup("__getattr__") is { } hook)
            return CallMethod(t, hook, PyStr.From(name));
        return null;
    }

    private static PyObject? SuperGetAttr(PySuper s, string name)
    {
        if (name == "__class__") return PySuper.TypeObject;
        var mro = s.ObjType.Mro;
        int i = Array.IndexOf(mro, s.ThisType);
        for (int k = i + 1; k < mro.Length; k++)
        {
            if (mro[k].Members.TryGetValue(name, out var v))
            {
                var inst = ReferenceEquals(s.Obj, s.ObjType) ? null : s.Obj;
                if (v is PyBuiltinFunction { IsMethod: true } && inst is null && s.Obj is PyType) return v;
                return BindDescriptor(v, inst, s.ObjType);
            }
        }
        return null;
    }

    /// <summary><c>setattr(obj, name, value)</c>.</summary>
    public static void SetAttr(PyObject obj, string name, PyObject value)
    {
        var type = obj.Type;
        if (type.IsHeapType)
        {
            var sa = type.Lookup("__setattr__");
            if (sa is not null && (sa is not PyBuiltinFunction || IsNativeDunder(sa)))
            {
                CallMethod(obj, sa, PyStr.From(name), value);
                return;
            }
        }
        GenericSetAttr(obj, name, value);
    }

    // A builtin __setattr__/__delattr__ that a native module put on a class (a frozen dataclass)
    // is honoured; object's own is not a hook but the generic path below.
    private static bool IsNativeDunder(PyObject m) => m is PyBuiltinFunction { OwnerType.NativeDunders: true };

    /// <summary><c>object.__setattr__</c>: descriptors, then the instance dict.</summary>
    public static void GenericSetAttr(PyObject obj, string name, PyObject value)
    {
        if (obj is PyType t)
        {
            if (!t.IsHeapType) throw Err.TypeError($"cannot set '{name}' attribute of immutable type '{t.Name}'");
            if (name == "__name__") { t.Name = Str(value); return; }
            if (name == "__qualname__") { t.QualName = Str(value); return; }
            if (name == "__doc__") { t.Doc = value; return; }
            var metaDesc = t.Type == PyType.TypeType ? null : t.Type.Lookup(name);
            if (metaDesc is not null && IsDataDescriptor(metaDesc)) { SetViaDescriptor(metaDesc, obj, name, value); return; }
            t.SetMember(name, value);
            return;
        }
        var type = obj.Type;
        var desc = type.Lookup(name);
        if (desc is not null && IsDataDescriptor(desc))
        {
            SetViaDescriptor(desc, obj, name, value);
            return;
        }
        if (SpecialAttributes.Set(obj, name, value)) return;
        var dict = obj.Dict;
        if (dict is null)
        {
            if (obj is PyInstance && type.IsHeapType)
                throw Err.AttributeError($"'{type.Name}' object has no attribute '{name}'");
            if (type.IsHeapType || obj is PyInstance) throw Err.AttributeError($"'{type.Name}' object has no attribute '{name}'");
            throw Err.AttributeError($"'{type.Name}' object has no attribute '{name}'" + (desc is not null ? " and no __dict__ for setting new attributes" : ""));
        }
        dict.Set(name, value);
    }

    private static void SetViaDescriptor(PyObject desc, PyObject obj, string name, PyObject? value)
    {
        switch (desc)
        {
            case PyProperty p:
                if (value is null)
                {
                    if (p.Delete is null) throw Err.AttributeError($"property '{p.Name ?? name}' of '{TypeName(obj)}' object has no deleter");
                    Vm.Call(p.Delete, new[] { obj }, null);
                }
                else
                {
                    if (p.Set is null) throw Err.AttributeError($"property '{p.Name ?? name}' of '{TypeName(obj)}' object has no setter");
                    Vm.Call(p.Set, new[] { obj, value }, null);
                }
                return;
            case PySlotDescriptor sd:
                var slots = (obj as PyInstance)?.Slots ?? throw Err.TypeError("descriptor does not apply");
                if (value is null && slots[sd.Index] is null) throw Err.AttributeError($"'{TypeName(obj)}' object has no attribute '{name}'");
                slots[sd.Index] = value;
                return;
        }
        if (value is null)
        {
            var del = desc.Type.Lookup("__delete__") ?? throw Err.AttributeError("__delete__");
            CallMethod(desc, del, obj);
        }
        else
        {
            var set = desc.Type.Lookup("__set__") ?? throw Err.AttributeError($"'{TypeName(obj)}' object attribute '{name}' is read-only");
            CallMethod(desc, set, obj, value);
        }
    }

    /// <summary><c>delattr(obj, name)</c>.</summary>
    public static void DelAttr(PyObject obj, string name)
    {
        var type = obj.Type;
        if (type.IsHeapType)
        {
            var da = type.Lookup("__delattr__");
            if (da is not null && (da is not PyBuiltinFunction || IsNativeDunder(da)))
            {
                CallMethod(obj, da, PyStr.From(name));
                return;
            }
        }
        GenericDelAttr(obj, name);
    }

    /// <summary><c>object.__delattr__</c>.</summary>
    public static void GenericDelAttr(PyObject obj, string name)
    {
        if (obj is PyType t)
        {
            if (!t.IsHeapType) throw Err.TypeError($"cannot set '{name}' attribute of immutable type '{t.Name}'");
            if (!t.DeleteMember(name)) throw Err.AttributeError($"type object '{t.Name}' has no attribute '{name}'");
            return;
        }
        var desc = obj.Type.Lookup(name);
        if (desc is not null && IsDataDescriptor(desc))
        {
            SetViaDescriptor(desc, obj, name, null);
            return;
        }
        var dict = obj.Dict;
        if (dict is null || !dict.Remove(PyStr.From(name)))
            throw Err.AttributeError($"'{TypeName(obj)}' object has no attribute '{name}'");
    }
}
