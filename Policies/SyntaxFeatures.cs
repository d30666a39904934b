namespace RuleSandbox.Policies;

/// <summary>Syntax features a policy can switch off; <c>true</c> means the feature is allowed.</summary>
/// <param name="WhileLoops"><c>while</c> statements.</param>
/// <param name="Classes"><c>class</c> definitions.</param>
/// <param name="Lambdas"><c>lambda</c> expressions.</param>
/// <param name="Generators"><c>yield</c> and <c>yield from</c> (generator functions).</param>
/// <param name="GlobalNonlocal"><c>global</c> and <c>nonlocal</c> statements.</param>
/// <param name="Imports">Any <c>import</c> statement at all.</param>
/// <param name="StarImports"><c>from m import *</c>.</param>
/// <param name="CatchBaseException">Bare <c>except:</c> and <c>except BaseException</c>.</param>
/// <param name="Async"><c>async def</c>, <c>await</c>, <c>async for</c>, <c>async with</c>.</param>
public sealed record SyntaxFeatures(
    bool WhileLoops,
    bool Classes,
    bool Lambdas,
    bool Generators,
    bool GlobalNonlocal,
    bool Imports,
    bool StarImports,
    bool CatchBaseException,
    bool Async);
