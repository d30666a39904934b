using System.Text.RegularExpressions;
using RuleSandbox.Policies.Analysis;

namespace RuleSandbox.Tests.Policies;

/// <summary>
/// docs/policies.md documents every rule id with an example; each example must trigger its rule
/// under the policy it names, and a message quoted after it must be exactly what is printed.
/// </summary>
[TestFixture]
public sealed class DocsTests
{
    private sealed record Example(string Id, string Policy, string Source, string? Message);

    private static List<Example> Examples()
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "docs", "policies.md"));
        var examples = new List<Example>();
        for (int i = 0; i < lines.Length; i++)
        {
            var heading = Regex.Match(lines[i], @"^### (RS\d{3})$");
            if (!heading.Success) continue;
            string policy = "standard";
            int j = i + 1;
            for (; j < lines.Length && !lines[j].StartsWith("```python", StringComparison.Ordinal); j++)
            {
                var m = Regex.Match(lines[j], @"^<!-- policy: (.*) -->$");
                if (m.Success) policy = m.Groups[1].Value;
            }
            string info = lines[j]["```python".Length..].Trim();
            if (info.Length > 0) policy = info;
            var code = new List<string>();
            for (j++; lines[j] != "```"; j++) code.Add(lines[j]);
            string? message = null;
            if (j + 1 < lines.Length && lines[j + 1].StartsWith("`rule.py:", StringComparison.Ordinal))
                message = lines[j + 1][1..lines[j + 1].IndexOf('`', 1)];
            examples.Add(new Example(heading.Groups[1].Value, policy, string.Join('\n', code) + "\n", message));
        }
        return examples;
    }

    [Test]
    public void EveryRuleIdHasOneDocumentedExample()
    {
        Assert.That(Examples().Select(e => e.Id), Is.EqualTo(RuleCatalog.All.Select(r => r.Id)));
    }

    [Test]
    public void EveryDocumentedExampleTriggersItsRuleWithTheQuotedMessage()
    {
        foreach (var e in Examples())
        {
            var findings = AnalyzerRuleTests.Analyze(e.Source, e.Policy);
            Assert.That(findings.Select(f => f.RuleId), Does.Contain(e.Id), e.Id);
            if (e.Message is not null)
                Assert.That(findings.Select(f => f.ToCompilerString("rule.py")), Does.Contain(e.Message), e.Id);
        }
    }

    [Test]
    public void TheRuleTableListsEveryRule()
    {
        string text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "policies.md"));
        foreach (var r in RuleCatalog.All) Assert.That(text, Does.Contain($"| {r.Id} | {r.Name} |"));
    }
}
