using System.Runtime.CompilerServices;
using RuleSandbox.Engine.Syntax;
using RuleSandbox.Engine.Syntax.Ast;
using Attribute = RuleSandbox.Engine.Syntax.Ast.Attribute;

namespace RuleSandbox.Engine.Compiler;

/// <summary>
/// Compiles a syntax tree to code objects.
/// </summary>
/// <remarks>
/// One <see cref="Unit"/> per scope holds the code builder and the stack of enclosing control
/// blocks (loops, try/finally, with, except handlers). <c>return</c>, <c>break</c> and
/// <c>continue</c> unwind those blocks inline: they pop loop iterators, run finally bodies, call
/// <c>__exit__</c> and restore the handled exception before jumping, exactly as CPython's
/// compiler does. Exceptions cost nothing until raised: each instruction records its handler and
/// the builder compresses that into the exception table.
/// </remarks>
public sealed partial class PythonCompiler
{
    private enum BlockKind { WhileLoop, ForLoop, TryExcept, FinallyTry, FinallyEnd, ExceptOuter, HandlerName, With }

    private sealed class FBlock
    {
        public BlockKind Kind;
        public int ContinueLabel = -1;
        public int BreakLabel = -1;
        public int Handler = -1;
        public IReadOnlyList<Stmt>? FinalBody;
        public string? Name;
        public int StackItems;
    }

    private sealed class Unit
    {
        public required Scope Scope;
        public required CodeBuilder B;
        public required string QualName;
        public readonly List<FBlock> Blocks = new();
        public readonly List<string> VarNames = new();
        public readonly Dictionary<string, int> VarIndex = new(StringComparer.Ordinal);
        public readonly List<string> CellVars = new();
        public readonly List<string> FreeVars = new();
        public string? PrivateName;

        public int BaseDepth
        {
            get
            {
                int d = 0;
                foreach (var b in Blocks) d += b.StackItems;
                return d;
            }
        }
    }

    private readonly string _filename;
    private readonly string[] _lines;
    private readonly SymbolTable _symbols;
    private Unit _u = null!;

    private PythonCompiler(string filename, string[] lines, SymbolTable symbols)
    {
        _filename = filename;
        _lines = lines;
        _symbols = symbols;
    }

    /// <summary>Compiles a parsed module to its code object.</summary>
    /// <exception cref="PythonSyntaxError">Errors found by the symbol table or the compiler (e.g. <c>'return' outside function</c>).</exception>
    public static CodeObject CompileModule(Module module, string filename, string source)
    {
        var lines = source.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var st = SymbolTable.Build(module, filename, lines);
        var c = new PythonCompiler(filename, lines, st);
        return c.CompileModuleCode(module);
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

    private CodeBuilder B => _u.B;

    private Unit NewUnit(Scope scope, string qualName, string? privateName)
    {
        var u = new Unit { Scope = scope, B = new CodeBuilder(), QualName = qualName, PrivateName = privateName };
        if (scope.IsFunctionLike)
        {
            foreach (var p in scope.Params) AddVar(u, p);
            foreach (var name in scope.Order)
                if (scope.Resolved.TryGetValue(name, out var r) && r == NameScope.Local) AddVar(u, name);
        }
        u.CellVars.AddRange(scope.CellVars);
        u.FreeVars.AddRange(scope.FreeVars);
        return u;
    }

    private static void AddVar(Unit u, string name)
    {
        if (u.VarIndex.ContainsKey(name)) return;
        u.VarIndex[name] = u.VarNames.Count;
        u.VarNames.Add(name);
    }

    private CodeObject Finish(Unit u, string name, int firstLine, CodeFlags flags, int argCount, int posOnly, int kwOnly, string? doc)
    {
        var (code, lines, consts, names, table, maxStack) = u.B.Finish();
        var cellArgs = new int[u.CellVars.Count];
        for (int i = 0; i < cellArgs.Length; i++)
            cellArgs[i] = u.Scope.Params.Contains(u.CellVars[i]) ? u.VarIndex[u.CellVars[i]] : -1;
        if (u.Scope.IsGenerator) flags |= CodeFlags.Generator;
        return new CodeObject(name, u.QualName, _filename, firstLine, flags, code, lines, consts, names,
            u.VarNames.ToArray(), u.CellVars.ToArray(), u.FreeVars.ToArray(), argCount, posOnly, kwOnly, cellArgs,
            table, maxStack, _lines, doc);
    }

    private static string? Docstring(IReadOnlyList<Stmt> body)
        => body.Count > 0 && body[0] is ExprStmt { Value: Constant { Value.Kind: ConstantKind.Str } c } ? c.Value.Str : null;

    private CodeObject CompileModuleCode(Module m)
    {
        _u = NewUnit(_symbols.Top, "<module>", null);
        B.Line = m.Body.Count > 0 ? m.Body[0].Span.Line : 1;
        if (m.Body.Any(s => s is AnnAssign)) B.Emit(Opcode.SetupAnnotations);
        var doc = Docstring(m.Body);
        int start = 0;
        if (doc is not null)
        {
            B.Emit(Opcode.LoadConst, B.Const(doc));
            B.Emit(Opcode.StoreName, B.Name("__doc__"));
            start = 1;
        }
        for (int i = start; i < m.Body.Count; i++) CompileStmt(m.Body[i]);
        B.Emit(Opcode.LoadConst, B.Const(null));
        B.Emit(Opcode.ReturnValue);
        return Finish(_u, "<module>", 1, CodeFlags.Module, 0, 0, 0, doc);
    }

    // ------------------------------------------------------------------ names

    private string Mangle(string name)
    {
        var p = _u.PrivateName;
        if (p is null || !name.StartsWith("__", StringComparison.Ordinal) || name.EndsWith("__", StringComparison.Ordinal) || name.Contains('.')) return name;
        var stripped = p.TrimStart('_');
        if (stripped.Length == 0) return name;
        return "_" + stripped + name;
    }

    private int DerefIndex(string name)
    {
        int c = _u.CellVars.IndexOf(name);
        if (c >= 0) return c;
        int f = _u.FreeVars.IndexOf(name);
        if (f >= 0) return _u.CellVars.Count + f;
        throw new InvalidOperationException($"no cell or free variable '{name}' in {_u.QualName}");
    }

    private void NameOp(string name, ExprContext ctx)
    {
        var scope = _u.Scope;
        var r = scope.Resolve(name);
        if (name == "__class__" && scope.IsFunctionLike && _u.FreeVars.Contains("__class__")) r = NameScope.Free;
        string mangled = Mangle(name);
        if (scope.IsFunctionLike)
        {
            switch (r)
            {
                case NameScope.Local:
                    B.Emit(ctx switch { ExprContext.Load => Opcode.LoadFast, ExprContext.Store => Opcode.StoreFast, _ => Opcode.DeleteFast }, _u.VarIndex[name]);
                    return;
                case NameScope.Cell:
                case NameScope.Free:
                    B.Emit(ctx switch { ExprContext.Load => Opcode.LoadDeref, ExprContext.Store => Opcode.StoreDeref, _ => Opcode.DeleteDeref }, DerefIndex(name));
                    return;
                default:
                    B.Emit(ctx switch { ExprContext.Load => Opcode.LoadGlobal, ExprContext.Store => Opcode.StoreGlobal, _ => Opcode.DeleteGlobal }, B.Name(mangled));
                    return;
            }
        }
        if (r == NameScope.GlobalExplicit)
        {
            B.Emit(ctx switch { ExprContext.Load => Opcode.LoadGlobal, ExprContext.Store => Opcode.StoreGlobal, _ => Opcode.DeleteGlobal }, B.Name(mangled));
            return;
        }
        if (scope.Kind == ScopeKind.Class && r == NameScope.Free)
        {
            B.Emit(ctx switch { ExprContext.Load => Opcode.LoadClassDeref, ExprContext.Store => Opcode.StoreDeref, _ => Opcode.DeleteDeref }, DerefIndex(name));
            return;
        }
        B.Emit(ctx switch { ExprContext.Load => Opcode.LoadName, ExprContext.Store => Opcode.StoreName, _ => Opcode.DeleteName }, B.Name(mangled));
    }

    private void StoreName(string name) => NameOp(name, ExprContext.Store);

    // ------------------------------------------------------------------ functions and classes

    private static object? ConstOf(ConstantValue v) => v.Kind switch
    {
        ConstantKind.None => null,
        ConstantKind.True => true,
        ConstantKind.False => false,
        ConstantKind.Ellipsis => EllipsisConstant.Instance,
        ConstantKind.Int => v.Int,
        ConstantKind.Float => v.Float,
        ConstantKind.Imaginary => new ImaginaryConstant(v.Float),
        ConstantKind.Str => v.Str,
        ConstantKind.Bytes => v.Bytes,
        _ => throw new InvalidOperationException(),
    };

    /// <summary>Pushes defaults/kwdefaults; returns the MAKE_FUNCTION flags for them.</summary>
    private int CompileDefaults(Arguments a)
    {
        int flags = 0;
        if (a.Defaults.Count > 0)
        {
            foreach (var d in a.Defaults) CompileExpr(d);
            B.Emit(Opcode.BuildTuple, a.Defaults.Count);
            flags |= 1;
        }
        int nkw = 0;
        for (int i = 0; i < a.Kwonlyargs.Count; i++)
        {
            var d = a.KwDefaults[i];
            if (d is null) continue;
            B.Emit(Opcode.LoadConst, B.Const(a.Kwonlyargs[i].Name));
            CompileExpr(d);
            nkw++;
        }
        if (nkw > 0)
        {
            B.Emit(Opcode.BuildMap, nkw);
            flags |= 2;
        }
        return flags;
    }

    /// <summary>
    /// Pushes the <c>__annotations__</c> dict of a def (evaluated at definition time, as CPython
    /// 3.12 does; functools.singledispatch reads it); returns MAKE_FUNCTION flag 4 when there is one.
    /// </summary>
    /// <remarks>
    /// Only plain annotations are evaluated: names, dotted names and constants (<c>int</c>,
    /// <c>mod.Type</c>, <c>"Order"</c>). Generic and union forms (<c>list[int]</c>,
    /// <c>int | None</c>) are left out of the dict: the runtime has no generic-alias or union
    /// objects yet, and evaluating them would turn annotated rules that run today into errors.
    /// </remarks>
    private int CompileAnnotations(Arguments a, Expr? returns)
    {
        int n = 0;
        static bool Plain(Expr e) => e is Name or Constant || (e is Attribute at && Plain(at.Value));
        void One(string name, Expr? annotation)
        {
            if (annotation is null || !Plain(annotation)) return;
            B.Emit(Opcode.LoadConst, B.Const(name));
            CompileExpr(annotation);
            n++;
        }
        // CPython's order: args, then positional-only, *args, keyword-only, **kwargs, return.
        foreach (var arg in a.Args) One(arg.Name, arg.Annotation);
        foreach (var arg in a.Posonlyargs) One(arg.Name, arg.Annotation);
        if (a.Vararg is not null) One(a.Vararg.Name, a.Vararg.Annotation);
        foreach (var arg in a.Kwonlyargs) One(arg.Name, arg.Annotation);
        if (a.Kwarg is not null) One(a.Kwarg.Name, a.Kwarg.Annotation);
        One("return", returns);
        if (n == 0) return 0;
        B.Emit(Opcode.BuildMap, n);
        return 4;
    }

    /// <summary>Emits LOAD_CLOSURE for each free variable of <paramref name="code"/>, then MAKE_FUNCTION.</summary>
    private void MakeClosure(CodeObject code, int flags)
    {
        if (code.FreeVars.Length > 0)
        {
            foreach (var fv in code.FreeVars)
            {
                // A free name of the child is a cell or free variable here.
                int ix = _u.CellVars.IndexOf(fv);
                if (ix < 0)
                {
                    int f = _u.FreeVars.IndexOf(fv);
                    if (f < 0) throw new InvalidOperationException($"closure variable '{fv}' not found in {_u.QualName}");
                    ix = _u.CellVars.Count + f;
                }
                B.Emit(Opcode.LoadClosure, ix);
            }
            B.Emit(Opcode.BuildTuple, code.FreeVars.Length);
            flags |= 8;
        }
        B.Emit(Opcode.LoadConst, B.Const(code));
        B.Emit(Opcode.MakeFunction, flags);
    }

    private string ChildQualName(string name)
    {
        var s = _u.Scope;
        if (s.Kind == ScopeKind.Module) return name;
        if (s.IsFunctionLike) return _u.QualName + ".<locals>." + name;
        return _u.QualName + "." + name;
    }

    private void CompileFunctionDef(FunctionDef fd)
    {
        foreach (var d in fd.DecoratorList) CompileExpr(d);
        int flags = CompileDefaults(fd.Args) | CompileAnnotations(fd.Args, fd.Returns);
        var scope = _symbols.ScopeOf(fd);
        var outer = _u;
        _u = NewUnit(scope, ChildQualName(fd.Name), outer.PrivateName);
        B.Line = fd.Span.Line;
        var doc = Docstring(fd.Body);
        for (int i = doc is null ? 0 : 1; i < fd.Body.Count; i++) CompileStmt(fd.Body[i]);
        B.Emit(Opcode.LoadConst, B.Const(null));
        B.Emit(Opcode.ReturnValue);
        var a = fd.Args;
        var cflags = CodeFlags.Optimized | (a.Vararg is not null ? CodeFlags.VarArgs : 0) | (a.Kwarg is not null ? CodeFlags.VarKeywords : 0);
        var code = Finish(_u, fd.Name, fd.Span.Line, cflags, a.Posonlyargs.Count + a.Args.Count, a.Posonlyargs.Count, a.Kwonlyargs.Count, doc);
        _u = outer;
        B.Line = fd.Span.Line;
        MakeClosure(code, flags);
        for (int i = 0; i < fd.DecoratorList.Count; i++)
        {
            // [decorator, func] is a call with func in the self slot: decorator(func), innermost first.
            B.Emit(Opcode.Call, 0);
        }
        StoreName(fd.Name);
    }

    private void CompileLambda(Lambda lam)
    {
        int flags = CompileDefaults(lam.Args);
        var scope = _symbols.ScopeOf(lam);
        var outer = _u;
        _u = NewUnit(scope, ChildQualName("<lambda>"), outer.PrivateName);
        B.Line = lam.Span.Line;
        CompileExpr(lam.Body);
        B.Emit(Opcode.ReturnValue);
        var a = lam.Args;
        var cflags = CodeFlags.Optimized | (a.Vararg is not null ? CodeFlags.VarArgs : 0) | (a.Kwarg is not null ? CodeFlags.VarKeywords : 0);
        var code = Finish(_u, "<lambda>", lam.Span.Line, cflags, a.Posonlyargs.Count + a.Args.Count, a.Posonlyargs.Count, a.Kwonlyargs.Count, null);
        _u = outer;
        MakeClosure(code, flags);
    }

    private void CompileClassDef(ClassDef cd)
    {
        foreach (var d in cd.DecoratorList) CompileExpr(d);
        var scope = _symbols.ScopeOf(cd);
        var outer = _u;
        _u = NewUnit(scope, ChildQualName(cd.Name), cd.Name);
        B.Line = cd.Span.Line;
        if (cd.Body.Any(s => s is AnnAssign)) B.Emit(Opcode.SetupAnnotations);
        var doc = Docstring(cd.Body);
        int start = 0;
        if (doc is not null)
        {
            B.Emit(Opcode.LoadConst, B.Const(doc));
            B.Emit(Opcode.StoreName, B.Name("__doc__"));
            start = 1;
        }
        for (int i = start; i < cd.Body.Count; i++) CompileStmt(cd.Body[i]);
        if (scope.NeedsClassCell)
        {
            B.Emit(Opcode.LoadClosure, _u.CellVars.IndexOf("__class__"));
            B.Emit(Opcode.StoreName, B.Name("__classcell__"));
        }
        B.Emit(Opcode.LoadConst, B.Const(null));
        B.Emit(Opcode.ReturnValue);
        var code = Finish(_u, cd.Name, cd.Span.Line, CodeFlags.ClassBody, 0, 0, 0, doc);
        _u = outer;
        B.Line = cd.Span.Line;
        B.Emit(Opcode.LoadBuildClass);
        B.Emit(Opcode.PushNull);
        MakeClosure(code, 0);
        B.Emit(Opcode.LoadConst, B.Const(cd.Name));
        CompileCallArgs(2, cd.Bases, cd.Keywords, cd);
        for (int i = 0; i < cd.DecoratorList.Count; i++)
        {
            B.Emit(Opcode.Call, 0);
        }
        StoreName(cd.Name);
    }
}
