using RuleSandbox.Engine.Syntax.Ast;

namespace RuleSandbox.Engine.Compiler;

/// <summary>The kind of a scope in the symbol table.</summary>
public enum ScopeKind
{
    /// <summary>The module body.</summary>
    Module,
    /// <summary>A class body.</summary>
    Class,
    /// <summary>A def.</summary>
    Function,
    /// <summary>A lambda.</summary>
    Lambda,
    /// <summary>A comprehension or generator expression.</summary>
    Comprehension,
}

/// <summary>How a name is reached from a scope.</summary>
public enum NameScope
{
    /// <summary>A local of a function (fast slot) or a class/module namespace name.</summary>
    Local,
    /// <summary>Declared <c>global</c>.</summary>
    GlobalExplicit,
    /// <summary>Not bound anywhere enclosing: a global or builtin.</summary>
    GlobalImplicit,
    /// <summary>Bound in an enclosing function scope (closure cell).</summary>
    Free,
    /// <summary>A local that nested scopes capture.</summary>
    Cell,
}

[Flags]
internal enum SymFlags
{
    None = 0,
    Param = 1,
    Assigned = 2,
    Used = 4,
    Global = 8,
    Nonlocal = 16,
    Annotated = 32,
}

/// <summary>One scope of the symbol table: its names and how each resolves.</summary>
public sealed class Scope
{
    internal Scope(ScopeKind kind, string name, Scope? parent, Node node)
    {
        Kind = kind;
        Name = name;
        Parent = parent;
        Node = node;
    }

    /// <summary>Kind of scope.</summary>
    public ScopeKind Kind { get; }

    /// <summary>Function, class or synthetic name (<c>&lt;lambda&gt;</c>, <c>&lt;listcomp&gt;</c>).</summary>
    public string Name { get; }

    /// <summary>The enclosing scope.</summary>
    public Scope? Parent { get; }

    /// <summary>The node that opens the scope.</summary>
    public Node Node { get; }

    internal readonly Dictionary<string, SymFlags> Symbols = new(StringComparer.Ordinal);
    internal readonly List<string> Params = new();
    internal readonly List<string> Order = new();
    internal readonly List<Scope> Children = new();
    internal readonly Dictionary<string, NameScope> Resolved = new(StringComparer.Ordinal);

    /// <summary>True when the body contains yield.</summary>
    public bool IsGenerator { get; internal set; }

    /// <summary>True for a class whose methods use <c>super()</c> or <c>__class__</c>.</summary>
    public bool NeedsClassCell { get; internal set; }

    /// <summary>True when a function uses super() or __class__ (needs the implicit __class__ cell).</summary>
    internal bool UsesClassCell;

    /// <summary>Free variables of the code object (resolved frees plus names passed through to children).</summary>
    public List<string> FreeVars { get; } = new();

    /// <summary>Locals captured by nested scopes.</summary>
    public List<string> CellVars { get; } = new();

    /// <summary>True for scopes whose locals live in fast slots.</summary>
    public bool IsFunctionLike => Kind is ScopeKind.Function or ScopeKind.Lambda or ScopeKind.Comprehension;

    internal void Add(string name, SymFlags flags)
    {
        if (Symbols.TryGetValue(name, out var f)) Symbols[name] = f | flags;
        else
        {
            Symbols[name] = flags;
            Order.Add(name);
        }
    }

    /// <summary>How <paramref name="name"/> resolves in this scope.</summary>
    public NameScope Resolve(string name)
    {
        if (Resolved.TryGetValue(name, out var r)) return r;
        return Kind == ScopeKind.Module ? NameScope.GlobalImplicit : NameScope.GlobalImplicit;
    }
}
