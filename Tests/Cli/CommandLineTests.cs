using RuleSandbox.Cli;

namespace RuleSandbox.Tests.Cli;

/// <summary>
/// The command-line contract every command shares: help texts, and one-line usage errors with exit
/// status 2. Runs <c>CommandLine.Run</c> in-process with captured writers.
/// </summary>
public sealed class CommandLineTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        int exit = CommandLine.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private static IEnumerable<string> CommandNames() => CommandLine.Commands.Select(c => c.Name);

    [Test]
    public void GeneralHelpListsEveryCommandAndExitsZero()
    {
        var (exit, stdout, stderr) = Run("--help");

        Assert.That(exit, Is.EqualTo(0));
        Assert.That(stderr, Is.Empty);
        Assert.That(stdout, Does.StartWith("usage: rulesandbox COMMAND"));
        foreach (var command in CommandLine.Commands)
            Assert.That(stdout, Does.Contain($"  {command.Name}").And.Contain(command.Summary));
    }

    [TestCase("-h")]
    [TestCase("help")]
    public void HelpAliasesPrintTheGeneralHelp(string flag)
    {
        var (exit, stdout, _) = Run(flag);

        Assert.That(exit, Is.EqualTo(0));
        Assert.That(stdout, Is.EqualTo(Run("--help").Out));
    }

    [Test]
    public void NoArgumentsIsAUsageErrorWithTheHelpOnStderr()
    {
        var (exit, stdout, stderr) = Run();

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(stdout, Is.Empty);
        Assert.That(stderr, Does.StartWith("usage: rulesandbox COMMAND"));
    }

    [TestCaseSource(nameof(CommandNames))]
    public void EveryCommandHasHelpThatStartsWithItsUsage(string name)
    {
        var (exit, stdout, stderr) = Run(name, "--help");

        Assert.That(exit, Is.EqualTo(0));
        Assert.That(stderr, Is.Empty);
        Assert.That(stdout, Does.StartWith($"usage: rulesandbox {name}"));
        Assert.That(Run("help", name).Out, Is.EqualTo(stdout), "'help COMMAND' equals 'COMMAND --help'");
        Assert.That(Run(name, "-h").Out, Is.EqualTo(stdout));
    }

    [Test]
    public void UnknownCommandIsOneLineAndExitsTwo()
    {
        var (exit, stdout, stderr) = Run("frobnicate", "x.py");

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(stdout, Is.Empty);
        Assert.That(stderr, Is.EqualTo("rulesandbox: unknown command 'frobnicate' (see 'rulesandbox --help')\n"));
    }

    [Test]
    public void UnknownTopLevelOptionIsOneLineAndExitsTwo()
    {
        var (exit, _, stderr) = Run("--frobnicate");

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(stderr, Is.EqualTo("rulesandbox: unknown option '--frobnicate' (see 'rulesandbox --help')\n"));
    }

    [TestCaseSource(nameof(CommandNames))]
    public void UnknownOptionOfACommandIsOneLineAndExitsTwo(string name)
    {
        var (exit, stdout, stderr) = Run(name, "--no-such-option", "x.py");

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(stdout, Is.Empty);
        Assert.That(stderr, Is.EqualTo($"{name}: unknown option '--no-such-option' (see 'rulesandbox {name} --help')\n"));
    }

    [Test]
    public void OptionWithAValueIsStillUnknown()
    {
        var (exit, _, stderr) = Run("ast", "--depth=3", "x.py");

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(stderr, Does.Contain("unknown option '--depth'"));
    }

    [Test]
    public void MissingFileNamesTheFileAndExitsTwo()
    {
        string path = Path.Combine(Path.GetTempPath(), $"rulesandbox-missing-{Guid.NewGuid():N}.py");

        var (exit, stdout, stderr) = Run("ast", path);

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(stdout, Is.Empty);
        Assert.That(stderr, Is.EqualTo($"ast: cannot read '{path}': no such file\n"));
    }

    [Test]
    public void MissingDirectoryNamesTheFileAndExitsTwo()
    {
        string path = Path.Combine(Path.GetTempPath(), $"rulesandbox-missing-{Guid.NewGuid():N}", "rule.py");

        var (exit, _, stderr) = Run("ast", path);

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(stderr, Is.EqualTo($"ast: cannot read '{path}': no such file or directory\n"));
    }

    [Test]
    public void MissingFileArgumentIsAUsageError()
    {
        var (exit, _, stderr) = Run("ast");

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(stderr, Is.EqualTo("ast: missing FILE\n"));
    }

    [Test]
    public void ExtraArgumentIsAUsageError()
    {
        var (exit, _, stderr) = Run("ast", "a.py", "b.py");

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(stderr, Is.EqualTo("ast: unexpected argument 'b.py'\n"));
    }

    [Test]
    public void HelpAfterDoubleDashIsAFileName()
    {
        var (exit, stdout, stderr) = Run("ast", "--", "--help");

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(stdout, Is.Empty);
        Assert.That(stderr, Is.EqualTo("ast: cannot read '--help': no such file\n"));
    }

    [Test]
    public void DirectoryInsteadOfFileIsAUsageError()
    {
        string dir = Path.GetTempPath();

        var (exit, stdout, stderr) = Run("ast", dir);

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(stdout, Is.Empty);
        Assert.That(stderr, Is.EqualTo($"ast: cannot read '{dir}': is a directory\n"));
    }

    private sealed class ThrowingCommand : ICommand
    {
        public string Name => "boom";
        public string Summary => "always fails";
        public string Help => "usage: rulesandbox boom\n";
        public int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
            => throw new InvalidOperationException("the stack is gone");
    }

    [Test]
    public void AnInternalErrorIsOneLineAndExitsSeventy()
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };

        int exit = CommandLine.Run(new[] { "boom" }, stdout, stderr, new ICommand[] { new ThrowingCommand() });

        Assert.That(exit, Is.EqualTo(70));
        Assert.That(stderr.ToString(), Is.EqualTo(
            "boom: internal error: InvalidOperationException: the stack is gone (this is a bug in RuleSandbox; please report it)\n"));
    }
}
