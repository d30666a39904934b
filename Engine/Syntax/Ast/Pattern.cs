namespace RuleSandbox.Engine.Syntax.Ast;

/// <summary>The base of a match-statement pattern (CPython's pattern).</summary>
public abstract class Pattern : Node
{
    protected Pattern(SourceSpan span) : base(span) { }
}
