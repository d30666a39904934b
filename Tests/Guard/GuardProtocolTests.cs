using System.Buffers.Binary;
using System.Diagnostics.Metrics;
using RuleSandbox.Guard.Child;
using RuleSandbox.Guard.Protocol;
using RuleSandbox.Policies;

namespace RuleSandbox.Tests.Guard;

public sealed class GuardProtocolTests
{
    private static byte[] Frame(byte[] payload)
    {
        var frame = new byte[4 + payload.Length];
        BinaryPrimitives.WriteInt32BigEndian(frame, payload.Length);
        payload.CopyTo(frame, 4);
        return frame;
    }

    private static List<WireMessage> Serve(params byte[][] frames)
    {
        var input = new MemoryStream(frames.SelectMany(f => f).ToArray());
        var output = new MemoryStream();
        var server = new GuardServer(EngineRuleRunner.CreateWarm(), input, output, TextWriter.Null);
        LargeStackWorkers.Shared.Run(() => server.Serve(Array.Empty<string>(), Array.Empty<string>()));
        output.Position = 0;
        var replies = new List<WireMessage>();
        while (FrameIO.Read(output) is { } payload) replies.Add(WireMessage.Parse(payload));
        return replies;
    }

    private static WireMessage Execute(long id, string source, string input, bool withSource = true) => new()
    {
        Type = WireMessage.Types.Execute,
        Id = id,
        RuleHash = Sha256.Of(source),
        Source = withSource ? source : null,
        Name = "r.py",
        InputJson = input,
        Limits = new WireLimits { Fuel = 1_000_000, TimeoutMs = 1000, MemoryBytes = 64 << 20, RecursionDepth = 100, OutputBytes = 4096 },
    };

    [Test]
    public void AMalformedFrameGetsAnErrorFrameAndTheGuardKeepsServing()
    {
        var replies = Serve(
            Frame("not json at all"u8.ToArray()),
            Frame("{\"type\":\"teleport\",\"version\":1}"u8.ToArray()),
            Frame(new WireMessage { Type = WireMessage.Types.Ping, Id = 7 }.ToBytes()));
        Assert.That(replies.Select(r => r.Type), Is.EqualTo(new[] { "ready", "error", "error", "pong" }));
        Assert.That(replies[2].Message, Does.Contain("unknown message type 'teleport'"));
        Assert.That(replies[3].Id, Is.EqualTo(7));
    }

    [Test]
    public void SourceCrossesOncePerRuleAndIsCheckedAgainstItsHash()
    {
        const string source = "result = n * 2";
        var tampered = Execute(3, source, "{\"n\": 1}");
        tampered.Source = "result = 'evil'";
        var replies = Serve(
            Frame(Execute(1, source, "{\"n\": 21}").ToBytes()),
            Frame(Execute(2, source, "{\"n\": 5}", withSource: false).ToBytes()),
            Frame(Execute(4, "result = 1", "{}", withSource: false).ToBytes()),
            Frame(tampered.ToBytes()));
        Assert.Multiple(() =>
        {
            Assert.That(replies[1].ValueJson, Is.EqualTo("42"));
            Assert.That(replies[2].ValueJson, Is.EqualTo("10"), "the cached rule ran without its source");
            Assert.That(replies[3].NeedSource, Is.True, "an unknown hash asks for the source");
            Assert.That(replies[4].Verdict, Is.EqualTo("ok"), "the known hash runs the cached rule, not the tampered source");
            Assert.That(replies[4].ValueJson, Is.EqualTo("2"));
        });
    }

    [Test]
    public void ATornFrameEndsTheGuard()
    {
        var torn = Frame(new WireMessage { Type = WireMessage.Types.Ping }.ToBytes())[..6];
        var replies = Serve(torn);
        Assert.That(replies.Select(r => r.Type), Is.EqualTo(new[] { "ready" }));
    }

    [Test]
    public void AnAbsurdFrameLengthIsRefusedWithoutAllocating()
    {
        var header = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(header, int.MaxValue);
        Assert.Throws<ProtocolException>(() => FrameIO.Read(new MemoryStream(header)));
    }

    [Test]
    public async Task ExecutionsAreCountedByVerdict()
    {
        var counts = new Dictionary<string, long>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == "RuleSandbox" && instrument.Name == "rulesandbox.executions") l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
                if (tag.Key == "verdict") lock (counts) counts[(string)tag.Value!] = counts.GetValueOrDefault((string)tag.Value!) + value;
        });
        listener.Start();
        await using var sandbox = new Sandbox(new SandboxOptions { Policy = Policy.Preset("standard"), Mode = ExecutionMode.InProcess });
        await sandbox.Compile("result = 1").RunAsync("{}");
        await sandbox.Compile("result = 1 / 0").RunAsync("{}");
        await sandbox.Compile("import os").RunAsync("{}");
        lock (counts)
        {
            Assert.That(counts.GetValueOrDefault("ok"), Is.GreaterThanOrEqualTo(1));
            Assert.That(counts.GetValueOrDefault("error"), Is.GreaterThanOrEqualTo(1));
            Assert.That(counts.GetValueOrDefault("blocked"), Is.GreaterThanOrEqualTo(1));
        }
    }

    [Test]
    public async Task PerCaseLimitsMayTightenButNotLoosenThePolicy()
    {
        await using var sandbox = new Sandbox(new SandboxOptions { Policy = Policy.Preset("standard"), Mode = ExecutionMode.InProcess });
        var rule = sandbox.Compile("result = sum(range(100000))");
        var tight = await rule.RunAsync("{}", new RunLimits { Fuel = 1000 });
        Assert.That((tight.Verdict, tight.Limit), Is.EqualTo((Verdict.Limit, "fuel")));
        var loose = await rule.RunAsync("{}", new RunLimits { Fuel = long.MaxValue });
        Assert.That(loose.Verdict, Is.EqualTo(Verdict.Invalid));
        Assert.That(loose.Message, Does.Contain("fuel"));
    }

    [Test]
    public async Task BadInputIsInvalidWithAReason()
    {
        await using var sandbox = new Sandbox(new SandboxOptions { Mode = ExecutionMode.InProcess });
        var rule = sandbox.Compile("result = 1");
        var notJson = await rule.RunAsync("{oops");
        var notObject = await rule.RunAsync("[1, 2]");
        Assert.That((notJson.Verdict, notObject.Verdict), Is.EqualTo((Verdict.Invalid, Verdict.Invalid)));
        Assert.That(notJson.Message, Does.StartWith("the input is not valid JSON"));
        Assert.That(notObject.Message, Does.Contain("not an array"));
    }
}
