using System.Globalization;
using System.Numerics;
using RuleSandbox.Engine.Runtime.Text;
using RuleSandbox.Engine.Syntax;

namespace RuleSandbox.Tests.Runtime.Text;

/// <summary>Turns generated CPython rows into NUnit cases and results into the text CPython printed.</summary>
internal static class CaseRunner
{
    public static IEnumerable<TestCaseData> Cases(string[][] rows)
    {
        int i = 0;
        foreach (var row in rows)
        {
            string label = row[0] + " " + string.Join(" ", row[1..^1].Select(Short));
            yield return new TestCaseData(new object[] { row }).SetName($"{i++:D4} {label}");
        }
    }

    private static string Short(string s)
    {
        string r = LiteralRepr.Str(s);
        return r.Length > 40 ? r[..37] + "..." : r;
    }

    /// <summary>Runs <paramref name="action"/> and renders its result or its TextError as the generator does.</summary>
    public static string Capture(Func<string> action)
    {
        try
        {
            return action();
        }
        catch (TextError e)
        {
            return $"!{e.PythonType}: {e.Message}";
        }
    }

    public static double ParseDouble(string repr) => repr switch
    {
        "nan" => double.NaN,
        "inf" => double.PositiveInfinity,
        "-inf" => double.NegativeInfinity,
        _ => double.Parse(repr, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    public static BigInteger ParseBig(string s) => BigInteger.Parse(s, CultureInfo.InvariantCulture);

    public static string Repr(double d) => LiteralRepr.Float(d);

    public static string Repr(bool b) => b ? "True" : "False";

    public static string Repr(string s) => LiteralRepr.Str(s);

    public static string Repr(IEnumerable<string> list) => "[" + string.Join(", ", list.Select(LiteralRepr.Str)) + "]";
}
