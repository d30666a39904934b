namespace RuleSandbox.Engine.Runtime;

/// <summary>
/// Resource limits of one execution. Every limit is finite: there is no "unlimited" default for
/// untrusted code. <see cref="Default"/> suits rules; <see cref="Generous"/> suits <c>rulesandbox exec</c>.
/// </summary>
public sealed record ExecutionLimits
{
    /// <summary>Instruction budget; builtins charge extra by the work they do.</summary>
    public long MaxFuel { get; init; } = 100_000_000;

    /// <summary>Wall-clock deadline, checked inside the interpreter loop.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Largest single allocation and total tracked allocation (bytes).</summary>
    public long MaxMemoryBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Python call depth.</summary>
    public int MaxRecursionDepth { get; init; } = 1000;

    /// <summary>Bytes of printed output (UTF-16 units counted as written).</summary>
    public long MaxOutputBytes { get; init; } = 1024 * 1024;

    /// <summary>CPython's int/str conversion digit limit (0 disables).</summary>
    public int MaxIntDigits { get; init; } = 4300;

    /// <summary>Limits for rules run by a host.</summary>
    public static ExecutionLimits Default { get; } = new();

    /// <summary>Generous limits for running whole programs from the command line.</summary>
    public static ExecutionLimits Generous { get; } = new()
    {
        MaxFuel = 20_000_000_000,
        Timeout = TimeSpan.FromMinutes(5),
        MaxMemoryBytes = 2L * 1024 * 1024 * 1024,
        MaxRecursionDepth = 1000,
        MaxOutputBytes = 1L * 1024 * 1024 * 1024,
    };
}
