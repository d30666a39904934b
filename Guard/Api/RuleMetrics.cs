namespace RuleSandbox;

/// <summary>What one execution cost.</summary>
/// <param name="Fuel">Instructions (and builtin work) charged.</param>
/// <param name="WallTime">Time the rule ran, measured where it ran.</param>
/// <param name="QueueWait">Time the request waited for a guard.</param>
/// <param name="Latency">Time from the call to the result.</param>
/// <param name="GuardId">The guard that ran it (null in-process or when none did).</param>
/// <param name="AllocatedBytes">Bytes the rule allocated, as the engine accounts them.</param>
public sealed record RuleMetrics(long Fuel, TimeSpan WallTime, TimeSpan QueueWait, TimeSpan Latency, int? GuardId, long AllocatedBytes);
