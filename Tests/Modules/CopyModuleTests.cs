using RuleSandbox.Engine.Runtime;
using HostVerdict = RuleSandbox.Engine.Hosting.Verdict;

namespace RuleSandbox.Tests.Modules;

/// <summary>copy and heapq work is metered; very deep structures end with a limit, not a crash.</summary>
public sealed class CopyModuleTests
{
    [Test]
    public void DeepcopyOfAVeryDeepStructureEndsWithARecursionLimit()
    {
        var r = ModuleTestHost.Run("import copy\nx = []\nfor i in range(5000):\n    x = [x]\ny = copy.deepcopy(x)", ItertoolsModuleTests.SmallFuel);
        Assert.That(r.Verdict, Is.EqualTo(HostVerdict.Limit), r.Message ?? r.Error?.Traceback);
        Assert.That(r.Limit, Is.EqualTo(LimitKind.Recursion));
    }

    [Test]
    public void DeepcopyChargesFuelPerObject()
    {
        var small = ModuleTestHost.Run("import copy\nx = [[i] for i in range(10)]\ny = copy.deepcopy(x)", ItertoolsModuleTests.Relaxed);
        var large = ModuleTestHost.Run("import copy\nx = [[i] for i in range(50000)]\ny = copy.deepcopy(x)", ItertoolsModuleTests.Relaxed);
        Assert.That(large.Verdict, Is.EqualTo(HostVerdict.Ok), large.Error?.Traceback);
        Assert.That(large.Metrics.FuelUsed - small.Metrics.FuelUsed, Is.GreaterThanOrEqualTo(100000));
    }

    [Test]
    public void NlargestChargesFuelPerElement()
    {
        var small = ModuleTestHost.Run("import heapq\nx = heapq.nlargest(3, iter(range(0)))", ItertoolsModuleTests.Relaxed);
        var large = ModuleTestHost.Run("import heapq\nx = heapq.nlargest(3, iter(range(100000)))", ItertoolsModuleTests.Relaxed);
        Assert.That(large.Verdict, Is.EqualTo(HostVerdict.Ok), large.Error?.Traceback);
        Assert.That(large.Metrics.FuelUsed - small.Metrics.FuelUsed, Is.GreaterThanOrEqualTo(100000));
    }
}
