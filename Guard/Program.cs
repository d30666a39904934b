using RuleSandbox.Guard.Child;

namespace RuleSandbox.Guard;

/// <summary>The guard child process: started by a host's pool, never by hand.</summary>
public static class Program
{
    /// <summary>Serves rule executions over stdin/stdout until the host is done.</summary>
    public static int Main(string[] args)
    {
        int maxOpenFiles = 256;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--max-open-files" && i + 1 < args.Length && int.TryParse(args[i + 1], out int n)) maxOpenFiles = n;
        }
        // The protocol owns stdout: anything else that writes to the console goes to stderr.
        var stdout = Console.OpenStandardOutput();
        var stdin = Console.OpenStandardInput();
        Console.SetOut(Console.Error);
        var runner = EngineRuleRunner.CreateWarm();
        // Everything the guard will load is loaded by now (warm-up ran a rule); only then do the
        // limits close, so that RLIMIT_NOFILE cannot starve the runtime of an assembly it needs.
        var (applied, unavailable) = OsLimits.ApplyBaseline(maxOpenFiles);
        // Serve on a large-stack worker thread: executions run on the thread that serves them.
        return LargeStackWorkers.Shared.Run(() => new GuardServer(runner, stdin, stdout, Console.Error).Serve(applied, unavailable));
    }
}
