using RuleSandbox.Engine.Compiler;
using RuleSandbox.Engine.Syntax;

namespace RuleSandbox.Tests.Compiler;

public sealed class CompilerTests
{
    private static CodeObject Compile(string src) => PythonCompiler.CompileModule(PythonParser.ParseModule(src, "t.py"), "t.py", src);

    [Test]
    public void TryExceptProducesAnExceptionTableAndNoSetupInstructions()
    {
        var code = Compile("try:\n    x = 1\nexcept ValueError:\n    x = 2");
        Assert.That(code.ExceptionTable, Is.Not.Empty);
        var first = code.ExceptionTable[0];
        Assert.That(first.Start, Is.LessThan(first.End));
        Assert.That(Instr.Op(code.Code[first.Target]), Is.EqualTo(Opcode.PushExcInfo));
    }

    [Test]
    public void FunctionLocalsUseFastSlotsAndGlobalsUseGlobalLoads()
    {
        var code = Compile("def f(a):\n    b = a + g\n    return b");
        var f = code.Constants.OfType<CodeObject>().Single();
        var ops = f.Code.Select(Instr.Op).ToList();
        Assert.That(ops, Does.Contain(Opcode.LoadFast));
        Assert.That(ops, Does.Contain(Opcode.StoreFast));
        Assert.That(ops, Does.Contain(Opcode.LoadGlobal));
        Assert.That(ops, Does.Not.Contain(Opcode.LoadName));
        Assert.That(f.VarNames, Is.EqualTo(new[] { "a", "b" }));
        Assert.That(f.ArgCount, Is.EqualTo(1));
    }

    [Test]
    public void MaxStackCoversNestedExpressions()
    {
        var code = Compile("x = [1, [2, [3, [4, (5, 6)]]]]");
        Assert.That(code.MaxStack, Is.GreaterThanOrEqualTo(6));
    }

    [Test]
    public void LineTableMapsInstructionsToSourceLines()
    {
        var code = Compile("a = 1\n\nb = 2\n");
        Assert.That(code.Lines.Distinct(), Is.EquivalentTo(new[] { 1, 3 }));
    }

    [Test]
    public void MethodCallsUseLoadMethod()
    {
        var code = Compile("x.append(1)");
        Assert.That(code.Code.Select(Instr.Op), Does.Contain(Opcode.LoadMethod));
    }

    [TestCase("return 1", "'return' outside function")]
    [TestCase("break", "'break' outside loop")]
    [TestCase("continue", "'continue' not properly in loop")]
    public void MisplacedStatementsAreSyntaxErrors(string src, string message)
    {
        var e = Assert.Throws<PythonSyntaxError>(() => Compile(src))!;
        Assert.That(e.Message, Is.EqualTo(message));
    }

    [Test]
    public void GeneratorFunctionsAreFlagged()
    {
        var code = Compile("def g():\n    yield 1");
        Assert.That(code.Constants.OfType<CodeObject>().Single().Flags & CodeFlags.Generator, Is.EqualTo(CodeFlags.Generator));
    }
}
