using System.Diagnostics;
using System.Runtime.InteropServices;

namespace RuleSandbox.Guard.Host;

/// <summary>How to start a guard process: which program, and the environment that limits it.</summary>
internal sealed class GuardLaunch
{
    public required string FileName { get; init; }
    public required IReadOnlyList<string> Arguments { get; init; }
    public long HeapHardLimitBytes { get; init; }

    /// <summary>
    /// The guard shipped beside this assembly: its apphost when there is one, else
    /// <c>dotnet RuleSandbox.Guard.dll</c> with the running runtime's muxer.
    /// </summary>
    public static GuardLaunch Default(long heapHardLimitBytes, int maxOpenFiles, string? guardPath = null)
    {
        string dir = AppContext.BaseDirectory;
        string dll = guardPath ?? Path.Combine(dir, "RuleSandbox.Guard.dll");
        if (!File.Exists(dll))
            throw new FileNotFoundException($"the guard program was not found at '{dll}'", dll);
        string muxer = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } hostPath && File.Exists(hostPath)
            ? hostPath
            : FindMuxer();
        return new GuardLaunch
        {
            FileName = muxer,
            Arguments = new[] { "exec", dll, "--max-open-files", maxOpenFiles.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            HeapHardLimitBytes = heapHardLimitBytes,
        };
    }

    private static string FindMuxer()
    {
        if (Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet") return self;
        // The runtime lives at <root>/shared/Microsoft.NETCore.App/<version>/; the muxer at <root>/dotnet.
        string runtimeDir = RuntimeEnvironment.GetRuntimeDirectory();
        string root = Path.GetFullPath(Path.Combine(runtimeDir, "..", "..", ".."));
        string exe = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        string candidate = Path.Combine(root, exe);
        return File.Exists(candidate) ? candidate : exe;
    }

    public ProcessStartInfo ToStartInfo()
    {
        var psi = new ProcessStartInfo(FileName)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        foreach (var a in Arguments) psi.ArgumentList.Add(a);
        if (HeapHardLimitBytes > 0)
            psi.Environment["DOTNET_GCHeapHardLimit"] = "0x" + HeapHardLimitBytes.ToString("x", System.Globalization.CultureInfo.InvariantCulture);
        // Keep the guard lean and quiet: no tiered-PGO instrumentation files, no diagnostics pipe.
        psi.Environment["DOTNET_EnableDiagnostics"] = "0";
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        return psi;
    }
}
