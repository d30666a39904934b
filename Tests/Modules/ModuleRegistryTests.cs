using RuleSandbox.Engine.Modules;
using RuleSandbox.Policies;
using HostVerdict = RuleSandbox.Engine.Hosting.Verdict;

namespace RuleSandbox.Tests.Modules;

/// <summary>The engine's module registry and the policies' list of known modules agree, and every module imports.</summary>
public sealed class ModuleRegistryTests
{
    [Test]
    public void EveryModuleAPolicyMayAllowIsImplemented()
    {
        var engine = NativeModules.All.Keys.Select(k => k.Split('.')[0]).Distinct().OrderBy(k => k, StringComparer.Ordinal);
        Assert.That(engine, Is.EqualTo(KnownModules.All));
    }

    [TestCaseSource(typeof(NativeModules), nameof(NativeModules.All))]
    public void EveryModuleImportsInAFreshExecution(KeyValuePair<string, Func<RuleSandbox.Engine.Runtime.Objects.PyModule>> module)
    {
        var r = ModuleTestHost.Run($"import {module.Key}\nprint({module.Key}.__name__)");
        Assert.That(r.Verdict, Is.EqualTo(HostVerdict.Ok), r.Error?.Traceback ?? r.Message);
        Assert.That(r.Stdout, Is.EqualTo(module.Key + "\n"));
    }
}
