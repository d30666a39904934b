using System.Numerics;
using RuleSandbox.Engine.Modules.Decimal;

namespace RuleSandbox.Tests.Modules;

/// <summary>The decimal arithmetic core without the Python binding (results checked against CPython 3.12 by hand).</summary>
public sealed class DecimalNumberTests
{
    private static DecimalNumber D(string s) => DecimalNumber.Parse(s) ?? throw new ArgumentException(s);

    [TestCase("2.5", DecimalRounding.HalfEven, "2")]
    [TestCase("3.5", DecimalRounding.HalfEven, "4")]
    [TestCase("2.5", DecimalRounding.HalfUp, "3")]
    [TestCase("2.5", DecimalRounding.HalfDown, "2")]
    [TestCase("2.51", DecimalRounding.HalfDown, "3")]
    [TestCase("-2.1", DecimalRounding.Ceiling, "-2")]
    [TestCase("-2.1", DecimalRounding.Floor, "-3")]
    [TestCase("2.1", DecimalRounding.Up, "3")]
    [TestCase("2.9", DecimalRounding.Down, "2")]
    [TestCase("2.1", DecimalRounding.ZeroFiveUp, "2")]
    [TestCase("5.1", DecimalRounding.ZeroFiveUp, "6")]
    [TestCase("0.1", DecimalRounding.ZeroFiveUp, "1")]
    public void RescaleToUnitsRoundsByMode(string value, DecimalRounding mode, string expected)
    {
        var r = D(value).Rescale(0, mode);
        Assert.That(r.ToSciString(false), Is.EqualTo(expected));
    }

    [Test]
    public void OneThirdHasTheContextPrecisionAndRaisesInexact()
    {
        var ctx = new DecimalContext();
        var status = DecimalCondition.None;
        var r = DecimalNumber.Divide(D("1"), D("3"), ctx, ref status);
        Assert.That(r.ToSciString(false), Is.EqualTo("0." + new string('3', 28)));
        Assert.That(status, Is.EqualTo(DecimalCondition.Inexact | DecimalCondition.Rounded));
    }

    [Test]
    public void ExactDivisionKeepsTheIdealExponent()
    {
        var ctx = new DecimalContext();
        var status = DecimalCondition.None;
        Assert.That(DecimalNumber.Divide(D("1.00"), D("4"), ctx, ref status).ToSciString(false), Is.EqualTo("0.25"));
        Assert.That(DecimalNumber.Divide(D("12"), D("4"), ctx, ref status).ToSciString(false), Is.EqualTo("3"));
        Assert.That(status, Is.EqualTo(DecimalCondition.None));
    }

    [Test]
    public void AddingAFarSmallerOperandOnlyRounds()
    {
        var ctx = new DecimalContext();
        var status = DecimalCondition.None;
        var r = DecimalNumber.Add(D("1e999999"), D("1e-999999"), ctx, ref status);
        Assert.That(r.ToSciString(false), Is.EqualTo("1.000000000000000000000000000E+999999"));
        Assert.That(status.HasFlag(DecimalCondition.Inexact), Is.True);
    }

    [Test]
    public void OverflowGivesInfinityOrTheLargestNumberByRounding()
    {
        var ctx = new DecimalContext { Prec = 3 };
        var status = DecimalCondition.None;
        Assert.That(DecimalNumber.Multiply(D("9e999999"), D("10"), ctx, ref status).IsInfinity, Is.True);
        Assert.That(status.HasFlag(DecimalCondition.Overflow), Is.True);
        ctx.Rounding = DecimalRounding.Down;
        Assert.That(DecimalNumber.Multiply(D("9e999999"), D("10"), ctx, ref status).ToSciString(false), Is.EqualTo("9.99E+999999"));
    }

    [TestCase("1E+3", "1E+3", "1E+3")]
    [TestCase("0.0000001", "1E-7", "100E-9")]
    [TestCase("-0.000001", "-0.000001", "-0.000001")]
    [TestCase("123.4500", "123.4500", "123.4500")]
    [TestCase("0E+2", "0E+2", "0.0E+3")]
    public void ScientificAndEngineeringStrings(string input, string sci, string eng)
    {
        Assert.That(D(input).ToSciString(false), Is.EqualTo(sci));
        Assert.That(D(input).ToSciString(true), Is.EqualTo(eng));
    }

    [Test]
    public void SquareRootIsCorrectlyRoundedAndExactWhenPossible()
    {
        var ctx = new DecimalContext();
        var status = DecimalCondition.None;
        Assert.That(D("2").Sqrt(ctx, ref status).ToSciString(false), Is.EqualTo("1.414213562373095048801688724"));
        status = DecimalCondition.None;
        Assert.That(D("0.25").Sqrt(ctx, ref status).ToSciString(false), Is.EqualTo("0.5"));
        Assert.That(status, Is.EqualTo(DecimalCondition.None));
    }

    [Test]
    public void FloatsConvertExactly()
    {
        Assert.That(DecimalNumber.FromDouble(0.1).ToSciString(false), Is.EqualTo("0.1000000000000000055511151231257827021181583404541015625"));
        Assert.That(DecimalNumber.FromDouble(2.0).ToSciString(false), Is.EqualTo("2"));
    }

    [Test]
    public void MeterSeesLargeWorkBeforeItIsDone()
    {
        long seen = 0;
        var ctx = new DecimalContext { Prec = 5000, Meter = d => seen = Math.Max(seen, d) };
        var status = DecimalCondition.None;
        DecimalNumber.Divide(D("1"), D("7"), ctx, ref status);
        Assert.That(seen, Is.GreaterThanOrEqualTo(5000));
    }

    [Test]
    public void DigitCountIsExactAroundPowersOfTen()
    {
        for (int k = 1; k < 60; k++)
        {
            var p = BigInteger.Pow(10, k);
            Assert.That(DecimalNumber.NumDigits(p), Is.EqualTo(k + 1));
            Assert.That(DecimalNumber.NumDigits(p - 1), Is.EqualTo(k));
        }
    }
}
