using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Enums;

/// <summary>
/// The <c>enum</c> module: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, member/nonmember
/// and the EnumType metaclass, with CPython 3.12's member semantics, reprs and messages.
/// </summary>
/// <remarks>
/// The metaclass, <c>auto</c> and the functions are built once per process; the base classes
/// (<c>Enum</c> and friends) are built per execution by <see cref="EnumBases"/> because they are
/// ordinary mutable classes.
/// </remarks>
public static class EnumModule
{
    private static readonly Lazy<(string Name, PyObject Value)[]> s_shared = new(Build);

    /// <summary>Builds the module for one execution.</summary>
    public static PyModule Create()
    {
        var m = new PyModule("enum");
        foreach (var (name, value) in s_shared.Value) m.ModuleDict.Set(name, value);
        foreach (var (name, value) in EnumBases.Build().Exports()) m.ModuleDict.Set(name, value);
        return m;
    }

    private static (string, PyObject)[] Build() => new (string, PyObject)[]
    {
        ("EnumType", EnumMeta.EnumType),
        ("EnumMeta", EnumMeta.EnumType),
        ("auto", EnumWrapper.AutoType),
        ("member", EnumWrapper.MemberType),
        ("nonmember", EnumWrapper.NonMemberType),
        ("unique", new PyBuiltinFunction("unique", EnumMembers.Unique)),
        ("verify", EnumVerify.TypeObject),
        ("show_flag_values", new PyBuiltinFunction("show_flag_values", (a, kw) =>
        {
            ArgParser.Count("show_flag_values", a, kw, 1, 1);
            var v = EnumState.Big(a[0] is PyInt ? a[0] : EnumState.ValueOf(a[0]));
            if (v < 0) throw Err.ValueError($"{Ops.Repr(a[0])} is not a positive integer");
            var bits = new List<PyObject>();
            while (!v.IsZero)
            {
                Vm.Current?.Charge(1);
                var b = v & -v;
                bits.Add(PyInt.From(b));
                v ^= b;
            }
            return new PyList(bits);
        })),
    };
}
