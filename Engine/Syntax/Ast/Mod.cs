namespace RuleSandbox.Engine.Syntax.Ast;

/// <summary>The base of a module, expression or interactive input (CPython's mod).</summary>
public abstract class Mod : Node
{
    protected Mod() { }
}
