using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using RuleSandbox.Engine.Syntax;

namespace RuleSandbox.Perf.Parsing;

/// <summary>
/// <c>parse-throughput [STDLIB_DIR] [--passes N] [--python EXE]</c>: parses every .py file of a
/// Python standard library (site-packages excluded) and reports lines per second; when a CPython
/// is available, times its <c>ast.parse</c> over the very same files in the same run
/// (Perf/baselines/parse_throughput.py) and prints the ratio.
/// </summary>
/// <remarks>
/// Both sides read every file into memory first and count lines the same way (newline bytes), so
/// the figures measure parsing alone: bytes to tree, decoding included. Each side runs one warm-up
/// pass and reports its best timed pass, the usual way to keep scheduler noise out of a ratio on a
/// shared machine.
/// </remarks>
internal static class ParseThroughput
{
    public static int Run(string[] args)
    {
        string? dir = null, python = "python3";
        int passes = 3;
        for (int i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--passes" when i + 1 < args.Length:
                    if (!int.TryParse(args[++i], NumberStyles.Integer, CultureInfo.InvariantCulture, out passes) || passes < 1 || passes > 100)
                        throw new UsageError("--passes must be an integer from 1 to 100");
                    break;
                case "--python" when i + 1 < args.Length:
                    python = args[++i];
                    break;
                case "--no-python":
                    python = null;
                    break;
                default:
                    if (args[i].StartsWith('-') || dir is not null) throw new UsageError($"unexpected argument '{args[i]}'");
                    dir = args[i];
                    break;
            }
        }
        dir ??= StdlibFiles.FromEnvironment() ?? (python is null ? null : AskPythonForStdlib(python));
        if (dir is null) throw new UsageError("give STDLIB_DIR or set RULESANDBOX_STDLIB: no python3 found to ask for its standard library");
        if (!Directory.Exists(dir)) throw new UsageError($"no such directory '{dir}'");

        var files = StdlibFiles.Enumerate(dir);
        var sources = files.Select(File.ReadAllBytes).ToArray();
        long lines = sources.Sum(CountLines);
        long bytes = sources.Sum(s => (long)s.Length);
        Console.WriteLine($"parse-throughput: {files.Count:N0} files, {lines:N0} lines, {bytes / 1e6:F1} MB under {dir}");

        var (rejected, crashed) = ParseAll(files, sources); // warm-up, and the failure counts
        double best = double.MaxValue;
        for (int p = 0; p < passes; p++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var clock = Stopwatch.StartNew();
            ParseAll(files, sources);
            best = Math.Min(best, clock.Elapsed.TotalSeconds);
        }
        double ours = lines / best;
        Console.WriteLine($"RuleSandbox PythonParser: best of {passes} passes {best:F3} s, {ours:N0} lines/s ({rejected} files rejected, {crashed} crashed)");
        if (rejected + crashed > files.Count / 100)
            Console.WriteLine($"warning: {rejected + crashed} files failed to parse: the rate counts only the work done before each failure");

        if (python is null) return 0;
        var cpython = RunCPython(python, files, passes);
        if (cpython is null) return 0;
        Console.WriteLine($"CPython {cpython.Value.Version} ast.parse: best of {passes} passes {cpython.Value.Seconds:F3} s, {cpython.Value.LinesPerSecond:N0} lines/s ({cpython.Value.Failed} files rejected)");
        if (cpython.Value.Lines != lines)
            Console.WriteLine($"warning: CPython counted {cpython.Value.Lines:N0} lines, we counted {lines:N0}");
        Console.WriteLine($"ratio: RuleSandbox / CPython = {ours / cpython.Value.LinesPerSecond:F2}x lines per second (above 1 is faster than CPython)");
        return 0;
    }

    private static (int Rejected, int Crashed) ParseAll(IReadOnlyList<string> files, byte[][] sources)
    {
        int rejected = 0, crashed = 0;
        for (int i = 0; i < sources.Length; i++)
        {
            try
            {
                PythonParser.ParseModule(sources[i], files[i]);
            }
            catch (PythonSyntaxError)
            {
                rejected++;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                crashed++;
            }
        }
        return (rejected, crashed);
    }

    private static long CountLines(byte[] source)
    {
        long n = 0;
        foreach (byte b in source) if (b == (byte)'\n') n++;
        return n;
    }

    private static string? AskPythonForStdlib(string python)
    {
        var (exit, stdout) = RunProcess(python, new[] { "-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])" });
        return exit == 0 ? stdout.Trim() : null;
    }

    private readonly record struct CPythonResult(string Version, double Seconds, double LinesPerSecond, long Lines, int Failed);

    private static CPythonResult? RunCPython(string python, IReadOnlyList<string> files, int passes)
    {
        string script = Path.Combine(AppContext.BaseDirectory, "baselines", "parse_throughput.py");
        string list = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(list, files);
            var (exit, stdout) = RunProcess(python, new[] { script, list, passes.ToString(CultureInfo.InvariantCulture) });
            if (exit == -1)
            {
                Console.WriteLine($"CPython baseline skipped: '{python}' could not be started");
                return null;
            }
            if (exit != 0)
            {
                Console.WriteLine($"CPython baseline failed (exit {exit}): {stdout.Trim()}");
                return null;
            }
            using var doc = JsonDocument.Parse(stdout);
            var r = doc.RootElement;
            return new CPythonResult(
                r.GetProperty("version").GetString() ?? "?",
                r.GetProperty("seconds").GetDouble(),
                r.GetProperty("lines_per_second").GetDouble(),
                r.GetProperty("lines").GetInt64(),
                r.GetProperty("failed").GetInt32());
        }
        finally
        {
            File.Delete(list);
        }
    }

    /// <summary>Runs a process to completion; exit status -1 when it cannot be started.</summary>
    private static (int Exit, string Stdout) RunProcess(string exe, IEnumerable<string> args)
    {
        var info = new ProcessStartInfo(exe) { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (string a in args) info.ArgumentList.Add(a);
        try
        {
            using var p = Process.Start(info);
            if (p is null) return (-1, "");
            string output = p.StandardOutput.ReadToEnd();
            p.WaitForExit();
            return (p.ExitCode, output);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return (-1, "");
        }
    }
}
