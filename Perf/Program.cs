namespace RuleSandbox.Perf;

/// <summary>
/// Entry point: <c>Perf SUBCOMMAND ARGS...</c> runs one of the measuring tools below; anything
/// else goes to BenchmarkDotNet's switcher (<c>Perf --filter '*Parse*'</c>).
/// </summary>
public static class Program
{
    /// <summary>Tools that are not BenchmarkDotNet benchmarks, by their first argument.</summary>
    private static readonly Dictionary<string, Func<string[], int>> Subcommands = new(StringComparer.Ordinal)
    {
        ["parse-compare"] = Parsing.ParseCompare.Run,
        ["parse-throughput"] = Parsing.ParseThroughput.Run,
        ["interp-compare"] = InterpreterCompare.Run,
        ["load"] = Load.LoadDriver.Run,
    };

    /// <summary>Runs a subcommand, or the benchmarks named on the command line.</summary>
    public static int Main(string[] args)
    {
        if (args.Length > 0 && Subcommands.TryGetValue(args[0], out var run))
        {
            try
            {
                return run(args[1..]);
            }
            catch (UsageError e)
            {
                Console.Error.WriteLine($"Perf {args[0]}: {e.Message}");
                return 2;
            }
        }
        if (args.Length > 0 && args[0] is "--help" or "-h")
        {
            Console.WriteLine("usage: Perf SUBCOMMAND ARGS...   or   Perf [BenchmarkDotNet options]");
            Console.WriteLine();
            Console.WriteLine("subcommands:");
            Console.WriteLine("  parse-compare LISTFILE EXPECTED_DIR   compare our ast dumps with CPython's (tools/compare_stdlib.py)");
            Console.WriteLine("  parse-throughput [STDLIB_DIR] [--passes N] [--python EXE]");
            Console.WriteLine("                                        parse a whole stdlib; lines/second against CPython's ast.parse");
            Console.WriteLine("  interp-compare [DIR] [--runs N] [--python EXE]");
            Console.WriteLine("                                        run Perf/programs/*.py here and in CPython; time ratios");
            Console.WriteLine("  load [--count N] [--fresh-count N] [--pool-size N] [--in-flight N] [--python EXE]");
            Console.WriteLine("                                        rule throughput and latency: pool, in-process, CPython baselines");
            Console.WriteLine();
            Console.WriteLine("Anything else is passed to BenchmarkDotNet, e.g. --filter '*ParseBenchmarks*'.");
            return 0;
        }
        BenchmarkDotNet.Running.BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
