using RuleSandbox.Engine.Hosting;
using RuleSandbox.Engine.Runtime;

namespace RuleSandbox.Tests.Runtime;

// The engine's verdict (the public RuleSandbox.Verdict of the sandbox facade would win otherwise).
using Verdict = RuleSandbox.Engine.Hosting.Verdict;

/// <summary>
/// bytes/bytearray methods that grow their input are refused before allocating, and methods that
/// scan their input charge fuel per byte, so a rule cannot hang or exhaust memory through them.
/// </summary>
public sealed class BytesLimitTests
{
    private static readonly ExecutionLimits Limits = new()
    {
        MaxFuel = 50_000_000,
        Timeout = TimeSpan.FromSeconds(5),
        MaxMemoryBytes = 64L * 1024 * 1024,
        MaxRecursionDepth = 1000,
        MaxOutputBytes = 1024 * 1024,
    };

    private static ExecutionResult Run(string source)
        => CompiledProgram.Compile(source, "bytes.py").Run(new RunOptions { Limits = Limits });

    [TestCase("x = b'x'.center(10**10)")]
    [TestCase("x = bytearray(b'x').ljust(10**9, b'-')")]
    [TestCase("x = b'1'.zfill(10**12)")]
    [TestCase("x = (b'a' * 1000).replace(b'a', b'b' * 10**6)")]
    [TestCase("x = (b'ab' * 10).replace(b'', b'c' * 10**7)")]
    [TestCase("x = (b'\\t' * 10**6).expandtabs(10**6)")]
    [TestCase("x = b'-'.join([b'y' * 10**6] * 200)")]
    [TestCase("x = b'%*d' % (10**9, 1)")]
    public void GrowthIsRefusedBeforeAllocating(string source)
    {
        var r = Run(source);
        Assert.That(r.Verdict, Is.EqualTo(Verdict.Limit), r.Message ?? r.Error?.Traceback);
        Assert.That(r.Limit, Is.EqualTo(LimitKind.Memory), r.Message);
    }

    [TestCase("x = b'a' * 10**6\nfor i in range(5000):\n    x.count(b'b')")]
    [TestCase("x = bytearray(b' ') * 10**6\nfor i in range(5000):\n    x.strip()")]
    [TestCase("x = b'a' * 10**6\nfor i in range(5000):\n    x.isalpha()")]
    public void ScanningChargesFuel(string source)
    {
        var r = Run(source);
        Assert.That(r.Verdict, Is.EqualTo(Verdict.Limit), r.Message ?? r.Error?.Traceback);
        Assert.That(r.Limit, Is.EqualTo(LimitKind.Fuel), r.Message);
    }

    [Test]
    public void OrdinaryWorkStaysWithinLimits()
    {
        var r = Run("x = (b'a,b ' * 1000).split(b',')\ny = b'-'.join(x).upper().center(10**5)\nprint(len(y))");
        Assert.That(r.Verdict, Is.EqualTo(Verdict.Ok), r.Message ?? r.Error?.Traceback);
    }
}
