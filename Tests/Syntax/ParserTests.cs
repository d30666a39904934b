using System.Text;
using RuleSandbox.Engine.Syntax;

namespace RuleSandbox.Tests.Syntax;

public sealed class ParserTests
{
    private static string Dump(string source) => PythonParser.ParseModule(source, "t.py").Dump();

    private static PythonSyntaxError ErrorOf(string source)
        => Assert.Throws<PythonSyntaxError>(() => PythonParser.ParseModule(source, "t.py"))!;

    [Test]
    public void SimpleAssignmentDumpsAsCPython()
        => Assert.That(Dump("x = 1\n"), Is.EqualTo("Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])"));

    [Test]
    public void FormatSpecEndingInANestedFieldKeepsCPythonsEmptyPiece()
        => Assert.That(Dump("f'{x:{y}}'"), Does.Contain("format_spec=JoinedStr(values=[FormattedValue(value=Name(id='y', ctx=Load()), conversion=-1), Constant(value='')])"));

    [Test]
    public void DebugSpecifierKeepsTheSourceTextAndDefaultsToRepr()
        => Assert.That(Dump("f'{ x = }'"), Is.EqualTo("Module(body=[Expr(value=JoinedStr(values=[Constant(value=' x = '), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114)]))], type_ignores=[])"));

    [Test]
    public void MatchIsASoftKeyword()
    {
        Assert.That(Dump("match = 1\nmatch(x)\n"), Does.StartWith("Module(body=[Assign(targets=[Name(id='match', ctx=Store())]"));
        Assert.That(Dump("match p:\n    case [1, *rest] if rest:\n        pass\n"), Does.Contain("MatchSequence(patterns=[MatchValue(value=Constant(value=1)), MatchStar(name='rest')])"));
    }

    [Test]
    public void IdentifiersAreNfkcNormalized()
        => Assert.That(Dump("ﬁ = 1\n"), Does.Contain("Name(id='fi', ctx=Store())"));

    [Test]
    public void NamedUnicodeEscapesAreResolved()
        => Assert.That(Dump("'\\N{BULLET}\\N{CJK UNIFIED IDEOGRAPH-4E00}'\n"), Does.Contain("Constant(value='•一')"));

    [Test]
    public void ErrorCarriesCPythonsLocationAndText()
    {
        var e = ErrorOf("x = 1\nif x\n    pass\n");
        Assert.Multiple(() =>
        {
            Assert.That(e.ErrorType, Is.EqualTo("SyntaxError"));
            Assert.That(e.Message, Is.EqualTo("expected ':'"));
            Assert.That((e.Line, e.Offset), Is.EqualTo((2, 5)));
            Assert.That(e.Text, Is.EqualTo("if x\n"));
            Assert.That(e.ToCompilerString(), Is.EqualTo("t.py:2:5: SyntaxError: expected ':'"));
        });
    }

    [Test]
    public void AnUnclosedBracketOnAnEarlierLineWinsOverTheParseError()
        => Assert.That(ErrorOf("x = (1,\ny = 2\n").Message, Is.EqualTo("'(' was never closed"));

    [Test]
    public void CompileTimeErrorsAreReported()
    {
        Assert.That(ErrorOf("return 1\n").Message, Is.EqualTo("'return' outside function"));
        Assert.That(ErrorOf("for x in y:\n    def f():\n        break\n").Message, Is.EqualTo("'break' outside loop"));
        Assert.That(ErrorOf("def f(a, a): pass\n").Message, Is.EqualTo("duplicate argument 'a' in function definition"));
    }

    [Test]
    public void EncodingDeclarationIsHonoured()
    {
        var bytes = Encoding.Latin1.GetBytes("# -*- coding: latin-1 -*-\nx = 'caf\u00e9'\n");
        Assert.That(PythonParser.ParseModule(bytes, "t.py").Dump(), Does.Contain("Constant(value='café')"));
    }

    [Test]
    public void InvalidUtf8IsASyntaxError()
    {
        var e = Assert.Throws<PythonSyntaxError>(() => PythonParser.ParseModule(new byte[] { (byte)'x', (byte)'=', 0xff, (byte)'\n' }, "t.py"))!;
        Assert.That(e.Message, Does.StartWith("(unicode error) 'utf-8' codec can't decode byte 0xff"));
    }

    [Test]
    public void UnknownEncodingIsASyntaxError()
        => Assert.That(Assert.Throws<PythonSyntaxError>(() => PythonParser.ParseModule(Encoding.ASCII.GetBytes("# coding: nope\n"), "t.py"))!.Message, Is.EqualTo("unknown encoding: nope"));

    [Test]
    public void NulBytesAreRejected()
        => Assert.That(ErrorOf("x = 1\0\n").Message, Is.EqualTo("source code string cannot contain null bytes"));

    [TestCase("(", 100_000)]
    [TestCase("[", 100_000)]
    [TestCase("-", 100_000)]
    [TestCase("not ", 50_000)]
    [TestCase("lambda: ", 50_000)]
    [TestCase("x if y else ", 50_000)]
    public void DeepNestingIsASyntaxErrorEvenOnASmallStack(string unit, int count)
    {
        // Run on a thread with a 256 KB stack: the parser must notice before the stack runs out.
        string source = "x = " + string.Concat(Enumerable.Repeat(unit, count)) + "1\n";
        Exception? caught = null;
        var thread = new Thread(() =>
        {
            try { PythonParser.ParseModule(source, "t.py"); }
            catch (Exception e) { caught = e; }
        }, 256 * 1024);
        thread.Start();
        thread.Join();
        Assert.That(caught, Is.InstanceOf<PythonSyntaxError>());
    }

    [Test]
    public void DeeplyNestedBlocksAreAnIndentationError()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < 150; i++) sb.Append(new string(' ', i)).Append("if x:\n");
        sb.Append(new string(' ', 150)).Append("pass\n");
        var e = ErrorOf(sb.ToString());
        Assert.That((e.ErrorType, e.Message), Is.EqualTo(("IndentationError", "too many levels of indentation")));
    }

    [Test]
    public void EscapedSurrogatesStayTwoCodePoints()
    {
        // Two escapes that would form a valid UTF-16 pair are still two code points in Python.
        Assert.That(Dump("'\\ud800\\udfff'\n"), Does.Contain(@"Constant(value='\ud800\udfff')"));
        // One astral escape is one printable code point (U+10000), printed as itself.
        Assert.That(Dump("'\\U00010000'\n"), Does.Contain("Constant(value='\U00010000')"));
    }
}
