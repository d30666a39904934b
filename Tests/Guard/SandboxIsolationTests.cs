using System.Diagnostics;
using RuleSandbox.Policies;

namespace RuleSandbox.Tests.Guard;

/// <summary>Real guard processes: results, bombs, killed and stopped guards, overload, cleanup.</summary>
[NonParallelizable]
public sealed class SandboxIsolationTests
{
    private static Sandbox NewSandbox(int poolSize = 2, int queue = 1000, string preset = "permissive")
        => new(new SandboxOptions { Policy = Policy.Preset(preset), PoolSize = poolSize, QueueCapacity = queue, KillGrace = TimeSpan.FromMilliseconds(300) });

    [Test]
    public async Task AGoodRuleGivesItsResultFromAGuard()
    {
        await using var sandbox = NewSandbox();
        var rule = sandbox.Compile("def tier(t):\n    return 0.1 if t > 100 else 0.0\nresult = {'discount': tier(order['total']) * order['total']}\nprint('ok')\n", "discount.py");
        var r = await rule.RunAsync("{\"order\": {\"total\": 250}}");
        Assert.Multiple(() =>
        {
            Assert.That(r.Verdict, Is.EqualTo(Verdict.Ok), r.Message ?? r.Error?.Traceback);
            Assert.That(r.ValueJson, Is.EqualTo("{\"discount\":25.0}"));
            Assert.That(r.Stdout, Is.EqualTo("ok\n"));
            Assert.That(r.Metrics.GuardId, Is.Not.Null);
        });
    }

    [Test]
    public async Task ARaisingRuleGivesCPythonsTraceback()
    {
        await using var sandbox = NewSandbox();
        var r = await sandbox.Compile("def f(x):\n    return 1 / x\nresult = f(0)\n", "div.py").RunAsync("{}");
        Assert.That(r.Verdict, Is.EqualTo(Verdict.Error));
        Assert.That(r.Error!.Traceback, Is.EqualTo(
            "Traceback (most recent call last):\n" +
            "  File \"div.py\", line 3, in <module>\n    result = f(0)\n" +
            "  File \"div.py\", line 2, in f\n    return 1 / x\n" +
            "ZeroDivisionError: division by zero\n"));
    }

    [Test]
    public async Task ABlockedRuleNeverReachesAGuard()
    {
        await using var sandbox = NewSandbox(preset: "standard");
        var rule = sandbox.Compile("import os\nresult = os.listdir('/')\n", "evil.py");
        var r = await rule.RunAsync("{}");
        Assert.That(r.Verdict, Is.EqualTo(Verdict.Blocked));
        Assert.That(r.Findings, Is.Not.Empty);
        Assert.That(r.Metrics.GuardId, Is.Null);
    }

    [TestCase("x = 1000000000 ** 10000000", "limit")]
    [TestCase("x = 10**10**10", "limit")]
    [TestCase("x = 'x' * 10**10", "limit")]
    [TestCase("x = [0] * 10**10", "limit")]
    [TestCase("def f(n):\n    return f(n + 1)\nf(0)", "limit")]
    [TestCase("while True:\n    pass", "timeout")]
    [TestCase("while True:\n    print('x' * 10**6)", "limit")]
    public async Task EachBombEndsInItsVerdictAndTheGuardServesOn(string bomb, string verdict)
    {
        await using var sandbox = NewSandbox(poolSize: 1);
        // The spinning loop must meet its deadline before it burns the policy's fuel, even on a
        // loaded machine: give it a short deadline; the others a roomy one.
        var limits = new RunLimits { TimeoutMs = verdict == "timeout" ? 200 : 1000 };
        var clock = Stopwatch.StartNew();
        var r = await sandbox.Compile(bomb, "bomb.py").RunAsync("{}", limits);
        clock.Stop();
        Assert.That(r.Verdict.ToString().ToLowerInvariant(), Is.EqualTo(verdict), r.Message);
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromSeconds(10)), "the bomb was not stopped in time");
        var after = await sandbox.Compile("result = 2 + 2", "after.py").RunAsync("{}");
        Assert.That(after.ValueJson, Is.EqualTo("4"), "the pool did not keep serving after the bomb");
    }

    [Test]
    public async Task AStoppedGuardIsKilledAtItsDeadlineAndReplaced()
    {
        await using var sandbox = NewSandbox(poolSize: 1);
        await sandbox.WarmUpAsync();
        int pid = sandbox.GuardProcessIds.Single();
        var rule = sandbox.Compile("total = 0\nfor i in range(10**9):\n    total += i\nresult = total\n", "slow.py");
        var run = rule.RunAsync("{}", new RunLimits { TimeoutMs = 500 });
        await Task.Delay(100);
        GuardProcessProbe.Signal(pid, "STOP"); // it can no longer check its own deadline or answer
        var r = await run;
        Assert.That(r.Verdict, Is.EqualTo(Verdict.Timeout), r.Message);
        GuardProcessProbe.WaitUntilGone(new[] { pid }, TimeSpan.FromSeconds(5));
        var next = await sandbox.Compile("result = 'fresh'", "next.py").RunAsync("{}");
        Assert.That(next.ValueJson, Is.EqualTo("\"fresh\""));
        Assert.That(sandbox.GuardProcessIds, Does.Not.Contain(pid));
    }

    [Test]
    public async Task AGuardKilledMidRunLosesOnlyItsOwnExecution()
    {
        const int total = 1000;
        await using var sandbox = NewSandbox(poolSize: 2);
        await sandbox.WarmUpAsync();
        var rule = sandbox.Compile("s = 0\nfor i in range(n):\n    s += i * i\nresult = [n, s]\n", "sum.py");
        var tasks = new Task<RuleResult>[total];
        int victim = 0;
        for (int i = 0; i < total; i++)
        {
            int n = 2000 + i;
            tasks[i] = rule.RunAsync($"{{\"n\": {n}}}");
            if (i == total / 3)
            {
                victim = sandbox.GuardProcessIds.First();
                GuardProcessProbe.Signal(victim, "KILL");
            }
        }
        var results = await Task.WhenAll(tasks);
        GuardProcessProbe.WaitUntilGone(new[] { victim }, TimeSpan.FromSeconds(5));
        Assert.That(sandbox.GuardProcessIds, Does.Not.Contain(victim), "the killed guard was not replaced");
        var crashed = results.Where(r => r.Verdict == Verdict.Crashed).ToList();
        Assert.That(crashed.Count, Is.LessThanOrEqualTo(1), "more than the in-flight execution was lost");
        Assert.That(crashed.All(c => c.Message!.Contains("SIGKILL")), Is.True, string.Join("; ", crashed.Select(c => c.Message)));
        for (int i = 0; i < total; i++)
        {
            if (results[i].Verdict == Verdict.Crashed) continue;
            long n = 2000 + i;
            long expected = (n - 1) * n * (2 * n - 1) / 6;
            Assert.That(results[i].ValueJson, Is.EqualTo($"[{n},{expected}]"), $"execution {i}: {results[i].Verdict} {results[i].Message}");
        }
    }

    [Test]
    public async Task AFullQueueIsAnsweredAtOnceWithOverload()
    {
        await using var sandbox = NewSandbox(poolSize: 1, queue: 2);
        await sandbox.WarmUpAsync();
        var slow = sandbox.Compile("while True:\n    pass\n", "spin.py");
        // One runs, two wait in the queue, the rest must be refused at once.
        var runs = Enumerable.Range(0, 10).Select(_ => slow.RunAsync("{}", new RunLimits { TimeoutMs = 300 })).ToList();
        var results = await Task.WhenAll(runs);
        Assert.That(results.Count(r => r.Verdict == Verdict.Overloaded), Is.GreaterThanOrEqualTo(6));
        Assert.That(results.Where(r => r.Verdict == Verdict.Overloaded).All(r => r.Metrics.Latency < TimeSpan.FromMilliseconds(200)), Is.True, "an overload answer waited");
        Assert.That(results.Count(r => r.Verdict == Verdict.Timeout), Is.GreaterThanOrEqualTo(1));
    }

    [Test]
    public async Task GuardsAreRecycledAfterTheirExecutionQuota()
    {
        await using var sandbox = new Sandbox(new SandboxOptions { Policy = Policy.Preset("permissive"), PoolSize = 1, RecycleAfterExecutions = 3 });
        await sandbox.WarmUpAsync();
        int first = sandbox.GuardProcessIds.Single();
        var rule = sandbox.Compile("result = n + 1", "inc.py");
        var guardIds = new List<int?>();
        for (int n = 0; n < 7; n++)
        {
            var r = await rule.RunAsync($"{{\"n\": {n}}}");
            Assert.That(r.ValueJson, Is.EqualTo((n + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)), "no execution is lost to recycling");
            guardIds.Add(r.Metrics.GuardId);
        }
        Assert.That(guardIds.Distinct().Count(), Is.EqualTo(3), "a new guard every three executions: " + string.Join(",", guardIds));
        GuardProcessProbe.WaitUntilGone(new[] { first }, TimeSpan.FromSeconds(5));
    }

    [Test]
    public async Task DisposeLeavesNoGuardBehind()
    {
        var sandbox = NewSandbox(poolSize: 2);
        await sandbox.WarmUpAsync();
        var pids = sandbox.GuardProcessIds.ToList();
        Assert.That(pids, Has.Count.EqualTo(2));
        Assert.That(pids.All(GuardProcessProbe.IsAlive), Is.True);
        await sandbox.DisposeAsync();
        GuardProcessProbe.WaitUntilGone(pids, TimeSpan.FromSeconds(5));
    }

    [Test]
    public void GuardsExitWhenTheirHostIsKilled()
    {
        // A host process (the CLI) runs a long rule through the pool; we SIGKILL the host.
        string dir = TestContext.CurrentContext.WorkDirectory;
        string rule = Path.Combine(dir, "long_rule.py");
        File.WriteAllText(rule, "while True:\n    pass\n");
        string cli = Path.Combine(AppContext.BaseDirectory, "rulesandbox.dll");
        var before = GuardProcessProbe.GuardPids().ToHashSet();
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { cli, "run", rule, "--preset", "permissive", "--pool-size", "2" }) psi.ArgumentList.Add(a);
        using var host = Process.Start(psi)!;
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        List<int> guards;
        do
        {
            Thread.Sleep(100);
            guards = GuardProcessProbe.GuardPids().Where(p => !before.Contains(p)).ToList();
        } while (guards.Count < 2 && DateTime.UtcNow < deadline);
        Assert.That(guards, Has.Count.GreaterThanOrEqualTo(1), "the host never started its guards");
        host.Kill(entireProcessTree: false);
        host.WaitForExit();
        // Orphaned guards see their stdin close; the busy one first finishes its rule's deadline.
        GuardProcessProbe.WaitUntilGone(guards, TimeSpan.FromSeconds(20));
    }
}
