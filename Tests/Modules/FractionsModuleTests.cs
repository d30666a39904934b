using System.Diagnostics;
using RuleSandbox.Engine.Runtime;
using HostVerdict = RuleSandbox.Engine.Hosting.Verdict;

namespace RuleSandbox.Tests.Modules;

/// <summary>What the fractions and cmath conformance cases cannot show: limits on big-number work.</summary>
public sealed class FractionsModuleTests
{
    [TestCase("Fraction(3, 2) ** 10**12")]
    [TestCase("Fraction('1e999999999999')")]
    [TestCase("Fraction('1e-999999999999')")]
    [TestCase("round(Fraction(1, 3), 10**12)")]
    [TestCase("format(Fraction(1, 3), '.999999999f')")]
    public void AbsurdlyLargeResultsAreRefusedBeforeTheyAreBuilt(string expression)
    {
        var sw = Stopwatch.StartNew();
        var r = ModuleTestHost.Run($"from fractions import Fraction\nx = {expression}");
        Assert.That(r.Verdict, Is.EqualTo(HostVerdict.Limit), r.Message ?? r.Error?.Traceback);
        Assert.That(r.Limit, Is.EqualTo(LimitKind.Memory));
        Assert.That(sw.Elapsed, Is.LessThan(TimeSpan.FromSeconds(5)));
    }

    [Test]
    public void ArithmeticOnBigFractionsIsChargedBySize()
    {
        const string setup = "from fractions import Fraction\na = Fraction(3**2000 + 1, 7**900)\nb = Fraction(5**1500, 11**800 + 3)\n";
        var baseline = ModuleTestHost.Run(setup);
        var r = ModuleTestHost.Run(setup + "for _ in range(20):\n    c = a * b + a / b - b\n");
        Assert.That(r.Verdict, Is.EqualTo(HostVerdict.Ok), r.Error?.Traceback);
        Assert.That(r.Metrics.FuelUsed - baseline.Metrics.FuelUsed, Is.GreaterThanOrEqualTo(20 * 1000));
    }

    [Test]
    public void CmathModuleIsFreshForEachExecution()
    {
        var first = ModuleTestHost.Run("import cmath\ncmath.pi = 3\ncmath.sqrt = None");
        var second = ModuleTestHost.Run("import cmath\nprint(cmath.pi, cmath.sqrt(-1))");
        Assert.That(first.Verdict, Is.EqualTo(HostVerdict.Ok), first.Error?.Traceback);
        Assert.That(second.Stdout, Is.EqualTo("3.141592653589793 1j\n"));
    }
}
