namespace RuleSandbox.Engine.Syntax.Ast;

/// <summary>The base of an expression (CPython's expr).</summary>
public abstract class Expr : Node
{
    protected Expr(SourceSpan span) : base(span) { }
}
