using System.Numerics;
using RuleSandbox.Engine.Runtime.Text;

namespace RuleSandbox.Tests.Runtime.Text;

/// <summary>Sizes a rule picks with a number are refused before the memory is allocated.</summary>
[NonParallelizable]
public sealed class TextLimitsTests
{
    private long _saved;

    [SetUp]
    public void Lower()
    {
        _saved = TextLimits.MaxResultLength;
        TextLimits.MaxResultLength = 10_000;
    }

    [TearDown]
    public void Restore() => TextLimits.MaxResultLength = _saved;

    private static IEnumerable<TestCaseData> HugeRequests()
    {
        yield return new TestCaseData((Func<string>)(() => NumberFormatter.FormatInt(1, FormatSpec.Parse("1000000000", "int")))).SetName("int width");
        yield return new TestCaseData((Func<string>)(() => NumberFormatter.FormatInt(1, FormatSpec.Parse("01000000000,", "int")))).SetName("int zero-padded grouping");
        yield return new TestCaseData((Func<string>)(() => NumberFormatter.FormatFloat(1.5, FormatSpec.Parse(".1000000000f", "float")))).SetName("float precision");
        yield return new TestCaseData((Func<string>)(() => NumberFormatter.FormatStr("a", FormatSpec.Parse("^1000000000", "str")))).SetName("str width");
        yield return new TestCaseData((Func<string>)(() => NumberFormatter.FormatComplex(1, 2, FormatSpec.Parse(".100000f", "complex")))).SetName("complex precision");
        yield return new TestCaseData((Func<string>)(() => StrMethods.Center("a", 1_000_000_000))).SetName("center");
        yield return new TestCaseData((Func<string>)(() => StrMethods.ZFill("1", 1_000_000_000))).SetName("zfill");
        yield return new TestCaseData((Func<string>)(() => StrMethods.ExpandTabs("\t\t", 1_000_000_000))).SetName("expandtabs");
        yield return new TestCaseData((Func<string>)(() => StrMethods.Replace(new string('a', 5000), "a", "bbbb"))).SetName("replace growth");
        yield return new TestCaseData((Func<string>)(() => PrintfFormatter.FormatLong(new BigInteger(5), false, 1_000_000_000, 'd'))).SetName("printf int precision");
        yield return new TestCaseData((Func<string>)(() => PrintfFormatter.FormatDouble(1.0, 'f', 1_000_000_000, false))).SetName("printf float precision");
    }

    [TestCaseSource(nameof(HugeRequests))]
    public void HugeResultIsRefusedBeforeAllocating(Func<string> action)
    {
        var e = Assert.Throws<TextLimitException>(() => action());
        Assert.That(e!.Limit, Is.EqualTo(10_000));
        Assert.That(e.RequestedLength, Is.GreaterThan(10_000));
    }

    [Test]
    public void ResultsWithinTheLimitAreUnaffected()
    {
        Assert.That(NumberFormatter.FormatInt(1234, FormatSpec.Parse("010,", "int")), Is.EqualTo("00,001,234"));
        Assert.That(StrMethods.Center("ab", 6, "*"), Is.EqualTo("**ab**"));
        Assert.That(StrMethods.Replace("aaa", "a", "bb"), Is.EqualTo("bbbbbb"));
    }

    [Test]
    public void TheLimitBelongsToTheThread()
    {
        long other = 0;
        var t = new Thread(() => other = TextLimits.MaxResultLength);
        t.Start();
        t.Join();
        Assert.That(other, Is.EqualTo(TextLimits.DefaultMaxResultLength));
    }
}
