using RuleSandbox.Engine.Compiler;
using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Dataclasses;

/// <summary>
/// What <c>@dataclass</c> does to a class (CPython's <c>_process_class</c>): collects the fields
/// of dataclass bases and of the class's own annotations, validates them with CPython's errors,
/// and adds the methods the options ask for without overwriting ones the class defines.
/// </summary>
internal static class DataclassProcessor
{
    /// <summary>Processes <paramref name="cls"/>; returns it, or the new class when <c>slots=True</c>.</summary>
    public static PyType Process(PyType cls, PyObject[] options, PyType frozenError)
    {
        var p = new PyDataclassParams(options);
        bool init = p.Get("init"), repr = p.Get("repr"), eq = p.Get("eq"), order = p.Get("order");
        bool unsafeHash = p.Get("unsafe_hash"), frozen = p.Get("frozen"), matchArgs = p.Get("match_args");
        bool kwOnly = p.Get("kw_only"), slots = p.Get("slots"), weakrefSlot = p.Get("weakref_slot");
        if (!cls.IsHeapType) throw Err.TypeError($"cannot set '__dataclass_params__' attribute of immutable type '{cls.Name}'");
        cls.SetMember("__dataclass_params__", p);

        // Fields of dataclass bases, most basic first, so derived classes override in place.
        var fields = new List<PyField>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        void Put(PyField f)
        {
            if (index.TryGetValue(f.Name!, out int i)) fields[i] = f;
            else { index[f.Name!] = fields.Count; fields.Add(f); }
        }
        bool anyFrozenBase = false, hasDataclassBases = false;
        for (int i = cls.Mro.Length - 1; i >= 1; i--)
        {
            var b = cls.Mro[i];
            if (b.Lookup("__dataclass_fields__") is not PyDict baseFields) continue;
            hasDataclassBases = true;
            foreach (var kv in baseFields.Items()) if (kv.Value is PyField bf) Put(bf);
            if (b.Lookup("__dataclass_params__") is PyDataclassParams bp && bp.Get("frozen")) anyFrozenBase = true;
        }

        var annotations = cls.Members.TryGetValue("__annotations__", out var ann) && ann is PyDict ad ? ad : new PyDict();
        var clsFields = new List<PyField>();
        bool kwOnlySeen = false;
        foreach (var kv in annotations.Items())
        {
            string name = kv.Key is PyStr ks ? ks.Value : Ops.Str(kv.Key);
            if (IsMarker(kv.Value, "KW_ONLY", o => ReferenceEquals(o, DataclassTypes.KwOnly)))
            {
                if (kwOnlySeen) throw Err.TypeError($"'{name}' is KW_ONLY, but KW_ONLY has already been specified");
                kwOnlySeen = true;
                kwOnly = true;
                continue;
            }
            clsFields.Add(GetField(cls, name, kv.Value, kwOnly));
        }
        foreach (var f in clsFields)
        {
            Put(f);
            // The class attribute was the Field: replace it by the real default, or drop it.
            if (cls.Lookup(f.Name!) is PyField)
            {
                if (!f.HasDefault) cls.DeleteMember(f.Name!);
                else cls.SetMember(f.Name!, f.Default);
            }
        }
        foreach (var kv in cls.Members)
        {
            if (kv.Value is PyField && annotations.Get(kv.Key) is null)
                throw Err.TypeError($"'{kv.Key}' is a field but has no type annotation");
        }
        if (hasDataclassBases)
        {
            if (anyFrozenBase && !frozen) throw Err.TypeError("cannot inherit non-frozen dataclass from a frozen one");
            if (!anyFrozenBase && frozen) throw Err.TypeError("cannot inherit frozen dataclass from a non-frozen one");
        }
        var fieldsDict = new PyDict(fields.Count);
        foreach (var f in fields) fieldsDict.Set(f.Name!, f);
        cls.SetMember("__dataclass_fields__", fieldsDict);

        // __eq__ in the class body makes the runtime set __hash__ = None: that is not explicit.
        bool hasExplicitHash = cls.Members.TryGetValue("__hash__", out var classHash)
            && !(classHash is PyNone && cls.Members.ContainsKey("__eq__"));
        if (order && !eq) throw Err.ValueError("eq must be true if order is true");

        var allInit = fields.Where(f => f.Kind != FieldKind.ClassVar).ToList();
        var std = allInit.Where(f => f.Init && !f.IsKwOnly).ToList();
        var kwo = allInit.Where(f => f.Init && f.IsKwOnly).ToList();
        var fieldList = fields.Where(f => f.Kind == FieldKind.Field).ToList();

        if (weakrefSlot && !slots) throw Err.TypeError("weakref_slot is True but slots is False");
        if (slots) cls = DataclassSlots.AddSlots(cls, fieldList);
        // Generated methods are builtins owned by the class; the runtime dispatches such
        // dunders only for types that say so.
        cls.NativeDunders = true;

        if (init)
        {
            bool hasPostInit = Ops.TryGetAttr(cls, "__post_init__") is not null;
            SetNew(cls, "__init__", DataclassMethods.Init(cls, allInit, std, kwo, frozen, hasPostInit, slots));
        }
        if (repr) SetNew(cls, "__repr__", DataclassMethods.Repr(cls, fieldList.Where(f => f.Repr).ToList()));
        var compared = fieldList.Where(f => f.Compare).ToList();
        if (eq) SetNew(cls, "__eq__", DataclassMethods.Compare(cls, "__eq__", CompareKind.Eq, compared));
        if (order)
        {
            foreach (var (name, op) in new[] { ("__lt__", CompareKind.Lt), ("__le__", CompareKind.Le), ("__gt__", CompareKind.Gt), ("__ge__", CompareKind.Ge) })
            {
                if (SetNew(cls, name, DataclassMethods.Compare(cls, name, op, compared)))
                    throw Err.TypeError($"Cannot overwrite attribute {name} in class {cls.Name}. Consider using functools.total_ordering");
            }
        }
        if (frozen)
        {
            var (set, del) = DataclassMethods.Frozen(cls, fieldList, frozenError);
            if (SetNew(cls, "__setattr__", set)) throw Err.TypeError($"Cannot overwrite attribute __setattr__ in class {cls.Name}");
            if (SetNew(cls, "__delattr__", del)) throw Err.TypeError($"Cannot overwrite attribute __delattr__ in class {cls.Name}");
        }
        ApplyHashAction(cls, fieldList, unsafeHash, eq, frozen, hasExplicitHash);
        if (cls.Doc is null or PyNone || (cls.Doc is PyStr ds && ds.Value.Length == 0))
        {
            string sig = cls.Lookup("__init__") switch
            {
                PyFunction fn => DataclassSignature.Text(fn),
                PyBuiltinFunction { OwnerType: { } owner } when owner.Lookup("__dataclass_fields__") is not null && init => DataclassSignature.Text(std, kwo),
                _ => "()",
            };
            cls.Doc = PyStr.From(cls.Name + sig);
        }
        if (matchArgs)
            SetNew(cls, "__match_args__", PyTuple.From(std.Select(f => (PyObject)PyStr.From(f.Name!)).ToArray()));
        return cls;
    }

    // CPython's _hash_action table, keyed by (unsafe_hash, eq, frozen, has-explicit-hash).
    private static void ApplyHashAction(PyType cls, List<PyField> fields, bool unsafeHash, bool eq, bool frozen, bool explicitHash)
    {
        if (unsafeHash)
        {
            if (explicitHash) throw Err.TypeError($"Cannot overwrite attribute __hash__ in class {cls.Name}");
            cls.SetMember("__hash__", DataclassMethods.Hash(cls, fields));
        }
        else if (eq && !explicitHash)
        {
            if (frozen) cls.SetMember("__hash__", DataclassMethods.Hash(cls, fields));
            else cls.SetMember("__hash__", PyNone.Instance);
        }
    }

    // Never overwrites what the class itself defines; true when it was already there.
    private static bool SetNew(PyType cls, string name, PyObject value)
    {
        if (cls.Members.ContainsKey(name)) return true;
        cls.SetMember(name, value);
        return false;
    }

    private static PyField GetField(PyType cls, string name, PyObject type, bool defaultKwOnly)
    {
        var dflt = Ops.TryGetAttr(cls, name) ?? DataclassTypes.Missing;
        PyField f;
        if (dflt is PyField given)
        {
            f = given;
        }
        else
        {
            if (dflt is PySlotDescriptor) dflt = DataclassTypes.Missing;
            f = DataclassesModule.NewField(dflt, DataclassTypes.Missing, true, true, PyNone.Instance, true, PyNone.Instance, DataclassTypes.Missing);
        }
        f.Name = name;
        f.FieldType = type;
        f.Kind = FieldKind.Field;
        f.Processed = true;
        if (IsClassVar(type)) f.Kind = FieldKind.ClassVar;
        else if (IsMarker(type, "InitVar", o => o is PyInitVar || ReferenceEquals(o, DataclassTypes.InitVar))) f.Kind = FieldKind.InitVar;

        if (f.Kind != FieldKind.Field && f.HasFactory) throw Err.TypeError($"field {name} cannot have a default factory");
        if (f.Kind != FieldKind.ClassVar)
        {
            if (ReferenceEquals(f.KwOnly, DataclassTypes.Missing)) f.KwOnly = PyBool.From(defaultKwOnly);
        }
        else if (!ReferenceEquals(f.KwOnly, DataclassTypes.Missing))
        {
            throw Err.TypeError($"field {name} is a ClassVar but specifies kw_only");
        }
        if (f.Kind == FieldKind.Field && IsUnhashableClass(f.Default.Type))
            throw Err.ValueError($"mutable default {Ops.Repr(f.Default.Type)} for field {name} is not allowed: use default_factory");
        return f;
    }

    // "f.default.__class__.__hash__ is None": CPython's proxy for a mutable default.
    private static bool IsUnhashableClass(PyType t)
    {
        if (t.Lookup("__hash__") is PyNone) return true;
        foreach (var b in t.Mro)
        {
            if (ReferenceEquals(b, PyList.TypeObject) || ReferenceEquals(b, PyDict.TypeObject)
                || ReferenceEquals(b, PySet.SetType) || ReferenceEquals(b, PyByteArray.TypeObject))
                return !(t.IsHeapType && t.Members.TryGetValue("__hash__", out var h) && h is not PyNone);
        }
        return false;
    }

    // ClassVar comes from typing (another module): accept the object by its repr, or a string
    // annotation naming it ("ClassVar[int]", "typing.ClassVar[int]").
    private static bool IsClassVar(PyObject type)
    {
        if (type is PyStr s) return StringNames(s.Value, "ClassVar");
        if (type is PyType) return false;
        string r;
        try { r = Ops.Repr(type); }
        catch (PythonException) { return false; }
        return r.StartsWith("typing.ClassVar", StringComparison.Ordinal);
    }

    private static bool IsMarker(PyObject type, string name, Func<PyObject, bool> isIt)
        => isIt(type) || (type is PyStr s && StringNames(s.Value, name));

    // CPython matches string annotations with ^(?:\s*(\w+)\s*\.)?\s*(\w+) and checks the name.
    private static bool StringNames(string annotation, string name)
    {
        var m = System.Text.RegularExpressions.Regex.Match(annotation, @"^(?:\s*(\w+)\s*\.)?\s*(\w+)");
        return m.Success && m.Groups[2].Value == name;
    }
}
