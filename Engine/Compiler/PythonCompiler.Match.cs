using RuleSandbox.Engine.Syntax.Ast;

namespace RuleSandbox.Engine.Compiler;

public sealed partial class PythonCompiler
{
    private void CompileMatch(Match m) => throw Error("match statements are not supported yet", m);
}
