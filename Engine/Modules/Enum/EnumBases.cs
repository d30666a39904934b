using RuleSandbox.Engine.Modules.Types;
using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Enums;

/// <summary>
/// Builds one execution's <c>Enum</c>, <c>ReprEnum</c>, <c>Flag</c> (and the int/str flavours).
/// </summary>
/// <remarks>
/// These are ordinary (heap) classes whose metaclass is the shared native <see cref="EnumMeta.EnumType"/>:
/// rule classes derive from them, and a rule may assign attributes on them, so each execution gets
/// its own (a few dozen small objects, made only when a rule imports enum). Their methods are builtins
/// owned by the class, so the runtime dispatches them like Python-defined dunders.
/// </remarks>
internal sealed class EnumBases
{
    private EnumBases() { }

    public PyType Enum { get; private set; } = null!;
    public PyType ReprEnum { get; private set; } = null!;
    public PyType Flag { get; private set; } = null!;
    public PyType IntEnum { get; private set; } = null!;
    public PyType StrEnum { get; private set; } = null!;
    public PyType IntFlag { get; private set; } = null!;
    public PyType FlagBoundary { get; private set; } = null!;
    public PyType EnumCheck { get; private set; } = null!;

    /// <summary>The module attributes these classes provide, in a stable order.</summary>
    public IEnumerable<(string Name, PyObject Value)> Exports()
    {
        yield return ("Enum", Enum);
        yield return ("ReprEnum", ReprEnum);
        yield return ("Flag", Flag);
        yield return ("IntEnum", IntEnum);
        yield return ("StrEnum", StrEnum);
        yield return ("IntFlag", IntFlag);
        yield return ("FlagBoundary", FlagBoundary);
        foreach (var kv in EnumState.MemberMap(FlagBoundary).Items()) yield return (Ops.Str(kv.Key), kv.Value);
        yield return ("EnumCheck", EnumCheck);
        foreach (var kv in EnumState.MemberMap(EnumCheck).Items()) yield return (Ops.Str(kv.Key), kv.Value);
    }

    /// <summary>Builds the classes for one execution.</summary>
    public static EnumBases Build()
    {
        var b = new EnumBases();
        b.Enum = BuildEnum();
        b.ReprEnum = NewBase("ReprEnum", EnumBaseKind.ReprEnum, b.Enum);
        b.ReprEnum.Doc = PyStr.From("\n    Only changes the repr(), leaving str() and format() to the mixed-in type.\n    ");
        b.Flag = BuildFlag(b.Enum);
        b.IntEnum = BuildDataEnum("IntEnum", EnumBaseKind.IntEnum, PyInt.TypeObject, b.Enum, b.ReprEnum);
        b.IntEnum.Doc = PyStr.From("\n    Enum where members are also (and must be) ints\n    ");
        b.StrEnum = BuildDataEnum("StrEnum", EnumBaseKind.StrEnum, PyStr.TypeObject, b.Enum, b.ReprEnum);
        b.StrEnum.Doc = PyStr.From("\n    Enum where members are also (and must be) strings\n    ");
        b.IntFlag = BuildDataEnum("IntFlag", EnumBaseKind.IntFlag, PyInt.TypeObject, b.Enum, b.ReprEnum, b.Flag);
        b.IntFlag.Doc = PyStr.From("\n    Support for integer-based Flags\n    ");
        // FlagBoundary is itself a StrEnum; the flag classes' _boundary_ are its members.
        var ns = new PyDict();
        ns.Set("__module__", PyStr.From("enum"));
        ns.Set("__qualname__", PyStr.From("FlagBoundary"));
        foreach (var n in new[] { "STRICT", "CONFORM", "EJECT", "KEEP" }) ns.Set(n, PyStr.From(n.ToLowerInvariant()));
        b.FlagBoundary = EnumClassBuilder.Create(EnumMeta.EnumType, "FlagBoundary", new[] { b.StrEnum }, ns, null, null, Array.Empty<PyObject>());
        var boundaries = EnumState.MemberMap(b.FlagBoundary);
        b.Flag.SetMember("_boundary_", boundaries.Get("STRICT")!);
        b.IntFlag.SetMember("_boundary_", boundaries.Get("KEEP")!);
        var checks = new PyDict();
        checks.Set("__module__", PyStr.From("enum"));
        checks.Set("CONTINUOUS", PyStr.From("no skipped integer values"));
        checks.Set("NAMED_FLAGS", PyStr.From("multi-flag aliases may not contain unnamed flags"));
        checks.Set("UNIQUE", PyStr.From("one name per value"));
        b.EnumCheck = EnumClassBuilder.Create(EnumMeta.EnumType, "EnumCheck", new[] { b.StrEnum }, checks, null, null, Array.Empty<PyObject>());
        return b;
    }

    private static PyType NewBase(string name, EnumBaseKind kind, params PyType[] bases)
    {
        var t = PyType.NewHeap(name, bases, EnumMeta.EnumType);
        t.NativeDunders = true;
        t.Members["__module__"] = PyStr.From("enum");
        t.Members["_member_names_"] = new PyList();
        t.Members["_member_map_"] = new PyDict();
        t.Members["_value2member_map_"] = new PyDict();
        t.Members["_unhashable_values_"] = new PyList();
        t.Members["_member_type_"] = PyType.ObjectType;
        t.Members["_value_repr_"] = PyNone.Instance;
        t.Members["_new_member_"] = TypeCall.ObjectNew;
        t.Members["_use_args_"] = PyBool.False;
        EnumState.Register(t, kind);
        return t;
    }

    private static void Method(PyType t, string name, BuiltinFn fn, int arity = 0) => t.Members[name] = new PyBuiltinFunction(name, Arity.Check(name, arity, fn), t);

    private static void ClassMethod(PyType t, string name, BuiltinFn fn, int arity = 0) => t.Members[name] = new PyBuiltinFunction(name, Arity.Check(name, arity, fn), t) { IsClassMethod = true };

    private static void Static(PyType t, string name, BuiltinFn fn) => t.Members[name] = new PyBuiltinFunction(name, fn, t) { IsStatic = true };

    private static PyObject Str(string s) => PyStr.From(s);

    private static PyType BuildEnum()
    {
        var t = NewBase("Enum", EnumBaseKind.Enum);
        t.Doc = PyStr.From("\n    Create a collection of name/value pairs.\n    ");
        Static(t, "__new__", (a, kw) =>
        {
            ArgParser.Count("__new__", a, kw, 2, 2);
            return EnumMembers.Lookup(a[0] as PyType ?? throw Err.TypeError("Enum.__new__(X): X is not a type object"), a[1]);
        });
        Method(t, "__init__", (a, kw) => PyNone.Instance);
        Static(t, "_generate_next_value_", EnumMembers.GenerateNext);
        ClassMethod(t, "_missing_", (a, kw) => PyNone.Instance);
        Method(t, "__repr__", (a, kw) => Str(EnumMembers.Repr(a[0])));
        Method(t, "__str__", (a, kw) => Str(EnumMembers.Str(a[0])));
        Method(t, "__format__", (a, kw) =>
        {
            ArgParser.Count("__format__", a[1..], kw, 1, 1);
            return Str(Ops.Format(PyStr.From(Ops.Str(a[0])), Ops.Str(a[1])));
        });
        Method(t, "__hash__", (a, kw) => PyInt.From(Ops.Hash(EnumState.NameOf(a[0]))));
        Method(t, "__reduce_ex__", (a, kw) => new PyTuple(new PyObject[] { a[0].Type, new PyTuple(new[] { EnumState.ValueOf(a[0]) }) }));
        Method(t, "__copy__", (a, kw) => a[0]);
        Method(t, "__deepcopy__", (a, kw) => a[0]);
        t.Members["name"] = ReadOnlyProperty(t, "name", o => EnumState.NameOf(o));
        t.Members["value"] = ReadOnlyProperty(t, "value", o => EnumState.ValueOf(o));
        return t;
    }

    // enum.property: readable, and "<enum 'Enum'> cannot set attribute 'name'" on assignment.
    private static PyProperty ReadOnlyProperty(PyType owner, string name, Func<PyObject, PyObject> get)
    {
        var getter = new PyBuiltinFunction(name, (a, kw) => get(a[0]), owner);
        var setter = new PyBuiltinFunction(name, (a, kw) => throw Err.AttributeError($"<enum {Ops.Repr(PyStr.From(owner.Name))}> cannot set attribute {Ops.Repr(PyStr.From(name))}"), owner);
        var deleter = new PyBuiltinFunction(name, (a, kw) => throw Err.AttributeError($"<enum {Ops.Repr(PyStr.From(owner.Name))}> cannot delete attribute {Ops.Repr(PyStr.From(name))}"), owner);
        return new PyProperty(getter, setter, deleter, null) { Name = name };
    }

    private static PyType BuildFlag(PyType enumBase)
    {
        var t = NewBase("Flag", EnumBaseKind.Flag, enumBase);
        t.Doc = PyStr.From("\n    Support for flags\n    ");
        t.Members["_numeric_repr_"] = new PyBuiltinFunction("repr", (a, kw) =>
        {
            ArgParser.Count("repr", a, kw, 1, 1);
            return PyStr.From(Ops.Repr(a[0]));
        });
        t.Members["_boundary_"] = PyStr.From("strict");
        t.Members["_flag_mask_"] = PyInt.From(0);
        t.Members["_singles_mask_"] = PyInt.From(0);
        t.Members["_all_bits_"] = PyInt.From(0);
        t.Members["_inverted_"] = PyNone.Instance;
        Static(t, "_generate_next_value_", FlagMethods.GenerateNext);
        ClassMethod(t, "_iter_member_by_value_", (a, kw) => ListIter(FlagMethods.ByValue(Cls(a[0]), EnumState.Big(a[1]))), 1);
        ClassMethod(t, "_iter_member_by_def_", (a, kw) => ListIter(FlagMethods.ByDef(Cls(a[0]), EnumState.Big(a[1]))), 1);
        t.Members["_iter_member_"] = t.Members["_iter_member_by_value_"];
        ClassMethod(t, "_missing_", (a, kw) =>
        {
            ArgParser.Count("_missing_", a[1..], kw, 1, 1);
            return FlagMethods.Missing(Cls(a[0]), a[1]);
        });
        Method(t, "__contains__", (a, kw) => PyBool.From(FlagMethods.Contains(a[0], a[1])), 1);
        Method(t, "__iter__", (a, kw) => ListIter(FlagMethods.Iter(a[0])));
        Method(t, "__len__", (a, kw) =>
        {
            var v = EnumState.Big(EnumState.ValueOf(a[0]));
            int count = 0;
            foreach (var by in System.Numerics.BigInteger.Abs(v).ToByteArray()) count += System.Numerics.BitOperations.PopCount(by);
            return PyInt.From(count);
        });
        Method(t, "__repr__", (a, kw) => Str(FlagMethods.Repr(a[0])));
        Method(t, "__str__", (a, kw) => Str(FlagMethods.Str(a[0])));
        Method(t, "__bool__", (a, kw) => PyBool.From(Ops.IsTrue(EnumState.ValueOf(a[0]))));
        Method(t, "__or__", (a, kw) => FlagMethods.BitOp(a[0], a[1], '|'), 1);
        Method(t, "__and__", (a, kw) => FlagMethods.BitOp(a[0], a[1], '&'), 1);
        Method(t, "__xor__", (a, kw) => FlagMethods.BitOp(a[0], a[1], '^'), 1);
        Method(t, "__ror__", (a, kw) => FlagMethods.BitOp(a[0], a[1], '|'), 1);
        Method(t, "__rand__", (a, kw) => FlagMethods.BitOp(a[0], a[1], '&'), 1);
        Method(t, "__rxor__", (a, kw) => FlagMethods.BitOp(a[0], a[1], '^'), 1);
        Method(t, "__invert__", (a, kw) => FlagMethods.Invert(a[0]));
        return t;
    }

    // IntEnum(int, ReprEnum), StrEnum(str, ReprEnum), IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    // what EnumType.__new__ leaves in their namespaces in CPython.
    private static PyType BuildDataEnum(string name, EnumBaseKind kind, PyType dataType, PyType enumBase, PyType reprEnum, PyType? flag = null)
    {
        var bases = flag is null ? new[] { dataType, reprEnum } : new[] { dataType, reprEnum, flag };
        var t = NewBase(name, kind, bases);
        t.Members["_member_type_"] = dataType;
        t.Members["_value_repr_"] = dataType.Lookup("__repr__") ?? PyNone.Instance;
        t.Members["_new_member_"] = dataType.Lookup("__new__") ?? TypeCall.ObjectNew;
        t.Members["_use_args_"] = PyBool.True;
        t.Members["__str__"] = EnumMembers.DataStr(enumBase);
        t.Members["__format__"] = EnumMembers.DataFormat(enumBase);
        t.Members["__new__"] = enumBase.Members["__new__"];
        var repr = (flag ?? enumBase).Members["__repr__"];
        t.Members["__repr__"] = repr;
        t.Members["__reduce_ex__"] = enumBase.Members["__reduce_ex__"];
        if (flag is not null)
        {
            t.Members["_boundary_"] = PyStr.From("keep");
            foreach (var n in new[] { "__or__", "__and__", "__xor__", "__ror__", "__rand__", "__rxor__", "__invert__" })
                t.Members[n] = flag.Members[n];
        }
        if (kind == EnumBaseKind.StrEnum)
        {
            var strNew = new PyBuiltinFunction("__new__", (a, kw) => NewStrMember(a), t) { IsStatic = true };
            t.Members["_new_member_"] = strNew;
            t.Members["__new_member__"] = strNew;
            Static(t, "_generate_next_value_", (a, kw) =>
            {
                var p = ArgParser.Parse("_generate_next_value_", a, kw, new[] { "name", "start", "count", "last_values" }, 4);
                return PyStr.From(Ops.Str(p[0]!).ToLowerInvariant());
            });
        }
        return t;
    }

    // StrEnum.__new__(cls, *values): the values must already be str.
    private static PyObject NewStrMember(ReadOnlySpan<PyObject> a)
    {
        if (a.Length == 0) throw Err.TypeError("StrEnum.__new__(): not enough arguments");
        var cls = Cls(a[0]);
        var values = a[1..];
        if (values.Length > 3) throw Err.TypeError($"too many arguments for str(): {Ops.Repr(PyTuple.From(values.ToArray()))}");
        if (values.Length == 1 && values[0] is not PyStr) throw Err.TypeError($"{Ops.Repr(values[0])} is not a string");
        if (values.Length >= 2 && values[1] is not PyStr) throw Err.TypeError($"encoding must be a string, not {Ops.Repr(values[1])}");
        if (values.Length == 3 && values[2] is not PyStr) throw Err.TypeError($"errors must be a string, not {Ops.Repr(values[2])}");
        var value = Vm.Current!.Call(PyStr.TypeObject, values.ToArray());
        var strNew = PyStr.TypeObject.Members["__new__"];
        var member = Vm.Current!.Call(strNew, cls, value);
        EnumState.SetOnMember(member, "_value_", value);
        return member;
    }

    private static PyObject ListIter(List<PyObject> items)
    {
        int i = 0;
        return new PyFuncIterator(PyListIteratorType, () => i < items.Count ? items[i++] : null);
    }

    private static readonly PyType PyListIteratorType = PyType.NewBuiltin("generator", null);

    private static PyType Cls(PyObject o) => o as PyType ?? throw Err.TypeError($"descriptor requires a type but received a '{Ops.TypeName(o)}'");
}
