using RuleSandbox.Engine.Compiler;

namespace RuleSandbox.Engine.Runtime.Objects;

/// <summary>A function defined in Python: code plus the globals, defaults and closure it was made with.</summary>
public sealed class PyFunction : PyObject
{
    /// <summary><c>function</c>.</summary>
    public static readonly PyType TypeObject = PyType.NewBuiltin("function", null);

    private PyDict? _dict;

    /// <summary>A function object (MAKE_FUNCTION).</summary>
    public PyFunction(CodeObject code, PyDict globals, PyObject[] defaults, PyDict? kwDefaults, PyCell[]? closure)
    {
        Code = code;
        Consts = RuntimeConstants.For(code);
        Globals = globals;
        Defaults = defaults;
        KwDefaults = kwDefaults;
        Closure = closure;
        Name = code.Name;
        QualName = code.QualName;
        var m = globals.Get("__name__");
        Module = m ?? PyNone.Instance;
    }

    /// <summary>The compiled code.</summary>
    public CodeObject Code { get; }

    /// <summary>The code's constants as Python objects.</summary>
    public PyObject[] Consts { get; }

    /// <summary><c>__globals__</c> (not reachable from Python code).</summary>
    public PyDict Globals { get; }

    /// <summary>Positional defaults (<c>__defaults__</c>).</summary>
    public PyObject[] Defaults { get; set; }

    /// <summary>Keyword-only defaults (<c>__kwdefaults__</c>).</summary>
    public PyDict? KwDefaults { get; set; }

    /// <summary>The cells of the free variables.</summary>
    public PyCell[]? Closure { get; }

    /// <summary><c>__name__</c>.</summary>
    public string Name { get; set; }

    /// <summary><c>__qualname__</c>.</summary>
    public string QualName { get; set; }

    /// <summary><c>__module__</c>.</summary>
    public PyObject Module { get; set; }

    /// <summary><c>__doc__</c>.</summary>
    public PyObject Doc { get; set; } = PyNone.Instance;

    /// <summary><c>__annotations__</c>.</summary>
    public PyDict? Annotations { get; set; }

    /// <inheritdoc />
    public override PyDict Dict => _dict ??= new PyDict();

    /// <inheritdoc />
    public override PyType Type => TypeObject;
}
