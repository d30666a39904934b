using RuleSandbox.Engine.Modules.Collections;
using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;
using HostVerdict = RuleSandbox.Engine.Hosting.Verdict;

namespace RuleSandbox.Tests.Modules;

/// <summary>What the collections conformance cases cannot show: metering, limits and isolation.</summary>
public sealed class CollectionsModuleTests
{
    [Test]
    public void RepeatingADequeBeyondMemoryIsRefused()
    {
        var r = ModuleTestHost.Run("from collections import deque\nd = deque(range(10)) * 100_000_000");
        Assert.That(r.Verdict, Is.EqualTo(HostVerdict.Limit), r.Message ?? r.Error?.Traceback);
        Assert.That(r.Limit, Is.AnyOf(LimitKind.Memory, LimitKind.Fuel));
    }

    [Test]
    public void RepeatingABoundedDequeOnlyBuildsMaxlenItems()
    {
        var r = ModuleTestHost.Run("from collections import deque\nd = deque([1, 2, 3], maxlen=4) * 10**15\nprint(d)");
        Assert.That(r.Verdict, Is.EqualTo(HostVerdict.Ok), r.Message ?? r.Error?.Traceback);
        Assert.That(r.Stdout, Is.EqualTo("deque([3, 1, 2, 3], maxlen=4)\n"));
    }

    [Test]
    public void CountingChargesFuelPerElement()
    {
        var small = ModuleTestHost.Run("from collections import Counter\nitems = [1] * 10\nc = Counter(items)");
        var large = ModuleTestHost.Run("from collections import Counter\nitems = [1] * 200000\nc = Counter(items)");
        Assert.That(large.Verdict, Is.EqualTo(HostVerdict.Ok), large.Error?.Traceback);
        Assert.That(large.Metrics.FuelUsed - small.Metrics.FuelUsed, Is.GreaterThanOrEqualTo(200000));
    }

    [Test]
    public void AnEndlessExtendEndsInALimit()
    {
        var r = ModuleTestHost.Run("from collections import deque\n" +
            "def forever():\n    while True:\n        yield 1\nd = deque()\nd.extend(forever())");
        Assert.That(r.Verdict, Is.AnyOf(HostVerdict.Limit, HostVerdict.Timeout), r.Message ?? r.Error?.Traceback);
    }

    [Test]
    public void ElementsOfAHugeCountEndsInALimit()
    {
        var r = ModuleTestHost.Run("from collections import Counter\nx = list(Counter(a=10**12).elements())");
        Assert.That(r.Verdict, Is.AnyOf(HostVerdict.Limit, HostVerdict.Timeout), r.Message ?? r.Error?.Traceback);
    }

    [Test]
    public void AssigningToTheSharedTypesIsRefused()
    {
        // The classes are shared by every execution in the process, so they must be immutable.
        var r = ModuleTestHost.Run("import collections\ntry:\n    collections.Counter.__missing__ = lambda self, k: 1\n" +
            "except TypeError as e:\n    print(e)\ncollections.Counter = None\nprint(collections.Counter)");
        Assert.That(r.Verdict, Is.EqualTo(HostVerdict.Ok), r.Message ?? r.Error?.Traceback);
        Assert.That(r.Stdout, Is.EqualTo("cannot set '__missing__' attribute of immutable type 'Counter'\nNone\n"));
        var again = ModuleTestHost.Run("from collections import Counter\nprint(Counter('aab'))");
        Assert.That(again.Stdout, Is.EqualTo("Counter({'a': 2, 'b': 1})\n"));
    }

    [Test]
    public void NamedTupleClassesCanBeBuiltFromCSharp()
    {
        // typing.NamedTuple builds its classes through this entry point.
        var t = NamedTupleBuilder.Create("Rate", new[] { "pair", "value" }, new PyObject[] { PyFloat.From(1.0) }, "pricing");
        Assert.That(t.Name, Is.EqualTo("Rate"));
        Assert.That(t.IsSubtypeOf(PyTuple.TypeObject), Is.True);
        Assert.That(((PyTuple)t.Members["_fields"]).Count, Is.EqualTo(2));
        Assert.That(((PyStr)t.Members["__module__"]).Value, Is.EqualTo("pricing"));
        Assert.Throws<PythonException>(() => NamedTupleBuilder.Create("Rate", new[] { "pair", "pair" }, null, "pricing"));
    }
}
