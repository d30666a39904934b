using System.Numerics;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Fractions;

/// <summary>
/// A <c>fractions.Fraction</c> value: an immutable rational number kept in lowest terms with a
/// positive denominator (the invariant every operation relies on, as CPython's class does).
/// </summary>
public sealed class PyFraction : PyObject
{
    /// <summary>The <c>Fraction</c> type, shared by every execution.</summary>
    public static readonly PyType TypeObject = PyType.NewNative("Fraction", "fractions");

    /// <summary>Wraps a ratio that is already in lowest terms with a positive denominator.</summary>
    public PyFraction(BigInteger numerator, BigInteger denominator)
    {
        Numerator = numerator;
        Denominator = denominator;
    }

    /// <summary>The numerator (carries the sign).</summary>
    public BigInteger Numerator { get; }

    /// <summary>The denominator, always positive.</summary>
    public BigInteger Denominator { get; }

    /// <inheritdoc />
    public override PyType Type => TypeObject;
}
