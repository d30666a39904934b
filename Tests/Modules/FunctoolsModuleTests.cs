using RuleSandbox.Engine.Hosting;
using RuleSandbox.Engine.Modules;
using RuleSandbox.Engine.Runtime;
using HostVerdict = RuleSandbox.Engine.Hosting.Verdict;

namespace RuleSandbox.Tests.Modules;

/// <summary>functools state is per execution; caches and recursion are bounded.</summary>
public sealed class FunctoolsModuleTests
{
    [Test]
    public void AnLruCacheStartsEmptyInEveryExecution()
    {
        const string source = "import functools\n@functools.lru_cache\ndef f(x):\n    return x\nf(1)\nf(1)\nprint(f.cache_info())\n";
        var program = CompiledProgram.Compile(source, "case.py");
        for (int i = 0; i < 2; i++)
        {
            var r = program.Run(new RunOptions { Limits = ItertoolsModuleTests.Relaxed, Modules = NativeModules.All });
            Assert.That(r.Verdict, Is.EqualTo(HostVerdict.Ok), r.Error?.Traceback);
            Assert.That(r.Stdout, Is.EqualTo("CacheInfo(hits=1, misses=1, maxsize=128, currsize=1)\n"));
        }
    }

    [Test]
    public void ModuleAttributesAreNotSharedBetweenExecutions()
    {
        var first = ModuleTestHost.Run("import functools\nfunctools.reduce = None\nprint(functools.reduce)", ItertoolsModuleTests.Relaxed);
        var second = ModuleTestHost.Run("import functools\nprint(functools.reduce(lambda a, b: a + b, [1, 2]))", ItertoolsModuleTests.Relaxed);
        Assert.That(first.Stdout, Is.EqualTo("None\n"));
        Assert.That(second.Stdout, Is.EqualTo("3\n"));
    }

    [Test]
    public void UnboundedRecursionThroughACachedFunctionHitsTheRecursionLimit()
    {
        var r = ModuleTestHost.Run("import functools\n@functools.cache\ndef f(n):\n    return f(n + 1)\nf(0)", ItertoolsModuleTests.Relaxed);
        Assert.That(r.Verdict, Is.EqualTo(HostVerdict.Limit), r.Message ?? r.Error?.Traceback);
        Assert.That(r.Limit, Is.EqualTo(LimitKind.Recursion));
    }

    [Test]
    public void GenericAndUnionAnnotationsDoNotStopADefinition()
    {
        // Only plain annotations are evaluated (singledispatch needs classes); list[int] and
        // int | None are left out rather than evaluated with objects the runtime does not have.
        const string source = "def f(x: list[int], y: dict[str, int] | None = None, z: int = 0) -> tuple[int, ...]:\n    return x\nprint(f([1]), f.__annotations__)\n";
        var r = ModuleTestHost.Run(source, ItertoolsModuleTests.Relaxed);
        Assert.That(r.Verdict, Is.EqualTo(HostVerdict.Ok), r.Error?.Traceback);
        Assert.That(r.Stdout, Is.EqualTo("[1] {'z': <class 'int'>}\n"));
    }

    [Test]
    public void ReduceOverAnInfiniteIteratorRunsOutOfFuel()
    {
        var r = ModuleTestHost.Run("import functools, itertools\nfunctools.reduce(lambda a, b: b, itertools.count())", ItertoolsModuleTests.SmallFuel);
        Assert.That(r.Verdict, Is.EqualTo(HostVerdict.Limit), r.Message ?? r.Error?.Traceback);
        Assert.That(r.Limit, Is.EqualTo(LimitKind.Fuel));
    }
}
