using System.Text.Json;
using RuleSandbox.Cli;

namespace RuleSandbox.Tests.Cli;

[NonParallelizable]
public sealed class RunCommandTests
{
    private static (int Exit, string Stdout, string Stderr) Run(params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        int exit = CommandLine.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private static string RuleFile(string name, string source)
    {
        string path = Path.Combine(TestContext.CurrentContext.WorkDirectory, name);
        File.WriteAllText(path, source);
        return path;
    }

    [Test]
    public void AnOkRulePrintsTheResultObjectAndExitsZero()
    {
        string rule = RuleFile("ok_rule.py", "print('hi')\nresult = {'double': x * 2}\n");
        var (exit, stdout, stderr) = Run("run", rule, "--input-json", "{\"x\": 21}", "--in-process");
        Assert.That(exit, Is.EqualTo(0), stderr);
        using var doc = JsonDocument.Parse(stdout);
        var r = doc.RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(r.GetProperty("verdict").GetString(), Is.EqualTo("ok"));
            Assert.That(r.GetProperty("value").GetProperty("double").GetInt32(), Is.EqualTo(42));
            Assert.That(r.GetProperty("stdout").GetString(), Is.EqualTo("hi\n"));
            Assert.That(r.GetProperty("error").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(r.GetProperty("findings").GetArrayLength(), Is.EqualTo(0));
            Assert.That(r.GetProperty("metrics").GetProperty("fuel").GetInt64(), Is.GreaterThan(0));
        });
    }

    [Test]
    public void ARaisingRuleExitsOneWithItsTraceback()
    {
        string rule = RuleFile("raising_rule.py", "result = {}['missing']\n");
        var (exit, stdout, _) = Run("run", rule, "--in-process");
        Assert.That(exit, Is.EqualTo(1));
        using var doc = JsonDocument.Parse(stdout);
        var error = doc.RootElement.GetProperty("error");
        Assert.That(doc.RootElement.GetProperty("verdict").GetString(), Is.EqualTo("error"));
        Assert.That(error.GetProperty("type").GetString(), Is.EqualTo("KeyError"));
        Assert.That(error.GetProperty("traceback").GetString(), Does.EndWith("KeyError: 'missing'\n"));
    }

    [Test]
    public void ABlockedRuleExitsOneWithLocatedFindings()
    {
        string rule = RuleFile("blocked_rule.py", "import os\nresult = 1\n");
        var (exit, stdout, _) = Run("run", rule, "--in-process", "--preset", "strict");
        Assert.That(exit, Is.EqualTo(1));
        using var doc = JsonDocument.Parse(stdout);
        var finding = doc.RootElement.GetProperty("findings")[0];
        Assert.That(doc.RootElement.GetProperty("verdict").GetString(), Is.EqualTo("blocked"));
        Assert.That((finding.GetProperty("ruleId").GetString(), finding.GetProperty("line").GetInt32()), Is.EqualTo(("RS101", 1)));
    }

    [Test]
    public void LimitsMayOnlyTightenThePolicy()
    {
        string rule = RuleFile("loop_rule.py", "n = 0\nfor i in range(10**7):\n    n += i\nresult = n\n");
        var (exit, stdout, _) = Run("run", rule, "--in-process", "--fuel", "5000");
        Assert.That(exit, Is.EqualTo(1));
        using var doc = JsonDocument.Parse(stdout);
        Assert.That((doc.RootElement.GetProperty("verdict").GetString(), doc.RootElement.GetProperty("limit").GetString()), Is.EqualTo(("limit", "fuel")));
    }

    [TestCase(new[] { "run" }, "run: missing RULE.py or RULES_DIR")]
    [TestCase(new[] { "run", "nope.py" }, "run: cannot read 'nope.py': no such file")]
    [TestCase(new[] { "run", "x.py", "--fuel", "lots" }, "run: option --fuel must be an integer from 1 to 9223372036854775807, not 'lots'")]
    [TestCase(new[] { "run", "x.py", "--preset", "lax" }, "run: unknown preset 'lax' (presets: strict, standard, permissive)")]
    [TestCase(new[] { "run", "x.py", "--warp" }, "run: unknown option '--warp' (see 'rulesandbox run --help')")]
    public void UsageErrorsExitTwoWithOneLine(string[] args, string message)
    {
        if (args.Length > 1 && args[1] == "x.py") args[1] = RuleFile("x.py", "result = 1\n");
        var (exit, _, stderr) = Run(args);
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(stderr.TrimEnd(), Is.EqualTo(message));
    }

    [Test]
    public void InputThatIsNotAnObjectIsAUsageError()
    {
        string rule = RuleFile("input_rule.py", "result = 1\n");
        var (exit, _, stderr) = Run("run", rule, "--in-process", "--input-json", "[1, 2]");
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(stderr, Does.Contain("the input must be a JSON object"));
    }
}
