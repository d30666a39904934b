using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using RuleSandbox.Policies;

namespace RuleSandbox;

/// <summary>How a <see cref="Sandbox"/> checks and runs rules. The defaults are the safe ones.</summary>
public sealed class SandboxOptions
{
    /// <summary>The policy rules are checked against, and whose limits they run under (default: the <c>standard</c> preset).</summary>
    public Policy Policy { get; init; } = Policy.Preset("standard");

    /// <summary>Isolated (guard processes, the default) or in-process.</summary>
    public ExecutionMode Mode { get; init; } = ExecutionMode.Isolated;

    /// <summary>Guard processes kept warm (default: the number of cores).</summary>
    public int PoolSize { get; init; } = Environment.ProcessorCount;

    /// <summary>Requests that may wait for a guard; past this they are answered <see cref="Verdict.Overloaded"/> at once.</summary>
    public int QueueCapacity { get; init; } = 1000;

    /// <summary>How long past its deadline a guard may stay silent before it is killed.</summary>
    public TimeSpan KillGrace { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How long a new guard may take to say Ready.</summary>
    public TimeSpan GuardStartupTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>A guard is replaced after this many executions.</summary>
    public int RecycleAfterExecutions { get; init; } = 10_000;

    /// <summary>A guard is replaced once its managed heap has grown past this.</summary>
    public long RecycleAfterHeapBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>The GC heap hard limit of each guard (the memory wall of the OS layer).</summary>
    public long GuardHeapLimitBytes { get; init; } = 1024L * 1024 * 1024;

    /// <summary>
    /// RLIMIT_NOFILE of each guard. A .NET process keeps each loaded assembly file open (a warm
    /// guard holds about 65 descriptors), so this leaves room above that; rules have no file API.
    /// </summary>
    public int GuardMaxOpenFiles { get; init; } = 256;

    /// <summary>Path of RuleSandbox.Guard.dll; default: beside this assembly.</summary>
    public string? GuardPath { get; init; }

    /// <summary>Where the sandbox logs (guard starts, kills, crashes).</summary>
    public ILoggerFactory? LoggerFactory { get; init; }

    /// <summary>Creates the "RuleSandbox" meter; default: a meter of its own.</summary>
    public IMeterFactory? MeterFactory { get; init; }

    internal void Validate()
    {
        ArgumentNullException.ThrowIfNull(Policy);
        if (PoolSize < 1 || PoolSize > 256) throw new ArgumentOutOfRangeException(nameof(PoolSize), PoolSize, "must be from 1 to 256");
        if (QueueCapacity < 1) throw new ArgumentOutOfRangeException(nameof(QueueCapacity), QueueCapacity, "must be at least 1");
        if (KillGrace < TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(KillGrace), KillGrace, "must not be negative");
        if (RecycleAfterExecutions < 1) throw new ArgumentOutOfRangeException(nameof(RecycleAfterExecutions), RecycleAfterExecutions, "must be at least 1");
        if (GuardHeapLimitBytes < 64L * 1024 * 1024) throw new ArgumentOutOfRangeException(nameof(GuardHeapLimitBytes), GuardHeapLimitBytes, "must be at least 64 MiB");
        if (GuardMaxOpenFiles < 128) throw new ArgumentOutOfRangeException(nameof(GuardMaxOpenFiles), GuardMaxOpenFiles, "must be at least 128 (the .NET runtime itself holds about 65)");
    }
}
