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

    /// <summary>The module attributes these classes provide, in a stable order.</summary>
    public IEnumerable<(string Name, PyObject Value)> Exports()
    {
        yield return ("Enum", Enum);
        yield return ("ReprEnum", ReprEnum);
        yield return ("Flag", Flag);
    }

    /// <summary>Builds the classes for one execution.</summary>
    public static EnumBases Build()
    {
        var b = new EnumBases();
        b.Enum = BuildEnum();
        b.ReprEnum = NewBase("ReprEnum", EnumBaseKind.ReprEnum, b.Enum);
        b.ReprEnum.Doc = PyStr.From("\n    Only changes the repr(), leaving str() and format() to the mixed-in type.\n    ");
        b.Flag = BuildFlag(b.Enum);
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

    private static void Method(PyType t, string name, BuiltinFn fn) => t.Members[name] = new PyBuiltinFunction(name, fn, t);

    private static void ClassMethod(PyType t, string name, BuiltinFn fn) => t.Members[name] = new PyBuiltinFunction(name, fn, t) { IsClassMethod = true };

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
        ClassMethod(t, "_iter_member_by_value_", (a, kw) => ListIter(FlagMethods.ByValue((PyType)a[0], EnumState.Big(a[1]))));
        ClassMethod(t, "_iter_member_by_def_", (a, kw) => ListIter(FlagMethods.ByDef((PyType)a[0], EnumState.Big(a[1]))));
        t.Members["_iter_member_"] = t.Members["_iter_member_by_value_"];
        ClassMethod(t, "_missing_", (a, kw) =>
        {
            ArgParser.Count("_missing_", a[1..], kw, 1, 1);
            return FlagMethods.Missing((PyType)a[0], a[1]);
        });
        Method(t, "__contains__", (a, kw) => PyBool.From(FlagMethods.Contains(a[0], a[1])));
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
        Method(t, "__or__", (a, kw) => FlagMethods.BitOp(a[0], a[1], '|'));
        Method(t, "__and__", (a, kw) => FlagMethods.BitOp(a[0], a[1], '&'));
        Method(t, "__xor__", (a, kw) => FlagMethods.BitOp(a[0], a[1], '^'));
        Method(t, "__ror__", (a, kw) => FlagMethods.BitOp(a[0], a[1], '|'));
        Method(t, "__rand__", (a, kw) => FlagMethods.BitOp(a[0], a[1], '&'));
        Method(t, "__rxor__", (a, kw) => FlagMethods.BitOp(a[0], a[1], '^'));
        Method(t, "__invert__", (a, kw) => FlagMethods.Invert(a[0]));
        return t;
    }

    private static PyObject ListIter(List<PyObject> items)
    {
        int i = 0;
        return new PyFuncIterator(PyListIteratorType, () => i < items.Count ? items[i++] : null);
    }

    private static readonly PyType PyListIteratorType = PyType.NewBuiltin("generator", null);
}
