using System.Text;
using System.Text.RegularExpressions;
using RuleSandbox.Cli;

namespace RuleSandbox.Tests.Runtime;

/// <summary>
/// Runs the exec conformance cases (Tests/Conformance/exec*) until the shared conformance fixture
/// adopts the caret rule: lines made only of <c>^</c>/<c>~</c> (CPython's optional caret lines)
/// are ignored on both sides of the stderr comparison. See tools/regen_conformance_notes.md.
/// </summary>
[NonParallelizable]
public sealed class ExecCasesTests
{
    private static readonly Regex CaretLine = new(@"^[ \t]*[\^~]+[ \t]*\n", RegexOptions.Multiline);

    private static string Root => Path.Combine(AppContext.BaseDirectory, "Conformance");

    public static IEnumerable<TestCaseData> Cases()
    {
        if (!Directory.Exists(Root)) yield break;
        foreach (var dir in Directory.GetDirectories(Root).Where(d => Path.GetFileName(d).Split('-')[0] == "exec").OrderBy(d => d, StringComparer.Ordinal))
            foreach (var py in Directory.GetFiles(dir, "*.py").OrderBy(f => f, StringComparer.Ordinal))
            {
                if (Path.GetFileName(py).StartsWith('_')) continue;
                yield return new TestCaseData(Path.GetFileName(dir), Path.GetFileNameWithoutExtension(py)).SetName($"{Path.GetFileName(dir)}/{Path.GetFileNameWithoutExtension(py)}");
            }
    }

    /// <summary>Removes caret-only lines.</summary>
    public static string StripCarets(string s) => CaretLine.Replace(s, "");

    [TestCaseSource(nameof(Cases))]
    public void ExecCaseMatchesCPython(string suite, string name)
    {
        string dir = Path.Combine(Root, suite);
        string Read(string ext) => File.Exists(Path.Combine(dir, name + ext)) ? File.ReadAllText(Path.Combine(dir, name + ext), Encoding.UTF8) : "";
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        string previous = Directory.GetCurrentDirectory();
        int exit;
        Directory.SetCurrentDirectory(dir);
        try { exit = CommandLine.Run(new[] { "exec", name + ".py" }, stdout, stderr); }
        finally { Directory.SetCurrentDirectory(previous); }
        var exitText = Read(".exit").Trim();
        Assert.That(stdout.ToString(), Is.EqualTo(Read(".out")), "stdout");
        Assert.That(StripCarets(stderr.ToString()), Is.EqualTo(StripCarets(Read(".err"))), "stderr");
        Assert.That(exit, Is.EqualTo(exitText.Length == 0 ? 0 : int.Parse(exitText)), "exit status");
    }
}
