using System.Globalization;
using System.Numerics;
using BenchmarkDotNet.Attributes;
using RuleSandbox.Engine.Runtime.Text;

namespace RuleSandbox.Perf;

/// <summary>
/// The text core on typical rule inputs. Each pair is a CPython-exact operation against the plain
/// .NET call it replaces (the baseline, measured in the same run): the Ratio column is the price of
/// exactness. Run: <c>dotnet run -c Release --project Perf -- --filter '*TextBenchmarks*'</c>.
/// </summary>
[MemoryDiagnoser]
public class TextBenchmarks
{
    private static readonly FormatSpec Money = FormatSpec.Parse(",.2f", "float");
    private static readonly double[] Prices = [19.99, 1234567.891, 0.005, 2.675, 1e-7, 98765.4321, 3.0, 0.1];
    private static readonly BigInteger Big = BigInteger.Pow(7, 4000);
    private const string Csv = "2024-01-05,ACME Corp,1234.50,EUR,approved,priority,region-7,\u00e9t\u00e9";

    /// <summary>Baseline: .NET's own fixed-point formatting (not CPython-exact for ties).</summary>
    [Benchmark(Baseline = true)]
    public int DotNetFloatToString()
    {
        int n = 0;
        foreach (double p in Prices) n += p.ToString("N2", CultureInfo.InvariantCulture).Length;
        return n;
    }

    /// <summary>format(x, ',.2f') for typical amounts.</summary>
    [Benchmark]
    public int FormatFloatMoney()
    {
        int n = 0;
        foreach (double p in Prices) n += NumberFormatter.FormatFloat(p, Money).Length;
        return n;
    }

    private static readonly FormatSpec Sci = FormatSpec.Parse(".4e", "float");

    /// <summary>format(x, '.4e'): significant-digit rounding.</summary>
    [Benchmark]
    public int FormatFloatScientific()
    {
        int n = 0;
        foreach (double p in Prices) n += NumberFormatter.FormatFloat(p, Sci).Length;
        return n;
    }

    /// <summary>Baseline for the above: .NET's "E4" (not CPython-exact for ties).</summary>
    [Benchmark]
    public int DotNetFloatScientific()
    {
        int n = 0;
        foreach (double p in Prices) n += p.ToString("E4", CultureInfo.InvariantCulture).Length;
        return n;
    }

    /// <summary>repr(x).</summary>
    [Benchmark]
    public int FloatRepr()
    {
        int n = 0;
        foreach (double p in Prices) n += FloatFormatter.Repr(p).Length;
        return n;
    }

    /// <summary>str() of a ~3400-digit int with the digit-limit check.</summary>
    [Benchmark]
    public int IntToStringBig() => NumberFormatter.IntToString(Big).Length;

    /// <summary>Baseline for the above: BigInteger.ToString alone.</summary>
    [Benchmark]
    public int BigIntegerToString() => Big.ToString(CultureInfo.InvariantCulture).Length;

    /// <summary>int(' 12345 ') and a long literal.</summary>
    [Benchmark]
    public BigInteger ParseIntTypical() => NumberParser.ParseInt(" 12345 ") + NumberParser.ParseInt("1_000_000_007") + NumberParser.ParseInt("-98765432109876543210");

    /// <summary>Baseline for the above: BigInteger.Parse.</summary>
    [Benchmark]
    public BigInteger BigIntegerParse()
        => BigInteger.Parse(" 12345 ", CultureInfo.InvariantCulture) + BigInteger.Parse("1000000007", CultureInfo.InvariantCulture)
           + BigInteger.Parse("-98765432109876543210", CultureInfo.InvariantCulture);

    /// <summary>line.split(',') of a CSV record.</summary>
    [Benchmark]
    public int SplitCsv() => StrMethods.Split(Csv, ",").Count;

    /// <summary>Baseline for the above: string.Split.</summary>
    [Benchmark]
    public int DotNetSplitCsv() => Csv.Split(',').Length;
}
