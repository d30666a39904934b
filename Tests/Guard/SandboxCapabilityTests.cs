using RuleSandbox.Policies;

namespace RuleSandbox.Tests.Guard;

/// <summary>
/// The wall-clock and randomness capabilities end to end: a policy that grants them gives rules
/// the host's clock and entropy (in a guard and in-process); one that does not keeps them out.
/// </summary>
[NonParallelizable]
public sealed class SandboxCapabilityTests
{
    private const string UsesClockAndEntropy =
        "import random, time, datetime, uuid\n" +
        "result = [isinstance(random.random(), float), time.time() > 1.7e9, datetime.datetime.now().year >= 2024,\n" +
        "          len(random.SystemRandom().randbytes(4)), random.Random().random() < 1.0, time.gmtime().tm_year >= 2024,\n" +
        "          uuid.uuid4().version, uuid.uuid4() != uuid.uuid4()]\n";

    [TestCase(ExecutionMode.Isolated)]
    [TestCase(ExecutionMode.InProcess)]
    public async Task APolicyThatGrantsTheCapabilitiesGivesRulesTheClockAndEntropy(ExecutionMode mode)
    {
        await using var sandbox = new Sandbox(new SandboxOptions { Policy = Policy.Preset("permissive"), Mode = mode, PoolSize = 1 });
        var r = await sandbox.Compile(UsesClockAndEntropy, "caps.py").RunAsync("{}");
        Assert.That(r.Verdict, Is.EqualTo(Verdict.Ok), r.Message ?? r.Error?.Traceback);
        Assert.That(r.ValueJson, Is.EqualTo("[true,true,true,4,true,true,4,true]"));
    }

    [Test]
    public async Task TwoGrantedRunsDoNotShareTheirRandomNumbers()
    {
        await using var sandbox = new Sandbox(new SandboxOptions { Policy = Policy.Preset("permissive"), Mode = ExecutionMode.InProcess });
        var rule = sandbox.Compile("import random\nresult = random.getrandbits(64)\n", "bits.py");
        var first = await rule.RunAsync("{}");
        var second = await rule.RunAsync("{}");
        Assert.That(first.Verdict, Is.EqualTo(Verdict.Ok), first.Message ?? first.Error?.Traceback);
        Assert.That(first.ValueJson, Is.Not.EqualTo(second.ValueJson), "the module generator is seeded from entropy at each import");
    }

    [Test]
    public async Task WithoutTheCapabilitiesSeededRandomAndDurationClocksStillWork()
    {
        await using var sandbox = new Sandbox(new SandboxOptions { Policy = Policy.Preset("standard"), Mode = ExecutionMode.InProcess });
        var r = await sandbox.Compile("import random, time\nrandom.seed(1)\nt = time.monotonic()\nresult = [random.random(), time.monotonic() >= t]\n", "seeded.py").RunAsync("{}");
        Assert.That(r.Verdict, Is.EqualTo(Verdict.Ok), r.Message ?? r.Error?.Traceback);
        Assert.That(r.ValueJson, Is.EqualTo("[0.13436424411240122,true]"), "CPython's random.seed(1); random.random()");
    }

    [Test]
    public async Task WithoutTheCapabilitiesTheWallClockIsBlockedBeforeAnythingRuns()
    {
        await using var sandbox = new Sandbox(new SandboxOptions { Policy = Policy.Preset("standard"), Mode = ExecutionMode.InProcess });
        var r = await sandbox.Compile("import time, random\nx = time.time()\ny = random.SystemRandom()\n", "nocaps.py").RunAsync("{}");
        Assert.That(r.Verdict, Is.EqualTo(Verdict.Blocked));
        Assert.That(r.Findings.Select(f => f.RuleId), Is.SupersetOf(new[] { "RS601", "RS602" }));
    }

    [Test]
    public async Task WithoutTheCapabilitiesTheUnseededGeneratorFailsAtRunTime()
    {
        // The analyzer cannot see whether a rule seeds the generator; the engine refuses it.
        await using var sandbox = new Sandbox(new SandboxOptions { Policy = Policy.Preset("standard"), Mode = ExecutionMode.InProcess });
        var r = await sandbox.Compile("import random\nresult = random.choice([1, 2, 3])\n", "unseeded.py").RunAsync("{}");
        Assert.That(r.Verdict, Is.EqualTo(Verdict.Error));
        Assert.That(r.Error?.Traceback, Does.Contain("RuntimeError").And.Contain("randomness capability"));
    }
}
