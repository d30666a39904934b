using RuleSandbox.Policies;
using RuleSandbox.Policies.Analysis;

namespace RuleSandbox.Tests.Policies;

/// <summary>
/// Corpus/escapes: sandbox escape attempts, each blocked by strict and by standard (and never
/// merely by a syntax error). The first line, <c># expect: RSxxx ...</c>, lists rule ids that
/// standard must report. Corpus/legit: business rules that standard accepts without a finding.
/// </summary>
[TestFixture]
public sealed class CorpusTests
{
    private static IEnumerable<string> Escapes() => Corpus.Files("escapes", ".py");

    private static IEnumerable<string> Legit() => Corpus.Files("legit", ".py");

    private static AnalysisResult Analyze(string folder, string file, string preset)
    {
        byte[] source = File.ReadAllBytes(Path.Combine(Corpus.Dir(folder), file));
        return PolicyAnalyzer.AnalyzeSource(source, Policy.Preset(preset), file, new AnalysisCache());
    }

    [Test]
    public void TheCorporaAreLargeEnough()
    {
        Assert.That(Escapes().Count(), Is.GreaterThanOrEqualTo(80));
        Assert.That(Legit().Count(), Is.GreaterThanOrEqualTo(50));
    }

    [TestCaseSource(nameof(Escapes))]
    public void EscapeIsBlockedByStrict(string file)
    {
        var result = Analyze("escapes", file, "strict");
        Assert.That(result.IsBlocked, Is.True);
        Assert.That(result.Findings.Select(f => f.RuleId), Does.Not.Contain("RS001"), "blocked for the wrong reason: a syntax error");
    }

    [TestCaseSource(nameof(Escapes))]
    public void EscapeIsBlockedByStandardWithTheExpectedRules(string file)
    {
        string header = File.ReadLines(Path.Combine(Corpus.Dir("escapes"), file)).First();
        Assert.That(header, Does.StartWith("# expect: "));
        var expected = header["# expect: ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);

        var result = Analyze("escapes", file, "standard");

        Assert.That(result.IsBlocked, Is.True);
        var ids = result.Findings.Select(f => f.RuleId).ToList();
        Assert.That(ids, Does.Not.Contain("RS001"));
        foreach (var id in expected) Assert.That(ids, Does.Contain(id), string.Join("\n", result.Findings.Select(f => f.ToCompilerString(file))));
    }

    [TestCaseSource(nameof(Legit))]
    public void LegitimateRulePassesStandard(string file)
    {
        var result = Analyze("legit", file, "standard");
        Assert.That(result.Findings.Select(f => f.ToCompilerString(file)), Is.Empty);
    }
}
