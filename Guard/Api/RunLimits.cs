namespace RuleSandbox;

/// <summary>
/// Limits for one execution. Each may only tighten the policy's limit; asking for more than the
/// policy allows gives an <see cref="Verdict.Invalid"/> result naming the limit.
/// </summary>
public sealed record RunLimits
{
    public long? Fuel { get; init; }
    public long? TimeoutMs { get; init; }
    public long? MemoryMb { get; init; }
    public long? OutputKb { get; init; }
    public long? RecursionDepth { get; init; }
}
