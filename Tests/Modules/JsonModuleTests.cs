using RuleSandbox.Engine.Runtime;
using HostVerdict = RuleSandbox.Engine.Hosting.Verdict;

namespace RuleSandbox.Tests.Modules;

/// <summary>What the json conformance cases cannot show: metering and limits.</summary>
public sealed class JsonModuleTests
{
    [Test]
    public void DumpsOfAHugeDocumentEndsInTheMemoryLimit()
    {
        // 10 000 references to one list of 100 strings of 1000 chars: small in memory, ~1 GB as text.
        // The deadline is generous: this test is about memory, and a loaded CI machine is slow.
        var r = ModuleTestHost.Run("import json\nrow = ['x' * 1000] * 100\nrows = [row] * 10000\ns = json.dumps(rows)",
            ModuleTestHost.Limits with { Timeout = TimeSpan.FromSeconds(30) });
        Assert.That(r.Verdict, Is.EqualTo(HostVerdict.Limit), r.Message ?? r.Error?.Traceback);
        Assert.That(r.Limit, Is.AnyOf(LimitKind.Memory, LimitKind.Fuel));
    }

    [Test]
    public void LoadsChargesFuelPerValue()
    {
        var small = ModuleTestHost.Run("import json\ns = '[' + ','.join(['1'] * 10) + ']'\nx = json.loads(s)");
        var large = ModuleTestHost.Run("import json\ns = '[' + ','.join(['1'] * 100000) + ']'\nx = json.loads(s)");
        Assert.That(large.Verdict, Is.EqualTo(HostVerdict.Ok), large.Error?.Traceback);
        Assert.That(large.Metrics.FuelUsed - small.Metrics.FuelUsed, Is.GreaterThanOrEqualTo(100000));
    }

    [Test]
    public void DeeplyNestedInputRaisesRecursionErrorInsteadOfCrashing()
    {
        var r = ModuleTestHost.Run("import json\ntry:\n    json.loads('[' * 100000)\nexcept RecursionError as e:\n    print('RecursionError')");
        Assert.That(r.Verdict, Is.EqualTo(HostVerdict.Ok), r.Message ?? r.Error?.Traceback);
        Assert.That(r.Stdout, Is.EqualTo("RecursionError\n"));
    }
}
