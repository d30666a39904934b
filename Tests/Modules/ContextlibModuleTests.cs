using RuleSandbox.Engine.Runtime;
using HostVerdict = RuleSandbox.Engine.Hosting.Verdict;

namespace RuleSandbox.Tests.Modules;

/// <summary>What the contextlib conformance cases cannot show: limits are never suppressed, and isolation.</summary>
public sealed class ContextlibModuleTests
{
    // Programs that never end get a small fuel budget, so fuel (not the clock of a busy machine) stops them.
    private static readonly ExecutionLimits SmallFuel = ModuleTestHost.Limits with { MaxFuel = 1_000_000, Timeout = TimeSpan.FromSeconds(30) };

    [Test]
    public void SuppressBaseExceptionDoesNotSwallowTheFuelLimit()
    {
        var r = ModuleTestHost.Run("from contextlib import suppress\nwith suppress(BaseException):\n    while True:\n        pass\nprint('escaped')", SmallFuel);
        Assert.That(r.Verdict, Is.EqualTo(HostVerdict.Limit), r.Message);
        Assert.That(r.Limit, Is.EqualTo(LimitKind.Fuel));
        Assert.That(r.Stdout, Is.Empty);
    }

    [Test]
    public void ContextManagerCatchingEverythingDoesNotSwallowTheFuelLimit()
    {
        var r = ModuleTestHost.Run("from contextlib import contextmanager\n@contextmanager\ndef guard():\n    try:\n        yield\n"
            + "    except BaseException:\n        print('caught')\n@guard()\ndef spin():\n    while True:\n        pass\nspin()\nprint('escaped')", SmallFuel);
        Assert.That(r.Verdict, Is.EqualTo(HostVerdict.Limit), r.Message);
        Assert.That(r.Stdout, Is.Empty);
    }

    [Test]
    public void ExitStackCallbackThatNeverReturnsEndsInTheFuelLimit()
    {
        var r = ModuleTestHost.Run("from contextlib import ExitStack\ndef spin():\n    while True:\n        pass\n"
            + "try:\n    with ExitStack() as s:\n        s.callback(spin)\nexcept BaseException:\n    print('caught')", SmallFuel);
        Assert.That(r.Verdict, Is.EqualTo(HostVerdict.Limit), r.Message);
        Assert.That(r.Stdout, Is.Empty);
    }

    [Test]
    public void ContextDecoratorClassIsNotSharedBetweenExecutions()
    {
        var first = ModuleTestHost.Run("import contextlib\ncontextlib.ContextDecorator.marker = 1\nprint(contextlib.ContextDecorator.marker)");
        var second = ModuleTestHost.Run("import contextlib\nprint(hasattr(contextlib.ContextDecorator, 'marker'), hasattr(contextlib.AbstractContextManager, 'marker'))");
        Assert.That(first.Stdout, Is.EqualTo("1\n"), first.Error?.Traceback);
        Assert.That(second.Stdout, Is.EqualTo("False False\n"), second.Error?.Traceback);
    }
}
