using RuleSandbox.Guard.Protocol;

namespace RuleSandbox.Guard.Host;

/// <summary>One queued execution and the caller waiting for it.</summary>
internal sealed class PoolJob
{
    public required WireMessage Request { get; init; }
    public required string Source { get; init; }
    public required TimeSpan Deadline { get; init; }
    public required CancellationToken CancellationToken { get; init; }
    public long EnqueuedAt { get; } = System.Diagnostics.Stopwatch.GetTimestamp();
    public TaskCompletionSource<PoolOutcome> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}

/// <summary>How a pooled execution ended, before it becomes a RuleResult.</summary>
internal sealed record PoolOutcome(WireMessage? Reply, string? Verdict, string? Message, int? GuardId, TimeSpan QueueWait);
