using System.Runtime.InteropServices;

namespace RuleSandbox.Guard.Child;

/// <summary>
/// The operating-system wall (DESIGN.md): limits a guard process applies to itself. On Linux these
/// are setrlimit calls; elsewhere the same calls report what could not be applied.
/// </summary>
/// <remarks>
/// RLIMIT_AS is deliberately not used: the .NET runtime reserves large virtual ranges and fails
/// under it. Memory is bounded by the GC heap hard limit, which the host sets through
/// DOTNET_GCHeapHardLimit when it starts the guard.
/// </remarks>
internal static class OsLimits
{
    private const int RLIMIT_CPU = 0;
    private const int RLIMIT_FSIZE = 1;
    private const int RLIMIT_CORE = 4;
    private const int RLIMIT_NOFILE = 7;
    private const int SIGXFSZ = 25;
    private static readonly IntPtr SIG_IGN = new(1);
    private const ulong RLIM_INFINITY = ulong.MaxValue;

    [StructLayout(LayoutKind.Sequential)]
    private struct RLimit
    {
        public ulong Current;
        public ulong Max;
    }

#pragma warning disable SYSLIB1054 // DllImport keeps this free of unsafe code; these calls are not hot.
    [DllImport("libc", SetLastError = true, EntryPoint = "setrlimit")]
    private static extern int SetRLimit(int resource, ref RLimit limit);

    [DllImport("libc", SetLastError = true, EntryPoint = "getrlimit")]
    private static extern int GetRLimit(int resource, out RLimit limit);

    [DllImport("libc", SetLastError = true, EntryPoint = "signal")]
    private static extern IntPtr Signal(int signum, IntPtr handler);
#pragma warning restore SYSLIB1054

    /// <summary>True where setrlimit is available (Linux).</summary>
    public static bool Supported => OperatingSystem.IsLinux();

    /// <summary>
    /// Applies the limits that hold for the guard's whole life. Returns (applied, unavailable)
    /// names so the guard can report them in its Ready message.
    /// </summary>
    public static (List<string> Applied, List<string> Unavailable) ApplyBaseline(int maxOpenFiles)
    {
        var applied = new List<string>();
        var unavailable = new List<string>();
        if (!Supported)
        {
            unavailable.AddRange(new[] { "RLIMIT_CPU", "RLIMIT_FSIZE", "RLIMIT_NOFILE", "RLIMIT_CORE" });
            Report(applied, unavailable);
            return (applied, unavailable);
        }
        // A rule has no file API, but if anything ever wrote a file, the write fails (EFBIG)
        // instead of the process dying of SIGXFSZ.
        Try("SIGXFSZ ignored", () => Signal(SIGXFSZ, SIG_IGN) != new IntPtr(-1), applied, unavailable);
        Try("RLIMIT_FSIZE=0", () => Set(RLIMIT_FSIZE, 0, 0), applied, unavailable);
        Try("RLIMIT_CORE=0", () => Set(RLIMIT_CORE, 0, 0), applied, unavailable);
        Try($"RLIMIT_NOFILE={maxOpenFiles}", () => Set(RLIMIT_NOFILE, (ulong)maxOpenFiles, (ulong)maxOpenFiles), applied, unavailable);
        Report(applied, unavailable);
        return (applied, unavailable);
    }

    private static void Report(List<string> applied, List<string> unavailable)
    {
        long heapLimit = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        if (Environment.GetEnvironmentVariable("DOTNET_GCHeapHardLimit") is { Length: > 0 })
            applied.Add($"GCHeapHardLimit={heapLimit}");
        else
            unavailable.Add("GCHeapHardLimit");
    }

    /// <summary>
    /// Sets the soft CPU limit to the CPU time used so far plus <paramref name="allowance"/>
    /// (rounded up to whole seconds, as RLIMIT_CPU counts). Past it the kernel sends SIGXCPU,
    /// whose default action ends the process: the host reports that as crashed with the signal.
    /// </summary>
    public static bool SetCpuAllowance(TimeSpan allowance)
    {
        if (!Supported) return false;
        double used = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
        ulong soft = (ulong)Math.Ceiling(used + Math.Max(1, allowance.TotalSeconds));
        if (GetRLimit(RLIMIT_CPU, out var current) != 0) return false;
        var limit = new RLimit { Current = soft, Max = current.Max };
        if (current.Max != RLIM_INFINITY && soft > current.Max) limit.Current = current.Max;
        return SetRLimit(RLIMIT_CPU, ref limit) == 0;
    }

    private static bool Set(int resource, ulong soft, ulong hard)
    {
        var limit = new RLimit { Current = soft, Max = hard };
        return SetRLimit(resource, ref limit) == 0;
    }

    private static void Try(string name, Func<bool> apply, List<string> applied, List<string> unavailable)
    {
        bool ok;
        try { ok = apply(); }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException) { ok = false; }
        (ok ? applied : unavailable).Add(name);
    }
}
