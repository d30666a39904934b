using System.Globalization;
using BenchmarkDotNet.Attributes;
using RuleSandbox.Engine.Modules.Datetime;
using RuleSandbox.Engine.Modules.Decimal;

namespace RuleSandbox.Perf;

/// <summary>
/// The decimal arithmetic core on a money workload (price * quantity, tax, rounding to cents,
/// running total) against System.Decimal doing the same work in the same run (the baseline): the
/// Ratio column is the price of arbitrary precision and CPython-exact contexts. The calendar pair
/// compares CivilCalendar's ordinal round trip with DateTime's.
/// Run: <c>dotnet run -c Release --project Perf -- --filter '*DecimalBenchmarks*' --inProcess</c>.
/// </summary>
[MemoryDiagnoser]
public class DecimalBenchmarks
{
    private static readonly string[] Prices = ["19.99", "1234.50", "0.05", "2.675", "99.999", "100", "3.14159", "0.10"];
    private static readonly decimal[] NetPrices = Prices.Select(p => decimal.Parse(p, CultureInfo.InvariantCulture)).ToArray();
    private static readonly DecimalNumber[] OurPrices = Prices.Select(p => DecimalNumber.Parse(p)!.Value).ToArray();
    private static readonly DecimalNumber Rate = DecimalNumber.Parse("0.0825")!.Value;
    private static readonly DecimalNumber Cent = DecimalNumber.Parse("0.01")!.Value;
    private static readonly DecimalNumber Three = DecimalNumber.FromInteger(3);

    /// <summary>Baseline: System.Decimal (28 digits, banker's rounding).</summary>
    [Benchmark(Baseline = true)]
    public decimal SystemDecimalLedger()
    {
        decimal total = 0;
        for (int k = 0; k < 100; k++)
            foreach (var p in NetPrices)
                total += decimal.Round(p * 3 * (1 + 0.0825m), 2, MidpointRounding.ToEven);
        return total;
    }

    /// <summary>The same ledger with DecimalNumber and a default context.</summary>
    [Benchmark]
    public DecimalNumber DecimalNumberLedger()
    {
        var ctx = new DecimalContext();
        var status = DecimalCondition.None;
        var one = DecimalNumber.FromInteger(1);
        var factor = DecimalNumber.Add(one, Rate, ctx, ref status);
        var total = DecimalNumber.FromInteger(0);
        for (int k = 0; k < 100; k++)
            foreach (var p in OurPrices)
            {
                var line = DecimalNumber.Multiply(DecimalNumber.Multiply(p, Three, ctx, ref status), factor, ctx, ref status);
                total = DecimalNumber.Add(total, line.Quantize(Cent, DecimalRounding.HalfEven, ctx, ref status), ctx, ref status);
            }
        return total;
    }

    /// <summary>1/7 at the default precision, then printed (division and str()).</summary>
    [Benchmark]
    public string DecimalNumberDivideAndPrint()
    {
        var ctx = new DecimalContext();
        var status = DecimalCondition.None;
        return DecimalNumber.Divide(OurPrices[1], DecimalNumber.FromInteger(7), ctx, ref status).ToSciString(false);
    }

    /// <summary>Baseline for the calendar pair: DateTime's day number round trip.</summary>
    [Benchmark]
    public int DateTimeOrdinalRoundTrip()
    {
        int n = 0;
        for (int d = 1; d < 3_652_059; d += 997)
        {
            var dt = DateTime.MinValue.AddDays(d - 1);
            n += (int)(dt.Ticks / TimeSpan.TicksPerDay) + dt.Day;
        }
        return n;
    }

    /// <summary>CivilCalendar's ordinal round trip (date.fromordinal / toordinal).</summary>
    [Benchmark]
    public int CivilCalendarOrdinalRoundTrip()
    {
        int n = 0;
        for (int d = 1; d < 3_652_059; d += 997)
        {
            var (y, m, day) = CivilCalendar.FromOrdinal(d);
            n += CivilCalendar.ToOrdinal(y, m, day) + day;
        }
        return n;
    }
}
