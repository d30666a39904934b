using System.Globalization;
using RuleSandbox.Engine.Runtime.Text;

namespace RuleSandbox.Tests.Runtime.Text;

/// <summary>format(), round(), float.hex/fromhex, int(str, base), float(str) and str(int) against CPython 3.12.</summary>
public sealed class NumberTextTests
{
    private static IEnumerable<TestCaseData> Rows() => CaseRunner.Cases(TextCases.Number);

    [TestCaseSource(nameof(Rows))]
    public void MatchesCPython(string[] row)
    {
        string expected = row[^1];
        string actual = CaseRunner.Capture(() => Run(row));
        Assert.That(actual, Is.EqualTo(expected));
    }

    // repr(complex) is format(z, '') in CPython.
    private static string ComplexRepr((double Re, double Im) z)
        => NumberFormatter.FormatComplex(z.Re, z.Im, FormatSpec.Parse("", "complex"));

    private static string Run(string[] r) => r[0] switch
    {
        "fmt_float" => NumberFormatter.FormatFloat(CaseRunner.ParseDouble(r[1]), FormatSpec.Parse(r[2], "float")),
        "fmt_int" => NumberFormatter.FormatInt(CaseRunner.ParseBig(r[1]), FormatSpec.Parse(r[2], "int")),
        "fmt_str" => NumberFormatter.FormatStr(r[1], FormatSpec.Parse(r[2], "str")),
        "fmt_complex" => NumberFormatter.FormatComplex(CaseRunner.ParseDouble(r[1]), CaseRunner.ParseDouble(r[2]),
            FormatSpec.Parse(r[3], "complex")),
        "round" => CaseRunner.Repr(FloatFormatter.Round(CaseRunner.ParseDouble(r[1]), long.Parse(r[2], CultureInfo.InvariantCulture))),
        "round0" => FloatFormatter.RoundToInteger(CaseRunner.ParseDouble(r[1])).ToString(CultureInfo.InvariantCulture),
        "hex" => FloatFormatter.Hex(CaseRunner.ParseDouble(r[1])),
        "fromhex" => CaseRunner.Repr(FloatFormatter.FromHex(r[1])),
        "int" => NumberParser.ParseInt(r[1], int.Parse(r[2], CultureInfo.InvariantCulture)).ToString(CultureInfo.InvariantCulture),
        "float" => CaseRunner.Repr(NumberParser.ParseFloat(r[1])),
        "complex" => ComplexRepr(NumberParser.ParseComplex(r[1])),
        "intstr" => "len=" + NumberParser.IntToString(CaseRunner.ParseBig(r[1])).Length.ToString(CultureInfo.InvariantCulture),
        _ => throw new InvalidOperationException("unknown op " + r[0]),
    };
}
