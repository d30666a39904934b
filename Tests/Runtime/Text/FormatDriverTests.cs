using RuleSandbox.Engine.Runtime.Text;

namespace RuleSandbox.Tests.Runtime.Text;

/// <summary>str.format templates and printf-style '%' formatting against CPython 3.12.</summary>
public sealed class FormatDriverTests
{
    private static readonly object?[] FormatArgs =
    [
        "a", new System.Numerics.BigInteger(12), new TestValues.PyList(["x", "y"]),
        new TestValues.Ns([new("name", "N"), new("val", 3.5)]), -7.25, "h\u00e9llo",
    ];

    private static readonly TestValues.Dict FormatKwargs = new(
    [
        new("k", "kv"), new("n", new System.Numerics.BigInteger(42)),
        new("d", new TestValues.Dict([new("key", "v"), new("0", "zero")])), new("f", 2.675),
    ]);

    private static IEnumerable<TestCaseData> FormatRows() => CaseRunner.Cases(TextCases.Format);

    private static IEnumerable<TestCaseData> PrintfRows() => CaseRunner.Cases(TextCases.Printf);

    [TestCaseSource(nameof(FormatRows))]
    public void StrFormatMatchesCPython(string[] row)
    {
        if (row[0] == "formatter_parser")
        {
            Assert.That(CaseRunner.Capture(() => ReprTokens(FormatString.FormatterParse(row[1]))), Is.EqualTo(row[^1]));
            return;
        }
        var evaluator = new TestValues.Evaluator(FormatArgs, FormatKwargs);
        string actual = CaseRunner.Capture(() => FormatString.Render(FormatString.Parse(row[1]), evaluator));
        Assert.That(actual, Is.EqualTo(row[^1]));
    }

    [TestCaseSource(nameof(PrintfRows))]
    public void PercentFormatMatchesCPython(string[] row)
    {
        object? args = TestValues.Decode(row[2]);
        IReadOnlyList<object?>? items = args is TestValues.Tuple t ? t.Items : null;
        // PyMapping_Check: anything with __getitem__ that is not a tuple or str.
        bool mapping = args is TestValues.Dict or TestValues.PyList;
        string actual = CaseRunner.Capture(() => PrintfFormatter.Format(row[1], args, items, mapping, new TestValues.Host()));
        Assert.That(actual, Is.EqualTo(row[^1]));
    }

    private static string ReprTokens(List<FormatterToken> tokens)
    {
        static string Opt(string? s) => s == null ? "None" : CaseRunner.Repr(s);
        return "[" + string.Join(", ", tokens.Select(t =>
            $"({CaseRunner.Repr(t.Literal)}, {Opt(t.FieldName)}, {Opt(t.Spec)}, {Opt(t.Conversion)})")) + "]";
    }

    [Test]
    public void FieldNamesSplitIntoFirstPartAndSteps()
    {
        var (first, index, rest) = FormatString.SplitFieldName("0.attr[key][3]");
        Assert.That((first, index), Is.EqualTo(("0", 0)));
        Assert.That(rest.Select(r => (r.IsAttribute, r.Name, r.Index)),
            Is.EqualTo(new[] { (true, "attr", -1), (false, "key", -1), (false, "3", 3) }));
        Assert.That(FormatString.SplitFieldName("a[").Steps[0].Error!.Message, Is.EqualTo("Missing ']' in format string"));
    }

    [Test]
    public void AutomaticNumberingContinuesIntoNestedSpecs()
    {
        var parts = FormatString.Parse("{:{}}{}");
        Assert.That(parts[0].Index, Is.EqualTo(0));
        Assert.That(parts[0].Spec[0].Index, Is.EqualTo(1));
        Assert.That(parts[1].Index, Is.EqualTo(2));
    }

    [Test]
    public void ParseRecordsErrorsWhereCPythonRaisesThem()
    {
        // An earlier field's lookup error must win over a later syntax error.
        var parts = FormatString.Parse("{9} {");
        Assert.That(parts[0].Kind, Is.EqualTo(FormatPartKind.Field));
        Assert.That(parts[^1].Kind, Is.EqualTo(FormatPartKind.Error));
        Assert.That(parts[^1].Error!.Message, Is.EqualTo("Single '{' encountered in format string"));
    }
}
