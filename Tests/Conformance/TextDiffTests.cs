using System.Text;

namespace RuleSandbox.Tests.Conformance;

public sealed class TextDiffTests
{
    private static string Describe(string expected, string actual)
    {
        var b = new StringBuilder();
        TextDiff.Describe("stdout", expected, actual, b);
        return b.ToString();
    }

    [Test]
    public void EqualTextsProduceNothing()
        => Assert.That(Describe("a\nb\n", "a\nb\n"), Is.Empty);

    [Test]
    public void LongSingleLinePointsAtTheFirstDifferingColumnWithContext()
    {
        string expected = "Module(body=[" + new string('x', 500) + "Name(id='a')" + new string('y', 500) + "])\n";
        string actual = expected.Replace("Name(id='a')", "Name(id='b')");

        string diff = Describe(expected, actual);

        Assert.That(diff, Does.Contain("stdout differs at line 1"));
        Assert.That(diff, Does.Contain("first difference at column 523"));
        Assert.That(diff, Does.Contain("expected: ...xxxx").And.Contain("xxxxName(id='\u00bba')yyy"));
        Assert.That(diff, Does.Contain("actual:   ...xxxx").And.Contain("xxxxName(id='\u00bbb')yyy"));
        Assert.That(diff.Length, Is.LessThan(1200), "the excerpt is short, not the whole line");
    }

    [Test]
    public void MissingLineIsShownAsRemoved()
    {
        string diff = Describe("one\ntwo\nthree\n", "one\nthree\n");

        Assert.That(diff, Does.Contain("differs at line 2 (expected 3 lines, got 2)"));
        Assert.That(diff, Does.Contain("expected: t\u00bbwo"));
        Assert.That(diff, Does.Contain("actual:   t\u00bbhree"));
        Assert.That(diff, Does.Contain("  -three\n"), "the line after shifts too");
    }

    [Test]
    public void EmptyActualAgainstExpectedErrorLine()
    {
        string diff = Describe("x.py:1:5: SyntaxError: invalid syntax\n", "");

        Assert.That(diff, Does.Contain("expected 1 lines, got 0"));
        Assert.That(diff, Does.Contain("  -x.py:1:5: SyntaxError: invalid syntax\n"));
    }

    [Test]
    public void ControlCharactersAreMadeVisible()
    {
        string diff = Describe("a\n", "a\r\n");

        Assert.That(diff, Does.Contain("a\u00bb\\r"));
    }

    [Test]
    public void MissingFinalNewlineIsNamed()
        => Assert.That(Describe("a\n", "a"), Does.Contain("final newline differs (expected one)"));

    [Test]
    public void CaretLinesAreRemovedAndNothingElse()
    {
        string traceback = "Traceback (most recent call last):\n  File \"a.py\", line 1, in <module>\n    x = 1 / 0\n        ~~^~~\n    ^^^^^\nZeroDivisionError: division by zero\n";

        string stripped = ConformanceTests.WithoutCaretLines(traceback);

        Assert.That(stripped, Is.EqualTo("Traceback (most recent call last):\n  File \"a.py\", line 1, in <module>\n    x = 1 / 0\nZeroDivisionError: division by zero\n"));
        Assert.That(ConformanceTests.WithoutCaretLines("a ^ b\n  \n~x\n"), Is.EqualTo("a ^ b\n  \n~x\n"), "only lines made of carets go");
    }
}
