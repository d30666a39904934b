using System.Text.Json;

namespace RuleSandbox.Tests.Policies;

/// <summary><c>rulesandbox analyze</c>, run in-process.</summary>
[TestFixture]
public sealed class AnalyzeCommandTests
{
    private string _dir = "";

    [SetUp]
    public void CreateFiles()
    {
        _dir = Path.Combine(Path.GetTempPath(), "rs-analyze-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
        File.WriteAllText(Path.Combine(_dir, "bad.py"), "x = 1\n\nimport os\ny = o.__class__\n");
        File.WriteAllText(Path.Combine(_dir, "good.py"), "import math\nresult = math.sqrt(order['total'])\n");
        File.WriteAllText(Path.Combine(_dir, "loop.py"), "while x:\n    x -= 1\n");
        File.WriteAllText(Path.Combine(_dir, "broken.py"), "def f(:\n");
        File.WriteAllText(Path.Combine(_dir, "bad-policy.json"), "{ \"limits\": { \"fuel\": 0 } }");
        File.WriteAllText(Path.Combine(_dir, "no-while.json"), "{ \"syntax\": { \"whileLoops\": false } }");
    }

    [TearDown]
    public void DeleteFiles() => Directory.Delete(_dir, recursive: true);

    private (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        string cwd = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(_dir);
        try
        {
            int exit = global::RuleSandbox.Cli.CommandLine.Run(args, stdout, stderr);
            return (exit, stdout.ToString(), stderr.ToString());
        }
        finally
        {
            Directory.SetCurrentDirectory(cwd);
        }
    }

    [Test]
    public void FindingsPrintLikeACompilerAndExitOne()
    {
        var (exit, stdout, stderr) = Run("analyze", "bad.py");

        Assert.That(exit, Is.EqualTo(1));
        Assert.That(stdout, Is.EqualTo(
            "bad.py:3:1: error RS101: import of module 'os' is not allowed\n" +
            "bad.py:4:7: error RS301: access to attribute '__class__' is not allowed\n"));
        Assert.That(stderr, Is.Empty);
    }

    [Test]
    public void ACleanRuleExitsZeroSilently()
    {
        var (exit, stdout, _) = Run("analyze", "good.py", "--preset", "strict");
        Assert.That(exit, Is.EqualTo(0));
        Assert.That(stdout, Is.Empty);
    }

    [Test]
    public void PresetAndPolicyFileChooseThePolicy()
    {
        Assert.That(Run("analyze", "loop.py").Exit, Is.EqualTo(0), "standard allows while");
        Assert.That(Run("analyze", "loop.py", "--preset", "strict").Out, Is.EqualTo("loop.py:1:1: error RS401: while loops are not allowed by the policy\n"));
        Assert.That(Run("analyze", "loop.py", "--policy", "no-while.json").Exit, Is.EqualTo(1));
    }

    [Test]
    public void ABadPolicyListsItsProblemsAndExitsTwo()
    {
        var (exit, stdout, stderr) = Run("analyze", "good.py", "--policy", "bad-policy.json");

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(stdout, Is.Empty);
        Assert.That(stderr, Is.EqualTo("bad-policy.json:1:23: $.limits.fuel: fuel must be from 1 to 1000000000000, not 0\n"));
    }

    [Test]
    public void ASyntaxErrorInTheRuleIsLocatedAndExitsOne()
    {
        var (exit, stdout, _) = Run("analyze", "broken.py");
        Assert.That(exit, Is.EqualTo(1));
        Assert.That(stdout, Does.StartWith("broken.py:1:"));
        Assert.That(stdout, Does.Contain("error RS001: SyntaxError: "));
    }

    [TestCase(new[] { "analyze" }, "analyze: missing RULE.py")]
    [TestCase(new[] { "analyze", "good.py", "--format", "xml" }, "analyze: option --format must be text, json or sarif, not 'xml'")]
    [TestCase(new[] { "analyze", "good.py", "--preset", "lax" }, "analyze: unknown preset 'lax' (expected strict, standard, permissive)")]
    [TestCase(new[] { "analyze", "good.py", "--preset", "strict", "--policy", "no-while.json" }, "analyze: give either --policy or --preset, not both")]
    [TestCase(new[] { "analyze", "missing.py" }, "analyze: cannot read 'missing.py': no such file")]
    [TestCase(new[] { "analyze", "good.py", "--policy", "missing.json" }, "missing.json: $: cannot read the policy file: no such file")]
    public void UsageErrorsExitTwo(string[] args, string message)
    {
        var (exit, _, stderr) = Run(args);
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(stderr.Trim(), Is.EqualTo(message));
    }

    [Test]
    public void BothCommandsAreListedAndHaveHelp()
    {
        var (exit, stdout, _) = Run("--help");
        Assert.That(exit, Is.EqualTo(0));
        Assert.That(stdout, Does.Contain("  analyze ").And.Contain("  policy "));
        Assert.That(Run("analyze", "--help").Out, Does.StartWith("usage: rulesandbox analyze RULE.py"));
        Assert.That(Run("policy", "--help").Out, Does.StartWith("usage: rulesandbox policy check FILE..."));
    }

    [Test]
    public void JsonFormatHasEveryField()
    {
        var (exit, stdout, _) = Run("analyze", "bad.py", "--format", "json");

        Assert.That(exit, Is.EqualTo(1));
        using var doc = JsonDocument.Parse(stdout);
        var root = doc.RootElement;
        Assert.That(root.GetProperty("file").GetString(), Is.EqualTo("bad.py"));
        Assert.That(root.GetProperty("policy").GetString(), Is.EqualTo("standard"));
        Assert.That(root.GetProperty("blocked").GetBoolean(), Is.True);
        Assert.That(root.GetProperty("policyHash").GetString(), Has.Length.EqualTo(64));
        var f = root.GetProperty("findings")[1];
        Assert.That(f.GetProperty("ruleId").GetString(), Is.EqualTo("RS301"));
        Assert.That(f.GetProperty("severity").GetString(), Is.EqualTo("error"));
        Assert.That((f.GetProperty("line").GetInt32(), f.GetProperty("column").GetInt32(), f.GetProperty("endLine").GetInt32(), f.GetProperty("endColumn").GetInt32()),
            Is.EqualTo((4, 7, 4, 16)));
    }

    [Test]
    public void SarifFormatHasTheShapeCodeScanningExpects()
    {
        var (exit, stdout, _) = Run("analyze", "bad.py", "--format", "sarif");

        Assert.That(exit, Is.EqualTo(1));
        using var doc = JsonDocument.Parse(stdout);
        var root = doc.RootElement;
        Assert.That(root.GetProperty("version").GetString(), Is.EqualTo("2.1.0"));
        Assert.That(root.GetProperty("$schema").GetString(), Does.Contain("sarif-2.1.0"));
        var run = root.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.That(rules, Is.EqualTo(RuleSandbox.Policies.Analysis.RuleCatalog.All.Select(r => r.Id)));
        var results = run.GetProperty("results");
        Assert.That(results.GetArrayLength(), Is.EqualTo(2));
        var r0 = results[0];
        Assert.That(r0.GetProperty("ruleId").GetString(), Is.EqualTo("RS101"));
        Assert.That(r0.GetProperty("level").GetString(), Is.EqualTo("error"));
        Assert.That(r0.GetProperty("message").GetProperty("text").GetString(), Is.EqualTo("import of module 'os' is not allowed"));
        var loc = r0.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.That(loc.GetProperty("artifactLocation").GetProperty("uri").GetString(), Is.EqualTo("bad.py"));
        var region = loc.GetProperty("region");
        Assert.That((region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(), region.GetProperty("endLine").GetInt32(), region.GetProperty("endColumn").GetInt32()),
            Is.EqualTo((3, 1, 3, 10)));
    }

    [TestCase("rules/my rule.py", "rules/my%20rule.py")]
    [TestCase("C:\\rules\\a.py", "C%3A/rules/a.py")]
    [TestCase("/tmp/a#1.py", "/tmp/a%231.py")]
    public void SarifUrisAreEncodedPaths(string path, string uri)
    {
        Assert.That(RuleSandbox.Policies.Analysis.FindingFormatter.ToUriReference(path), Is.EqualTo(uri));
    }

    [Test]
    public void SarifForACleanRuleHasNoResults()
    {
        var (exit, stdout, _) = Run("analyze", "good.py", "--format", "sarif");
        Assert.That(exit, Is.EqualTo(0));
        using var doc = JsonDocument.Parse(stdout);
        Assert.That(doc.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength(), Is.EqualTo(0));
    }
}
