using System.Diagnostics;
using RuleSandbox.Engine.Hosting;
using RuleSandbox.Engine.Modules;
using RuleSandbox.Engine.Runtime;
using HostVerdict = RuleSandbox.Engine.Hosting.Verdict;

namespace RuleSandbox.Tests.Modules;

/// <summary>time as a host uses it: the wall-clock capability and sleep against the deadline.</summary>
public sealed class TimeModuleTests
{
    private static readonly DateTimeOffset s_fixedNow = new(2024, 5, 17, 8, 30, 15, 250, TimeSpan.Zero);

    private static ExecutionResult Run(string source, Func<DateTimeOffset>? clock = null, ExecutionLimits? limits = null)
    {
        var modules = clock is null ? NativeModules.All : NativeModules.WithCapabilities(NativeModules.All, clock, null);
        return CompiledProgram.Compile(source, "rule.py").Run(new RunOptions { Modules = modules, Limits = limits ?? ModuleTestHost.Limits });
    }

    [TestCase("time.time()", "time.time()")]
    [TestCase("time.time_ns()", "time.time_ns()")]
    [TestCase("time.gmtime()", "time.gmtime()")]
    [TestCase("time.localtime()", "time.localtime()")]
    [TestCase("time.ctime()", "time.ctime()")]
    [TestCase("time.asctime()", "time.asctime()")]
    [TestCase("time.strftime('%Y')", "time.strftime()")]
    public void TheWallClockIsRefusedUnlessTheHostGrantsIt(string call, string what)
    {
        var r = Run("import time\nresult = " + call);
        Assert.That(r.Verdict, Is.EqualTo(HostVerdict.Error));
        Assert.That(r.Error!.Type, Is.EqualTo("RuntimeError"));
        Assert.That(r.Error.Message, Is.EqualTo(what + " needs the wall-clock capability, which the host did not grant to this rule"));
    }

    [Test]
    public void TheGrantedWallClockComesFromTheHost()
    {
        var r = Run("import time\nresult = [time.time(), time.time_ns(), tuple(time.gmtime()), time.ctime(), time.strftime('%Y-%m-%d %H:%M:%S %Z'), time.localtime().tm_zone]", () => s_fixedNow);
        Assert.That(r.Verdict, Is.EqualTo(HostVerdict.Ok), r.Message ?? r.Error?.Traceback);
        Assert.That(r.Value, Is.EqualTo(new object?[]
        {
            // CPython divides the nanoseconds by 1e9 as a double, which does not give .25 exactly.
            1715934615.2499998, 1715934615250000000L, new object?[] { 2024L, 5L, 17L, 8L, 30L, 15L, 4L, 138L, 0L },
            "Fri May 17 08:30:15 2024", "2024-05-17 08:30:15 UTC", "UTC",
        }));
    }

    [Test]
    public void OneClockGrantServesDatetimeAndTime()
    {
        var r = Run("import time, datetime\nresult = [time.time() == datetime.datetime.now(datetime.timezone.utc).timestamp()]", () => s_fixedNow.AddMilliseconds(-250));
        Assert.That(r.Value, Is.EqualTo(new object?[] { true }), r.Error?.Traceback);
    }

    [Test]
    public void DurationClocksNeedNoCapability()
    {
        var r = Run("import time\na = time.monotonic(); b = time.perf_counter_ns(); c = time.process_time()\nresult = [time.monotonic() >= a, time.perf_counter_ns() >= b, time.process_time() >= c, type(b).__name__]");
        Assert.That(r.Verdict, Is.EqualTo(HostVerdict.Ok), r.Message ?? r.Error?.Traceback);
        Assert.That(r.Value, Is.EqualTo(new object?[] { true, true, true, "int" }));
    }

    [Test]
    public void SleepWaitsWithinTheDeadline()
    {
        var sw = Stopwatch.StartNew();
        var r = Run("import time\nt = time.monotonic()\ntime.sleep(0.05)\nresult = time.monotonic() - t >= 0.05");
        Assert.That(r.Value, Is.EqualTo(true), r.Error?.Traceback);
        Assert.That(sw.Elapsed, Is.GreaterThanOrEqualTo(TimeSpan.FromMilliseconds(50)));
    }

    [Test]
    public void SleepingPastTheDeadlineEndsTheRunWithTheTimeLimitAtOnce()
    {
        var limits = ModuleTestHost.Limits with { Timeout = TimeSpan.FromSeconds(1) };
        var sw = Stopwatch.StartNew();
        var r = Run("import time\ntry:\n    time.sleep(3600)\nexcept BaseException:\n    result = 'caught'\n", limits: limits);
        Assert.That(r.Verdict, Is.EqualTo(HostVerdict.Timeout), r.Message);
        Assert.That(r.Limit, Is.EqualTo(LimitKind.Time));
        Assert.That(sw.Elapsed, Is.LessThan(TimeSpan.FromSeconds(1)), "it does not block until the deadline");
    }

    [Test]
    public void ALoopOfShortSleepsStillEndsAtTheDeadline()
    {
        var limits = ModuleTestHost.Limits with { Timeout = TimeSpan.FromMilliseconds(300) };
        var sw = Stopwatch.StartNew();
        var r = Run("import time\nwhile True:\n    time.sleep(0.05)\n", limits: limits);
        Assert.That(r.Verdict, Is.EqualTo(HostVerdict.Timeout), r.Message);
        Assert.That(sw.Elapsed, Is.LessThan(TimeSpan.FromSeconds(2)));
    }

    [Test]
    public void SleepHonoursCancellation()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        var sw = Stopwatch.StartNew();
        var r = CompiledProgram.Compile("import time\ntime.sleep(1.5)\n", "rule.py").Run(new RunOptions { Modules = NativeModules.All, Limits = ModuleTestHost.Limits, Cancellation = cts.Token });
        Assert.That(r.Limit, Is.EqualTo(LimitKind.Cancelled), r.Message);
        Assert.That(sw.Elapsed, Is.LessThan(TimeSpan.FromSeconds(1)));
    }
}
