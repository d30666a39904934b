using RuleSandbox.Engine.Syntax.Ast;
using Attribute = RuleSandbox.Engine.Syntax.Ast.Attribute;
using Tuple = RuleSandbox.Engine.Syntax.Ast.Tuple;

namespace RuleSandbox.Engine.Syntax;

internal sealed partial class Parser
{
    /// <summary>
    /// The first sub-expression that cannot be a target in <paramref name="ctx"/>, or null when
    /// <paramref name="e"/> is a valid target (CPython's _PyPegen_get_invalid_target).
    /// </summary>
    private Expr? InvalidTarget(Expr e, ExprContext ctx)
    {
        switch (e)
        {
            case Name or Attribute or Subscript:
                return null;
            case Starred s:
                if (ctx == ExprContext.Del) return e;
                return InvalidTarget(s.Value, ctx);
            case Tuple t:
                foreach (var elt in t.Elts) if (InvalidTarget(elt, ctx) is { } bad) return bad;
                return null;
            case List l:
                foreach (var elt in l.Elts) if (InvalidTarget(elt, ctx) is { } bad) return bad;
                return null;
            case Compare c when ctx == ExprContext.Store:
                // 'for x in y' style: the comparison's left side is what went wrong only for 'in'.
                if (c.Ops[0] == CompareOperator.In) return InvalidTarget(c.Left, ctx) ?? e;
                return e;
            default:
                return e;
        }
    }

    /// <summary>Re-creates <paramref name="e"/> with Store or Del context, or throws CPython's error.</summary>
    private Expr ToTarget(Expr e, ExprContext ctx)
    {
        switch (e)
        {
            case Name n:
                if (ctx == ExprContext.Store && n.Id == "__debug__")
                    throw ErrorAt(e, "cannot assign to __debug__");
                return new Name(n.Id, ctx, n.Span);
            case Attribute a:
                if (ctx == ExprContext.Store && a.Attr == "__debug__")
                    throw ErrorAt(e, "cannot assign to __debug__");
                return new Attribute(a.Value, a.Attr, ctx, a.Span);
            case Subscript s:
                return new Subscript(s.Value, s.Slice, ctx, s.Span);
            case Starred st when ctx == ExprContext.Store:
                return new Starred(ToTarget(st.Value, ctx), ctx, st.Span);
            case Tuple t:
                {
                    var elts = new Expr[t.Elts.Count];
                    for (int i = 0; i < elts.Length; i++) elts[i] = ToTarget(t.Elts[i], ctx);
                    return new Tuple(elts, ctx, t.Span);
                }
            case List l:
                {
                    var elts = new Expr[l.Elts.Count];
                    for (int i = 0; i < elts.Length; i++) elts[i] = ToTarget(l.Elts[i], ctx);
                    return new List(elts, ctx, l.Span);
                }
            default:
                {
                    var bad = InvalidTarget(e, ctx) ?? e;
                    string verb = ctx == ExprContext.Del ? "delete" : "assign to";
                    throw ErrorAt(bad, $"cannot {verb} {ExprName(bad)}");
                }
        }
    }

    /// <summary>CPython's _PyPegen_get_expr_name: how error messages name an expression.</summary>
    private static string ExprName(Expr e) => e switch
    {
        Attribute => "attribute",
        Subscript => "subscript",
        Starred => "starred",
        Name => "name",
        List => "list",
        Tuple => "tuple",
        Lambda => "lambda",
        Call => "function call",
        BoolOp or BinOp or UnaryOp => "expression",
        GeneratorExp => "generator expression",
        Yield or YieldFrom => "yield expression",
        Await => "await expression",
        ListComp => "list comprehension",
        SetComp => "set comprehension",
        DictComp => "dict comprehension",
        Dict => "dict literal",
        Set => "set display",
        JoinedStr or FormattedValue => "f-string expression",
        Constant c => c.Value.Kind switch
        {
            ConstantKind.None => "None",
            ConstantKind.True => "True",
            ConstantKind.False => "False",
            ConstantKind.Ellipsis => "ellipsis",
            _ => "literal",
        },
        Compare => "comparison",
        IfExp => "conditional expression",
        NamedExpr => "named expression",
        _ => "expression",
    };
}
