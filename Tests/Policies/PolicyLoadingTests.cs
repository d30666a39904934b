using System.Text.Json;
using RuleSandbox.Policies;
using RuleSandbox.Policies.Json;

namespace RuleSandbox.Tests.Policies;

[TestFixture]
public sealed class PolicyLoadingTests
{
    [TestCase("strict")]
    [TestCase("standard")]
    [TestCase("permissive")]
    public void EveryPresetLoadsCompletely(string name)
    {
        var p = Policy.Preset(name);

        Assert.That(p.Name, Is.EqualTo(name));
        Assert.That(p.Hash, Has.Length.EqualTo(64));
        Assert.That(p.IsNameDenied("eval"), Is.True);
        Assert.That(p.IsModuleAllowed("math"), Is.True);
        Assert.That(p.IsModuleAllowed("os"), Is.False);
    }

    [Test]
    public void PresetsGetLooserFromStrictToPermissive()
    {
        var strict = Policy.Preset("strict");
        var standard = Policy.Preset("standard");
        var permissive = Policy.Preset("permissive");

        Assert.That(strict.Limits.Fuel, Is.LessThan(standard.Limits.Fuel));
        Assert.That(standard.Limits.Fuel, Is.LessThan(permissive.Limits.Fuel));
        Assert.That(strict.Syntax.WhileLoops, Is.False);
        Assert.That(standard.Syntax.WhileLoops, Is.True);
        Assert.That(strict.IsNameDenied("getattr"), Is.True);
        Assert.That(standard.IsNameDenied("getattr"), Is.False);
        Assert.That(permissive.Capabilities.WallClock, Is.True);
        Assert.That(standard.Capabilities.WallClock, Is.False);
    }

    [Test]
    public void UnknownPresetIsRefusedWithASuggestion()
    {
        var e = Assert.Throws<ArgumentException>(() => Policy.Preset("standrad"));
        Assert.That(e!.Message, Does.Contain("did you mean 'standard'?"));
    }

    [Test]
    public void APolicyWithoutExtendsBuildsOnStandard()
    {
        var p = Policy.Parse("{}");
        Assert.That(p.Hash, Is.EqualTo(Policy.Preset("standard").Hash));
    }

    [Test]
    public void ExtendingWithoutChangesKeepsTheParentsHash()
    {
        Assert.That(Policy.Parse("""{ "extends": "strict", "description": "same" }""").Hash, Is.EqualTo(Policy.Preset("strict").Hash));
        Assert.That(Policy.Preset("strict").Hash, Is.Not.EqualTo(Policy.Preset("standard").Hash));
    }

    [Test]
    public void ChildLimitsOverrideTheParentKeyByKey()
    {
        var strict = Policy.Preset("strict");
        var p = Policy.Parse("""{ "extends": "strict", "limits": { "fuel": 5 } }""");

        Assert.That(p.Limits.Fuel, Is.EqualTo(5));
        Assert.That(p.Limits.WallMs, Is.EqualTo(strict.Limits.WallMs));
    }

    [Test]
    public void DenyListsAreTheUnionOfParentAndChild()
    {
        var p = Policy.Parse("""{ "extends": "strict", "names": { "deny": ["print"] }, "attributes": { "deny": ["secret"] } }""");

        Assert.That(p.IsNameDenied("print"), Is.True);
        Assert.That(p.IsNameDenied("eval"), Is.True, "the inherited denial stays");
        Assert.That(p.IsAttributeDenied("secret"), Is.True);
        Assert.That(p.IsAttributeDenied("f_globals"), Is.True);
    }

    [Test]
    public void AllowListsReplaceTheParentList()
    {
        var p = Policy.Parse("""{ "modules": { "allow": ["math"] }, "attributes": { "allowDunder": ["__len__"] } }""");

        Assert.That(p.IsModuleAllowed("math"), Is.True);
        Assert.That(p.IsModuleAllowed("json"), Is.False);
        Assert.That(p.IsAttributeDenied("__len__"), Is.False);
        Assert.That(p.IsAttributeDenied("__init__"), Is.True, "standard's allowDunder was replaced");
    }

    [Test]
    public void SubmodulesFollowTheirPackageAndDenialWins()
    {
        var p = Policy.Parse("""{ "modules": { "allow": ["collections"], "deny": ["collections.abc"] } }""");

        Assert.That(p.IsModuleAllowed("collections"), Is.True);
        Assert.That(p.IsModuleAllowed("collections.abc"), Is.False);
        Assert.That(p.IsModuleAllowed("collectionsx"), Is.False);
    }

    [Test]
    public void IntegersMayBeWrittenWithAnExponent()
    {
        var p = Policy.Parse("""{ "limits": { "fuel": 1e3, "wallMs": 2.5E2 } }""");
        Assert.That((p.Limits.Fuel, p.Limits.WallMs), Is.EqualTo((1000L, 250L)));
    }

    [Test]
    public void ImportsSwitchedOffAllowNoModule()
    {
        var p = Policy.Parse("""{ "syntax": { "imports": false } }""");
        Assert.That(p.IsModuleAllowed("math"), Is.False);
    }

    [Test]
    public void TheHashDependsOnContentNotLayout()
    {
        var a = Policy.Parse("""{ "limits": { "fuel": 5, "wallMs": 10 }, "names": { "deny": ["a", "b"] } }""");
        var b = Policy.Parse("{\n\"names\":{\"deny\":[\"b\",\"a\"]},\n\"limits\":{\"wallMs\":10,\"fuel\":5}}", "other.json");
        var c = Policy.Parse("""{ "limits": { "fuel": 6, "wallMs": 10 }, "names": { "deny": ["a", "b"] } }""");

        Assert.That(a.Hash, Is.EqualTo(b.Hash));
        Assert.That(a.Hash, Is.Not.EqualTo(c.Hash));
    }

    [Test]
    public void ExtendsResolvesRelativeToThePolicyFile()
    {
        string dir = Path.Combine(Path.GetTempPath(), "rs-policy-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(dir, "base"));
        try
        {
            File.WriteAllText(Path.Combine(dir, "base", "company.json"), """{ "extends": "strict", "limits": { "wallMs": 100 } }""");
            File.WriteAllText(Path.Combine(dir, "team.json"), """{ "extends": "base/company.json", "limits": { "fuel": 1000 } }""");

            var p = Policy.Load(Path.Combine(dir, "team.json"));

            Assert.That(p.Limits.Fuel, Is.EqualTo(1000));
            Assert.That(p.Limits.WallMs, Is.EqualTo(100));
            Assert.That(p.Syntax.WhileLoops, Is.False, "strict, two levels up");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Test]
    public void AnExtendsChainIsBounded()
    {
        string dir = Path.Combine(Path.GetTempPath(), "rs-chain-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            for (int i = 0; i < 40; i++) File.WriteAllText(Path.Combine(dir, $"p{i}.json"), $$"""{ "extends": "p{{i + 1}}.json" }""");
            File.WriteAllText(Path.Combine(dir, "p40.json"), "{}");

            var e = Assert.Throws<PolicyLoadException>(() => Policy.Load(Path.Combine(dir, "p0.json"), "p0.json"));

            Assert.That(e!.Problems.Single().ToString(), Is.EqualTo("p31.json:1:14: $.extends: extends chain is deeper than 32 files"));
            Assert.That(Policy.Load(Path.Combine(dir, "p10.json")).Hash, Is.EqualTo(Policy.Preset("standard").Hash));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Test]
    public void AMissingFileIsAProblemNotAnException()
    {
        var e = Assert.Throws<PolicyLoadException>(() => Policy.Load("/nonexistent/dir/p.json", "p.json"));
        Assert.That(e!.Problems.Single().ToString(), Is.EqualTo("p.json: $: cannot read the policy file: no such file or directory"));
    }

    [Test]
    public void ADirectoryIsAnUnreadablePolicy()
    {
        var e = Assert.Throws<PolicyLoadException>(() => Policy.Load(Path.GetTempPath(), "tmp.json"));
        Assert.That(e!.Problems.Single().ToString(), Does.StartWith("tmp.json: $: cannot read the policy file: "));
    }

    [Test]
    public void PerCaseLimitsMayTighten()
    {
        var p = Policy.Preset("standard");

        var limits = p.LimitsFor(new PerCaseLimits { Fuel = 1000, WallMs = 50 });

        Assert.That(limits.Fuel, Is.EqualTo(1000));
        Assert.That(limits.WallMs, Is.EqualTo(50));
        Assert.That(limits.MemoryMb, Is.EqualTo(p.Limits.MemoryMb));
        Assert.That(p.LimitsFor(null), Is.EqualTo(p.Limits));
    }

    [Test]
    public void PerCaseLimitsMayNotLoosen()
    {
        var p = Policy.Preset("strict");

        var e = Assert.Throws<PolicyLimitException>(() => p.LimitsFor(new PerCaseLimits { MemoryMb = p.Limits.MemoryMb + 1 }));

        Assert.That(e!.Limit, Is.EqualTo("memoryMb"));
        Assert.That(e.Message, Is.EqualTo($"per-case limit memoryMb={p.Limits.MemoryMb + 1} is looser than the policy's memoryMb={p.Limits.MemoryMb}; a case may only tighten limits"));
    }

    [Test]
    public void PerCaseLimitsMustBePositive()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Policy.Preset("strict").LimitsFor(new PerCaseLimits { Fuel = 0 }));
    }

    [Test]
    public void TheJsonReaderKeepsPositionsOfNestedValues()
    {
        var root = JsonReader.Parse("{\n  \"a\": [1, \"x\\u0041\"],\n  \"b\": { \"c\": true }\n}");

        var a = root.Members[0];
        Assert.That((a.Key, a.Line, a.Column), Is.EqualTo(("a", 2, 3)));
        Assert.That((a.Value.Items[1].Text, a.Value.Items[1].Line, a.Value.Items[1].Column), Is.EqualTo(("xA", 2, 12)));
        var c = root.Members[1].Value.Members[0];
        Assert.That((c.Value.Kind, c.Value.Line, c.Value.Column), Is.EqualTo((JsonKind.True, 3, 15)));
    }

    [TestCase("[1 2]", 1, 4, "unexpected character '2'; expected ',' or ']'")]
    [TestCase("{\"a\": tru}", 1, 7, "unexpected character 't'; expected a value")]
    [TestCase("\"a\\q\"", 1, 3, "invalid escape '\\q' in a string")]
    [TestCase("{} {}", 1, 4, "unexpected character '{' after the end of the JSON value")]
    [TestCase("-", 1, 2, "invalid number; expected a digit")]
    public void TheJsonReaderLocatesSyntaxErrors(string text, int line, int column, string message)
    {
        var e = Assert.Throws<JsonSyntaxException>(() => JsonReader.Parse(text));
        Assert.That((e!.Line, e.Column, e.Message), Is.EqualTo((line, column, message)));
    }

    [Test]
    public void TheJsonReaderBoundsNesting()
    {
        var e = Assert.Throws<JsonSyntaxException>(() => JsonReader.Parse(new string('[', 10_000)));
        Assert.That(e!.Message, Does.Contain("nesting deeper than"));
    }

    [Test]
    public void TheSchemaShipsBesideTheBinariesAndNamesEveryKeyTheLoaderAccepts()
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Schema", "policy.schema.json");
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var props = doc.RootElement.GetProperty("properties");

        Assert.That(props.EnumerateObject().Select(p => p.Name), Is.EquivalentTo(PolicyLoader.RootKeys));
        void Section(string name, IEnumerable<string> keys) =>
            Assert.That(props.GetProperty(name).GetProperty("properties").EnumerateObject().Select(p => p.Name), Is.EquivalentTo(keys), name);
        Section("modules", PolicyLoader.ModulesKeys);
        Section("names", PolicyLoader.NamesKeys);
        Section("attributes", PolicyLoader.AttributesKeys);
        Section("syntax", PolicyLoader.SyntaxKeys);
        Section("sizes", PolicyLoader.SizeKeys.Select(k => k.Key));
        Section("limits", PolicyLoader.LimitKeys.Select(k => k.Key));
        Section("capabilities", PolicyLoader.CapabilitiesKeys);
        var fuel = props.GetProperty("limits").GetProperty("properties").GetProperty("fuel");
        Assert.That(fuel.GetProperty("maximum").GetInt64(), Is.EqualTo(PolicyLoader.LimitKeys.Single(k => k.Key == "fuel").Max));
    }

    [Test]
    public void PolicyCheckAcceptsValidFiles()
    {
        string file = Path.Combine(Path.GetTempPath(), "rs-valid-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(file, """{ "extends": "strict", "limits": { "fuel": 10 } }""");
        try
        {
            var stdout = new StringWriter();
            var stderr = new StringWriter();

            int exit = global::RuleSandbox.Cli.CommandLine.Run(new[] { "policy", "check", file }, stdout, stderr);

            Assert.That(exit, Is.EqualTo(0));
            Assert.That(stdout.ToString(), Does.StartWith($"{file}: ok ("));
            Assert.That(stderr.ToString(), Is.Empty);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [TestCase(new string[] { "policy" }, "policy: missing subcommand (expected 'check FILE...')")]
    [TestCase(new[] { "policy", "lint", "x.json" }, "policy: unknown subcommand 'lint' (expected 'check')")]
    [TestCase(new[] { "policy", "check" }, "policy check: missing FILE")]
    public void PolicyCommandUsageErrorsExitTwo(string[] args, string message)
    {
        var stderr = new StringWriter();
        int exit = global::RuleSandbox.Cli.CommandLine.Run(args, new StringWriter(), stderr);
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(stderr.ToString().Trim(), Is.EqualTo(message));
    }
}
