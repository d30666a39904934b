using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using RuleSandbox.Engine.Syntax;
using RuleSandbox.Policies;

namespace RuleSandbox.Cli.Commands;

/// <summary><c>rulesandbox run</c>: run one rule, or every rule of a folder on every input of a JSONL file.</summary>
internal sealed class RunCommand : ICommand
{
    public string Name => "run";

    public string Summary => "run rules in the sandbox (isolated guard processes by default)";

    public string Help => """
        usage: rulesandbox run RULE.py [--input FILE.json | --input-json TEXT] [options]
               rulesandbox run RULES_DIR --inputs FILE.jsonl [--out FILE.jsonl] [options]

        The first form checks RULE.py against the policy, runs it once and prints the result as
        one JSON object: verdict, value, stdout, error {type, message, traceback}, findings,
        limit, message and metrics. The input is a JSON object whose keys become the rule's
        globals (default {}).

        The second form runs every *.py in RULES_DIR on every line of FILE.jsonl through the pool,
        shows a progress bar when stdout is a terminal, then prints a summary: counts by verdict,
        latency p50/p95/p99 and throughput. --out writes one JSON line per execution.

        options:
          --policy FILE        policy file (default: the 'standard' preset)
          --preset NAME        strict, standard or permissive
          --in-process         run in this process instead of guard processes
          --timeout-ms N       wall-clock limit per execution (may only tighten the policy)
          --fuel N             instruction budget per execution (may only tighten the policy)
          --memory-mb N        memory limit per execution (may only tighten the policy)
          --pool-size N        guard processes (default: number of cores)

        exit status:
          0  the rule's verdict is ok (first form), or every execution ran (second form)
          1  any other verdict (first form)
          2  usage error, unreadable file, bad policy or bad input

        """;

    public int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var a = new ArgReader(Name)
            .Option("--input").Option("--input-json").Option("--inputs").Option("--out")
            .Option("--policy").Option("--preset").Flag("--in-process")
            .Option("--timeout-ms").Option("--fuel").Option("--memory-mb").Option("--pool-size")
            .Parse(args);
        a.ExpectPositionals(1, "RULE.py or RULES_DIR");
        string target = a.Positionals[0];
        var policy = LoadPolicy(a);
        var limits = new RunLimits
        {
            TimeoutMs = a.Value("--timeout-ms") is null ? null : a.Long("--timeout-ms", 0, 1, 3_600_000),
            Fuel = a.Value("--fuel") is null ? null : a.Long("--fuel", 0, 1, long.MaxValue),
            MemoryMb = a.Value("--memory-mb") is null ? null : a.Long("--memory-mb", 0, 1, 1_048_576),
        };
        var options = new SandboxOptions
        {
            Policy = policy,
            Mode = a.Has("--in-process") ? ExecutionMode.InProcess : ExecutionMode.Isolated,
            PoolSize = (int)a.Long("--pool-size", Environment.ProcessorCount, 1, 256),
        };
        if (Directory.Exists(target))
        {
            if (a.Value("--input") is not null || a.Value("--input-json") is not null)
                throw new UsageException("run: a rules folder takes --inputs FILE.jsonl, not --input");
            string inputs = a.Value("--inputs") ?? throw new UsageException("run: a rules folder needs --inputs FILE.jsonl");
            return RunBatch(target, inputs, a.Value("--out"), options, limits, stdout, stderr);
        }
        if (a.Value("--inputs") is not null || a.Value("--out") is not null)
            throw new UsageException("run: --inputs and --out are for a rules folder; for one rule use --input");
        if (a.Value("--input") is not null && a.Value("--input-json") is not null)
            throw new UsageException("run: give --input or --input-json, not both");
        string source = ReadSource(target);
        string input = a.Value("--input-json") ?? (a.Value("--input") is { } inputFile ? ReadText(inputFile) : "{}");
        using var sandbox = new SyncSandbox(options);
        var rule = sandbox.Value.Compile(source, target);
        var result = rule.RunAsync(input, limits).GetAwaiter().GetResult();
        if (result.Verdict == Verdict.Invalid && result.Message is { } m && m.StartsWith("the input", StringComparison.Ordinal))
        {
            stderr.WriteLine($"run: {(a.Value("--input") ?? "--input-json")}: {m}");
            return ExitCodes.Usage;
        }
        stdout.WriteLine(ResultJson.Write(result, indented: true));
        return result.Verdict == Verdict.Ok ? ExitCodes.Ok : ExitCodes.Failure;
    }

    private static Policy LoadPolicy(ArgReader a)
    {
        string? file = a.Value("--policy");
        string? preset = a.Value("--preset");
        if (file is not null && preset is not null) throw new UsageException("run: give --policy or --preset, not both");
        try
        {
            if (file is not null) return Policy.Load(file);
            if (preset is not null)
            {
                if (!Policy.PresetNames.Contains(preset))
                    throw new UsageException($"run: unknown preset '{preset}' (presets: {string.Join(", ", Policy.PresetNames)})");
                return Policy.Preset(preset);
            }
            return Policy.Preset("standard");
        }
        catch (PolicyLoadException e)
        {
            throw new UsageException(e.Message.TrimEnd());
        }
    }

    private static string ReadSource(string path)
    {
        byte[] bytes = SourceFiles.Read(path, "run");
        try
        {
            return SourceDecoder.Decode(bytes, path);
        }
        catch (PythonSyntaxError e)
        {
            throw new UsageException($"run: {e.ToCompilerString()}");
        }
    }

    private static string ReadText(string path) => Encoding.UTF8.GetString(SourceFiles.Read(path, "run"));

    private int RunBatch(string dir, string inputsPath, string? outPath, SandboxOptions options, RunLimits limits, TextWriter stdout, TextWriter stderr)
    {
        var ruleFiles = Directory.GetFiles(dir, "*.py").OrderBy(f => f, StringComparer.Ordinal).ToList();
        if (ruleFiles.Count == 0) throw new UsageException($"run: no *.py rules in '{dir}'");
        var inputs = ReadInputs(inputsPath);
        TextWriter? outWriter = null;
        if (outPath is not null)
        {
            try { outWriter = new StreamWriter(outPath, append: false, new UTF8Encoding(false)); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
            {
                throw new UsageException($"run: cannot write '{outPath}': {SourceFiles.Describe(e)}");
            }
        }
        using var sandbox = new SyncSandbox(options);
        var rules = ruleFiles.Select(f => sandbox.Value.Compile(ReadSource(f), Path.GetRelativePath(Directory.GetCurrentDirectory(), f))).ToList();
        sandbox.Value.WarmUpAsync().GetAwaiter().GetResult();
        int total = rules.Count * inputs.Count;
        var progress = new ProgressBar(stdout, total, enabled: !Console.IsOutputRedirected && ReferenceEquals(stdout, Console.Out));
        var latencies = new List<double>(total);
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        // Keep the pool busy without flooding its queue: a bounded number in flight.
        int inFlight = Math.Max(4, options.PoolSize * 4);
        using var gate = new SemaphoreSlim(inFlight);
        var tasks = new List<Task>(total);
        object sync = new();
        int done = 0;
        foreach (var rule in rules)
        {
            for (int i = 0; i < inputs.Count; i++)
            {
                gate.Wait();
                int index = i;
                var r = rule;
                tasks.Add(Task.Run(async () =>
                {
                    try
                    {
                        var result = await r.RunAsync(inputs[index], limits).ConfigureAwait(false);
                        lock (sync)
                        {
                            string v = result.Verdict.ToString().ToLowerInvariant();
                            counts[v] = counts.GetValueOrDefault(v) + 1;
                            latencies.Add(result.Metrics.Latency.TotalMilliseconds);
                            outWriter?.WriteLine(ResultJson.Write(result, r.Name, index));
                            progress.Update(++done);
                        }
                    }
                    finally { gate.Release(); }
                }));
            }
        }
        Task.WaitAll(tasks.ToArray());
        clock.Stop();
        progress.Finish();
        outWriter?.Dispose();
        PrintSummary(stdout, counts, latencies, clock.Elapsed, rules.Count, inputs.Count, options.Mode);
        if (outPath is not null) stdout.WriteLine($"results: {outPath}");
        return ExitCodes.Ok;
    }

    private static List<string> ReadInputs(string path)
    {
        string text = ReadText(path);
        var inputs = new List<string>();
        var lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].TrimEnd('\r');
            if (line.Trim().Length == 0) continue;
            try
            {
                using var doc = JsonDocument.Parse(line);
                if (doc.RootElement.ValueKind != JsonValueKind.Object)
                    throw new UsageException($"run: {path}:{i + 1}: each line must be a JSON object");
            }
            catch (JsonException e)
            {
                throw new UsageException($"run: {path}:{i + 1}: not valid JSON: {e.Message}");
            }
            inputs.Add(line);
        }
        if (inputs.Count == 0) throw new UsageException($"run: {path}: no inputs");
        return inputs;
    }

    private static void PrintSummary(TextWriter w, SortedDictionary<string, int> counts, List<double> latencies, TimeSpan elapsed, int rules, int inputs, ExecutionMode mode)
    {
        latencies.Sort();
        double P(double q) => latencies.Count == 0 ? 0 : latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(q * latencies.Count) - 1)];
        int total = latencies.Count;
        w.WriteLine($"{rules} rules x {inputs} inputs = {total} executions ({mode.ToString().ToLowerInvariant()}) in {elapsed.TotalSeconds:0.00} s");
        w.WriteLine();
        w.WriteLine("verdict        count      share");
        foreach (var (verdict, count) in counts)
            w.WriteLine($"{verdict,-12} {count,7} {100.0 * count / Math.Max(1, total),9:0.0}%");
        w.WriteLine();
        w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"latency ms   p50 {P(0.50):0.000}   p95 {P(0.95):0.000}   p99 {P(0.99):0.000}"));
        w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"throughput   {total / Math.Max(elapsed.TotalSeconds, 1e-9):0} executions/s"));
    }

    /// <summary>Owns a sandbox for the synchronous command and disposes it (stopping its guards).</summary>
    private sealed class SyncSandbox : IDisposable
    {
        public SyncSandbox(SandboxOptions options)
        {
            try { Value = new Sandbox(options); }
            catch (FileNotFoundException e) { throw new UsageException("run: " + e.Message + " (use --in-process to run without guards)"); }
        }

        public Sandbox Value { get; }

        public void Dispose() => Value.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
