using System.Diagnostics;
using System.Text;
using BenchmarkDotNet.Attributes;
using RuleSandbox.Engine.Syntax;
using RuleSandbox.Perf.Parsing;

namespace RuleSandbox.Perf;

/// <summary>
/// Parses a few representative standard-library files: small and plain (<c>bisect.py</c>), large
/// and class-heavy (<c>argparse.py</c>), annotation- and decorator-heavy (<c>typing.py</c>),
/// f-string- and literal-heavy (<c>test/test_fstring.py</c>), and syntax torture
/// (<c>test/test_grammar.py</c>).
/// </summary>
/// <remarks>
/// The baseline is decoding the same bytes as UTF-8, the least any parser must do, so the ratio
/// reads "parsing costs N UTF-8 decodes". The files come from the standard library named by
/// $RULESANDBOX_STDLIB or, failing that, by <c>python3</c>'s sysconfig; they are not copied into
/// the repository.
/// </remarks>
// In-process: BenchmarkDotNet cannot find a project named after the RuleSandbox.Perf assembly
// (the project file is Perf.csproj), so it could not build its usual separate runner.
[InProcess]
[MemoryDiagnoser]
// Not sealed: BenchmarkDotNet derives from benchmark classes.
public class ParseBenchmarks
{
    private byte[] _source = Array.Empty<byte>();
    private string _path = "";

    /// <summary>The file, relative to the standard library directory.</summary>
    [Params("bisect.py", "argparse.py", "typing.py", "test/test_fstring.py", "test/test_grammar.py")]
    public string File { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        string root = StdlibFiles.FromEnvironment() ?? AskPython()
            ?? throw new InvalidOperationException("set RULESANDBOX_STDLIB to a Python 3.12 standard library directory");
        _path = Path.Combine(root, File);
        _source = System.IO.File.ReadAllBytes(_path);
    }

    [Benchmark(Baseline = true)]
    public int DecodeUtf8() => Encoding.UTF8.GetString(_source).Length;

    [Benchmark]
    public object Parse() => PythonParser.ParseModule(_source, _path);

    private static string? AskPython()
    {
        var info = new ProcessStartInfo("python3") { RedirectStandardOutput = true, UseShellExecute = false };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add("import sysconfig; print(sysconfig.get_paths()['stdlib'])");
        try
        {
            using var p = Process.Start(info);
            if (p is null) return null;
            string output = p.StandardOutput.ReadToEnd().Trim();
            p.WaitForExit();
            return p.ExitCode == 0 && output.Length > 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
