using System.Security.Cryptography;
using RuleSandbox.Engine.Hosting;
using RuleSandbox.Engine.Modules;
using RuleSandbox.Engine.Modules.Random;
using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;
using HostVerdict = RuleSandbox.Engine.Hosting.Verdict;

namespace RuleSandbox.Tests.Modules;

/// <summary>random as a host uses it: the randomness capability, isolation between runs, metering.</summary>
public sealed class RandomModuleTests
{
    private static ExecutionResult Run(string source, Func<byte[]>? entropy = null, ExecutionLimits? limits = null)
    {
        var modules = entropy is null ? NativeModules.All : NativeModules.WithCapabilities(NativeModules.All, null, entropy);
        return CompiledProgram.Compile(source, "rule.py").Run(new RunOptions { Modules = modules, Limits = limits ?? ModuleTestHost.Limits });
    }

    [TestCase("import random\nresult = random.random()", "random.random()")]
    [TestCase("import random\nresult = random.choice([1, 2])", "random.choice()")]
    [TestCase("import random\nresult = random.getstate()", "random.getstate()")]
    [TestCase("import random\nresult = random.Random().random()", "random.Random()")]
    [TestCase("import random\nrandom.seed()", "random.seed()")]
    [TestCase("import random\nrandom.seed(None)", "random.seed()")]
    [TestCase("from random import shuffle\nx = [1, 2, 3]\nshuffle(x)", "random.shuffle()")]
    public void TheUnseededGeneratorIsRefusedWithoutTheCapability(string source, string what)
    {
        var r = Run(source);
        Assert.That(r.Verdict, Is.EqualTo(HostVerdict.Error));
        Assert.That(r.Error!.Type, Is.EqualTo("RuntimeError"));
        Assert.That(r.Error.Message, Does.StartWith(what + " needs the randomness capability"));
    }

    [Test]
    public void ASeededGeneratorNeedsNoCapability()
    {
        var r = Run("import random\nrandom.seed(42)\nresult = [random.random(), random.Random(42).random(), hasattr(random, 'SystemRandom')]");
        Assert.That(r.Verdict, Is.EqualTo(HostVerdict.Ok), r.Message ?? r.Error?.Traceback);
        Assert.That(r.Value, Is.EqualTo(new object?[] { 0.6394267984578837, 0.6394267984578837, false }));
    }

    [Test]
    public void SetstateSeedsTheModuleGenerator()
    {
        var r = Run("import random\nstate = random.Random(7).getstate()\nrandom.setstate(state)\nresult = random.random() == random.Random(7).random()");
        Assert.That(r.Value, Is.EqualTo(true), r.Error?.Traceback);
    }

    [Test]
    public void GrantedEntropySeedsTheGeneratorAndSystemRandom()
    {
        int calls = 0;
        byte[] Entropy() { calls++; return RandomNumberGenerator.GetBytes(100); }
        var r = Run("import random\nresult = [0 <= random.random() < 1, random.Random().randrange(10) < 10, len(random.SystemRandom().randbytes(300)), random.SystemRandom().getrandbits(70) < 2**70]", Entropy);
        Assert.That(r.Verdict, Is.EqualTo(HostVerdict.Ok), r.Message ?? r.Error?.Traceback);
        Assert.That(r.Value, Is.EqualTo(new object?[] { true, true, 300L, true }));
        Assert.That(calls, Is.GreaterThan(0));
    }

    [Test]
    public void AFixedEntropySourceGivesTheSameSequenceAsCPythonsSeedFromThoseWords()
    {
        // CPython seeds from 624 words of urandom; the same words through init_by_array must give
        // the same stream as seeding with the integer whose 32-bit words they are.
        var bytes = Enumerable.Range(0, 624 * 4).Select(i => (byte)(i * 7 + 3)).ToArray();
        var seed = new System.Numerics.BigInteger(bytes, isUnsigned: true, isBigEndian: false);
        var r = Run($"import random\nresult = random.random() == random.Random(0x{seed:x}).random()", () => bytes);
        Assert.That(r.Value, Is.EqualTo(true), r.Error?.Traceback);
    }

    [Test]
    public void SeedingInOneRunDoesNotLeakIntoTheNext()
    {
        var first = Run("import random\nrandom.seed(1)\nresult = random.random()");
        Assert.That(first.Verdict, Is.EqualTo(HostVerdict.Ok));
        var second = Run("import random\nresult = random.random()");
        Assert.That(second.Verdict, Is.EqualTo(HostVerdict.Error), "a fresh module generator is unseeded again");
    }

    [Test]
    public void TheGrantDoesNotReachAnExecutionThatWasNotGrantedIt()
    {
        var granted = Run("import random\nresult = random.random() < 1", () => new byte[] { 1, 2, 3 });
        Assert.That(granted.Value, Is.EqualTo(true), granted.Error?.Traceback);
        var refused = Run("import random\nresult = random.Random()");
        Assert.That(refused.Error?.Type, Is.EqualTo("RuntimeError"));
    }

    [Test]
    public void HugeBitCountsAreRefusedBeforeAllocating()
    {
        var r = Run("import random\nrandom.seed(1)\nx = random.getrandbits(2**31 - 1)");
        Assert.That(r.Verdict, Is.EqualTo(HostVerdict.Limit));
        Assert.That(r.Limit, Is.EqualTo(LimitKind.Memory));
        var bytes = Run("import random\nrandom.seed(1)\nx = random.randbytes(200_000_000)");
        Assert.That(bytes.Verdict, Is.EqualTo(HostVerdict.Limit));
    }

    [Test]
    public void LargeSamplesAndShufflesChargeFuel()
    {
        var small = new ExecutionLimits { MaxFuel = 100_000, Timeout = TimeSpan.FromSeconds(5) };
        var r = Run("import random\nrandom.seed(1)\nx = list(range(10**6))\nrandom.shuffle(x)", limits: small);
        Assert.That(r.Verdict, Is.EqualTo(HostVerdict.Limit));
        Assert.That(r.Limit, Is.EqualTo(LimitKind.Fuel));
        var choices = Run("import random\nrandom.seed(1)\nx = random.choices([1, 2], k=10**6)", limits: small);
        Assert.That(choices.Limit, Is.EqualTo(LimitKind.Fuel));
    }

    [Test]
    public void TheModuleGeneratorIsAPyRandom()
    {
        using var vm = new Vm(ExecutionLimits.Default, TextWriter.Null).Enter();
        var module = RandomModule.Create();
        Assert.That(module.ModuleDict.Get("_inst"), Is.InstanceOf<PyRandom>());
        Assert.That(module.ModuleDict.Get("SystemRandom"), Is.Null);
    }
}
