using RuleSandbox.Engine.Hosting;
using RuleSandbox.Engine.Modules;
using RuleSandbox.Engine.Modules.Datetime;
using RuleSandbox.Engine.Runtime;
using HostVerdict = RuleSandbox.Engine.Hosting.Verdict;

namespace RuleSandbox.Tests.Modules;

/// <summary>decimal and datetime as a host uses them: capabilities, limits, and isolation between runs.</summary>
public sealed class NativeModuleHostingTests
{
    private static ExecutionResult Run(string source, IReadOnlyDictionary<string, Func<RuleSandbox.Engine.Runtime.Objects.PyModule>>? modules = null, ExecutionLimits? limits = null)
        => CompiledProgram.Compile(source).Run(new RunOptions { Modules = modules ?? NativeModules.All, Limits = limits ?? ExecutionLimits.Default });

    [Test]
    public void WallClockIsRefusedUnlessTheHostGrantsIt()
    {
        var refused = Run("import datetime\nresult = datetime.datetime.now()");
        Assert.That(refused.Verdict, Is.EqualTo(HostVerdict.Error));
        Assert.That(refused.Error!.Type, Is.EqualTo("RuntimeError"));
        Assert.That(refused.Error.Message, Does.Contain("wall-clock capability"));

        var today = Run("import datetime\nresult = datetime.date.today()");
        Assert.That(today.Error!.Message, Does.Contain("date.today()"));
    }

    [Test]
    public void GrantedWallClockComesFromTheHost()
    {
        var fixedNow = new DateTimeOffset(2024, 5, 17, 8, 30, 15, TimeSpan.Zero);
        var modules = new Dictionary<string, Func<RuleSandbox.Engine.Runtime.Objects.PyModule>>(NativeModules.All)
        {
            ["datetime"] = DatetimeModule.WithClock(() => fixedNow),
        };
        var r = Run("import datetime\nresult = [str(datetime.datetime.now(datetime.timezone.utc)), str(datetime.date.today()), str(datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=2))))]", modules);
        Assert.That(r.Verdict, Is.EqualTo(HostVerdict.Ok), r.Message);
        Assert.That(r.Value, Is.EqualTo(new object?[] { "2024-05-17 08:30:15+00:00", "2024-05-17", "2024-05-17 10:30:15+02:00" }));
    }

    [Test]
    public void HugePrecisionEndsWithALimitVerdictNotAHang()
    {
        var r = Run("from decimal import *\ngetcontext().prec = 999999999\nresult = str(Decimal(1) / 7)");
        Assert.That(r.Verdict, Is.EqualTo(HostVerdict.Limit));
    }

    [Test]
    public void ContextChangesDoNotLeakIntoTheNextRun()
    {
        var first = Run("from decimal import *\ngetcontext().prec = 3\ngetcontext().traps[Inexact] = True\nresult = str(Decimal(1) / 4)");
        Assert.That(first.Value, Is.EqualTo("0.25"));
        var second = Run("from decimal import *\nresult = str(Decimal(1) / 3)");
        Assert.That(second.Verdict, Is.EqualTo(HostVerdict.Ok), second.Message);
        Assert.That(second.Value, Is.EqualTo("0." + new string('3', 28)));
    }
}
