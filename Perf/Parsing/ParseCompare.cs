using System.Diagnostics;
using RuleSandbox.Engine.Syntax;

namespace RuleSandbox.Perf.Parsing;

/// <summary>
/// <c>parse-compare LISTFILE EXPECTED_DIR</c>: parses every file named in LISTFILE in this one
/// process and compares <c>Dump()</c> with the <c>ast.dump</c> line CPython 3.12 wrote for it.
/// </summary>
/// <remarks>
/// Driven by <c>tools/compare_stdlib.py</c>, which writes LISTFILE as lines of
/// <c>SOURCE_PATH TAB EXPECTED_FILE_NAME</c> (the expected file lives in EXPECTED_DIR) and a first
/// line <c># skipped: K</c> counting the files CPython itself could not compile. One process for
/// all files, because starting the runtime two thousand times would take longer than the parsing.
/// </remarks>
internal static class ParseCompare
{
    private const int ShownMismatches = 25;
    private const int Context = 60;

    public static int Run(string[] args)
    {
        if (args.Length != 2) throw new UsageError("usage: parse-compare LISTFILE EXPECTED_DIR");
        string listFile = args[0], expectedDir = args[1];
        if (!File.Exists(listFile)) throw new UsageError($"no such list file '{listFile}'");
        if (!Directory.Exists(expectedDir)) throw new UsageError($"no such directory '{expectedDir}'");

        int skipped = 0, identical = 0, total = 0;
        var mismatches = new List<string>();
        var kinds = new Dictionary<string, int>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        foreach (string line in File.ReadLines(listFile))
        {
            if (line.StartsWith("# skipped:", StringComparison.Ordinal))
            {
                skipped = int.Parse(line["# skipped:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
                continue;
            }
            if (line.Length == 0 || line[0] == '#') continue;
            string[] parts = line.Split('\t');
            if (parts.Length != 2) throw new UsageError($"bad list line '{line}'");
            total++;
            string? problem = Compare(parts[0], Path.Combine(expectedDir, parts[1]), out string kind);
            if (problem is null) { identical++; continue; }
            kinds[kind] = kinds.GetValueOrDefault(kind) + 1;
            if (mismatches.Count < ShownMismatches) mismatches.Add(problem);
        }
        clock.Stop();

        foreach (string m in mismatches) Console.WriteLine(m);
        if (total - identical > mismatches.Count) Console.WriteLine($"... and {total - identical - mismatches.Count} more");
        if (kinds.Count > 0)
            Console.WriteLine("differences by kind: " + string.Join(", ", kinds.OrderByDescending(k => k.Value).Select(k => $"{k.Key} {k.Value}")));
        Console.WriteLine($"({clock.Elapsed.TotalSeconds:F1} s in one process)");
        Console.WriteLine($"{identical} identical / {total} files ({skipped} skipped)");
        return identical == total ? 0 : 1;
    }

    /// <summary>Null when our dump equals CPython's; otherwise a short description.</summary>
    private static string? Compare(string path, string expectedPath, out string kind)
    {
        string expected = File.ReadAllText(expectedPath).TrimEnd('\n');
        string actual;
        try
        {
            actual = PythonParser.ParseModule(File.ReadAllBytes(path), path).Dump();
        }
        catch (PythonSyntaxError e)
        {
            kind = "rejected";
            return $"REJECTED {path}: {e.Line}:{e.Offset}: {e.ErrorType}: {e.Message}\n    {e.Text?.TrimEnd()}";
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            kind = "crashed";
            return $"CRASHED  {path}: {e.GetType().Name}: {e.Message}\n    {FirstFrame(e)}";
        }
        if (actual == expected) { kind = ""; return null; }
        kind = "differs";
        int col = 0;
        while (col < expected.Length && col < actual.Length && expected[col] == actual[col]) col++;
        return $"DIFFERS  {path}: first difference at character {col + 1} of {expected.Length}\n" +
               $"    CPython: {Excerpt(expected, col)}\n" +
               $"    ours:    {Excerpt(actual, col)}";
    }

    private static string Excerpt(string s, int col)
    {
        int from = Math.Max(0, col - Context), to = Math.Min(s.Length, col + Context);
        return (from > 0 ? "..." : "") + s[from..col] + "\u00bb" + s[col..to] + (to < s.Length ? "..." : "");
    }

    private static string FirstFrame(Exception e)
        => e.StackTrace?.Split('\n').FirstOrDefault()?.Trim() ?? "";
}
