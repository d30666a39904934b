using System.Diagnostics;
using RuleSandbox.Engine.Runtime;
using HostVerdict = RuleSandbox.Engine.Hosting.Verdict;

namespace RuleSandbox.Tests.Modules;

/// <summary>What the statistics conformance cases cannot show: metering and per-execution state.</summary>
public sealed class StatisticsModuleTests
{
    private static readonly ExecutionLimits SmallFuel = ModuleTestHost.Limits with { MaxFuel = 100_000 };

    [TestCase("mean")]
    [TestCase("median")]
    [TestCase("mode")]
    [TestCase("pvariance")]
    [TestCase("fmean")]
    public void WorkOverLargeDataIsChargedPerElement(string function)
    {
        var baseline = ModuleTestHost.Run("import statistics\ndata = list(range(100000))");
        var r = ModuleTestHost.Run($"import statistics\ndata = list(range(100000))\nx = statistics.{function}(data)");
        Assert.That(r.Verdict, Is.EqualTo(HostVerdict.Ok), r.Error?.Traceback);
        Assert.That(r.Metrics.FuelUsed - baseline.Metrics.FuelUsed, Is.GreaterThanOrEqualTo(100000));
    }

    [Test]
    public void AnEndlessDataStreamRunsOutOfFuel()
    {
        var sw = Stopwatch.StartNew();
        var r = ModuleTestHost.Run("import statistics\nx = statistics.mean(range(10**12))", SmallFuel);
        Assert.That(r.Verdict, Is.EqualTo(HostVerdict.Limit), r.Message ?? r.Error?.Traceback);
        Assert.That(r.Limit, Is.EqualTo(LimitKind.Fuel));
        Assert.That(sw.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
    }

    [Test]
    public void ExactSumsOfHugeFractionsAreCharged()
    {
        // Each value has a different huge denominator, so the exact total grows with the data.
        const string source = "import statistics\nfrom fractions import Fraction\nx = statistics.mean(Fraction(1, 3**k) for k in range(1, 100000))";
        var r = ModuleTestHost.Run(source, SmallFuel);
        Assert.That(r.Verdict, Is.EqualTo(HostVerdict.Limit), r.Message ?? r.Error?.Traceback);
    }

    [Test]
    public void QuantilesRefuseAnAbsurdNumberOfCutPoints()
    {
        var r = ModuleTestHost.Run("import statistics\nx = statistics.quantiles([1, 2, 3], n=10**15)");
        Assert.That(r.Verdict, Is.EqualTo(HostVerdict.Limit), r.Message ?? r.Error?.Traceback);
    }

    [Test]
    public void UnseededSamplesNeedTheRandomnessCapability()
    {
        var r = ModuleTestHost.Run("from statistics import NormalDist\nx = NormalDist().samples(3)");
        Assert.That(r.Verdict, Is.EqualTo(HostVerdict.Error));
        Assert.That(r.Error!.Type, Is.EqualTo("RuntimeError"));
        var seeded = ModuleTestHost.Run("from statistics import NormalDist\nprint(len(NormalDist().samples(3, seed=1)))");
        Assert.That(seeded.Stdout, Is.EqualTo("3\n"), seeded.Error?.Traceback);
    }

    [Test]
    public void AssigningToTheModuleDoesNotLeakIntoTheNextExecution()
    {
        var first = ModuleTestHost.Run("import statistics\nstatistics.StatisticsError.tag = 'mine'\nstatistics.StatisticsError.__str__ = lambda self: 'hijacked'\nstatistics.mean = None");
        const string second = "import statistics\nresult = statistics.mean([1, 2, 3])\nprint(hasattr(statistics.StatisticsError, 'tag'))\ntry:\n    statistics.median([])\nexcept statistics.StatisticsError as e:\n    print(e)";
        var r = ModuleTestHost.Run(second);
        Assert.That(first.Verdict, Is.EqualTo(HostVerdict.Ok), first.Error?.Traceback);
        Assert.That(r.Verdict, Is.EqualTo(HostVerdict.Ok), r.Error?.Traceback);
        Assert.That(r.Stdout, Is.EqualTo("False\nno median for empty data\n"));
    }
}
