using System.Runtime.CompilerServices;
using RuleSandbox.Engine.Syntax.Ast;
using Attribute = RuleSandbox.Engine.Syntax.Ast.Attribute;
using Tuple = RuleSandbox.Engine.Syntax.Ast.Tuple;

namespace RuleSandbox.Engine.Syntax;

/// <summary>
/// The SyntaxErrors that CPython raises after parsing, from its symbol table and compiler passes
/// ('return' outside function, 'break' outside loop, duplicate arguments, ...). CPython runs the
/// symbol table over the whole module before compiling, so its errors win; we keep that order.
/// </summary>
internal sealed partial class EarlyErrors
{
    private readonly Tokenizer _tok;

    public EarlyErrors(Tokenizer tok) => _tok = tok;

    public void Check(Module module)
    {
        try
        {
            CheckFutureFeatures(module);
            new ScopeChecker(this).Check(module);
            var ctx = new Context(InFunction: false, InAsync: false, InLoop: false);
            foreach (var s in module.Body) CompilerPass(s, ctx);
        }
        catch (InsufficientExecutionStackException)
        {
            // Only on a thread with a very small stack: the parser bounds tree depth well below
            // what a normal stack holds. CPython says RecursionError here; we stay a SyntaxError.
            throw _tok.Error("too many nested expressions or statements: Python source too complex to parse", 1, 1);
        }
    }

    private readonly record struct Context(bool InFunction, bool InAsync, bool InLoop);

    private PythonSyntaxError Error(Node n, string message)
        => _tok.Error(message, n.Span.Line, n.Span.Column + 1, n.Span.EndLine, n.Span.EndColumn + 1);

    private static void Guard()
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
    }

    // ------------------------------------------------------------------ compiler errors

    private void CompilerPass(Node node, Context ctx)
    {
        Guard();
        switch (node)
        {
            case FunctionDef f:
                foreach (var d in f.DecoratorList) CompilerPass(d, ctx);
                CompilerPassArgs(f.Args, ctx);
                if (f.Returns is not null) CompilerPass(f.Returns, ctx);
                foreach (var s in f.Body) CompilerPass(s, new Context(true, false, false));
                return;
            case AsyncFunctionDef af:
                foreach (var d in af.DecoratorList) CompilerPass(d, ctx);
                CompilerPassArgs(af.Args, ctx);
                if (af.Returns is not null) CompilerPass(af.Returns, ctx);
                foreach (var s in af.Body) CompilerPass(s, new Context(true, true, false));
                CheckAsyncGeneratorReturn(af);
                return;
            case Lambda l:
                CompilerPassArgs(l.Args, ctx);
                CompilerPass(l.Body, new Context(true, false, false));
                return;
            case ClassDef c:
                CheckRepeatedKeywords(c.Keywords);
                foreach (var d in c.DecoratorList) CompilerPass(d, ctx);
                foreach (var b in c.Bases) CompilerPass(b, ctx);
                foreach (var k in c.Keywords) CompilerPass(k, ctx);
                foreach (var s in c.Body) CompilerPass(s, new Context(false, false, false));
                return;
            case Return r:
                if (!ctx.InFunction) throw Error(r, "'return' outside function");
                break;
            case Break b:
                if (!ctx.InLoop) throw Error(b, "'break' outside loop");
                return;
            case Continue co:
                if (!ctx.InLoop) throw Error(co, "'continue' not properly in loop");
                return;
            case For or AsyncFor or While:
                {
                    if (node is AsyncFor && !ctx.InAsync)
                        throw Error(node, ctx.InFunction ? "'async for' outside async function" : "'async for' outside async function");
                    var (target, iter, test, body, orelse) = node switch
                    {
                        For f2 => (f2.Target, f2.Iter, (Expr?)null, f2.Body, f2.Orelse),
                        AsyncFor a2 => (a2.Target, a2.Iter, null, a2.Body, a2.Orelse),
                        _ => ((Expr?)null, (Expr?)null, ((While)node).Test, ((While)node).Body, ((While)node).Orelse),
                    };
                    if (target is not null) CompilerPass(target, ctx);
                    if (iter is not null) CompilerPass(iter, ctx);
                    if (test is not null) CompilerPass(test, ctx);
                    var inLoop = ctx with { InLoop = true };
                    foreach (var s in body) CompilerPass(s, inLoop);
                    foreach (var s in orelse) CompilerPass(s, ctx);
                    return;
                }
            case AsyncWith aw when !ctx.InAsync:
                throw Error(aw, "'async with' outside async function");
            case Yield or YieldFrom:
                if (!ctx.InFunction) throw Error(node, "'yield' outside function");
                break;
            case Await aw2:
                if (!ctx.InFunction) throw Error(aw2, "'await' outside function");
                if (!ctx.InAsync) throw Error(aw2, "'await' outside async function");
                break;
            case Call call:
                CheckRepeatedKeywords(call.Keywords);
                break;
            case Match m:
                CheckMatch(m);
                break;
            case ImportFrom { Module: "__future__" } late when _futureEnd is { } endLine && late.Span.Line > endLine:
                throw Error(late, "from __future__ imports must occur at the beginning of the file");
            case ImportFrom { Module: "__future__" } when _futureEnd is null:
                throw Error(node, "from __future__ imports must occur at the beginning of the file");
            case Try t:
                for (int i = 0; i < t.Handlers.Count - 1; i++)
                {
                    if (t.Handlers[i] is ExceptHandler { Type: null } h) throw Error(h, "default 'except:' must be last");
                }
                break;
            case Assign a:
                foreach (var target in a.Targets) CheckStarredTargets(target);
                break;
            case ListComp or SetComp or DictComp or GeneratorExp:
                {
                    var gens = node switch
                    {
                        ListComp lc => lc.Generators,
                        SetComp sc => sc.Generators,
                        DictComp dc => dc.Generators,
                        _ => ((GeneratorExp)node).Generators,
                    };
                    // The first iterable is evaluated in the enclosing scope; the rest in the comprehension.
                    bool first = true;
                    foreach (var g in gens)
                    {
                        if (g.IsAsync != 0 && !ctx.InAsync && node is not GeneratorExp)
                            throw Error(node, "asynchronous comprehension outside of an asynchronous function");
                        CompilerPass(g.Iter, ctx);
                        // A generator expression may await in any function: it becomes an async generator.
                        var inner = new Context(true, ctx.InAsync || node is GeneratorExp, false);
                        CompilerPass(g.Target, inner);
                        foreach (var cond in g.Ifs) CheckNoYieldInComprehension(cond, node, inner);
                        first = false;
                    }
                    _ = first;
                    foreach (var child in node.Children())
                    {
                        if (child is Comprehension) continue;
                        CheckNoYieldInComprehension(child, node, new Context(true, ctx.InAsync || node is GeneratorExp, false));
                    }
                    return;
                }
        }
        foreach (var child in node.Children()) CompilerPass(child, ctx);
    }

    private void CheckRepeatedKeywords(IReadOnlyList<Ast.Keyword> keywords)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var k in keywords)
        {
            if (k.Arg is not null && !seen.Add(k.Arg)) throw Error(k, $"keyword argument repeated: {k.Arg}");
        }
    }

    private void CompilerPassArgs(Arguments args, Context ctx)
    {
        foreach (var d in args.Defaults) CompilerPass(d, ctx);
        foreach (var d in args.KwDefaults) if (d is not null) CompilerPass(d, ctx);
        foreach (var a in AllArgs(args)) if (a.Annotation is not null) CompilerPass(a.Annotation, ctx);
    }

    private void CheckNoYieldInComprehension(Node n, Node comp, Context ctx)
    {
        foreach (var x in n.Walk())
        {
            if (x is Lambda) break;
            if (x is Yield or YieldFrom)
            {
                string what = comp switch
                {
                    ListComp => "list comprehension",
                    SetComp => "set comprehension",
                    DictComp => "dict comprehension",
                    _ => "generator expression",
                };
                throw Error(x, $"'yield' inside {what}");
            }
        }
        CompilerPass(n, ctx);
    }

    private void CheckAsyncGeneratorReturn(AsyncFunctionDef f)
    {
        bool isGenerator = false;
        Return? withValue = null;
        foreach (var s in WalkScope(f.Body))
        {
            if (s is Return { Value: not null } r) withValue ??= r;
            foreach (var e in s.Children())
            {
                if (e is Stmt) continue;
                foreach (var x in e.Walk())
                {
                    if (x is Lambda or GeneratorExp or ListComp or SetComp or DictComp) break;
                    if (x is Yield) isGenerator = true;
                }
            }
        }
        if (isGenerator && withValue is not null) throw Error(withValue, "'return' with value in async generator");
    }

    private void CheckStarredTargets(Expr target)
    {
        if (target is not (Tuple or List)) return;
        var elts = target is Tuple t ? t.Elts : ((List)target).Elts;
        int stars = 0;
        foreach (var e in elts)
        {
            if (e is Starred)
            {
                stars++;
                if (stars > 1) throw Error(target, "multiple starred expressions in assignment");
            }
            else CheckStarredTargets(e);
        }
    }
}
