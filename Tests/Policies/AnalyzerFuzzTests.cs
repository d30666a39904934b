using RuleSandbox.Policies;
using RuleSandbox.Policies.Analysis;

namespace RuleSandbox.Tests.Policies;

/// <summary>Whatever the source, analysis gives findings (RS001 for a syntax error), never an exception.</summary>
[TestFixture]
public sealed class AnalyzerFuzzTests
{
    [Test]
    public void MutatedRulesAlwaysGiveAResult()
    {
        var random = new Random(4242);
        var policy = Policy.Preset("standard");
        const string alphabet = "()[]{}:.,'\"\\ \n\t=+-*/%@_aeoxz019#!<>|&^~";
        var sources = Corpus.Files("legit", ".py").Select(f => Path.Combine(Corpus.Dir("legit"), f))
            .Concat(Corpus.Files("escapes", ".py").Take(40).Select(f => Path.Combine(Corpus.Dir("escapes"), f)))
            .Select(File.ReadAllText)
            .ToList();
        int syntaxErrors = 0;
        foreach (var source in sources)
        {
            for (int i = 0; i < 20; i++)
            {
                var chars = source.ToCharArray().ToList();
                for (int e = random.Next(1, 3); e > 0; e--)
                {
                    int at = random.Next(chars.Count);
                    if (random.Next(2) == 0) chars.RemoveAt(at);
                    else chars.Insert(at, alphabet[random.Next(alphabet.Length)]);
                }
                string text = new(chars.ToArray());
                var result = PolicyAnalyzer.AnalyzeSource(text, policy, "fuzz.py", new AnalysisCache());
                if (result.Findings.Any(f => f.RuleId == "RS001"))
                {
                    syntaxErrors++;
                    Assert.That(result.Findings, Has.Count.EqualTo(1));
                    Assert.That(result.Findings[0].Span.Line, Is.GreaterThanOrEqualTo(1));
                }
            }
        }
        Assert.That(syntaxErrors, Is.GreaterThan(100));
    }
}
