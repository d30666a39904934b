using RuleSandbox.Engine.Syntax.Ast;
using Keyword_ = RuleSandbox.Engine.Syntax.Ast.Keyword;
using Tuple = RuleSandbox.Engine.Syntax.Ast.Tuple;

namespace RuleSandbox.Engine.Syntax;

internal sealed partial class EarlyErrors
{
    private static IEnumerable<Arg> AllArgs(Arguments args)
    {
        foreach (var a in args.Posonlyargs) yield return a;
        foreach (var a in args.Args) yield return a;
        if (args.Vararg is not null) yield return args.Vararg;
        foreach (var a in args.Kwonlyargs) yield return a;
        if (args.Kwarg is not null) yield return args.Kwarg;
    }

    /// <summary>Statements of one scope, not descending into nested functions or classes.</summary>
    private static IEnumerable<Stmt> WalkScope(IReadOnlyList<Stmt> body)
    {
        var stack = new Stack<Stmt>(body.Reverse());
        while (stack.Count > 0)
        {
            var s = stack.Pop();
            yield return s;
            if (s is FunctionDef or AsyncFunctionDef or ClassDef) continue;
            var kids = s.Children().OfType<Stmt>().ToList();
            foreach (var h in s.Children().OfType<ExceptHandler>()) kids.AddRange(h.Body);
            foreach (var m in s.Children().OfType<MatchCase>()) kids.AddRange(m.Body);
            for (int i = kids.Count - 1; i >= 0; i--) stack.Push(kids[i]);
        }
    }

    [Flags]
    private enum Sym
    {
        None = 0,
        Local = 1,
        Param = 2,
        Use = 4,
        Annot = 8,
        Global = 16,
        Nonlocal = 32,
        CompIter = 64,
    }

    private enum ScopeKind { Module, Function, Class, Comprehension }

    private sealed class ScopeInfo
    {
        public ScopeInfo(ScopeKind kind, ScopeInfo? parent)
        {
            Kind = kind;
            Parent = parent;
        }

        public ScopeKind Kind { get; }
        public ScopeInfo? Parent { get; }
        public Dictionary<string, Sym> Symbols { get; } = new(StringComparer.Ordinal);
        public List<(string Name, Nonlocal At)> Nonlocals { get; } = new();
        public List<ScopeInfo> Children { get; } = new();
        public int CompIterDepth;

        public Sym this[string name] => Symbols.TryGetValue(name, out var f) ? f : Sym.None;

        public void Add(string name, Sym flag) => Symbols[name] = this[name] | flag;
    }

    /// <summary>
    /// The SyntaxErrors of CPython's symtable.c: its visiting pass (in source order: global and
    /// nonlocal after use or assignment, duplicate parameters and type parameters, assignment
    /// expressions in comprehensions, star imports in functions), then its analysis pass
    /// (nonlocal names with no binding in an enclosing function).
    /// </summary>
    private sealed class ScopeChecker
    {
        private readonly EarlyErrors _owner;
        private ScopeInfo _cur = new(ScopeKind.Module, null);

        public ScopeChecker(EarlyErrors owner) => _owner = owner;

        public void Check(Module module)
        {
            var root = _cur;
            foreach (var s in module.Body) Stmt(s);
            Analyze(root);
        }

        private PythonSyntaxError Error(Node n, string message) => _owner.Error(n, message);

        private void Push(ScopeKind kind)
        {
            var scope = new ScopeInfo(kind, _cur);
            _cur.Children.Add(scope);
            _cur = scope;
        }

        private void Pop() => _cur = _cur.Parent!;

        private void Bind(string name) => _cur.Add(name, Sym.Local);

        private void Stmt(Stmt s)
        {
            Guard();
            switch (s)
            {
                case FunctionDef f: Function(f, f.Name, f.Args, f.Body, f.DecoratorList, f.Returns, f.TypeParams); return;
                case AsyncFunctionDef f: Function(f, f.Name, f.Args, f.Body, f.DecoratorList, f.Returns, f.TypeParams); return;
                case ClassDef c:
                    Bind(c.Name);
                    foreach (var d in c.DecoratorList) Expr(d);
                    CheckTypeParams(c.TypeParams);
                    foreach (var b in c.Bases) Expr(b);
                    foreach (var k in c.Keywords) Expr(k.Value);
                    Push(ScopeKind.Class);
                    foreach (var st in c.Body) Stmt(st);
                    Pop();
                    return;
                case Global g:
                    foreach (var name in g.Names) Declare(g, name, Sym.Global);
                    return;
                case Nonlocal nl:
                    if (_cur.Kind == ScopeKind.Module) throw Error(nl, "nonlocal declaration not allowed at module level");
                    foreach (var name in nl.Names)
                    {
                        Declare(nl, name, Sym.Nonlocal);
                        _cur.Nonlocals.Add((name, nl));
                    }
                    return;
                case AnnAssign a:
                    if (a.Target is Name n && a.Simple == 1)
                    {
                        var cur = _cur[n.Id];
                        if ((cur & (Sym.Global | Sym.Nonlocal)) != 0 && _cur.Kind != ScopeKind.Module)
                            throw Error(a, $"annotated name '{n.Id}' can't be {((cur & Sym.Global) != 0 ? "global" : "nonlocal")}");
                        _cur.Add(n.Id, Sym.Annot | (a.Value is null ? Sym.None : Sym.Local));
                    }
                    else Expr(a.Target);
                    Expr(a.Annotation);
                    if (a.Value is not null) Expr(a.Value);
                    return;
                case Import imp:
                    foreach (var alias in imp.Names) Bind(alias.Asname ?? alias.Name.Split('.')[0]);
                    return;
                case ImportFrom imf:
                    foreach (var alias in imf.Names)
                    {
                        if (alias.Name == "*")
                        {
                            if (_cur.Kind != ScopeKind.Module) throw Error(alias, "import * only allowed at module level");
                            continue;
                        }
                        Bind(alias.Asname ?? alias.Name);
                    }
                    return;
                case Try t: TryParts(t.Body, t.Handlers, t.Orelse, t.Finalbody); return;
                case TryStar t: TryParts(t.Body, t.Handlers, t.Orelse, t.Finalbody); return;
                case Match m:
                    Expr(m.Subject);
                    foreach (var c in m.Cases)
                    {
                        PatternNames(c.Pattern);
                        if (c.Guard is not null) Expr(c.Guard);
                        foreach (var st in c.Body) Stmt(st);
                    }
                    return;
                case TypeAlias ta:
                    if (ta.Name is Name tn) Bind(tn.Id);
                    CheckTypeParams(ta.TypeParams);
                    Expr(ta.Value);
                    return;
            }
            foreach (var child in s.Children())
            {
                switch (child)
                {
                    case Stmt st: Stmt(st); break;
                    case Expr e: Expr(e); break;
                    case WithItem w:
                        Expr(w.ContextExpr);
                        if (w.OptionalVars is not null) Expr(w.OptionalVars);
                        break;
                }
            }
        }

        private void TryParts(IReadOnlyList<Stmt> body, IReadOnlyList<ExceptHandlerBase> handlers, IReadOnlyList<Stmt> orelse, IReadOnlyList<Stmt> finalbody)
        {
            foreach (var st in body) Stmt(st);
            foreach (var h in handlers.OfType<ExceptHandler>()) Handler(h);
            foreach (var st in orelse) Stmt(st);
            foreach (var st in finalbody) Stmt(st);
        }

        private void Handler(ExceptHandler h)
        {
            if (h.Type is not null) Expr(h.Type);
            if (h.Name is not null) Bind(h.Name);
            foreach (var st in h.Body) Stmt(st);
        }

        private void Declare(Stmt at, string name, Sym kind)
        {
            var cur = _cur[name];
            string what = kind == Sym.Global ? "global" : "nonlocal";
            if ((cur & (Sym.Param | Sym.Local | Sym.Use | Sym.Annot)) != 0)
            {
                string message = (cur & Sym.Param) != 0 ? $"name '{name}' is parameter and {what}"
                    : (cur & Sym.Use) != 0 ? $"name '{name}' is used prior to {what} declaration"
                    : (cur & Sym.Annot) != 0 ? $"annotated name '{name}' can't be {what}"
                    : $"name '{name}' is assigned to before {what} declaration";
                throw Error(at, message);
            }
            var other = kind == Sym.Global ? Sym.Nonlocal : Sym.Global;
            if ((cur & other) != 0) throw Error(at, $"name '{name}' is nonlocal and global");
            _cur.Add(name, kind);
        }

        private void Function(Stmt def, string name, Arguments args, IReadOnlyList<Stmt> body, IReadOnlyList<Expr> decorators, Expr? returns, IReadOnlyList<TypeParam> typeParams)
        {
            Bind(name);
            foreach (var d in decorators) Expr(d);
            foreach (var d in args.Defaults) Expr(d);
            foreach (var d in args.KwDefaults) if (d is not null) Expr(d);
            CheckTypeParams(typeParams);
            foreach (var a in AllArgs(args)) if (a.Annotation is not null) Expr(a.Annotation);
            if (returns is not null) Expr(returns);
            Push(ScopeKind.Function);
            Params(args);
            foreach (var st in body) Stmt(st);
            Pop();
            _ = def;
        }

        private void Params(Arguments args)
        {
            foreach (var a in AllArgs(args))
            {
                if ((_cur[a.Name] & Sym.Param) != 0) throw Error(a, $"duplicate argument '{a.Name}' in function definition");
                _cur.Add(a.Name, Sym.Param);
            }
        }

        private void CheckTypeParams(IReadOnlyList<TypeParam> typeParams)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var tp in typeParams)
            {
                string n = tp switch { TypeVar v => v.Name, ParamSpec p => p.Name, TypeVarTuple t => t.Name, _ => "" };
                if (!seen.Add(n)) throw Error(tp, $"duplicate type parameter '{n}'");
                if (tp is TypeVar { Bound: { } bound }) Expr(bound);
            }
        }

        private void Expr(Expr e)
        {
            Guard();
            switch (e)
            {
                case Name n:
                    _cur.Add(n.Id, n.Ctx == ExprContext.Load ? Sym.Use : Sym.Local);
                    return;
                case Lambda l:
                    foreach (var d in l.Args.Defaults) Expr(d);
                    foreach (var d in l.Args.KwDefaults) if (d is not null) Expr(d);
                    Push(ScopeKind.Function);
                    Params(l.Args);
                    Expr(l.Body);
                    Pop();
                    return;
                case NamedExpr ne:
                    NamedExpression(ne);
                    return;
                case ListComp lc: Comprehension(lc.Generators, lc.Elt, null); return;
                case SetComp sc: Comprehension(sc.Generators, sc.Elt, null); return;
                case GeneratorExp ge: Comprehension(ge.Generators, ge.Elt, null); return;
                case DictComp dc: Comprehension(dc.Generators, dc.Key, dc.Value); return;
            }
            foreach (var child in e.Children())
            {
                switch (child)
                {
                    case Expr x: Expr(x); break;
                    case Keyword_ k: Expr(k.Value); break;
                    case Ast.Comprehension: break;
                }
            }
        }

        private void Comprehension(IReadOnlyList<Comprehension> generators, Expr elt, Expr? value)
        {
            // The first iterable is evaluated in the enclosing scope, but still counts as a
            // comprehension iterable for assignment expressions.
            _cur.CompIterDepth++;
            Expr(generators[0].Iter);
            _cur.CompIterDepth--;
            Push(ScopeKind.Comprehension);
            for (int i = 0; i < generators.Count; i++)
            {
                var g = generators[i];
                if (i > 0)
                {
                    _cur.CompIterDepth++;
                    Expr(g.Iter);
                    _cur.CompIterDepth--;
                }
                CompTarget(g.Target);
                foreach (var cond in g.Ifs) Expr(cond);
            }
            Expr(elt);
            if (value is not null) Expr(value);
            Pop();
        }

        private void CompTarget(Expr target)
        {
            foreach (var n in target.Walk().OfType<Name>()) _cur.Add(n.Id, Sym.Local | Sym.CompIter);
            foreach (var x in target.Walk().OfType<Expr>())
            {
                if (x is not (Name or Tuple or List or Starred)) Expr(x);
            }
        }

        private void NamedExpression(NamedExpr ne)
        {
            var target = (Name)ne.Target;
            if (_cur.CompIterDepth > 0)
                throw Error(ne, "assignment expression cannot be used in a comprehension iterable expression");
            if (_cur.Kind == ScopeKind.Comprehension)
            {
                for (var scope = _cur; scope is not null; scope = scope.Parent)
                {
                    if (scope.Kind == ScopeKind.Comprehension)
                    {
                        if ((scope[target.Id] & Sym.CompIter) != 0)
                            throw Error(ne, $"assignment expression cannot rebind comprehension iteration variable '{target.Id}'");
                        continue;
                    }
                    if (scope.Kind == ScopeKind.Class)
                        throw Error(ne, "assignment expression within a comprehension cannot be used in a class body");
                    scope.Add(target.Id, Sym.Local);
                    break;
                }
            }
            else
            {
                _cur.Add(target.Id, Sym.Local);
            }
            Expr(ne.Value);
        }

        private void PatternNames(Pattern p)
        {
            foreach (var node in p.Walk())
            {
                switch (node)
                {
                    case MatchAs { Name: { } n }: Bind(n); break;
                    case MatchStar { Name: { } n }: Bind(n); break;
                    case MatchMapping { Rest: { } n }: Bind(n); break;
                    case Expr e: Expr(e); break;
                }
            }
        }

        /// <summary>symtable.c's analysis: every nonlocal name must be bound in an enclosing function.</summary>
        private void Analyze(ScopeInfo scope)
        {
            foreach (var (name, at) in scope.Nonlocals)
            {
                bool bound = false;
                for (var outer = scope.Parent; outer is not null && outer.Kind != ScopeKind.Module; outer = outer.Parent)
                {
                    // A class gives its methods the implicit __class__ (and __classdict__) cells.
                    if (outer.Kind == ScopeKind.Class)
                    {
                        if (name is "__class__" or "__classdict__") { bound = true; break; }
                        continue;
                    }
                    var flags = outer[name];
                    if ((flags & Sym.Global) != 0) break;
                    if ((flags & (Sym.Local | Sym.Param | Sym.Nonlocal)) != 0) { bound = true; break; }
                }
                if (!bound) throw Error(at, $"no binding for nonlocal '{name}' found");
            }
            foreach (var child in scope.Children) Analyze(child);
        }
    }
}
