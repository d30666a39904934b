using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Typing;

/// <summary>What a typing object is and how it subscripts and prints.</summary>
internal enum AliasKind
{
    /// <summary>A special form: <c>Any</c>, <c>Optional</c>, <c>Union</c>, <c>Literal</c>, <c>Final</c>...</summary>
    Form,
    /// <summary>An unsubscripted generic alias: <c>List</c>, <c>Dict</c>, <c>Callable</c>.</summary>
    Special,
    /// <summary>A subscripted alias: <c>List[int]</c>, <c>Final[int]</c>, <c>Annotated[int, 'x']</c>.</summary>
    Generic,
    /// <summary><c>Union[...]</c> / <c>Optional[...]</c>.</summary>
    Union,
    /// <summary><c>Literal[...]</c> (arguments are values, printed with repr).</summary>
    Literal,
    /// <summary><c>Callable[[args], result]</c>.</summary>
    Callable,
}

/// <summary>
/// The objects of the <c>typing</c> module that annotations are made of: special forms and
/// generic aliases, with CPython's subscription rules (arity, Union flattening and de-duplication,
/// <c>Optional[X]</c> as <c>Union[X, None]</c>), equality, hashing and reprs (<c>typing.List[int]</c>).
/// Annotations are never enforced; these objects exist so that annotated rule code runs and prints
/// like CPython.
/// </summary>
public sealed class PyTypingAlias : PyObject
{
    /// <summary><c>typing._SpecialForm</c>.</summary>
    public static readonly PyType FormType = TypingAliasBinding.Build("_SpecialForm");

    /// <summary><c>typing._GenericAlias</c> (every alias shares it here).</summary>
    public static readonly PyType AliasType = TypingAliasBinding.Build("_GenericAlias");

    internal PyTypingAlias(AliasKind kind, string name, PyObject? origin, PyObject[] args, int arity = -1)
    {
        Kind = kind;
        Name = name;
        Origin = origin;
        Args = args;
        Arity = arity;
    }

    internal AliasKind Kind { get; }

    /// <summary>The name after <c>typing.</c> (<c>List</c>, <c>Optional</c>).</summary>
    public string Name { get; }

    /// <summary>The runtime class (<c>list</c> for <c>List[int]</c>), or the form for wrapped forms.</summary>
    public PyObject? Origin { get; }

    /// <summary><c>__args__</c>.</summary>
    public PyObject[] Args { get; }

    /// <summary>How many parameters an unsubscripted alias takes (-1: any number).</summary>
    internal int Arity { get; }

    /// <inheritdoc />
    public override PyType Type => Kind == AliasKind.Form ? FormType : AliasType;

    /// <summary>CPython's <c>typing._type_repr</c>.</summary>
    internal static string TypeRepr(PyObject o)
    {
        switch (o)
        {
            case PyType t:
                if (t.IsHeapType) return Ops.ModuleOf(t) + "." + t.QualName;
                if (t.Module == "builtins" || t.Name.Contains('.')) return t.Name;
                return t.Module + "." + t.Name;
            case PyEllipsis:
                return "...";
            case PyFunction f:
                return f.Name;
            case PyTuple tup:
                return "[" + string.Join(", ", tup.Items.Select(TypeRepr)) + "]";
            case PyList l:
                return "[" + string.Join(", ", l.Items.Select(TypeRepr)) + "]";
        }
        return Ops.Repr(o);
    }

    /// <summary>The repr: <c>typing.Optional[int]</c>, <c>typing.Callable[[int], str]</c>...</summary>
    internal string Repr()
    {
        switch (Kind)
        {
            case AliasKind.Form:
            case AliasKind.Special:
                return "typing." + Name;
            case AliasKind.Union:
                if (Args.Length == 2 && (ReferenceEquals(Args[0], PyNone.TypeObject) || ReferenceEquals(Args[1], PyNone.TypeObject)))
                    return "typing.Optional[" + TypeRepr(ReferenceEquals(Args[0], PyNone.TypeObject) ? Args[1] : Args[0]) + "]";
                return "typing.Union[" + string.Join(", ", Args.Select(TypeRepr)) + "]";
            case AliasKind.Literal:
                return "typing.Literal[" + string.Join(", ", Args.Select(Ops.Repr)) + "]";
            case AliasKind.Callable:
                if (Args.Length == 2 && Args[0] is PyEllipsis) return $"typing.Callable[..., {TypeRepr(Args[1])}]";
                return "typing.Callable[[" + string.Join(", ", Args[..^1].Select(TypeRepr)) + "], " + TypeRepr(Args[^1]) + "]";
            default:
                if (Args.Length == 0) return $"typing.{Name}[()]";
                if (Name == "Annotated") return $"typing.Annotated[{TypeRepr(Args[0])}, {string.Join(", ", Args[1..].Select(Ops.Repr))}]";
                return $"typing.{Name}[" + string.Join(", ", Args.Select(TypeRepr)) + "]";
        }
    }

    /// <summary>Equality as CPython's aliases define it (Union ignores order).</summary>
    internal bool SameAs(PyTypingAlias o)
    {
        if (Kind != o.Kind || Name != o.Name) return false;
        if (Kind is AliasKind.Form or AliasKind.Special) return ReferenceEquals(this, o) || Name == o.Name;
        if (Args.Length != o.Args.Length) return false;
        // Union and Literal compare their arguments as sets (Literal also by each value's type).
        if (Kind == AliasKind.Union)
            return Args.All(a => o.Args.Any(b => Ops.Eq(a, b))) && o.Args.All(b => Args.Any(a => Ops.Eq(a, b)));
        if (Kind == AliasKind.Literal)
        {
            static bool Same(PyObject a, PyObject b) => ReferenceEquals(a.Type, b.Type) && Ops.Eq(a, b);
            return Args.All(a => o.Args.Any(b => Same(a, b))) && o.Args.All(b => Args.Any(a => Same(a, b)));
        }
        for (int i = 0; i < Args.Length; i++)
            if (!Ops.Eq(Args[i], o.Args[i])) return false;
        return true;
    }

    /// <summary>A hash consistent with <see cref="SameAs"/>.</summary>
    internal long HashValue()
    {
        long h = Name.GetHashCode(StringComparison.Ordinal) ^ (int)Kind;
        if (Kind is AliasKind.Union or AliasKind.Literal)
        {
            foreach (var a in Args) h ^= Ops.Hash(a);
            return h;
        }
        foreach (var a in Args) h = unchecked(h * 1000003 ^ Ops.Hash(a));
        return h == -1 ? -2 : h;
    }
}
