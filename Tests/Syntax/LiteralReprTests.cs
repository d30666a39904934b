using RuleSandbox.Engine.Syntax;

namespace RuleSandbox.Tests.Syntax;

public sealed class LiteralReprTests
{
    [TestCase(1.0, "1.0")]
    [TestCase(0.1, "0.1")]
    [TestCase(1e16, "1e+16")]
    [TestCase(1e15, "1000000000000000.0")]
    [TestCase(123456789012345678.0, "1.2345678901234568e+17")]
    [TestCase(0.0001, "0.0001")]
    [TestCase(0.00001, "1e-05")]
    [TestCase(-2.5e-10, "-2.5e-10")]
    [TestCase(-0.0, "-0.0")]
    [TestCase(double.PositiveInfinity, "inf")]
    [TestCase(1.7976931348623157e308, "1.7976931348623157e+308")]
    [TestCase(5e-324, "5e-324")]
    public void FloatReprMatchesCPython(double value, string expected)
        => Assert.That(LiteralRepr.Float(value), Is.EqualTo(expected));

    [TestCase(2.0, "2j")]
    [TestCase(1.5, "1.5j")]
    [TestCase(1e16, "1e+16j")]
    public void ImaginaryReprMatchesCPython(double imag, string expected)
        => Assert.That(LiteralRepr.Imaginary(imag), Is.EqualTo(expected));

    [TestCase("abc", "'abc'")]
    [TestCase("it's", "\"it's\"")]
    [TestCase("'\"", "'\\'\"'")]
    [TestCase("a\tb\nc\rd\\", "'a\\tb\\nc\\rd\\\\'")]
    [TestCase("\u0000\u007f\u00a0\u00e9", "'\\x00\\x7f\\xa0é'")]
    [TestCase("\u200b\u2028", "'\\u200b\\u2028'")]
    [TestCase("😀", "'😀'")]
    public void StrReprMatchesCPython(string value, string expected)
        => Assert.That(LiteralRepr.Str(value), Is.EqualTo(expected));

    [Test]
    public void LoneSurrogateIsEscaped()
    {
        // Built at run time: a lone surrogate in an attribute argument is replaced by U+FFFD.
        string lone = new string((char)0xD800, 1);
        Assert.That(LiteralRepr.Str(lone), Is.EqualTo("'\\ud800'"));
    }

    [Test]
    public void BytesReprEscapesNonAsciiAndChoosesQuotes()
    {
        Assert.That(LiteralRepr.Bytes(new byte[] { 0x41, 0x27, 0x00, 0xff }), Is.EqualTo("b\"A'\\x00\\xff\""));
        Assert.That(LiteralRepr.Bytes(new byte[] { 0x27, 0x22 }), Is.EqualTo("b'\\'\"'"));
    }
}
