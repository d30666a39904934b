using RuleSandbox.Policies;

namespace RuleSandbox.Tests.Policies;

/// <summary>
/// Every file in Corpus/bad-policies is rejected with exactly the problems listed in the
/// <c>.expected</c> file beside it (one <c>FILE:LINE:COL: $.path: message</c> per line).
/// Files under parts/ are the policies those cases extend.
/// </summary>
[TestFixture]
public sealed class BadPolicyCorpusTests
{
    private static IEnumerable<string> Cases() => Corpus.Files("bad-policies", ".json");

    [Test]
    public void TheCorpusHasAtLeastThirtyMalformedPolicies()
    {
        Assert.That(Cases().Count(), Is.GreaterThanOrEqualTo(30));
    }

    [TestCaseSource(nameof(Cases))]
    public void MalformedPolicyGivesItsExpectedMessages(string file)
    {
        string dir = Corpus.Dir("bad-policies");
        string expectedFile = Path.Combine(dir, Path.ChangeExtension(file, ".expected"));
        Assert.That(File.Exists(expectedFile), Is.True, $"missing {expectedFile}");
        var expected = File.ReadAllLines(expectedFile).Where(l => l.Length > 0).ToList();
        Assert.That(expected, Is.Not.Empty);

        var e = Assert.Throws<PolicyLoadException>(() => Policy.Load(Path.Combine(dir, file), displayName: file));

        Assert.That(e!.Problems.Select(p => p.ToString()).ToList(), Is.EqualTo(expected));
    }

    [TestCaseSource(nameof(Cases))]
    public void PolicyCheckCommandListsTheSameMessagesAndExitsTwo(string file)
    {
        string dir = Corpus.Dir("bad-policies");
        var expected = File.ReadAllLines(Path.Combine(dir, Path.ChangeExtension(file, ".expected"))).Where(l => l.Length > 0);
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        int exit = global::RuleSandbox.Cli.CommandLine.Run(new[] { "policy", "check", Path.Combine(dir, file) }, stdout, stderr);

        Assert.That(exit, Is.EqualTo(2));
        // The command names the file as given (here: a full path), so compare past the file name.
        var lines = stderr.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Length.EqualTo(expected.Count()));
        Assert.That(stderr.ToString(), Does.Not.Contain("   at "));
    }
}
