using RuleSandbox.Engine.Hosting;
using RuleSandbox.Engine.Modules;
using RuleSandbox.Engine.Runtime;

namespace RuleSandbox.Tests.Modules;

/// <summary>Runs a program with every native module importable and tight limits.</summary>
internal static class ModuleTestHost
{
    public static readonly ExecutionLimits Limits = new()
    {
        MaxFuel = 50_000_000,
        Timeout = TimeSpan.FromSeconds(2),
        MaxMemoryBytes = 64L * 1024 * 1024,
        MaxRecursionDepth = 1000,
        MaxOutputBytes = 1024 * 1024,
    };

    public static ExecutionResult Run(string source, ExecutionLimits? limits = null)
        => CompiledProgram.Compile(source, "case.py").Run(new RunOptions { Limits = limits ?? Limits, Modules = NativeModules.All });
}
