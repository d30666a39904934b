using RuleSandbox.Engine.Runtime;
using HostVerdict = RuleSandbox.Engine.Hosting.Verdict;

namespace RuleSandbox.Tests.Modules;

/// <summary>What the decimal conformance cases cannot show: the cost of exp, ln, log10 and powers is metered.</summary>
public sealed class DecimalModuleTests
{
    [TestCase("Decimal(2).exp()")]
    [TestCase("Decimal(3).ln()")]
    [TestCase("Decimal(7).log10()")]
    [TestCase("Decimal(2) ** Decimal('0.5')")]
    public void TranscendentalAtAHugePrecisionEndsInALimitBeforeItRuns(string call)
    {
        // Given a rule that asks for 200 000 digits (hours of work for the integer kernels)
        var r = ModuleTestHost.Run($"from decimal import Decimal, localcontext\nwith localcontext(prec=200000):\n    x = {call}");

        // Then it is refused by its fuel (or memory) budget instead of running past its deadline
        Assert.That(r.Verdict, Is.EqualTo(HostVerdict.Limit), r.Message ?? r.Error?.Traceback);
        Assert.That(r.Limit, Is.EqualTo(LimitKind.Fuel).Or.EqualTo(LimitKind.Memory));
        Assert.That(r.Metrics.WallTime, Is.LessThan(TimeSpan.FromSeconds(2)));
    }

    [TestCase("Decimal('1E-5').exp()")]
    [TestCase("Decimal(1) ** Decimal('0.5')")]
    [TestCase("Decimal('Infinity').next_minus()")]
    [TestCase("Decimal(0).logical_invert()")]
    [TestCase("Decimal(1).rotate(3)")]
    public void ResultsOfMaximalPrecisionAreRefusedBeforeTheyAreBuilt(string call)
    {
        // prec=999999999 makes these results a billion digits long: charged before they exist.
        var r = ModuleTestHost.Run($"from decimal import Decimal, localcontext\nwith localcontext(prec=999999999):\n    x = {call}");
        Assert.That(r.Verdict, Is.EqualTo(HostVerdict.Limit), r.Message ?? r.Error?.Traceback);
        Assert.That(r.Limit, Is.EqualTo(LimitKind.Fuel).Or.EqualTo(LimitKind.Memory));
    }

    [Test]
    public void LnChargesMoreFuelAtAHigherPrecision()
    {
        var small = ModuleTestHost.Run("from decimal import Decimal, localcontext\nwith localcontext(prec=28):\n    x = Decimal(3).ln()");
        var large = ModuleTestHost.Run("from decimal import Decimal, localcontext\nwith localcontext(prec=600):\n    x = Decimal(3).ln()");
        Assert.That(small.Verdict, Is.EqualTo(HostVerdict.Ok), small.Error?.Traceback);
        Assert.That(large.Verdict, Is.EqualTo(HostVerdict.Ok), large.Error?.Traceback);
        Assert.That(large.Metrics.FuelUsed - small.Metrics.FuelUsed, Is.GreaterThan(100_000));
    }

    [Test]
    public void ModularPowerWithAHugeExponentIsExactAndCheap()
    {
        // 3 ** (10**30) mod 1000 without building the power: the exponent's zeros are powers of ten.
        var r = ModuleTestHost.Run("from decimal import Decimal\nprint(pow(Decimal(3), Decimal('1E+30'), 1000), pow(Decimal(7), 10**40 + 3, Decimal(999)))");
        Assert.That(r.Verdict, Is.EqualTo(HostVerdict.Ok), r.Error?.Traceback);
        Assert.That(r.Stdout, Is.EqualTo($"{System.Numerics.BigInteger.ModPow(3, System.Numerics.BigInteger.Pow(10, 30), 1000)} {System.Numerics.BigInteger.ModPow(7, System.Numerics.BigInteger.Pow(10, 40) + 3, 999)}\n"));
    }

    [Test]
    public void ModularPowerWithAnExponentOfAHugeNumberOfZerosEndsInTheFuelLimit()
    {
        var r = ModuleTestHost.Run("from decimal import Decimal\nx = pow(Decimal(3), Decimal('1E+999999999'), 7)");
        Assert.That(r.Verdict, Is.EqualTo(HostVerdict.Limit), r.Message ?? r.Error?.Traceback);
        Assert.That(r.Limit, Is.EqualTo(LimitKind.Fuel));
    }

    [Test]
    public void PowerThatCertainlyOverflowsIsAnsweredWithoutComputingIt()
    {
        var r = ModuleTestHost.Run("from decimal import Decimal, Context\nc = Context(traps=[])\nprint(c.power(Decimal(10), Decimal('1E+100')), c.power(Decimal('0.5'), Decimal('1E+100')))");
        Assert.That(r.Verdict, Is.EqualTo(HostVerdict.Ok), r.Error?.Traceback);
        Assert.That(r.Stdout, Is.EqualTo("Infinity 0E-1000026\n"));
    }
}
