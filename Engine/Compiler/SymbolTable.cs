using System.Runtime.CompilerServices;
using RuleSandbox.Engine.Syntax;
using RuleSandbox.Engine.Syntax.Ast;
using Attribute = RuleSandbox.Engine.Syntax.Ast.Attribute;

namespace RuleSandbox.Engine.Compiler;

/// <summary>
/// The symbol table: which names are local, global, free (from an enclosing function) or cells
/// (captured by a nested function), for every scope of a module.
/// </summary>
/// <remarks>
/// Two passes, as in CPython's symtable.c. The first walks the tree and records, per scope, what
/// each name is used for: parameter, assignment target, <c>global</c>/<c>nonlocal</c> declaration,
/// use. The second resolves scopes top down: a name bound in a function is local to it; a name
/// only used is free if some enclosing function binds it, else global. Class bodies are skipped
/// when resolving free names (a method cannot see class attributes as variables); the only name a
/// class provides to its methods is the implicit <c>__class__</c> cell used by zero-argument
/// <c>super()</c>. Comprehensions are scopes of their own; a walrus inside one binds in the
/// nearest enclosing function or module. Errors are CPython's, as SyntaxErrors at the statement.
/// </remarks>
public sealed class SymbolTable
{
    private readonly Dictionary<Node, Scope> _scopes = new(ReferenceEqualityComparer.Instance);
    private readonly string _filename;
    private readonly string[] _lines;
    private Scope _current;

    private SymbolTable(Module module, string filename, string[] lines)
    {
        _filename = filename;
        _lines = lines;
        Top = new Scope(ScopeKind.Module, "top", null, module);
        _scopes[module] = Top;
        _current = Top;
    }

    /// <summary>The module scope.</summary>
    public Scope Top { get; }

    /// <summary>The scope a function, lambda, class or comprehension node opens.</summary>
    public Scope ScopeOf(Node node) => _scopes[node];

    /// <summary>Builds the table for a module.</summary>
    /// <exception cref="PythonSyntaxError">A scoping error (e.g. <c>no binding for nonlocal 'x' found</c>).</exception>
    public static SymbolTable Build(Module module, string filename, string[] lines)
    {
        var st = new SymbolTable(module, filename, lines);
        foreach (var s in module.Body) st.VisitStmt(s);
        st.Analyze(st.Top, new HashSet<string>(StringComparer.Ordinal));
        return st;
    }

    private PythonSyntaxError Error(string message, Node at)
    {
        var span = at.Span;
        string? text = span.Line >= 1 && span.Line <= _lines.Length ? _lines[span.Line - 1] : null;
        return new PythonSyntaxError("SyntaxError", message, _filename, span.Line, span.Column + 1, span.EndLine, span.EndColumn + 1, text);
    }

    private void Guard(Node at)
    {
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw Error("too many nested expressions or statements", at);
    }

    // ------------------------------------------------------------------ pass 1: collect

    private Scope Enter(ScopeKind kind, string name, Node node)
    {
        var s = new Scope(kind, name, _current, node);
        _current.Children.Add(s);
        _scopes[node] = s;
        _current = s;
        return s;
    }

    private void Leave() => _current = _current.Parent!;

    private void Bind(string name, Node at)
    {
        var flags = _current.Symbols.GetValueOrDefault(name);
        _current.Add(name, SymFlags.Assigned);
        _ = flags;
        _ = at;
    }

    private void Use(string name)
    {
        _current.Add(name, SymFlags.Used);
        if ((name == "super" || name == "__class__") && _current.IsFunctionLike) _current.UsesClassCell = true;
    }

    private void VisitStmts(IReadOnlyList<Stmt> body)
    {
        foreach (var s in body) VisitStmt(s);
    }

    private void VisitStmt(Stmt s)
    {
        Guard(s);
        switch (s)
        {
            case FunctionDef fd:
                Bind(fd.Name, fd);
                VisitExprs(fd.DecoratorList);
                VisitDefaults(fd.Args);
                VisitAnnotations(fd.Args, fd.Returns);
                Enter(ScopeKind.Function, fd.Name, fd);
                AddParams(fd.Args);
                VisitStmts(fd.Body);
                Leave();
                break;
            case AsyncFunctionDef afd:
                throw Error("async functions are not supported", afd);
            case ClassDef cd:
                Bind(cd.Name, cd);
                VisitExprs(cd.DecoratorList);
                VisitExprs(cd.Bases);
                foreach (var k in cd.Keywords) VisitExpr(k.Value);
                Enter(ScopeKind.Class, cd.Name, cd);
                VisitStmts(cd.Body);
                Leave();
                break;
            case Return r:
                if (r.Value is not null) VisitExpr(r.Value);
                break;
            case Delete d:
                VisitExprs(d.Targets);
                break;
            case Assign a:
                VisitExprs(a.Targets);
                VisitExpr(a.Value);
                break;
            case AugAssign aa:
                VisitExpr(aa.Target);
                if (aa.Target is Name an) Use(an.Id);
                VisitExpr(aa.Value);
                break;
            case AnnAssign ann:
                if (ann.Target is Name tn)
                {
                    var cur = _current.Symbols.GetValueOrDefault(tn.Id);
                    if ((cur & (SymFlags.Global | SymFlags.Nonlocal)) != 0 && ann.Simple != 0)
                        throw Error($"annotated name '{tn.Id}' can't be {((cur & SymFlags.Global) != 0 ? "global" : "nonlocal")}", ann);
                    if (ann.Value is not null) Bind(tn.Id, tn);
                    else _current.Add(tn.Id, SymFlags.Annotated);
                }
                else VisitExpr(ann.Target);
                if (_current.Kind != ScopeKind.Function) VisitExpr(ann.Annotation);
                if (ann.Value is not null) VisitExpr(ann.Value);
                break;
            case For f:
                VisitExpr(f.Target);
                VisitExpr(f.Iter);
                VisitStmts(f.Body);
                VisitStmts(f.Orelse);
                break;
            case AsyncFor af:
                throw Error("async for is not supported", af);
            case While w:
                VisitExpr(w.Test);
                VisitStmts(w.Body);
                VisitStmts(w.Orelse);
                break;
            case If i:
                VisitExpr(i.Test);
                VisitStmts(i.Body);
                VisitStmts(i.Orelse);
                break;
            case With w:
                foreach (var item in w.Items)
                {
                    VisitExpr(item.ContextExpr);
                    if (item.OptionalVars is not null) VisitExpr(item.OptionalVars);
                }
                VisitStmts(w.Body);
                break;
            case AsyncWith aw:
                throw Error("async with is not supported", aw);
            case Match m:
                VisitExpr(m.Subject);
                foreach (var c in m.Cases)
                {
                    VisitPattern(c.Pattern);
                    if (c.Guard is not null) VisitExpr(c.Guard);
                    VisitStmts(c.Body);
                }
                break;
            case Raise r:
                if (r.Exc is not null) VisitExpr(r.Exc);
                if (r.Cause is not null) VisitExpr(r.Cause);
                break;
            case Try t:
                VisitStmts(t.Body);
                foreach (ExceptHandler h in t.Handlers)
                {
                    if (h.Type is not null) VisitExpr(h.Type);
                    if (h.Name is not null) Bind(h.Name, h);
                    VisitStmts(h.Body);
                }
                VisitStmts(t.Orelse);
                VisitStmts(t.Finalbody);
                break;
            case TryStar ts:
                throw Error("except* is not supported", ts);
            case Assert a:
                VisitExpr(a.Test);
                if (a.Msg is not null) VisitExpr(a.Msg);
                break;
            case Import imp:
                foreach (var al in imp.Names)
                    Bind(al.Asname ?? al.Name.Split('.')[0], al);
                break;
            case ImportFrom imf:
                foreach (var al in imf.Names)
                {
                    if (al.Name == "*")
                    {
                        if (_current.Kind != ScopeKind.Module) throw Error("import * only allowed at module level", imf);
                        continue;
                    }
                    Bind(al.Asname ?? al.Name, al);
                }
                break;
            case Global g:
                foreach (var n in g.Names)
                {
                    var cur = _current.Symbols.GetValueOrDefault(n);
                    if ((cur & SymFlags.Param) != 0) throw Error($"name '{n}' is parameter and global", g);
                    if ((cur & SymFlags.Nonlocal) != 0) throw Error($"name '{n}' is nonlocal and global", g);
                    if ((cur & SymFlags.Annotated) != 0) throw Error($"annotated name '{n}' can't be global", g);
                    if ((cur & SymFlags.Assigned) != 0) throw Error($"name '{n}' is assigned to before global declaration", g);
                    if ((cur & SymFlags.Used) != 0) throw Error($"name '{n}' is used prior to global declaration", g);
                    _current.Add(n, SymFlags.Global);
                }
                break;
            case Nonlocal nl:
                foreach (var n in nl.Names)
                {
                    if (_current.Kind == ScopeKind.Module) throw Error("nonlocal declaration not allowed at module level", nl);
                    var cur = _current.Symbols.GetValueOrDefault(n);
                    if ((cur & SymFlags.Param) != 0) throw Error($"name '{n}' is parameter and nonlocal", nl);
                    if ((cur & SymFlags.Global) != 0) throw Error($"name '{n}' is nonlocal and global", nl);
                    if ((cur & SymFlags.Annotated) != 0) throw Error($"annotated name '{n}' can't be nonlocal", nl);
                    if ((cur & SymFlags.Assigned) != 0) throw Error($"name '{n}' is assigned to before nonlocal declaration", nl);
                    if ((cur & SymFlags.Used) != 0) throw Error($"name '{n}' is used prior to nonlocal declaration", nl);
                    _current.Add(n, SymFlags.Nonlocal);
                    _nonlocalSites[(_current, n)] = nl;
                }
                break;
            case ExprStmt e:
                VisitExpr(e.Value);
                break;
            case Pass or Break or Continue:
                break;
            case TypeAlias ta:
                throw Error("type aliases are not supported", ta);
            default:
                throw Error($"unsupported statement {s.PythonName}", s);
        }
    }

    private readonly Dictionary<(Scope, string), Node> _nonlocalSites = new();

    private void VisitDefaults(Arguments a)
    {
        VisitExprs(a.Defaults);
        foreach (var d in a.KwDefaults) if (d is not null) VisitExpr(d);
    }

    private void VisitAnnotations(Arguments a, Expr? returns)
    {
        foreach (var arg in a.Posonlyargs.Concat(a.Args).Concat(a.Kwonlyargs))
            if (arg.Annotation is not null) VisitExpr(arg.Annotation);
        if (a.Vararg?.Annotation is not null) VisitExpr(a.Vararg.Annotation);
        if (a.Kwarg?.Annotation is not null) VisitExpr(a.Kwarg.Annotation);
        if (returns is not null) VisitExpr(returns);
    }

    private void AddParams(Arguments a)
    {
        void P(Arg arg)
        {
            if (_current.Symbols.ContainsKey(arg.Name)) throw Error($"duplicate argument '{arg.Name}' in function definition", arg);
            _current.Add(arg.Name, SymFlags.Param);
            _current.Params.Add(arg.Name);
        }
        foreach (var x in a.Posonlyargs) P(x);
        foreach (var x in a.Args) P(x);
        foreach (var x in a.Kwonlyargs) P(x);
        if (a.Vararg is not null) P(a.Vararg);
        if (a.Kwarg is not null) P(a.Kwarg);
    }

    private void VisitExprs(IEnumerable<Expr> es)
    {
        foreach (var e in es) VisitExpr(e);
    }

    private void VisitExpr(Expr e)
    {
        Guard(e);
        switch (e)
        {
            case Name n:
                if (n.Ctx == ExprContext.Load) Use(n.Id);
                else Bind(n.Id, n);
                break;
            case Constant:
                break;
            case Attribute at:
                VisitExpr(at.Value);
                break;
            case Subscript sub:
                VisitExpr(sub.Value);
                VisitExpr(sub.Slice);
                break;
            case Starred st:
                VisitExpr(st.Value);
                break;
            case Syntax.Ast.List l:
                VisitExprs(l.Elts);
                break;
            case Syntax.Ast.Tuple t:
                VisitExprs(t.Elts);
                break;
            case Set s:
                VisitExprs(s.Elts);
                break;
            case Dict d:
                foreach (var k in d.Keys) if (k is not null) VisitExpr(k);
                VisitExprs(d.Values);
                break;
            case BoolOp b:
                VisitExprs(b.Values);
                break;
            case BinOp b:
                VisitExpr(b.Left);
                VisitExpr(b.Right);
                break;
            case UnaryOp u:
                VisitExpr(u.Operand);
                break;
            case Compare c:
                VisitExpr(c.Left);
                VisitExprs(c.Comparators);
                break;
            case Call c:
                VisitExpr(c.Func);
                VisitExprs(c.Args);
                foreach (var k in c.Keywords) VisitExpr(k.Value);
                break;
            case IfExp ie:
                VisitExpr(ie.Test);
                VisitExpr(ie.Body);
                VisitExpr(ie.Orelse);
                break;
            case Lambda lam:
                VisitDefaults(lam.Args);
                Enter(ScopeKind.Lambda, "<lambda>", lam);
                AddParams(lam.Args);
                VisitExpr(lam.Body);
                Leave();
                break;
            case NamedExpr ne:
                VisitExpr(ne.Value);
                BindWalrus(((Name)ne.Target).Id, ne);
                break;
            case ListComp lc:
                VisitComprehension(lc, "<listcomp>", lc.Generators, lc.Elt, null);
                break;
            case SetComp sc:
                VisitComprehension(sc, "<setcomp>", sc.Generators, sc.Elt, null);
                break;
            case DictComp dc:
                VisitComprehension(dc, "<dictcomp>", dc.Generators, dc.Key, dc.Value);
                break;
            case GeneratorExp ge:
                VisitComprehension(ge, "<genexpr>", ge.Generators, ge.Elt, null);
                break;
            case Yield y:
                if (y.Value is not null) VisitExpr(y.Value);
                MarkYield(y);
                break;
            case YieldFrom yf:
                VisitExpr(yf.Value);
                MarkYield(yf);
                break;
            case Await aw:
                throw Error("'await' outside async function", aw);
            case JoinedStr js:
                VisitExprs(js.Values);
                break;
            case FormattedValue fv:
                VisitExpr(fv.Value);
                if (fv.FormatSpec is not null) VisitExpr(fv.FormatSpec);
                break;
            case Slice sl:
                if (sl.Lower is not null) VisitExpr(sl.Lower);
                if (sl.Upper is not null) VisitExpr(sl.Upper);
                if (sl.Step is not null) VisitExpr(sl.Step);
                break;
            default:
                throw Error($"unsupported expression {e.PythonName}", e);
        }
    }

    private void MarkYield(Expr at)
    {
        switch (_current.Kind)
        {
            case ScopeKind.Module:
            case ScopeKind.Class:
                throw Error("'yield' outside function", at);
            case ScopeKind.Comprehension:
                throw Error(_current.Name == "<genexpr>" ? "'yield' inside generator expression" : $"'yield' inside {ComprehensionWord(_current.Name)} comprehension", at);
        }
        _current.IsGenerator = true;
    }

    private static string ComprehensionWord(string name) => name switch
    {
        "<listcomp>" => "list",
        "<setcomp>" => "set",
        "<dictcomp>" => "dict",
        _ => "generator",
    };

    private void BindWalrus(string name, NamedExpr at)
    {
        if (_current.Kind != ScopeKind.Comprehension)
        {
            Bind(name, at);
            return;
        }
        // The target binds in the nearest enclosing non-comprehension scope.
        var s = _current;
        while (s.Kind == ScopeKind.Comprehension)
        {
            if (s.Symbols.TryGetValue(name, out var fl) && (fl & SymFlags.Param) == 0 && _iterTargets.Contains((s, name)))
                throw Error($"assignment expression cannot rebind comprehension iteration variable '{name}'", at);
            s = s.Parent!;
        }
        if (s.Kind == ScopeKind.Class) throw Error("assignment expression within a comprehension cannot be used in a class body", at);
        s.Add(name, SymFlags.Assigned);
        var c = _current;
        while (c.Kind == ScopeKind.Comprehension)
        {
            c.Add(name, s.Kind == ScopeKind.Module ? SymFlags.Global : SymFlags.Nonlocal);
            c = c.Parent!;
        }
    }

    private readonly HashSet<(Scope, string)> _iterTargets = new();

    private void VisitComprehension(Expr node, string name, IReadOnlyList<Comprehension> gens, Expr elt, Expr? value)
    {
        // The first iterable is evaluated in the enclosing scope.
        VisitExpr(gens[0].Iter);
        var scope = Enter(ScopeKind.Comprehension, name, node);
        scope.Add(".0", SymFlags.Param);
        scope.Params.Add(".0");
        for (int i = 0; i < gens.Count; i++)
        {
            var g = gens[i];
            if (g.IsAsync != 0) throw Error("asynchronous comprehension outside of an asynchronous function", node);
            VisitExpr(g.Target);
            foreach (var n in g.Target.Walk().OfType<Name>()) _iterTargets.Add((scope, n.Id));
            if (i > 0) VisitExpr(g.Iter);
            VisitExprs(g.Ifs);
        }
        VisitExpr(elt);
        if (value is not null) VisitExpr(value);
        if (name == "<genexpr>" && scope.IsGenerator) { }
        if (name == "<genexpr>") scope.IsGenerator = true;
        Leave();
    }

    private void VisitPattern(Pattern p)
    {
        switch (p)
        {
            case MatchValue mv: VisitExpr(mv.Value); break;
            case MatchSingleton: break;
            case MatchSequence ms: foreach (var x in ms.Patterns) VisitPattern(x); break;
            case MatchMapping mm:
                VisitExprs(mm.Keys);
                foreach (var x in mm.Patterns) VisitPattern(x);
                if (mm.Rest is not null) Bind(mm.Rest, mm);
                break;
            case MatchClass mc:
                VisitExpr(mc.Cls);
                foreach (var x in mc.Patterns) VisitPattern(x);
                foreach (var x in mc.KwdPatterns) VisitPattern(x);
                break;
            case MatchStar st:
                if (st.Name is not null) Bind(st.Name, st);
                break;
            case MatchAs ma:
                if (ma.Pattern is not null) VisitPattern(ma.Pattern);
                if (ma.Name is not null) Bind(ma.Name, ma);
                break;
            case MatchOr mo:
                foreach (var x in mo.Patterns) VisitPattern(x);
                break;
        }
    }

    // ------------------------------------------------------------------ pass 2: resolve

    /// <summary>Resolves <paramref name="s"/>; returns the free names it needs from enclosing scopes.</summary>
    private HashSet<string> Analyze(Scope s, HashSet<string> enclosingBound)
    {
        var free = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in s.Order)
        {
            var fl = s.Symbols[name];
            if ((fl & SymFlags.Global) != 0) s.Resolved[name] = NameScope.GlobalExplicit;
            else if ((fl & SymFlags.Nonlocal) != 0)
            {
                if (!enclosingBound.Contains(name))
                    throw Error($"no binding for nonlocal '{name}' found", _nonlocalSites.GetValueOrDefault((s, name)) ?? s.Node);
                s.Resolved[name] = NameScope.Free;
                free.Add(name);
            }
            else if ((fl & (SymFlags.Assigned | SymFlags.Param)) != 0) s.Resolved[name] = NameScope.Local;
            else if ((fl & SymFlags.Annotated) != 0 && s.Kind != ScopeKind.Module) s.Resolved[name] = NameScope.Local;
            else if (enclosingBound.Contains(name) && s.Kind != ScopeKind.Module)
            {
                s.Resolved[name] = NameScope.Free;
                free.Add(name);
            }
            else s.Resolved[name] = NameScope.GlobalImplicit;
        }
        if (s.UsesClassCell && s.IsFunctionLike && enclosingBound.Contains("__class__") && !s.Resolved.ContainsKey("__class__"))
        {
            s.Resolved["__class__"] = NameScope.Free;
            free.Add("__class__");
        }

        HashSet<string> childBound;
        if (s.IsFunctionLike)
        {
            childBound = new HashSet<string>(enclosingBound, StringComparer.Ordinal);
            foreach (var kv in s.Resolved)
            {
                if (kv.Value is NameScope.Local or NameScope.Free) childBound.Add(kv.Key);
                else if (kv.Value == NameScope.GlobalExplicit) childBound.Remove(kv.Key);
            }
        }
        else if (s.Kind == ScopeKind.Class)
        {
            childBound = new HashSet<string>(enclosingBound, StringComparer.Ordinal) { "__class__" };
            foreach (var kv in s.Resolved) if (kv.Value == NameScope.GlobalExplicit) childBound.Remove(kv.Key);
        }
        else childBound = new HashSet<string>(StringComparer.Ordinal);

        var passThrough = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var child in s.Children)
        {
            foreach (var name in Analyze(child, childBound))
            {
                if (s.Kind == ScopeKind.Class && name == "__class__")
                {
                    s.NeedsClassCell = true;
                    continue;
                }
                if (s.IsFunctionLike && s.Resolved.TryGetValue(name, out var r) && r is NameScope.Local or NameScope.Cell)
                {
                    s.Resolved[name] = NameScope.Cell;
                    continue;
                }
                if (s.IsFunctionLike && s.Resolved.TryGetValue(name, out var r2) && r2 == NameScope.Free) continue;
                // Not ours: pass the cell through from further out.
                passThrough.Add(name);
                free.Add(name);
            }
        }
        foreach (var name in s.Order)
            if (s.Resolved[name] == NameScope.Cell) s.CellVars.Add(name);
        if (s.Kind == ScopeKind.Class && s.NeedsClassCell) s.CellVars.Add("__class__");
        var frees = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var kv in s.Resolved) if (kv.Value == NameScope.Free) frees.Add(kv.Key);
        foreach (var n in passThrough) frees.Add(n);
        s.FreeVars.AddRange(frees);
        return free;
    }
}
