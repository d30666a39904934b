using System.Diagnostics;
using System.Globalization;
using RuleSandbox.Engine.Hosting;
using RuleSandbox.Engine.Runtime;

namespace RuleSandbox.Perf;

/// <summary>
/// <c>Perf interp-compare [DIR] [--runs N] [--python EXE]</c>: runs every <c>*.py</c> in DIR
/// (default Perf/programs; Perf/programs/modules holds the standard-library benchmarks) with our interpreter and with CPython in the same session and prints
/// the best-of-N wall time of each and the ratio ours / CPython. Both sides are timed inside their
/// process (no process start-up): ours around <see cref="CompiledProgram.Run"/>, CPython around
/// <c>exec</c> of the compiled file, after one untimed warm-up pass over all programs on our side.
/// Outputs are compared so a wrong answer cannot look fast.
/// </summary>
public static class InterpreterCompare
{
    private const string PythonTimer = """
        import sys, time, io
        path = sys.argv[1]
        src = open(path, encoding='utf-8').read()
        code = compile(src, path, 'exec')
        best = None
        out = None
        for _ in range(int(sys.argv[2])):
            buf = io.StringIO()
            saved, sys.stdout = sys.stdout, buf
            t = time.perf_counter()
            try:
                exec(code, {'__name__': '__main__'})
            finally:
                sys.stdout = saved
            dt = time.perf_counter() - t
            best = dt if best is None or dt < best else best
            out = buf.getvalue()
        sys.stdout.write(out)
        sys.stderr.write(repr(best))
        """;

    /// <summary>Runs the comparison; returns 1 when an output differs.</summary>
    public static int Run(string[] args)
    {
        string dir = Path.Combine("Perf", "programs");
        int runs = 3;
        string python = "python3";
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--runs": runs = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--python": python = args[++i]; break;
                default:
                    if (args[i].StartsWith('-')) throw new UsageError($"unknown option {args[i]}");
                    dir = args[i];
                    break;
            }
        }
        if (!Directory.Exists(dir)) throw new UsageError($"no such directory {dir}");
        var timer = Path.Combine(Path.GetTempPath(), "rulesandbox_interp_timer.py");
        File.WriteAllText(timer, PythonTimer);
        int status = 0;
        Console.WriteLine($"{"program",-22} {"ours ms",10} {"cpython ms",11} {"ratio",7}");
        var ratios = new List<double>();
        var files = Directory.GetFiles(dir, "*.py").OrderBy(f => f, StringComparer.Ordinal).ToList();
        // One untimed pass over every program first: the JIT compiles the interpreter and the
        // modules' hot paths in tiers, and a warm guard, which is what serves rules, has done that
        // long ago. CPython has no JIT, so the pass changes nothing on its side.
        foreach (var file in files)
            CompiledProgram.Compile(File.ReadAllBytes(file), file).Run(new RunOptions { Limits = ExecutionLimits.Generous, Stdout = TextWriter.Null, Modules = RuleSandbox.Engine.Modules.NativeModules.All });
        foreach (var file in files)
        {
            var program = CompiledProgram.Compile(File.ReadAllBytes(file), file);
            double best = double.MaxValue;
            string ours = "";
            for (int r = 0; r < runs; r++)
            {
                var w = new StringWriter();
                var sw = Stopwatch.StartNew();
                var result = program.Run(new RunOptions { Limits = ExecutionLimits.Generous, Stdout = w, Modules = RuleSandbox.Engine.Modules.NativeModules.All });
                sw.Stop();
                if (result.Verdict != RuleSandbox.Engine.Hosting.Verdict.Ok) throw new InvalidOperationException($"{file}: {result.Verdict} {result.Message} {result.Error?.Traceback}");
                best = Math.Min(best, sw.Elapsed.TotalMilliseconds);
                ours = w.ToString();
            }
            var psi = new ProcessStartInfo(python) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            psi.ArgumentList.Add(timer);
            psi.ArgumentList.Add(file);
            psi.ArgumentList.Add(runs.ToString(CultureInfo.InvariantCulture));
            using var p = Process.Start(psi)!;
            var stdoutTask = p.StandardOutput.ReadToEndAsync();
            var stderr = p.StandardError.ReadToEnd();
            p.WaitForExit();
            string theirs = stdoutTask.Result;
            double cpy = double.Parse(stderr.Trim(), CultureInfo.InvariantCulture) * 1000;
            double ratio = best / cpy;
            ratios.Add(ratio);
            string flag = ours == theirs ? "" : "  OUTPUT DIFFERS";
            if (flag.Length > 0) status = 1;
            Console.WriteLine($"{Path.GetFileNameWithoutExtension(file),-22} {best,10:F1} {cpy,11:F1} {ratio,7:F2}{flag}");
        }
        if (ratios.Count > 0)
            Console.WriteLine($"{"geometric mean",-22} {"",10} {"",11} {Math.Exp(ratios.Average(Math.Log)),7:F2}");
        return status;
    }
}
