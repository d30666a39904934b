using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Typing;

/// <summary>
/// <c>typing.TypeVar</c> instances (<c>~T</c>) and <c>typing.ForwardRef</c> (a string annotation
/// inside a subscription, <c>Optional['Node']</c>); one C# class, two Python types.
/// </summary>
public sealed class PyTypingRef : PyObject
{
    /// <summary><c>typing.TypeVar</c>.</summary>
    public static readonly PyType TypeVarType = BuildTypeVar();

    /// <summary><c>typing.ForwardRef</c>.</summary>
    public static readonly PyType ForwardRefType = BuildForwardRef();

    private readonly PyType _type;

    private PyTypingRef(PyType type, string name)
    {
        _type = type;
        Name = name;
    }

    /// <summary>The variable's name, or the forward reference's source text.</summary>
    public string Name { get; }

    /// <summary><c>__bound__</c> (None when unbounded).</summary>
    public PyObject Bound { get; private init; } = PyNone.Instance;

    /// <summary><c>__constraints__</c>.</summary>
    public PyObject[] Constraints { get; private init; } = Array.Empty<PyObject>();

    /// <summary><c>__covariant__</c>.</summary>
    public bool Covariant { get; private init; }

    /// <summary><c>__contravariant__</c>.</summary>
    public bool Contravariant { get; private init; }

    /// <inheritdoc />
    public override PyType Type => _type;

    /// <summary>True for a TypeVar.</summary>
    public bool IsTypeVar => ReferenceEquals(_type, TypeVarType);

    /// <summary>A constrained TypeVar made by the module itself (<c>AnyStr</c>).</summary>
    internal static PyTypingRef NewTypeVar(string name, params PyObject[] constraints) => new(TypeVarType, name) { Constraints = constraints };

    /// <summary>A forward reference to <paramref name="source"/>.</summary>
    internal static PyTypingRef Forward(string source) => new(ForwardRefType, source);

    private static PyTypingRef Self(PyObject o) => o as PyTypingRef ?? throw Err.TypeError($"descriptor requires a typing object but received a '{Ops.TypeName(o)}'");

    private static void Prop(PyType t, string name, Func<PyTypingRef, PyObject> get)
        => t.Members[name] = new PyProperty(new PyBuiltinFunction(name, (a, kw) => get(Self(a[0])), t), null, null, null) { Name = name };

    private static PyType BuildTypeVar()
    {
        var t = PyType.NewNative("TypeVar", "typing");
        t.Constructor = (a, kw) =>
        {
            int nkw = kw?.Length ?? 0;
            int npos = a.Length - nkw;
            if (npos < 1 || a[0] is not PyStr name) throw Err.TypeError("TypeVar() argument 'name' must be str");
            PyObject bound = PyNone.Instance;
            bool co = false, contra = false;
            for (int k = 0; k < nkw; k++)
            {
                var v = a[npos + k];
                switch (kw![k])
                {
                    case "bound": bound = v is PyStr bs ? Forward(bs.Value) : v; break;
                    case "covariant": co = Ops.IsTrue(v); break;
                    case "contravariant": contra = Ops.IsTrue(v); break;
                    case "infer_variance": break;
                    default: throw Err.TypeError($"typevar() got an unexpected keyword argument '{kw[k]}'");
                }
            }
            if (co && contra) throw Err.ValueError("Bivariant types are not supported.");
            var constraints = a[1..npos].ToArray();
            if (constraints.Length == 1) throw Err.TypeError("A single constraint is not allowed");
            if (constraints.Length > 0 && bound is not PyNone) throw Err.TypeError("Constraints cannot be combined with bound=...");
            return new PyTypingRef(t, name.Value) { Bound = bound, Constraints = constraints, Covariant = co, Contravariant = contra };
        };
        t.Members["__repr__"] = new PyBuiltinFunction("__repr__", (a, kw) =>
        {
            var s = Self(a[0]);
            return PyStr.From((s.Covariant ? "+" : s.Contravariant ? "-" : "~") + s.Name);
        }, t);
        Prop(t, "__name__", s => PyStr.From(s.Name));
        Prop(t, "__bound__", s => s.Bound);
        Prop(t, "__constraints__", s => PyTuple.From(s.Constraints));
        Prop(t, "__covariant__", s => PyBool.From(s.Covariant));
        Prop(t, "__contravariant__", s => PyBool.From(s.Contravariant));
        return t;
    }

    private static PyType BuildForwardRef()
    {
        var t = PyType.NewNative("ForwardRef", "typing");
        t.Constructor = (a, kw) =>
        {
            var p = ArgParser.Parse("ForwardRef", a, kw, new[] { "arg", "is_argument", "module", "is_class" }, 1);
            if (p[0] is not PyStr s) throw Err.TypeError($"Forward reference must be a string -- got {Ops.Repr(p[0]!)}");
            return Forward(s.Value);
        };
        t.Members["__repr__"] = new PyBuiltinFunction("__repr__", (a, kw) => PyStr.From("ForwardRef(" + Ops.Repr(PyStr.From(Self(a[0]).Name)) + ")"), t);
        t.Members["__eq__"] = new PyBuiltinFunction("__eq__", Enums.Arity.Check("__eq__", 1, (a, kw) =>
            a[1] is PyTypingRef o && ReferenceEquals(o._type, ForwardRefType) ? PyBool.From(o.Name == Self(a[0]).Name) : PyNotImplemented.Instance), t);
        t.Members["__hash__"] = new PyBuiltinFunction("__hash__", (a, kw) => PyInt.From(Ops.Hash(PyStr.From(Self(a[0]).Name))), t);
        Prop(t, "__forward_arg__", s => PyStr.From(s.Name));
        return t;
    }
}
