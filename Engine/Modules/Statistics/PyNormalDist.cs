using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Statistics;

/// <summary>A <c>statistics.NormalDist</c>: a normal distribution given by its mean and standard deviation.</summary>
public sealed class PyNormalDist : PyObject
{
    /// <summary>The <c>NormalDist</c> type.</summary>
    public static readonly PyType TypeObject = PyType.NewNative("NormalDist", "statistics");

    /// <summary>A distribution with mean <paramref name="mu"/> and standard deviation <paramref name="sigma"/> (not negative).</summary>
    public PyNormalDist(double mu, double sigma)
    {
        Mu = mu;
        Sigma = sigma;
    }

    /// <summary>The mean.</summary>
    public double Mu { get; }

    /// <summary>The standard deviation.</summary>
    public double Sigma { get; }

    /// <inheritdoc />
    public override PyType Type => TypeObject;
}
