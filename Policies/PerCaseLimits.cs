namespace RuleSandbox.Policies;

/// <summary>
/// Limits asked for by one execution (a test case, one request). Unset fields keep the policy's
/// value; set fields must be tighter than the policy's, see <see cref="RuntimeLimits.Tighten"/>.
/// </summary>
public sealed record PerCaseLimits
{
    /// <summary>Instruction budget.</summary>
    public long? Fuel { get; init; }

    /// <summary>Wall-clock deadline in milliseconds.</summary>
    public long? WallMs { get; init; }

    /// <summary>Allocated memory in MiB.</summary>
    public long? MemoryMb { get; init; }

    /// <summary>Printed output in KiB.</summary>
    public long? OutputKb { get; init; }

    /// <summary>Python call depth.</summary>
    public long? RecursionDepth { get; init; }
}
