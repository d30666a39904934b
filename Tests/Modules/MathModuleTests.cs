using System.Diagnostics;
using RuleSandbox.Engine.Runtime;
using HostVerdict = RuleSandbox.Engine.Hosting.Verdict;

namespace RuleSandbox.Tests.Modules;

/// <summary>What the math conformance cases cannot show: metering of big-integer work.</summary>
public sealed class MathModuleTests
{
    [Test]
    public void HugeFactorialIsRefusedBeforeItIsComputed()
    {
        var sw = Stopwatch.StartNew();
        var r = ModuleTestHost.Run("import math\nx = math.factorial(10**12)");
        Assert.That(r.Verdict, Is.EqualTo(HostVerdict.Limit), r.Message ?? r.Error?.Traceback);
        Assert.That(r.Limit, Is.EqualTo(LimitKind.Memory));
        Assert.That(sw.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
    }

    [Test]
    public void FactorialChargesFuelByItsSize()
    {
        var small = ModuleTestHost.Run("import math\nx = math.factorial(10)");
        var large = ModuleTestHost.Run("import math\nx = math.factorial(20000)");
        Assert.That(small.Verdict, Is.EqualTo(HostVerdict.Ok), small.Error?.Traceback);
        Assert.That(large.Verdict, Is.EqualTo(HostVerdict.Ok), large.Error?.Traceback);
        Assert.That(large.Metrics.FuelUsed - small.Metrics.FuelUsed, Is.GreaterThanOrEqualTo(20000));
    }

    [Test]
    public void FsumChargesPerElement()
    {
        var r = ModuleTestHost.Run("import math\nx = math.fsum([0.5] * 100000)");
        var baseline = ModuleTestHost.Run("x = [0.5] * 100000");
        Assert.That(r.Verdict, Is.EqualTo(HostVerdict.Ok), r.Error?.Traceback);
        Assert.That(r.Metrics.FuelUsed - baseline.Metrics.FuelUsed, Is.GreaterThanOrEqualTo(100000));
    }
}
