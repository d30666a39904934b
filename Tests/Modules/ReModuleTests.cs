using System.Diagnostics;
using RuleSandbox.Engine.Hosting;
using RuleSandbox.Engine.Runtime;
using HostVerdict = RuleSandbox.Engine.Hosting.Verdict;

namespace RuleSandbox.Tests.Modules;

/// <summary>What the re conformance cases cannot show: the deadline bounds regex work, fuel pays for it.</summary>
public sealed class ReModuleTests
{
    private static readonly ExecutionLimits ShortDeadline = new()
    {
        MaxFuel = 1_000_000_000,
        Timeout = TimeSpan.FromMilliseconds(500),
        MaxMemoryBytes = 64L * 1024 * 1024,
        MaxRecursionDepth = 1000,
        MaxOutputBytes = 1024 * 1024,
    };

    [TestCase("re.match(r'(a+)+$', 'a' * 5000 + 'b')")]
    [TestCase("re.findall(r'(a|aa)+(?=c)', 'a' * 5000)")]
    [TestCase("re.sub(r'(\\w+\\s?)+$(?<=x)', 'x', 'word ' * 2000 + '!')")]
    [TestCase("re.fullmatch(r'(x+x+)+y', 'x' * 5000)")]
    [TestCase("re.match(r'(a+)+\\1$', 'a' * 5000 + 'b')")]
    public void CatastrophicBacktrackingEndsInTheTimeLimit(string call)
    {
        var sw = Stopwatch.StartNew();
        var r = ModuleTestHost.Run("import re\nx = " + call, ShortDeadline);
        sw.Stop();
        Assert.That(r.Verdict, Is.EqualTo(HostVerdict.Limit).Or.EqualTo(HostVerdict.Timeout), r.Message ?? r.Error?.Traceback);
        Assert.That(r.Limit, Is.EqualTo(LimitKind.Time), r.Message);
        Assert.That(sw.Elapsed, Is.LessThan(TimeSpan.FromSeconds(3)));
    }

    [TestCase("print(re.search(r'(a+)+$', 'a' * 100000 + 'b'))", "None\n")]
    [TestCase("print(len(re.sub(r'(\\w+\\s?)+$', 'x', 'word ' * 20000 + '!')))", "100001\n")]
    [TestCase("print(re.findall(r'(a|aa)+c', 'a' * 100000))", "[]\n")]
    public void PatternsWithoutBackreferencesOrLookaroundsRunInLinearTime(string code, string expected)
    {
        // The non-backtracking engine answers these classic ReDoS patterns at once.
        var r = ModuleTestHost.Run("import re\n" + code, ShortDeadline);
        Assert.That(r.Verdict, Is.EqualTo(HostVerdict.Ok), r.Message ?? r.Error?.Traceback);
        Assert.That(r.Stdout, Is.EqualTo(expected));
    }

    [Test]
    public void ScanningChargesFuelByTextLength()
    {
        var small = ModuleTestHost.Run("import re\ns = 'x' * 1000\nr = re.findall('y', s)");
        var large = ModuleTestHost.Run("import re\ns = 'x' * 1000000\nr = re.findall('y', s)");
        Assert.That(large.Verdict, Is.EqualTo(HostVerdict.Ok), large.Error?.Traceback);
        Assert.That(large.Metrics.FuelUsed - small.Metrics.FuelUsed, Is.GreaterThanOrEqualTo(1000000 / 16));
    }

    [Test]
    public void ManyMatchesRunOutOfFuel()
    {
        var limits = new ExecutionLimits
        {
            MaxFuel = 100_000,
            Timeout = TimeSpan.FromSeconds(5),
            MaxMemoryBytes = 64L * 1024 * 1024,
            MaxRecursionDepth = 1000,
            MaxOutputBytes = 1024 * 1024,
        };
        var r = ModuleTestHost.Run("import re\nr = re.findall('x', 'x' * 1000000)", limits);
        Assert.That(r.Verdict, Is.EqualTo(HostVerdict.Limit), r.Message ?? r.Error?.Traceback);
        Assert.That(r.Limit, Is.EqualTo(LimitKind.Fuel).Or.EqualTo(LimitKind.Memory));
    }
}
