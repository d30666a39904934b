using RuleSandbox.Engine.Hosting;
using RuleSandbox.Engine.Modules;
using RuleSandbox.Engine.Modules.Uuid;
using RuleSandbox.Engine.Runtime.Objects;
using HostVerdict = RuleSandbox.Engine.Hosting.Verdict;

namespace RuleSandbox.Tests.Modules;

/// <summary>uuid1/uuid4 as capabilities: refused by default, fed by the host when granted.</summary>
public sealed class UuidModuleTests
{
    private static ExecutionResult Run(string source, Func<PyModule>? uuidModule = null)
    {
        var modules = new Dictionary<string, Func<PyModule>>(NativeModules.All);
        if (uuidModule is not null) modules["uuid"] = uuidModule;
        return CompiledProgram.Compile(source).Run(new RunOptions { Modules = modules, Limits = ModuleTestHost.Limits });
    }

    [TestCase("uuid4")]
    [TestCase("uuid1")]
    [TestCase("getnode")]
    public void RandomUuidsAreRefusedUnlessTheHostGrantsRandomness(string function)
    {
        var r = Run($"import uuid\nresult = str(uuid.{function}())");

        Assert.That(r.Verdict, Is.EqualTo(HostVerdict.Error));
        Assert.That(r.Error!.Type, Is.EqualTo("RuntimeError"));
        Assert.That(r.Error.Message, Is.EqualTo($"{function}() needs the randomness capability, which the host did not grant to this rule"));
    }

    [Test]
    public void Uuid4TakesItsBytesFromTheGrantedSource()
    {
        // Given a host source that returns 0x00, 0x11, ... 0xff
        var module = UuidModule.WithRandomness(n => Enumerable.Range(0, n).Select(i => (byte)(i * 0x11)).ToArray());

        var r = Run("import uuid\nu = uuid.uuid4()\nresult = [str(u), u.version, u.variant]", module);

        // Then the version and variant bits are stamped over the host's bytes
        Assert.That(r.Verdict, Is.EqualTo(HostVerdict.Ok), r.Error?.Traceback);
        Assert.That(r.Value, Is.EqualTo(new object?[] { "00112233-4455-4677-8899-aabbccddeeff", 4L, "specified in RFC 4122" }));
    }

    [Test]
    public void Uuid1NeedsTheClockAsWell()
    {
        var module = UuidModule.WithRandomness(n => new byte[n]);

        var r = Run("import uuid\nresult = str(uuid.uuid1())", module);

        Assert.That(r.Error?.Message, Is.EqualTo("uuid1() needs the wall-clock capability, which the host did not grant to this rule"));
    }

    [Test]
    public void Uuid1UsesTheGrantedClockAndNeverRepeats()
    {
        // Given a frozen clock: 2024-01-01T00:00:00Z
        var now = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var module = UuidModule.WithRandomness(n => Enumerable.Repeat((byte)0xab, n).ToArray(), () => now);

        var r = Run("import uuid\na = uuid.uuid1()\nb = uuid.uuid1(node=1, clock_seq=2)\nresult = [a.time, b.time - a.time, a.node, b.node, b.clock_seq, a.version]", module);

        // Then the timestamp counts 100 ns since 1582-10-15 and a second call moves it on by one
        long expectedTime = (now.UtcTicks - new DateTime(1582, 10, 15, 0, 0, 0, DateTimeKind.Utc).Ticks);
        Assert.That(r.Verdict, Is.EqualTo(HostVerdict.Ok), r.Error?.Traceback);
        Assert.That(r.Value, Is.EqualTo(new object?[] { expectedTime, 1L, 0xabababababab | (1L << 40), 1L, 2L, 1L }));
    }

    [Test]
    public void NameBasedUuidsNeedNoCapability()
    {
        var r = Run("import uuid\nresult = str(uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'))");

        Assert.That(r.Value, Is.EqualTo("886313e1-3b8a-5372-9b90-0c9aee199e5d"));
    }
}
