namespace RuleSandbox.Engine.Syntax;

/// <summary>Python's hard keywords; a Name token carries one when its text is a keyword.</summary>
public enum Keyword : byte
{
    None = 0,
    False, NoneKw, True, And, As, Assert, Async, Await, Break, Class, Continue, Def, Del, Elif, Else,
    Except, Finally, For, From, Global, If, Import, In, Is, Lambda, Nonlocal, Not, Or, Pass, Raise,
    Return, Try, While, With, Yield,
}
