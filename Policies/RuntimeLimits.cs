namespace RuleSandbox.Policies;

/// <summary>
/// The runtime limits of one execution: fuel (instructions), wall-clock milliseconds, memory,
/// printed output and recursion depth. Every limit is finite: untrusted code never runs with a
/// silent "unlimited".
/// </summary>
public sealed record RuntimeLimits(long Fuel, long WallMs, long MemoryMb, long OutputKb, long RecursionDepth)
{
    /// <summary>
    /// The limits for one execution: each field of <paramref name="perCase"/> that is set replaces
    /// this policy's value if it is tighter (smaller or equal).
    /// </summary>
    /// <exception cref="PolicyLimitException">A requested value is looser than the policy's.</exception>
    public RuntimeLimits Tighten(PerCaseLimits? perCase)
    {
        if (perCase is null) return this;
        return new RuntimeLimits(
            Pick("fuel", perCase.Fuel, Fuel),
            Pick("wallMs", perCase.WallMs, WallMs),
            Pick("memoryMb", perCase.MemoryMb, MemoryMb),
            Pick("outputKb", perCase.OutputKb, OutputKb),
            Pick("recursionDepth", perCase.RecursionDepth, RecursionDepth));
    }

    private static long Pick(string name, long? requested, long ceiling)
    {
        if (requested is null) return ceiling;
        if (requested.Value < 1) throw new ArgumentOutOfRangeException(nameof(requested), requested, $"per-case limit {name} must be at least 1");
        if (requested.Value > ceiling) throw new PolicyLimitException(name, requested.Value, ceiling);
        return requested.Value;
    }
}
