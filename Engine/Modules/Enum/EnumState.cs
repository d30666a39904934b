using System.Numerics;
using System.Runtime.CompilerServices;
using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Enums;

/// <summary>Which of the enum module's own base classes a class is (recorded per execution).</summary>
internal enum EnumBaseKind
{
    Enum,
    ReprEnum,
    Flag,
    IntEnum,
    StrEnum,
    IntFlag,
}

/// <summary>
/// Access to an enum class's bookkeeping. As in CPython it lives in the class namespace
/// (<c>_member_map_</c>, <c>_member_names_</c>, <c>_value2member_map_</c>...), so a rule sees the
/// same attributes; these helpers read it back with type checks, because a rule may overwrite them.
/// </summary>
internal static class EnumState
{
    // The module's base classes are built per execution (they are mutable heap classes); this
    // table tells which one a class is without keeping it alive.
    private static readonly ConditionalWeakTable<PyType, StrongBox<EnumBaseKind>> s_kinds = new();

    public static void Register(PyType t, EnumBaseKind kind) => s_kinds.AddOrUpdate(t, new StrongBox<EnumBaseKind>(kind));

    public static EnumBaseKind? KindOf(PyType t) => s_kinds.TryGetValue(t, out var k) ? k.Value : null;

    /// <summary>The module base class of <paramref name="kind"/> in the MRO of <paramref name="t"/>, if any.</summary>
    public static PyType? FindBase(PyType t, EnumBaseKind kind)
    {
        foreach (var b in t.Mro)
            if (KindOf(b) == kind) return b;
        return null;
    }

    public static bool IsEnumClass(PyObject o) => o is PyType t && t.Type.IsSubtypeOf(EnumMeta.EnumType);

    public static bool IsFlag(PyType t) => FindBase(t, EnumBaseKind.Flag) is not null;

    public static PyObject Attr(PyType cls, string name)
        => cls.Lookup(name) ?? throw Err.AttributeError($"type object '{cls.Name}' has no attribute '{name}'");

    public static PyDict MemberMap(PyType cls)
        => Attr(cls, "_member_map_") as PyDict ?? throw Err.TypeError($"{cls.Name}._member_map_ must be a dict");

    public static PyList MemberNames(PyType cls)
        => Attr(cls, "_member_names_") as PyList ?? throw Err.TypeError($"{cls.Name}._member_names_ must be a list");

    public static PyDict ValueMap(PyType cls)
        => Attr(cls, "_value2member_map_") as PyDict ?? throw Err.TypeError($"{cls.Name}._value2member_map_ must be a dict");

    public static PyList Unhashables(PyType cls)
        => Attr(cls, "_unhashable_values_") as PyList ?? throw Err.TypeError($"{cls.Name}._unhashable_values_ must be a list");

    public static PyType MemberType(PyType cls) => cls.Lookup("_member_type_") as PyType ?? PyType.ObjectType;

    // Keys made once: `member.value` is read in rule loops, and a PyStr caches its hash.
    private static readonly PyStr s_valueKey = PyStr.From("_value_");
    private static readonly PyStr s_nameKey = PyStr.From("_name_");

    /// <summary>A member's <c>_value_</c>.</summary>
    public static PyObject ValueOf(PyObject member)
        => member.Dict?.Get(s_valueKey) ?? Ops.GetAttr(member, "_value_");

    /// <summary>A member's <c>_name_</c> (None for unnamed flag combinations).</summary>
    public static PyObject NameOf(PyObject member)
        => member.Dict?.Get(s_nameKey) ?? Ops.GetAttr(member, "_name_");

    /// <summary>Sets an attribute on a member without going through a class's <c>__setattr__</c>.</summary>
    public static void SetOnMember(PyObject member, string name, PyObject value)
    {
        if (member.Dict is { } d) d.Set(name, value);
        else Ops.GenericSetAttr(member, name, value);
    }

    /// <summary>Finds the member whose value is <paramref name="value"/>; null when none.</summary>
    public static PyObject? ByValue(PyType cls, PyObject value)
    {
        try
        {
            return ValueMap(cls).Get(value);
        }
        catch (PythonException e) when (e.Value.Is(ExcTypes.TypeError))
        {
            // An unhashable value: the linear search CPython does.
            foreach (var kv in MemberMap(cls).Items())
            {
                Vm.Current?.Charge(1);
                if (Ops.Eq(ValueOf(kv.Value), value)) return kv.Value;
            }
            return null;
        }
    }

    /// <summary>The canonical members in definition order (what iterating the class gives).</summary>
    public static List<PyObject> Members(PyType cls)
    {
        var map = MemberMap(cls);
        var names = MemberNames(cls);
        var result = new List<PyObject>(names.Count);
        foreach (var n in names.Items)
        {
            Vm.Current?.Charge(1);
            result.Add(map.Get(n) ?? throw Err.KeyError(n));
        }
        return result;
    }

    /// <summary>An int-like value as a BigInteger (flag arithmetic).</summary>
    public static BigInteger Big(PyObject v) => v is PyInt i ? i.Big : Ops.AsIndex(v).Big;

    /// <summary>The qualified name CPython's messages use (<c>cls.__qualname__</c>).</summary>
    public static string QualName(PyType cls) => cls.QualName;
}
