namespace RuleSandbox.Engine.Syntax.Ast;

/// <summary>The base of an except clause (CPython's excepthandler).</summary>
public abstract class ExceptHandlerBase : Node
{
    protected ExceptHandlerBase(SourceSpan span) : base(span) { }
}
