using System.Numerics;
using RuleSandbox.Engine.Hosting;
using HostVerdict = RuleSandbox.Engine.Hosting.Verdict;
using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Syntax;

namespace RuleSandbox.Tests.Hosting;

// The engine's verdict (the public RuleSandbox.Verdict of the sandbox facade would win otherwise).
using Verdict = RuleSandbox.Engine.Hosting.Verdict;

public sealed class CompiledProgramTests
{
    [Test]
    public void ResultGlobalIsReturnedAsJsonCompatibleValues()
    {
        var p = CompiledProgram.Compile("result = {'total': price * qty, 'tags': ['a', 'b'], 'ok': True, 'ratio': 0.5, 'none': None, 'big': 2**70}");
        var r = p.Run(new RunOptions { InputJson = "{\"price\": 3, \"qty\": 4}" });
        Assert.That(r.Verdict, Is.EqualTo(HostVerdict.Ok), r.Error?.Traceback);
        var d = (Dictionary<string, object?>)r.Value!;
        Assert.That(d["total"], Is.EqualTo(12L));
        Assert.That(d["tags"], Is.EqualTo(new List<object?> { "a", "b" }));
        Assert.That(d["ok"], Is.EqualTo(true));
        Assert.That(d["ratio"], Is.EqualTo(0.5));
        Assert.That(d["none"], Is.Null);
        Assert.That(d["big"], Is.EqualTo(BigInteger.Pow(2, 70)));
    }

    [Test]
    public void EntryPointIsCalledWithHostArguments()
    {
        var p = CompiledProgram.Compile("def discount(order):\n    return order['amount'] * 0.1 if order['vip'] else 0");
        var r = p.Run(new RunOptions { EntryPoint = "discount", EntryArguments = new object?[] { new Dictionary<string, object?> { ["amount"] = 200, ["vip"] = true } } });
        Assert.That(r.Verdict, Is.EqualTo(HostVerdict.Ok), r.Error?.Traceback);
        Assert.That(r.Value, Is.EqualTo(20.0));
    }

    [Test]
    public void EachRunGetsFreshGlobals()
    {
        var p = CompiledProgram.Compile("try:\n    counter += 1\nexcept NameError:\n    counter = 1\nresult = counter");
        Assert.That(p.Run().Value, Is.EqualTo(1L));
        Assert.That(p.Run().Value, Is.EqualTo(1L));
    }

    [Test]
    public void CompiledProgramIsSafeToRunConcurrently()
    {
        var p = CompiledProgram.Compile("def fib(n):\n    return n if n < 2 else fib(n-1) + fib(n-2)\nresult = fib(n)");
        var results = new ExecutionResult[8];
        Parallel.For(0, results.Length, i => results[i] = p.Run(new RunOptions { Inputs = new Dictionary<string, object?> { ["n"] = 15 + (i % 3) } }));
        for (int i = 0; i < results.Length; i++)
            Assert.That(results[i].Value, Is.EqualTo(new long[] { 610, 987, 1597 }[i % 3]));
    }

    [Test]
    public void UncaughtExceptionGivesErrorVerdictWithCPythonTraceback()
    {
        var p = CompiledProgram.Compile("def f(x):\n    return 10 / x\nresult = f(0)", "rule.py");
        var r = p.Run();
        Assert.That(r.Verdict, Is.EqualTo(HostVerdict.Error));
        Assert.That(r.Error!.Type, Is.EqualTo("ZeroDivisionError"));
        Assert.That(r.Error.Message, Is.EqualTo("division by zero"));
        Assert.That(r.Error.Traceback, Is.EqualTo(
            "Traceback (most recent call last):\n" +
            "  File \"rule.py\", line 3, in <module>\n    result = f(0)\n" +
            "  File \"rule.py\", line 2, in f\n    return 10 / x\n" +
            "ZeroDivisionError: division by zero\n"));
    }

    [Test]
    public void PrintIsCapturedNotWrittenToTheConsole()
    {
        var r = CompiledProgram.Compile("print('hi', 1)\nprint('there')").Run();
        Assert.That(r.Stdout, Is.EqualTo("hi 1\nthere\n"));
        Assert.That(r.Metrics.OutputBytes, Is.EqualTo(r.Stdout.Length));
    }

    [Test]
    public void ValuesThatCannotCrossGiveInvalidVerdict()
    {
        var r = CompiledProgram.Compile("result = lambda: 1").Run();
        Assert.That(r.Verdict, Is.EqualTo(HostVerdict.Invalid));
        Assert.That(r.Message, Does.Contain("'function'"));
    }

    [Test]
    public void BadInputJsonGivesInvalidVerdict()
    {
        var r = CompiledProgram.Compile("result = 1").Run(new RunOptions { InputJson = "[1, 2" });
        Assert.That(r.Verdict, Is.EqualTo(HostVerdict.Invalid));
    }

    [Test]
    public void SyntaxErrorsAreThrownAtCompileTime()
    {
        var e = Assert.Throws<PythonSyntaxError>(() => CompiledProgram.Compile("def f(:\n  pass", "bad.py"))!;
        Assert.That(e.Filename, Is.EqualTo("bad.py"));
    }

    [Test]
    public void MetricsReportFuelAndTime()
    {
        var r = CompiledProgram.Compile("s = 0\nfor i in range(1000):\n    s += i\nresult = s").Run();
        Assert.That(r.Value, Is.EqualTo(499500L));
        Assert.That(r.Metrics.FuelUsed, Is.GreaterThan(3000));
        Assert.That(r.Metrics.WallTime, Is.GreaterThan(TimeSpan.Zero));
    }

    [Test]
    public void ImportOfAnUngrantedModuleFails()
    {
        var r = CompiledProgram.Compile("import os").Run();
        Assert.That(r.Error!.Type, Is.EqualTo("ModuleNotFoundError"));
        Assert.That(r.Error.Message, Is.EqualTo("No module named 'os'"));
    }
}
