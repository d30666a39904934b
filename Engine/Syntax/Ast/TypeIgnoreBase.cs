namespace RuleSandbox.Engine.Syntax.Ast;

/// <summary>The base of a type-ignore comment (CPython's type_ignore; never produced here).</summary>
public abstract class TypeIgnoreBase : Node
{
    protected TypeIgnoreBase(SourceSpan span) : base(span) { }
    protected TypeIgnoreBase() { }
}
