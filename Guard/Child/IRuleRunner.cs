using RuleSandbox.Guard.Protocol;

namespace RuleSandbox.Guard.Child;

/// <summary>
/// What a guard (and the in-process mode) needs from the engine: compile a rule once, run it many
/// times. The implementation binds to RuleSandbox.Engine.Hosting.
/// </summary>
internal interface IRuleRunner
{
    /// <summary>Compiles a rule; a syntax error is returned as a failed result, not thrown.</summary>
    CompileOutcome Compile(string source, string name);

    /// <summary>
    /// Runs a compiled rule with fresh globals from <paramref name="inputJson"/>, the modules in
    /// <paramref name="allowedModules"/> and the <paramref name="capabilities"/> the policy grants.
    /// </summary>
    WireMessage Run(object compiled, string inputJson, WireLimits limits, IReadOnlyList<string>? allowedModules, IReadOnlyList<string>? capabilities, CancellationToken ct);

    /// <summary>Module names built ahead of use and shared by executions.</summary>
    IReadOnlyList<string> PreloadedModules { get; }
}

/// <summary>A compiled rule, or the result that says why it did not compile.</summary>
internal readonly record struct CompileOutcome(object? Compiled, WireMessage? Failure);
