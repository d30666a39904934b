using RuleSandbox.Cli;

namespace RuleSandbox.Tests.Cli;

/// <summary>
/// Keeps the README true: the bundled business rules parse and have inputs, and the README's main
/// command (<c>rulesandbox run examples/rules --inputs examples/inputs.jsonl</c>) gives each
/// hostile or broken example the verdict the README promises.
/// </summary>
[NonParallelizable]
public sealed class ExamplesTests
{
    /// <summary>The repository root: the nearest folder above the test binaries holding RuleSandbox.sln.</summary>
    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "RuleSandbox.sln"))) return dir.FullName;
        throw new InvalidOperationException("RuleSandbox.sln not found above " + AppContext.BaseDirectory);
    }

    private static IEnumerable<string> AllRules()
        => Directory.GetFiles(Path.Combine(RepoRoot(), "examples", "rules"), "*.py")
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .OrderBy(n => n, StringComparer.Ordinal);

    /// <summary>The business rules (the hostile_ and broken_ examples show the sandbox at work).</summary>
    public static IEnumerable<string> Rules()
        => AllRules().Where(n => !n.StartsWith("hostile_", StringComparison.Ordinal) && !n.StartsWith("broken_", StringComparison.Ordinal));

    [Test]
    public void ThereAreExampleRules()
        => Assert.That(Rules().Count(), Is.GreaterThanOrEqualTo(6));

    [TestCaseSource(nameof(Rules))]
    public void ExampleRuleParsesWithTheAstCommand(string rule)
    {
        string path = Path.Combine(RepoRoot(), "examples", "rules", rule + ".py");
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };

        int exit = CommandLine.Run(new[] { "ast", path }, stdout, stderr);

        Assert.That(stderr.ToString(), Is.Empty);
        Assert.That(exit, Is.EqualTo(0));
        Assert.That(stdout.ToString(), Does.StartWith("Module(body=[Expr(value=Constant(value=").And.EndWith("type_ignores=[])\n"),
            "every example opens with a docstring");
    }

    [TestCaseSource(nameof(Rules))]
    public void ExampleRuleHasAnInput(string rule)
        => Assert.That(File.Exists(Path.Combine(RepoRoot(), "examples", "inputs", rule + ".json")), Is.True, $"examples/inputs/{rule}.json");

    [Test]
    public void TheMainCommandGivesEachHostileOrBrokenExampleItsVerdict()
    {
        string root = RepoRoot();
        string results = Path.Combine(TestContext.CurrentContext.WorkDirectory, "example-results.jsonl");
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        string previous = Directory.GetCurrentDirectory();
        int exit;
        Directory.SetCurrentDirectory(root);
        try
        {
            exit = CommandLine.Run(new[] { "run", "examples/rules", "--inputs", "examples/inputs.jsonl", "--policy", "examples/policy.json", "--out", results }, stdout, stderr);
        }
        finally
        {
            Directory.SetCurrentDirectory(previous);
        }
        Assert.That(exit, Is.EqualTo(0), stderr.ToString());
        int inputs = File.ReadAllLines(Path.Combine(root, "examples", "inputs.jsonl")).Count(l => l.Trim().Length > 0);
        Assert.That(inputs, Is.GreaterThanOrEqualTo(200), "a few hundred inputs");
        var byRule = File.ReadAllLines(results)
            .Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement)
            .GroupBy(r => Path.GetFileNameWithoutExtension(r.GetProperty("rule").GetString()!))
            .ToDictionary(g => g.Key, g => g.Select(r => (Verdict: r.GetProperty("verdict").GetString(), Detail: r.GetProperty("error").ValueKind == System.Text.Json.JsonValueKind.Object ? r.GetProperty("error").GetProperty("type").GetString() : r.GetProperty("limit").GetString())).ToList());
        Assert.That(byRule.Values.All(v => v.Count == inputs), Is.True, "every rule ran on every input");
        var expected = new Dictionary<string, (string, string?)>
        {
            ["hostile_import_os"] = ("blocked", null),
            ["hostile_introspection"] = ("blocked", null),
            ["hostile_memory"] = ("limit", "memory"),
            ["hostile_spin"] = ("limit", "fuel"),
            ["broken_missing_key"] = ("error", "KeyError"),
            ["broken_syntax"] = ("error", "SyntaxError"),
        };
        foreach (var (rule, verdict) in expected)
            Assert.That(byRule[rule].Distinct(), Is.EqualTo(new[] { verdict }), rule);
        Assert.That(stdout.ToString(), Does.Contain("latency ms").And.Contain("throughput"));
    }
}
