using System.Globalization;
using System.Numerics;
using RuleSandbox.Engine.Runtime.Text;
using RuleSandbox.Engine.Syntax;

namespace RuleSandbox.Tests.Runtime.Text;

/// <summary>str methods, codecs, translate and code-point ordering against CPython 3.12.</summary>
public sealed class StrMethodTests
{
    private static IEnumerable<TestCaseData> Rows() => CaseRunner.Cases(TextCases.Str);

    [TestCaseSource(nameof(Rows))]
    public void MatchesCPython(string[] row)
    {
        var args = ((TestValues.Tuple)TestValues.Decode(row[2])!).Items;
        string actual = CaseRunner.Capture(() => Run(row[0], row[1], args));
        Assert.That(actual, Is.EqualTo(row[^1]));
    }

    private static string Run(string method, string s, List<object?> a)
    {
        string? S(int i) => i < a.Count ? (string?)a[i] : null;
        long? L(int i) => i < a.Count && a[i] is BigInteger b ? (long)b : null;
        long Lx(int i, long dflt) => L(i) ?? dflt;
        return method switch
        {
            "split" => CaseRunner.Repr(StrMethods.Split(s, S(0), Lx(1, -1))),
            "rsplit" => CaseRunner.Repr(StrMethods.RSplit(s, S(0), Lx(1, -1))),
            "splitlines" => CaseRunner.Repr(StrMethods.SplitLines(s, a.Count > 0 && (bool)a[0]!)),
            "strip" => CaseRunner.Repr(StrMethods.Strip(s, S(0))),
            "lstrip" => CaseRunner.Repr(StrMethods.LStrip(s, S(0))),
            "rstrip" => CaseRunner.Repr(StrMethods.RStrip(s, S(0))),
            "partition" => Triple(StrMethods.Partition(s, S(0)!)),
            "rpartition" => Triple(StrMethods.RPartition(s, S(0)!)),
            "find" => Num(StrMethods.Find(s, S(0)!, L(1), L(2))),
            "rfind" => Num(StrMethods.RFind(s, S(0)!, L(1), L(2))),
            "index" => Num(StrMethods.Index(s, S(0)!, L(1), L(2))),
            "rindex" => Num(StrMethods.RIndex(s, S(0)!, L(1), L(2))),
            "count" => Num(StrMethods.Count(s, S(0)!, L(1), L(2))),
            "replace" => CaseRunner.Repr(StrMethods.Replace(s, S(0)!, S(1)!, Lx(2, -1))),
            "startswith" => CaseRunner.Repr(StrMethods.StartsWith(s, S(0)!, L(1), L(2))),
            "endswith" => CaseRunner.Repr(StrMethods.EndsWith(s, S(0)!, L(1), L(2))),
            "upper" => CaseRunner.Repr(StrMethods.Upper(s)),
            "lower" => CaseRunner.Repr(StrMethods.Lower(s)),
            "casefold" => CaseRunner.Repr(StrMethods.CaseFold(s)),
            "swapcase" => CaseRunner.Repr(StrMethods.SwapCase(s)),
            "title" => CaseRunner.Repr(StrMethods.Title(s)),
            "capitalize" => CaseRunner.Repr(StrMethods.Capitalize(s)),
            "center" => CaseRunner.Repr(StrMethods.Center(s, L(0)!.Value, S(1) ?? " ")),
            "ljust" => CaseRunner.Repr(StrMethods.LJust(s, L(0)!.Value, S(1) ?? " ")),
            "rjust" => CaseRunner.Repr(StrMethods.RJust(s, L(0)!.Value, S(1) ?? " ")),
            "zfill" => CaseRunner.Repr(StrMethods.ZFill(s, L(0)!.Value)),
            "expandtabs" => CaseRunner.Repr(StrMethods.ExpandTabs(s, Lx(0, 8))),
            "isdigit" => CaseRunner.Repr(StrMethods.IsDigit(s)),
            "isdecimal" => CaseRunner.Repr(StrMethods.IsDecimal(s)),
            "isnumeric" => CaseRunner.Repr(StrMethods.IsNumeric(s)),
            "isalpha" => CaseRunner.Repr(StrMethods.IsAlpha(s)),
            "isalnum" => CaseRunner.Repr(StrMethods.IsAlnum(s)),
            "isspace" => CaseRunner.Repr(StrMethods.IsSpace(s)),
            "isidentifier" => CaseRunner.Repr(StrMethods.IsIdentifier(s)),
            "isprintable" => CaseRunner.Repr(StrMethods.IsPrintable(s)),
            "islower" => CaseRunner.Repr(StrMethods.IsLower(s)),
            "isupper" => CaseRunner.Repr(StrMethods.IsUpper(s)),
            "istitle" => CaseRunner.Repr(StrMethods.IsTitle(s)),
            "isascii" => CaseRunner.Repr(StrMethods.IsAscii(s)),
            "removeprefix" => CaseRunner.Repr(StrMethods.RemovePrefix(s, S(0)!)),
            "removesuffix" => CaseRunner.Repr(StrMethods.RemoveSuffix(s, S(0)!)),
            "encode" => LiteralRepr.Bytes(Codecs.Encode(s, S(0) ?? "utf-8", S(1) ?? "strict")),
            "decode" => CaseRunner.Repr(Codecs.Decode(s.Select(c => (byte)c).ToArray(), S(0)!, S(1)!)),
            "__len__" => Num(CodePoints.Length(s)),
            "translate" => CaseRunner.Repr(Translate(s, S(0)!, S(1)!, S(2))),
            "compare" => Num(Math.Sign(StrMethods.Compare(s, S(0)!))),
            _ => throw new InvalidOperationException(method),
        };
    }

    private static string Translate(string s, string x, string y, string? z)
    {
        var table = StrMethods.MakeTrans(x, y, z).ToDictionary(p => p.From, p => p.To);
        return StrMethods.Translate(s, (int cp, out string? rep) =>
        {
            rep = null;
            if (!table.TryGetValue(cp, out int? to)) return false;
            if (to != null) rep = CodePoints.FromCodePoint(to.Value);
            return true;
        });
    }

    private static string Num(long n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Triple((string, string, string) t)
        => $"({CaseRunner.Repr(t.Item1)}, {CaseRunner.Repr(t.Item2)}, {CaseRunner.Repr(t.Item3)})";

    [Test]
    public void CodePointHelpersTranslateOffsets()
    {
        string s = "a\U0001F600b";
        Assert.That(CodePoints.Length(s), Is.EqualTo(3));
        Assert.That(CodePoints.ToUtf16Offset(s, 2), Is.EqualTo(3));
        Assert.That(CodePoints.ToCodePointIndex(s, 3), Is.EqualTo(2));
        Assert.That(CodePoints.ItemAt(s, 1), Is.EqualTo("\U0001F600"));
        Assert.That(CodePoints.Slice(s, 1, 3), Is.EqualTo("\U0001F600b"));
    }

    [Test]
    public void ALoneSurrogateIsOneCodePoint()
    {
        Assert.That(CodePoints.Length("\ud800x"), Is.EqualTo(2));
        Assert.That(StrMethods.Find("\U0001F600", "\ud83d"), Is.EqualTo(-1), "a match may not split a pair");
    }

    [TestCase("'h\u00e9\U0001F600\u20ac'", "'h\\xe9\\U0001f600\\u20ac'")]
    [TestCase("'abc'", "'abc'")]
    public void AsciiEscapesEveryNonAsciiCodePoint(string repr, string expected)
        => Assert.That(StrMethods.EscapeNonAscii(repr), Is.EqualTo(expected));

    [Test]
    public void HugeBinaryLiteralsParseInLinearTime()
    {
        // Power-of-two bases have no digit limit; 200k binary digits must not go quadratic.
        string text = "1" + new string('0', 200_000);
        var value = NumberParser.ParseInt(text, 2);
        Assert.That(value, Is.EqualTo(System.Numerics.BigInteger.One << 200_000));
        Assert.That(NumberFormatter.ToPrefixedRadix(-value >> 199_996, 16), Is.EqualTo("-0x10"));
    }
}
