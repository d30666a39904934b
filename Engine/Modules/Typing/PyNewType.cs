using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Typing;

/// <summary><c>typing.NewType('UserId', int)</c>: calling it returns its argument unchanged.</summary>
public sealed class PyNewType : PyObject
{
    /// <summary><c>typing.NewType</c>.</summary>
    public static readonly PyType TypeObject = Build();

    private PyNewType(string name, PyObject supertype, string module)
    {
        Name = name;
        Supertype = supertype;
        Module = module;
    }

    /// <summary><c>__name__</c>.</summary>
    public string Name { get; }

    /// <summary><c>__supertype__</c>.</summary>
    public PyObject Supertype { get; }

    /// <summary>The module that made it (its repr is <c>module.Name</c>).</summary>
    public string Module { get; }

    /// <inheritdoc />
    public override PyType Type => TypeObject;

    private static PyNewType Self(PyObject o) => o as PyNewType ?? throw Err.TypeError($"descriptor requires a 'NewType' object but received a '{Ops.TypeName(o)}'");

    private static PyType Build()
    {
        var t = PyType.NewNative("NewType", "typing");
        t.Constructor = (a, kw) =>
        {
            var p = ArgParser.Parse("NewType", a, kw, new[] { "name", "tp" }, 2);
            if (p[0] is not PyStr name) throw Err.TypeError($"NewType() argument 'name' must be str, not {Ops.TypeName(p[0]!)}");
            var module = Vm.Current?.CurrentFrame?.Globals.Get("__name__") is PyStr m ? m.Value : "__main__";
            return new PyNewType(name.Value, p[1]!, module);
        };
        void M(string n, BuiltinFn fn, int arity = 0) => t.Members[n] = new PyBuiltinFunction(n, Enums.Arity.Check(n, arity, fn), t);
        M("__call__", (a, kw) =>
        {
            ArgParser.Count(Self(a[0]).Name, a[1..], kw, 1, 1);
            return a[1];
        });
        M("__repr__", (a, kw) => PyStr.From(Self(a[0]).Module + "." + Self(a[0]).Name));
        M("__or__", (a, kw) => TypingAliasBinding.MakeUnion(new[] { a[0], a[1] }), 1);
        void P(string n, Func<PyNewType, PyObject> get) => t.Members[n] = new PyProperty(new PyBuiltinFunction(n, (a, kw) => get(Self(a[0])), t), null, null, null) { Name = n };
        P("__name__", s => PyStr.From(s.Name));
        P("__qualname__", s => PyStr.From(s.Name));
        P("__supertype__", s => s.Supertype);
        return t;
    }
}
