namespace RuleSandbox.Engine.Syntax.Ast;

/// <summary>The base of a type parameter (CPython's type_param).</summary>
public abstract class TypeParam : Node
{
    protected TypeParam(SourceSpan span) : base(span) { }
}
