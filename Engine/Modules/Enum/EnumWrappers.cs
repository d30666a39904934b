using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Enums;

/// <summary>
/// The small marker objects a class body uses: <c>auto()</c>, <c>member(x)</c>, <c>nonmember(x)</c>.
/// Their types are native and shared; each instance belongs to the execution that made it.
/// </summary>
internal sealed class EnumWrapper : PyObject
{
    /// <summary>Marks "no value yet" in <c>auto()</c> (CPython's <c>_auto_null</c>).</summary>
    public static readonly PyObject AutoNull = new EnumWrapper(PyType.NewNative("_auto_null", "enum"), null!);

    public static readonly PyType AutoType = MakeType("auto", true);
    public static readonly PyType MemberType = MakeType("member", false);
    public static readonly PyType NonMemberType = MakeType("nonmember", false);

    private readonly PyType _type;

    public EnumWrapper(PyType type, PyObject value)
    {
        _type = type;
        Value = value;
    }

    /// <summary>The wrapped value (for <c>auto</c>: the generated value once known).</summary>
    public PyObject Value { get; set; }

    /// <inheritdoc />
    public override PyType Type => _type;

    private static PyType MakeType(string name, bool isAuto)
    {
        var t = PyType.NewNative(name, "enum");
        t.Constructor = (a, kw) =>
        {
            if (isAuto)
            {
                var p = ArgParser.Parse("auto", a, kw, new[] { "value" }, 0);
                return new EnumWrapper(t, p[0] ?? AutoNull);
            }
            var q = ArgParser.Parse(name, a, kw, new[] { "value" }, 1);
            return new EnumWrapper(t, q[0]!);
        };
        var getter = new PyBuiltinFunction("value", (a, kw) => ((EnumWrapper)a[0]).Value, t);
        var setter = new PyBuiltinFunction("value", (a, kw) => { ((EnumWrapper)a[0]).Value = a[1]; return PyNone.Instance; }, t);
        t.Members["value"] = new PyProperty(getter, setter, null, null) { Name = "value" };
        if (isAuto)
        {
            t.Members["__repr__"] = new PyBuiltinFunction("__repr__", (a, kw) =>
            {
                var v = ((EnumWrapper)a[0]).Value;
                return PyStr.From("auto(" + (ReferenceEquals(v, AutoNull) ? "_auto_null" : Ops.Repr(v)) + ")");
            }, t);
        }
        return t;
    }

    /// <summary>True for an <c>auto()</c> instance.</summary>
    public static bool IsAuto(PyObject o) => o is EnumWrapper w && ReferenceEquals(w._type, AutoType);
}
