using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using RuleSandbox.Policies;

namespace RuleSandbox.Perf.Load;

/// <summary>
/// <c>Perf load</c>: throughput and latency (p50/p95/p99) of a trivial rule and a 30-line business
/// rule, through the guard pool and in-process, and, in the same run where python3 exists, the two
/// CPython baselines of Perf/baselines (a fresh python3 per execution; a warm pool of python3
/// workers). Every side runs a closed loop with the same number of requests in flight.
/// </summary>
internal static class LoadDriver
{
    private sealed record Figures(string Name, int Executions, double Seconds, double Throughput, double P50, double P95, double P99);

    public static int Run(string[] args)
    {
        int count = 5000, freshCount = 100, poolSize = Environment.ProcessorCount, inFlight = 0;
        string python = "python3";
        for (int i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new UsageError($"{args[i]} needs a value");
            int Int(string v) => int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out int n) && n > 0 ? n : throw new UsageError($"'{v}' is not a positive integer");
            switch (args[i])
            {
                case "--count": count = Int(Next()); break;
                case "--fresh-count": freshCount = Int(Next()); break;
                case "--pool-size": poolSize = Int(Next()); break;
                case "--in-flight": inFlight = Int(Next()); break;
                case "--python": python = Next(); break;
                default: throw new UsageError($"unknown argument '{args[i]}' (usage: Perf load [--count N] [--fresh-count N] [--pool-size N] [--in-flight N] [--python EXE])");
            }
        }
        if (inFlight == 0) inFlight = poolSize * 2;
        string dir = Path.Combine(AppContext.BaseDirectory, "rules");
        bool havePython = PythonVersion(python) is { } version;
        Console.WriteLine($"load: {count} executions per side, {inFlight} in flight, pool of {poolSize}; CPython: {(havePython ? PythonVersion(python) : "not found")}");
        foreach (var rule in new[] { "trivial", "business" })
        {
            string source = File.ReadAllText(Path.Combine(dir, rule + ".py"));
            string inputPath = Path.Combine(dir, rule + ".input.json");
            string input = File.ReadAllText(inputPath);
            var rows = new List<Figures>
            {
                RunSandbox("RuleSandbox pool", ExecutionMode.Isolated, source, input, count, poolSize, inFlight),
                RunSandbox("RuleSandbox in-process", ExecutionMode.InProcess, source, input, count, poolSize, inFlight),
            };
            if (havePython)
            {
                string baselines = Path.Combine(AppContext.BaseDirectory, "baselines");
                rows.Add(RunPython("CPython warm pool", python, Path.Combine(baselines, "warm_pool.py"), Path.Combine(dir, rule + ".py"), inputPath, count, poolSize, inFlight));
                rows.Add(RunPython("CPython fresh process", python, Path.Combine(baselines, "fresh_python.py"), Path.Combine(dir, rule + ".py"), inputPath, freshCount, null, null));
            }
            Print(rule, rows);
        }
        return 0;
    }

    private static Figures RunSandbox(string name, ExecutionMode mode, string source, string input, int count, int poolSize, int inFlight)
    {
        var sandbox = new Sandbox(new SandboxOptions { Policy = Policy.Preset("standard"), Mode = mode, PoolSize = poolSize, QueueCapacity = Math.Max(1000, inFlight * 2) });
        try
        {
            sandbox.WarmUpAsync().GetAwaiter().GetResult();
            var rule = sandbox.Compile(source, "rule.py");
            var check = rule.RunAsync(input).GetAwaiter().GetResult();
            if (check.Verdict != Verdict.Ok) throw new InvalidOperationException($"{name}: the rule did not run: {check.Verdict} {check.Message} {check.Error?.Traceback}");
            for (int i = 0; i < Math.Min(count, 500); i++) rule.RunAsync(input).GetAwaiter().GetResult(); // warm the JIT and caches
            var latencies = new double[count];
            int next = -1;
            var clock = Stopwatch.StartNew();
            var workers = Enumerable.Range(0, inFlight).Select(_ => Task.Run(async () =>
            {
                int i;
                while ((i = Interlocked.Increment(ref next)) < count)
                {
                    long t0 = Stopwatch.GetTimestamp();
                    var r = await rule.RunAsync(input).ConfigureAwait(false);
                    latencies[i] = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
                    if (r.Verdict != Verdict.Ok) throw new InvalidOperationException($"{name}: {r.Verdict} {r.Message}");
                }
            })).ToArray();
            Task.WaitAll(workers);
            clock.Stop();
            return Summarize(name, latencies, clock.Elapsed.TotalSeconds);
        }
        finally
        {
            sandbox.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    private static Figures Summarize(string name, double[] latencies, double seconds)
    {
        Array.Sort(latencies);
        double P(double q) => latencies[Math.Min(latencies.Length - 1, Math.Max(0, (int)Math.Ceiling(q * latencies.Length) - 1))];
        return new Figures(name, latencies.Length, seconds, latencies.Length / seconds, P(0.50), P(0.95), P(0.99));
    }

    private static Figures RunPython(string name, string python, string script, string rule, string input, int count, int? workers, int? inFlight)
    {
        var psi = new ProcessStartInfo(python) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { script, rule, input, count.ToString(CultureInfo.InvariantCulture) }) psi.ArgumentList.Add(a);
        if (workers is { } w) psi.ArgumentList.Add(w.ToString(CultureInfo.InvariantCulture));
        if (inFlight is { } f) psi.ArgumentList.Add(f.ToString(CultureInfo.InvariantCulture));
        using var p = Process.Start(psi)!;
        string output = p.StandardOutput.ReadToEnd();
        string error = p.StandardError.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException($"{name} failed: {error}");
        using var doc = JsonDocument.Parse(output);
        var r = doc.RootElement;
        return new Figures(name, r.GetProperty("executions").GetInt32(), r.GetProperty("seconds").GetDouble(), r.GetProperty("throughput").GetDouble(),
            r.GetProperty("p50").GetDouble(), r.GetProperty("p95").GetDouble(), r.GetProperty("p99").GetDouble());
    }

    private static string? PythonVersion(string python)
    {
        try
        {
            var psi = new ProcessStartInfo(python, "--version") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            using var p = Process.Start(psi)!;
            string v = (p.StandardOutput.ReadToEnd() + p.StandardError.ReadToEnd()).Trim();
            p.WaitForExit();
            return p.ExitCode == 0 ? v : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    private static void Print(string rule, List<Figures> rows)
    {
        var warm = rows.FirstOrDefault(r => r.Name == "CPython warm pool");
        Console.WriteLine();
        Console.WriteLine($"rule: {rule}");
        Console.WriteLine($"{"side",-24} {"execs",7} {"exec/s",10} {"p50 ms",9} {"p95 ms",9} {"p99 ms",9} {"exec/s vs warm CPython",24}");
        foreach (var r in rows)
        {
            string ratio = warm is null ? "-" : (r.Throughput / warm.Throughput).ToString("0.00x", CultureInfo.InvariantCulture);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{r.Name,-24} {r.Executions,7} {r.Throughput,10:0} {r.P50,9:0.000} {r.P95,9:0.000} {r.P99,9:0.000} {ratio,24}"));
        }
    }
}
