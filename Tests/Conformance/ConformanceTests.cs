using System.Text;
using RuleSandbox.Cli;

namespace RuleSandbox.Tests.Conformance;

/// <summary>
/// Runs every conformance case: <c>Conformance/SUITE/CASE.py</c> with its expectations beside it
/// (<c>CASE.out</c> always, <c>CASE.err</c> when stderr is not empty, <c>CASE.exit</c> when the
/// status is not zero), generated from CPython 3.12 by <c>tools/regen_conformance.py</c>.
/// </summary>
/// <remarks>
/// The suite folder's name up to its first '-' is the <c>rulesandbox</c> command that runs the case
/// (<c>ast-errors/</c> runs <c>rulesandbox ast CASE.py</c>). Cases run in-process with the suite folder
/// as the current directory, so messages name the file as <c>CASE.py</c>, exactly as CPython did when
/// the expectations were made. Changing the current directory is process-wide, hence NonParallelizable.
/// Files whose name starts with '_' are helper modules that cases import, not cases. In the stderr
/// of <c>exec</c> suites, lines made only of '^' and '~' (CPython's optional caret lines) are
/// ignored on both sides.
/// </remarks>
[NonParallelizable]
public sealed class ConformanceTests
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private static string Root => Path.Combine(AppContext.BaseDirectory, "Conformance");

    /// <summary>Every case of every suite, named <c>SUITE/CASE</c>.</summary>
    public static IEnumerable<TestCaseData> Cases()
    {
        if (!Directory.Exists(Root)) yield break;
        foreach (string suiteDir in Directory.GetDirectories(Root).OrderBy(d => d, StringComparer.Ordinal))
        {
            string suite = Path.GetFileName(suiteDir);
            foreach (string py in Directory.GetFiles(suiteDir, "*.py").OrderBy(f => f, StringComparer.Ordinal))
            {
                // '_helper.py' files are modules that cases import, not cases.
                if (Path.GetFileName(py).StartsWith('_')) continue;
                string name = Path.GetFileNameWithoutExtension(py);
                yield return new TestCaseData(suite, name).SetName($"{suite}/{name}");
            }
        }
    }

    [TestCaseSource(nameof(Cases))]
    public void CaseMatchesCPython(string suite, string name)
    {
        string dir = Path.Combine(Root, suite);
        string command = suite.Split('-')[0];
        string expectedOut = ReadOrEmpty(Path.Combine(dir, name + ".out"), required: true);
        string expectedErr = ReadOrEmpty(Path.Combine(dir, name + ".err"), required: false);
        string exitText = ReadOrEmpty(Path.Combine(dir, name + ".exit"), required: false).Trim();
        int expectedExit = exitText.Length == 0 ? 0 : int.Parse(exitText, System.Globalization.CultureInfo.InvariantCulture);

        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        string previous = Directory.GetCurrentDirectory();
        int exit;
        Directory.SetCurrentDirectory(dir);
        try
        {
            exit = CommandLine.Run(new[] { command, name + ".py" }, stdout, stderr);
        }
        finally
        {
            Directory.SetCurrentDirectory(previous);
        }

        // All three are compared before failing, so one run shows every difference of the case.
        var problems = new StringBuilder();
        TextDiff.Describe("stdout", expectedOut, stdout.ToString(), problems);
        string actualErr = stderr.ToString();
        if (command == "exec")
        {
            // Tracebacks: CPython's '^^^^' / '~~^~~' lines are optional for us (issue 3), so lines
            // made only of them are ignored on both sides; the expectations keep them as printed.
            expectedErr = WithoutCaretLines(expectedErr);
            actualErr = WithoutCaretLines(actualErr);
        }
        TextDiff.Describe("stderr", expectedErr, actualErr, problems);
        if (exit != expectedExit) problems.Append($"exit status: expected {expectedExit}, got {exit}\n");
        if (problems.Length > 0)
            Assert.Fail($"rulesandbox {command} {name}.py (in {suite}/) differs from CPython 3.12:\n{problems}");
    }

    /// <summary>The text without lines made only of spaces, tabs, '^' and '~' (and at least one of those two).</summary>
    internal static string WithoutCaretLines(string text)
        => CaretLine.Replace(text, "");

    private static readonly System.Text.RegularExpressions.Regex CaretLine =
        new(@"^[ \t]*[\^~][ \t\^~]*(\n|$)", System.Text.RegularExpressions.RegexOptions.Multiline | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static string ReadOrEmpty(string path, bool required)
    {
        if (File.Exists(path)) return File.ReadAllText(path, Utf8);
        if (required) Assert.Fail($"missing expectation {path}: run tools/regen_conformance.py");
        return "";
    }
}
