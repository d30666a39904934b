namespace RuleSandbox.Engine.Syntax.Ast;

/// <summary>The base of a statement (CPython's stmt).</summary>
public abstract class Stmt : Node
{
    protected Stmt(SourceSpan span) : base(span) { }
}
