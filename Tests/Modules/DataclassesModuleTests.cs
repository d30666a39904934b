using RuleSandbox.Engine.Runtime;
using HostVerdict = RuleSandbox.Engine.Hosting.Verdict;

namespace RuleSandbox.Tests.Modules;

/// <summary>What the dataclasses conformance cases cannot show: metering, limits and isolation.</summary>
public sealed class DataclassesModuleTests
{
    // Programs that never end get a small fuel budget, so fuel (not the clock of a busy machine) stops them.
    private static readonly ExecutionLimits SmallFuel = ModuleTestHost.Limits with { MaxFuel = 1_000_000, Timeout = TimeSpan.FromSeconds(30) };

    private const string Header = "from dataclasses import dataclass, field, asdict, astuple\n"
        + "@dataclass\nclass Box:\n    items: list = field(default_factory=list)\n    inner: object = None\n";

    [Test]
    public void AsdictChargesFuelPerValue()
    {
        var small = ModuleTestHost.Run(Header + "b = Box(list(range(10)))\nd = asdict(b)");
        var large = ModuleTestHost.Run(Header + "b = Box(list(range(100000)))\nd = asdict(b)");
        Assert.That(large.Verdict, Is.EqualTo(HostVerdict.Ok), large.Error?.Traceback);
        // The list itself costs fuel to build; asdict must add at least one unit per element on top.
        var build = ModuleTestHost.Run(Header + "b = Box(list(range(100000)))");
        Assert.That(large.Metrics.FuelUsed - build.Metrics.FuelUsed, Is.GreaterThanOrEqualTo(100000));
        Assert.That(small.Metrics.FuelUsed, Is.LessThan(large.Metrics.FuelUsed));
    }

    [Test]
    public void AstupleOfADeepChainEndsInALimitInsteadOfCrashing()
    {
        var r = ModuleTestHost.Run(Header + "b = Box()\nfor i in range(200000):\n    b = Box([], b)\nt = astuple(b)",
            ModuleTestHost.Limits with { MaxFuel = 200_000_000, Timeout = TimeSpan.FromSeconds(120) });
        Assert.That(r.Verdict, Is.EqualTo(HostVerdict.Limit), r.Message ?? r.Error?.Traceback);
        Assert.That(r.Limit, Is.AnyOf(LimitKind.Recursion, LimitKind.Fuel, LimitKind.Memory));
    }

    [Test]
    public void AsdictOfASharedGraphEndsInALimit()
    {
        // Forty levels of [l, l]: a few objects, but asdict copies every path (2**40 lists).
        var r = ModuleTestHost.Run(Header + "l = [0] * 1000\nfor i in range(40):\n    l = [l, l]\nd = asdict(Box(l))", SmallFuel);
        Assert.That(r.Verdict, Is.EqualTo(HostVerdict.Limit), r.Message ?? r.Error?.Traceback);
        Assert.That(r.Limit, Is.AnyOf(LimitKind.Fuel, LimitKind.Memory));
    }

    [Test]
    public void FrozenInstanceErrorIsNotSharedBetweenExecutions()
    {
        var first = ModuleTestHost.Run("import dataclasses\ndataclasses.FrozenInstanceError.marker = 1\nprint(dataclasses.FrozenInstanceError.marker)");
        var second = ModuleTestHost.Run("import dataclasses\nprint(hasattr(dataclasses.FrozenInstanceError, 'marker'))");
        Assert.That(first.Stdout, Is.EqualTo("1\n"), first.Error?.Traceback);
        Assert.That(second.Stdout, Is.EqualTo("False\n"), second.Error?.Traceback);
    }

    [Test]
    public void FrozenAssignmentRaisesTheFrozenInstanceErrorOfTheRunningExecution()
    {
        var r = ModuleTestHost.Run("import dataclasses\n@dataclasses.dataclass(frozen=True)\nclass P:\n    x: int\n"
            + "try:\n    P(1).x = 2\nexcept dataclasses.FrozenInstanceError as e:\n    print(type(e) is dataclasses.FrozenInstanceError, e)");
        Assert.That(r.Stdout, Is.EqualTo("True cannot assign to field 'x'\n"), r.Error?.Traceback);
    }

    [Test]
    public void DefaultFactoryThatNeverReturnsEndsInTheFuelLimit()
    {
        var r = ModuleTestHost.Run("from dataclasses import dataclass, field\ndef forever():\n    while True:\n        pass\n"
            + "@dataclass\nclass C:\n    x: list = field(default_factory=forever)\ntry:\n    C()\nexcept BaseException:\n    print('caught')", SmallFuel);
        Assert.That(r.Verdict, Is.EqualTo(HostVerdict.Limit), r.Message);
        Assert.That(r.Limit, Is.EqualTo(LimitKind.Fuel));
        Assert.That(r.Stdout, Is.Empty);
    }
}
