using System.Diagnostics;
using RuleSandbox.Engine.Runtime;
using HostVerdict = RuleSandbox.Engine.Hosting.Verdict;

namespace RuleSandbox.Tests.Modules;

/// <summary>What the itertools conformance cases cannot show: infinite iterators end at the limits.</summary>
public sealed class ItertoolsModuleTests
{
    // A small fuel budget and a generous deadline, so the fuel limit is what stops a drain even on a busy machine.
    internal static readonly ExecutionLimits SmallFuel = ModuleTestHost.Limits with { MaxFuel = 2_000_000, Timeout = TimeSpan.FromSeconds(30) };

    // The usual limits with a deadline that a loaded machine cannot miss (these tests measure fuel, not time).
    internal static readonly ExecutionLimits Relaxed = ModuleTestHost.Limits with { Timeout = TimeSpan.FromSeconds(60) };

    private static void AssertStoppedBy(string source, params LimitKind[] kinds)
    {
        var sw = Stopwatch.StartNew();
        var r = ModuleTestHost.Run(source, SmallFuel);
        Assert.That(r.Verdict, Is.EqualTo(HostVerdict.Limit), r.Message ?? r.Error?.Traceback);
        Assert.That(kinds, Does.Contain(r.Limit));
        Assert.That(sw.Elapsed, Is.LessThan(TimeSpan.FromSeconds(30)));
    }

    [Test]
    public void SummingAnInfiniteCountRunsOutOfFuel()
        => AssertStoppedBy("import itertools\nx = sum(itertools.count())", LimitKind.Fuel);

    [Test]
    public void DrainingRepeatForeverIsStopped()
        => AssertStoppedBy("import itertools\nx = max(itertools.repeat(1))", LimitKind.Fuel);

    [Test]
    public void ListOfACycleIsStoppedBeforeItExhaustsMemory()
        => AssertStoppedBy("import itertools\nx = list(itertools.cycle([1, 2, 3]))", LimitKind.Fuel, LimitKind.Memory);

    [Test]
    public void HugeProductRepeatIsRefusedBeforeAllocating()
        => AssertStoppedBy("import itertools\nx = itertools.product(range(3), repeat=10**12)", LimitKind.Memory);

    [Test]
    public void HugeCombinationLengthIsRefused()
        => AssertStoppedBy("import itertools\nx = next(itertools.combinations_with_replacement([1], 10**12))", LimitKind.Memory);

    [Test]
    public void TeeBufferIsChargedWhenOneCopyRunsAhead()
        => AssertStoppedBy("import itertools\na, b = itertools.tee(itertools.count())\nfor _ in a: pass", LimitKind.Fuel, LimitKind.Memory);

    [Test]
    public void EachStepChargesFuel()
    {
        var small = ModuleTestHost.Run("import itertools\nx = sum(itertools.islice(itertools.count(), 10))", Relaxed);
        var large = ModuleTestHost.Run("import itertools\nx = sum(itertools.islice(itertools.count(), 200000))", Relaxed);
        Assert.That(small.Verdict, Is.EqualTo(HostVerdict.Ok), small.Error?.Traceback);
        Assert.That(large.Verdict, Is.EqualTo(HostVerdict.Ok), large.Error?.Traceback);
        Assert.That(large.Metrics.FuelUsed - small.Metrics.FuelUsed, Is.GreaterThanOrEqualTo(200000));
    }
}
