namespace RuleSandbox.Guard.Host;

/// <summary>The pool's knobs, resolved from SandboxOptions.</summary>
internal sealed class PoolSettings
{
    public required GuardLaunch Launch { get; init; }
    public int Size { get; init; } = Environment.ProcessorCount;
    public int QueueCapacity { get; init; } = 1000;
    public TimeSpan KillGrace { get; init; } = TimeSpan.FromMilliseconds(250);
    public TimeSpan StartupTimeout { get; init; } = TimeSpan.FromSeconds(30);
    public int RecycleAfterExecutions { get; init; } = 10_000;
    public long RecycleAfterHeapBytes { get; init; } = 256L * 1024 * 1024;
}
