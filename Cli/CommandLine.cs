namespace RuleSandbox.Cli;

/// <summary>Dispatches <c>rulesandbox COMMAND ...</c> to its <see cref="ICommand"/>.</summary>
internal static class CommandLine
{
    /// <summary>Every command, in the order <c>--help</c> lists them. Add new commands here.</summary>
    internal static IReadOnlyList<ICommand> Commands { get; } = new ICommand[]
    {
        new Commands.AstCommand(),
        new Commands.ExecCommand(),
        new Commands.RunCommand(),
        new Commands.AnalyzeCommand(),
        new Commands.PolicyCommand(),
    };

    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
        => Run(args, stdout, stderr, Commands);

    /// <summary>Runs with a given command list (tests use it to add commands that misbehave).</summary>
    internal static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, IReadOnlyList<ICommand> commands)
    {
        if (args.Count == 2 && args[0] == "help")
        {
            // 'rulesandbox help COMMAND' is the same as 'rulesandbox COMMAND --help'.
            return Run(new[] { args[1], "--help" }, stdout, stderr, commands);
        }
        if (args.Count == 0)
        {
            // No command is a usage error: the help goes to stderr so that stdout stays clean.
            stderr.Write(GeneralHelp(commands));
            return ExitCodes.Usage;
        }
        if (args[0] is "--help" or "-h" or "help")
        {
            stdout.Write(GeneralHelp(commands));
            return ExitCodes.Ok;
        }
        if (args[0] == "--version")
        {
            stdout.WriteLine($"rulesandbox {typeof(CommandLine).Assembly.GetName().Version}");
            return ExitCodes.Ok;
        }
        var command = commands.FirstOrDefault(c => c.Name == args[0]);
        if (command is null)
        {
            string what = args[0].StartsWith('-') ? "option" : "command";
            stderr.WriteLine($"rulesandbox: unknown {what} '{args[0]}' (see 'rulesandbox --help')");
            return ExitCodes.Usage;
        }
        var rest = args.Skip(1).ToList();
        if (AsksForHelp(rest))
        {
            stdout.Write(command.Help);
            return ExitCodes.Ok;
        }
        try
        {
            return command.Run(rest, stdout, stderr);
        }
        catch (UsageException e)
        {
            // Messages start with the command's name: "ast: unknown option '--x' ...".
            stderr.WriteLine(e.Message);
            return ExitCodes.Usage;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug of ours must still end as one line and a distinct status, never a stack dump
            // in front of a rule author. The type and message are enough to find it again.
            stderr.WriteLine($"{command.Name}: internal error: {e.GetType().Name}: {e.Message} (this is a bug in RuleSandbox; please report it)");
            return ExitCodes.InternalError;
        }
    }

    /// <summary>
    /// True when <c>--help</c> or <c>-h</c> comes before any <c>--</c>: after it they are file names,
    /// so <c>rulesandbox ast -- --help</c> parses a file called <c>--help</c>.
    /// </summary>
    private static bool AsksForHelp(List<string> args)
    {
        foreach (string a in args)
        {
            if (a == "--") return false;
            if (a is "--help" or "-h") return true;
        }
        return false;
    }

    private static string GeneralHelp(IReadOnlyList<ICommand> commands)
    {
        var w = new StringWriter();
        w.WriteLine("usage: rulesandbox COMMAND [ARGS...]");
        w.WriteLine();
        w.WriteLine("Runs untrusted Python 3.12 business rules in a sandbox.");
        w.WriteLine();
        w.WriteLine("commands:");
        foreach (var c in commands) w.WriteLine($"  {c.Name,-10} {c.Summary}");
        w.WriteLine();
        w.WriteLine("'rulesandbox COMMAND --help' describes one command.");
        return w.ToString();
    }
}
