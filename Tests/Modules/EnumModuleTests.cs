using RuleSandbox.Engine.Runtime;
using HostVerdict = RuleSandbox.Engine.Hosting.Verdict;

namespace RuleSandbox.Tests.Modules;

/// <summary>What the enum conformance cases cannot show: isolation between executions and metering.</summary>
public sealed class EnumModuleTests
{
    [Test]
    public void ChangesToTheEnumBaseClassesStayInTheirExecution()
    {
        // Given one execution that decorates enum.Enum and builds a subclass
        var first = ModuleTestHost.Run("import enum\nenum.Enum.shared = 1\nenum.Flag.describe = lambda self: 'x'\nclass C(enum.Enum):\n    A = 1\nprint(C.A.shared)");
        Assert.That(first.Stdout, Is.EqualTo("1\n"), first.Error?.Traceback);

        // When a later execution imports enum, Then it sees pristine classes
        var second = ModuleTestHost.Run("import enum\nprint(hasattr(enum.Enum, 'shared'), hasattr(enum.Flag, 'describe'))");
        Assert.That(second.Stdout, Is.EqualTo("False False\n"), second.Error?.Traceback);
    }

    [Test]
    public void TheSharedMetaclassCannotBeChanged()
    {
        var r = ModuleTestHost.Run("import enum\ntry:\n    enum.EnumType.x = 1\nexcept TypeError as e:\n    print(e)");
        Assert.That(r.Stdout, Does.StartWith("cannot set 'x' attribute of immutable type"), r.Error?.Traceback);
    }

    [Test]
    public void CreatingAnEnumChargesFuelPerMember()
    {
        var small = ModuleTestHost.Run("import enum\nE = enum.Enum('E', ['M%d' % i for i in range(10)])");
        var large = ModuleTestHost.Run("import enum\nE = enum.Enum('E', ['M%d' % i for i in range(5000)])\nprint(len(E))",
            ModuleTestHost.Limits with { Timeout = TimeSpan.FromSeconds(30) });
        Assert.That(large.Verdict, Is.EqualTo(HostVerdict.Ok), large.Message ?? large.Error?.Traceback);
        Assert.That(large.Stdout, Is.EqualTo("5000\n"));
        Assert.That(large.Metrics.FuelUsed - small.Metrics.FuelUsed, Is.GreaterThanOrEqualTo(5000 * 3));
    }

    [Test]
    public void AutoValuesInAHugeClassRunOutOfFuelInsteadOfHanging()
    {
        // Each auto() looks at every earlier value (CPython's _generate_next_value_ sorts them), so
        // the work grows with the square of the member count; it must be metered, not free.
        var r = ModuleTestHost.Run("import enum\nns = {'M%d' % i: enum.auto() for i in range(200000)}\nE = enum.Enum('E', list(ns.items()))",
            ModuleTestHost.Limits with { MaxFuel = 5_000_000, Timeout = TimeSpan.FromSeconds(30) });
        Assert.That(r.Verdict, Is.EqualTo(HostVerdict.Limit), r.Message ?? r.Error?.Traceback);
        Assert.That(r.Limit, Is.AnyOf(LimitKind.Fuel, LimitKind.Memory));
    }

    [Test]
    public void AHugeInvalidFlagValueIsRefusedQuickly()
    {
        var r = ModuleTestHost.Run("import enum\nclass P(enum.Flag):\n    A = 1\ntry:\n    P(1 << 100000)\nexcept ValueError as e:\n    print(type(e).__name__)");
        Assert.That(r.Verdict, Is.EqualTo(HostVerdict.Ok), r.Message ?? r.Error?.Traceback);
        Assert.That(r.Stdout, Is.EqualTo("ValueError\n"));
    }
}
