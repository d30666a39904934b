using RuleSandbox.Engine.Runtime;
using HostVerdict = RuleSandbox.Engine.Hosting.Verdict;

namespace RuleSandbox.Tests.Modules;

/// <summary>string, textwrap and base64 beyond the conformance cases: isolation between runs and metering.</summary>
public sealed class StringModuleTests
{
    [Test]
    public void ClassAttributeChangesDoNotLeakIntoTheNextRun()
    {
        // Given a rule that reconfigures the module's classes
        var first = ModuleTestHost.Run("import string, textwrap\nstring.Template.delimiter = '%'\n"
            + "string.Formatter.format_field = lambda self, v, s: 'X'\ntextwrap.TextWrapper.wrap = None\n"
            + "result = [string.Template.delimiter, string.Formatter().format('{0}', 5)]");
        // When the next rule uses them
        var second = ModuleTestHost.Run("import string, textwrap\nresult = [string.Template.delimiter, string.Formatter().format('{0}', 5), textwrap.TextWrapper(width=5).wrap('a b c')]");

        Assert.That(first.Value, Is.EqualTo(new object?[] { "%", "X" }), first.Error?.Traceback);
        Assert.That(second.Verdict, Is.EqualTo(HostVerdict.Ok), second.Error?.Traceback);
        Assert.That(second.Value, Is.EqualTo(new object?[] { "$", "5", new object?[] { "a b c" } }));
    }

    [Test]
    public void ErrorClassesAreNotSharedBetweenRuns()
    {
        var first = ModuleTestHost.Run("import base64\nbase64.binascii.Error.mark = 1\ntry:\n    base64.b64decode('a')\nexcept base64.binascii.Error as e:\n    result = type(e).mark");
        var second = ModuleTestHost.Run("import base64\nresult = hasattr(base64.binascii.Error, 'mark')");

        Assert.That(first.Value, Is.EqualTo(1L), first.Error?.Traceback);
        Assert.That(second.Value, Is.EqualTo(false), second.Error?.Traceback);
    }

    [Test]
    public void WrappingAHugeTextRunsOutOfFuel()
    {
        var limits = ModuleTestHost.Limits with { MaxFuel = 200_000 };
        var r = ModuleTestHost.Run("import textwrap\nnote = 'word ' * 200000\nlines = textwrap.wrap(note, 10)", limits);

        Assert.That(r.Verdict, Is.EqualTo(HostVerdict.Limit), r.Error?.Traceback);
        Assert.That(r.Limit, Is.EqualTo(LimitKind.Fuel));
    }

    [Test]
    public void Base64OutputIsAccountedAndCharged()
    {
        var small = ModuleTestHost.Run("import base64\nx = base64.b64encode(b'x' * 10)");
        var large = ModuleTestHost.Run("import base64\nx = base64.b64encode(b'x' * 3000000)");

        Assert.That(large.Verdict, Is.EqualTo(HostVerdict.Ok), large.Error?.Traceback);
        Assert.That(large.Metrics.FuelUsed - small.Metrics.FuelUsed, Is.GreaterThanOrEqualTo(3_000_000 / 16));
    }
}
