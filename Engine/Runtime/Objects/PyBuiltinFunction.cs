namespace RuleSandbox.Engine.Runtime.Objects;

/// <summary>
/// A builtin function or a builtin type's method (<c>len</c>, <c>list.append</c>). A method
/// receives its <c>self</c> as the first argument; looking it up on an instance binds it.
/// </summary>
public sealed class PyBuiltinFunction : PyObject
{
    /// <summary><c>builtin_function_or_method</c>.</summary>
    public static readonly PyType TypeObject = PyType.NewBuiltin("builtin_function_or_method", null);

    /// <summary><c>method_descriptor</c>.</summary>
    public static readonly PyType MethodDescriptorType = PyType.NewBuiltin("method_descriptor", null);

    /// <summary>A builtin.</summary>
    public PyBuiltinFunction(string name, BuiltinFn fn, PyType? ownerType = null)
    {
        Name = name;
        Fn = fn;
        OwnerType = ownerType;
    }

    /// <summary><c>__name__</c>.</summary>
    public string Name { get; }

    /// <summary>The implementation.</summary>
    public BuiltinFn Fn { get; }

    /// <summary>For methods: the type that defines it (lookups on instances bind <c>self</c>).</summary>
    public PyType? OwnerType { get; }

    /// <summary>True when this is a method of a builtin type (binds on attribute access).</summary>
    public bool IsMethod => OwnerType is not null && !IsStatic && !BindsLikeFunction;

    /// <summary>True for static helpers stored in a type (<c>dict.fromkeys</c>, <c>str.maketrans</c>).</summary>
    public bool IsStatic { get; init; }

    /// <summary>True when bound to the class on lookup (<c>dict.fromkeys</c>, <c>int.from_bytes</c>).</summary>
    public bool IsClassMethod { get; init; }

    /// <summary>
    /// True for a builtin that, stored in a class, binds like a Python function: looking it up on
    /// an instance passes the instance as the first argument, with no check of its type. Native
    /// modules use it for callables that stand in for Python functions (<c>contextlib</c>'s
    /// decorated generator functions, which rules also define as methods; the methods that
    /// <c>@dataclass</c> generates, which CPython writes in Python). An owner type, if any, only
    /// says which class made it (for operator dispatch and <c>__qualname__</c>).
    /// </summary>
    public bool BindsLikeFunction { get; init; }

    /// <inheritdoc />
    public override PyType Type => IsMethod ? MethodDescriptorType : TypeObject;
}
