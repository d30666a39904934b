using RuleSandbox.Cli;

namespace RuleSandbox.Tests.Cli;

/// <summary>
/// Keeps the README true: every bundled example rule goes through the README's main command
/// (<c>rulesandbox ast examples/rules/RULE.py</c>) cleanly, and every rule has an input.
/// </summary>
public sealed class ExamplesTests
{
    /// <summary>The repository root: the nearest folder above the test binaries holding RuleSandbox.sln.</summary>
    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "RuleSandbox.sln"))) return dir.FullName;
        throw new InvalidOperationException("RuleSandbox.sln not found above " + AppContext.BaseDirectory);
    }

    public static IEnumerable<string> Rules()
        => Directory.GetFiles(Path.Combine(RepoRoot(), "examples", "rules"), "*.py")
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .OrderBy(n => n, StringComparer.Ordinal);

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
}
