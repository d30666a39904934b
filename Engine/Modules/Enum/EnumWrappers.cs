using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Enums;

/// <summary>
/// The small marker objects a class body uses: <c>auto()</c>, <c>member(x)</c>, <c>nonmember(x)</c>.
/// Their types are native and shared; each instance belongs to the execution that made it.
/// </summary>
internal sealed class EnumWrapper : PyObject
{
    // Declared before the types below: static fields initialise in textual order.
    private static readonly (string, Compiler.BinaryOpKind)[] s_autoOps =
    {
        ("__or__", Compiler.BinaryOpKind.Or), ("__ror__", Compiler.BinaryOpKind.Or),
        ("__and__", Compiler.BinaryOpKind.And), ("__rand__", Compiler.BinaryOpKind.And),
        ("__xor__", Compiler.BinaryOpKind.Xor), ("__rxor__", Compiler.BinaryOpKind.Xor),
    };

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
        var setter = new PyBuiltinFunction("value", Arity.Check("value", 1, (a, kw) => { ((EnumWrapper)a[0]).Value = a[1]; return PyNone.Instance; }), t);
        t.Members["value"] = new PyProperty(getter, setter, null, null) { Name = "value" };
        if (isAuto)
        {
            foreach (var (dunder, op) in s_autoOps)
            {
                var kind = op;
                bool reflected = dunder.StartsWith("__r", StringComparison.Ordinal);
                t.Members[dunder] = new PyBuiltinFunction(dunder, (a, kw) =>
                {
                    ArgParser.Count(dunder, a[1..], kw, 1, 1);
                    var x = ResolveInClassBody(a[0]);
                    var y = a[1] is EnumWrapper w && IsAuto(w) ? ResolveInClassBody(w) : a[1];
                    return reflected ? Ops.Binary(kind, y, x) : Ops.Binary(kind, x, y);
                }, t);
            }
            t.Members["__invert__"] = new PyBuiltinFunction("__invert__", (a, kw) => Ops.Invert(ResolveInClassBody(a[0])), t);
            t.Members["__repr__"] = new PyBuiltinFunction("__repr__", (a, kw) =>
            {
                var v = ((EnumWrapper)a[0]).Value;
                return PyStr.From("auto(" + (ReferenceEquals(v, AutoNull) ? "_auto_null" : Ops.Repr(v)) + ")");
            }, t);
        }
        return t;
    }


    /// <summary>
    /// The value of an <c>auto()</c> used inside the class body (<c>RW = R | W</c> in a Flag).
    /// </summary>
    /// <remarks>
    /// CPython resolves <c>auto()</c> when the body stores it (its metaclass's <c>__prepare__</c>
    /// namespace does); the class body here fills a plain dict, so the values are worked out when a
    /// bit operator first needs them: every pending <c>auto()</c> in the namespace so far, in order,
    /// with the body's own <c>_generate_next_value_</c> or else Flag's (bit operators on members
    /// mean a flag).
    /// </remarks>
    private static PyObject ResolveInClassBody(PyObject autoObj)
    {
        var self = (EnumWrapper)autoObj;
        if (!ReferenceEquals(self.Value, AutoNull)) return self.Value;
        var vm = Vm.Current!;
        var ns = vm.CurrentFrame?.LocalsDict ?? throw Err.TypeError("auto() values are only known inside an enum class body");
        PyObject? gnv = ns.Get("_generate_next_value_");
        if (gnv is PyStaticMethod sm) gnv = sm.Func;
        var last = new List<PyObject>();
        int count = 0;
        foreach (var kv in ns.Items())
        {
            vm.Charge(1);
            if (kv.Key is not PyStr k || k.Value.StartsWith('_')) continue;
            var v = kv.Value;
            if (v is EnumWrapper w && IsAuto(w))
            {
                if (ReferenceEquals(w.Value, AutoNull))
                {
                    var args = new PyObject[] { k, PyInt.From(1), PyInt.From(count), new PyList(new List<PyObject>(last)) };
                    w.Value = gnv is null ? Enums.FlagMethods.GenerateNext(args, null) : vm.Call(gnv, args);
                }
                v = w.Value;
            }
            else if (v is PyFunction or PyProperty or PyClassMethod or PyStaticMethod || v is EnumWrapper)
            {
                continue;
            }
            last.Add(v);
            count++;
        }
        return ReferenceEquals(self.Value, AutoNull) ? throw Err.TypeError("auto() value is not known yet") : self.Value;
    }

    /// <summary>True for an <c>auto()</c> instance.</summary>
    public static bool IsAuto(PyObject o) => o is EnumWrapper w && ReferenceEquals(w._type, AutoType);
}
