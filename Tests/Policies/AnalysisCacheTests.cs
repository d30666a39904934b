using RuleSandbox.Policies;
using RuleSandbox.Policies.Analysis;

namespace RuleSandbox.Tests.Policies;

[TestFixture]
public sealed class AnalysisCacheTests
{
    [Test]
    public void TheSameSourceAndPolicyAreAnalysedOnce()
    {
        var cache = new AnalysisCache();
        var policy = Policy.Preset("standard");

        var first = PolicyAnalyzer.AnalyzeSource("import os\n", policy, "a.py", cache);
        var second = PolicyAnalyzer.AnalyzeSource("import os\n", policy, "b.py", cache);

        Assert.That(second, Is.SameAs(first));
        Assert.That(cache.Hits, Is.EqualTo(1));
    }

    [Test]
    public void ADifferentPolicyIsADifferentEntry()
    {
        var cache = new AnalysisCache();

        var standard = PolicyAnalyzer.AnalyzeSource("while x:\n    pass\n", Policy.Preset("standard"), "a.py", cache);
        var strict = PolicyAnalyzer.AnalyzeSource("while x:\n    pass\n", Policy.Preset("strict"), "a.py", cache);

        Assert.That(standard.IsBlocked, Is.False);
        Assert.That(strict.IsBlocked, Is.True);
        Assert.That(cache.Count, Is.EqualTo(2));
    }

    [Test]
    public void TheCacheIsBoundedAndDropsTheLeastRecentlyUsed()
    {
        var cache = new AnalysisCache(capacity: 2);
        var p = Policy.Preset("standard");
        var a = PolicyAnalyzer.AnalyzeSource("a = 1\n", p, "x.py", cache);
        PolicyAnalyzer.AnalyzeSource("b = 1\n", p, "x.py", cache);
        Assert.That(cache.TryGet(a.SourceHash, p.Hash), Is.SameAs(a)); // a is now the most recent

        var c = PolicyAnalyzer.AnalyzeSource("c = 1\n", p, "x.py", cache);

        Assert.That(cache.Count, Is.EqualTo(2));
        Assert.That(cache.TryGet(a.SourceHash, p.Hash), Is.SameAs(a));
        Assert.That(cache.TryGet(c.SourceHash, p.Hash), Is.SameAs(c));
    }

    [Test]
    public void TheCacheIsSafeUnderConcurrentUse()
    {
        var cache = new AnalysisCache(capacity: 16);
        var p = Policy.Preset("standard");

        Parallel.For(0, 400, i =>
        {
            var r = PolicyAnalyzer.AnalyzeSource($"x = {i % 40}\nimport os\n", p, "x.py", cache);
            Assert.That(r.Findings.Single().RuleId, Is.EqualTo("RS101"));
        });

        Assert.That(cache.Count, Is.LessThanOrEqualTo(16));
    }

    [Test]
    public void CapacityMustBePositive()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new AnalysisCache(0));
    }
}
