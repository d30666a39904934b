using System.Diagnostics;
using RuleSandbox.Engine.Hosting;
using HostVerdict = RuleSandbox.Engine.Hosting.Verdict;
using RuleSandbox.Engine.Runtime;

namespace RuleSandbox.Tests.Runtime;

// The engine's verdict (the public RuleSandbox.Verdict of the sandbox facade would win otherwise).
using Verdict = RuleSandbox.Engine.Hosting.Verdict;

/// <summary>Each bomb from issue 3 ends in its limit verdict, quickly, without crashing the process.</summary>
public sealed class LimitTests
{
    private static readonly ExecutionLimits Limits = new()
    {
        MaxFuel = 50_000_000,
        Timeout = TimeSpan.FromSeconds(2),
        MaxMemoryBytes = 64L * 1024 * 1024,
        MaxRecursionDepth = 1000,
        MaxOutputBytes = 1024 * 1024,
    };

    private static (ExecutionResult Result, TimeSpan Elapsed) Run(string source, ExecutionLimits? limits = null, CancellationToken ct = default)
    {
        var program = CompiledProgram.Compile(source, "bomb.py");
        var sw = Stopwatch.StartNew();
        var r = program.Run(new RunOptions { Limits = limits ?? Limits, Cancellation = ct });
        return (r, sw.Elapsed);
    }

    [TestCase("x = 1000000000 ** 10000000", LimitKind.Fuel)]
    [TestCase("x = 10**10**10", LimitKind.Memory)]
    [TestCase("x = 'x' * 10**10", LimitKind.Memory)]
    [TestCase("x = [0] * 10**10", LimitKind.Memory)]
    [TestCase("x = [0] * 10**9", LimitKind.Memory)]
    [TestCase("def f(n):\n    return f(n + 1)\nf(0)", LimitKind.Recursion)]
    [TestCase("def f(n):\n    return 1 if n == 0 else 1 + f(n - 1)\nf(10**6)", LimitKind.Recursion)]
    [TestCase("while True:\n    print('x' * 10**6)", LimitKind.Output)]
    [TestCase("x = 1 << 10**12", LimitKind.Memory)]
    public void BombEndsInItsLimitQuickly(string source, LimitKind expected)
    {
        var (r, elapsed) = Run(source);
        Assert.That(r.Verdict, Is.EqualTo(HostVerdict.Limit), r.Message ?? r.Error?.Traceback);
        Assert.That(r.Limit, Is.EqualTo(expected), r.Message);
        Assert.That(elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
    }

    [Test]
    public void InfiniteLoopRunsOutOfFuel()
    {
        // A fuel budget that a loaded machine still burns well inside the 2 s deadline.
        var limits = Limits with { MaxFuel = 5_000_000 };
        var (r, elapsed) = Run("while True:\n    pass", limits);
        Assert.That(r.Verdict, Is.EqualTo(HostVerdict.Limit));
        Assert.That(r.Limit, Is.EqualTo(LimitKind.Fuel));
        Assert.That(r.Metrics.FuelUsed, Is.GreaterThanOrEqualTo(limits.MaxFuel));
        Assert.That(elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
    }

    [Test]
    public void InfiniteLoopHitsTheDeadlineWhenFuelIsAmple()
    {
        var limits = Limits with { MaxFuel = long.MaxValue / 4, Timeout = TimeSpan.FromMilliseconds(300) };
        var (r, elapsed) = Run("while True:\n    pass", limits);
        Assert.That(r.Verdict, Is.EqualTo(HostVerdict.Timeout));
        Assert.That(r.Limit, Is.EqualTo(LimitKind.Time));
        Assert.That(elapsed, Is.LessThan(TimeSpan.FromSeconds(3)));
    }

    [Test]
    public void LimitCannotBeCaughtByExceptBaseException()
    {
        var (r, _) = Run("try:\n    while True:\n        pass\nexcept BaseException:\n    print('caught')\nresult = 1", Limits with { MaxFuel = 5_000_000 });
        Assert.That(r.Verdict, Is.EqualTo(HostVerdict.Limit));
        Assert.That(r.Stdout, Does.Not.Contain("caught"));
    }

    [Test]
    public void BareExceptDoesNotCatchRecursionLimit()
    {
        var (r, _) = Run("def f():\n    try:\n        return f()\n    except:\n        return 0\nf()");
        Assert.That(r.Verdict, Is.EqualTo(HostVerdict.Limit));
        Assert.That(r.Limit, Is.EqualTo(LimitKind.Recursion));
    }

    [Test]
    public void CancellationStopsARunningProgramWithinMilliseconds()
    {
        using var cts = new CancellationTokenSource();
        var limits = Limits with { MaxFuel = long.MaxValue / 4, Timeout = TimeSpan.FromMinutes(1) };
        var program = CompiledProgram.Compile("while True:\n    pass", "spin.py");
        var task = program.RunAsync(new RunOptions { Limits = limits, Cancellation = cts.Token });
        Thread.Sleep(100);
        var sw = Stopwatch.StartNew();
        cts.Cancel();
        var r = task.GetAwaiter().GetResult();
        Assert.That(r.Limit, Is.EqualTo(LimitKind.Cancelled));
        Assert.That(sw.Elapsed, Is.LessThan(TimeSpan.FromSeconds(1)));
    }

    [Test]
    public void DeeplyNestedListReprDoesNotOverflowTheStack()
    {
        var (r, _) = Run("x = []\nfor i in range(200000):\n    x = [x]\ns = repr(x)");
        Assert.That(r.Verdict, Is.EqualTo(HostVerdict.Limit));
        Assert.That(r.Limit, Is.EqualTo(LimitKind.Recursion));
    }

    [Test]
    public void RecursionThroughDunderMethodsIsBounded()
    {
        var (r, _) = Run("class A:\n    def __eq__(self, o):\n        return self == o\nA() == A()");
        Assert.That(r.Verdict, Is.EqualTo(HostVerdict.Limit));
        Assert.That(r.Limit, Is.EqualTo(LimitKind.Recursion));
    }

    [Test]
    public void SortedChargesFuelPerElement()
    {
        var limits = Limits with { MaxFuel = 200_000 };
        var (r, _) = Run("x = sorted(range(10**6))", limits);
        Assert.That(r.Limit, Is.EqualTo(LimitKind.Fuel));
    }
}
