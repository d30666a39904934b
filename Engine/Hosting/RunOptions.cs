using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Hosting;

/// <summary>Per-run settings. Each run gets fresh globals; nothing is shared between runs but the compiled code.</summary>
public sealed record RunOptions
{
    /// <summary>Resource limits (finite by default).</summary>
    public ExecutionLimits Limits { get; init; } = ExecutionLimits.Default;

    /// <summary>Input values: each top-level key becomes a global of the program.</summary>
    public IReadOnlyDictionary<string, object?>? Inputs { get; init; }

    /// <summary>Input as JSON text (an object); its keys become globals. Combined with <see cref="Inputs"/>.</summary>
    public string? InputJson { get; init; }

    /// <summary>When set, this function is called after the module body ran and its return value is the result; otherwise the global <c>result</c> is.</summary>
    public string? EntryPoint { get; init; }

    /// <summary>Positional arguments for <see cref="EntryPoint"/>.</summary>
    public IReadOnlyList<object?>? EntryArguments { get; init; }

    /// <summary>Cancels the run; it stops within milliseconds with a <see cref="LimitKind.Cancelled"/> limit.</summary>
    public CancellationToken Cancellation { get; init; }

    /// <summary>Where print writes; when null, output is captured into <see cref="ExecutionResult.Stdout"/>.</summary>
    public TextWriter? Stdout { get; init; }

    /// <summary>The program's <c>__name__</c>.</summary>
    public string ModuleName { get; init; } = "__main__";

    /// <summary>Native modules the program may import, by name.</summary>
    public IReadOnlyDictionary<string, Func<PyModule>>? Modules { get; init; }

    /// <summary>Stack size of the thread the program runs on; deep C#-side re-entrancy is also bounded separately.</summary>
    public int ThreadStackBytes { get; init; } = 256 * 1024 * 1024;
}
