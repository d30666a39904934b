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
    {
        if (args.Count == 0 || args[0] is "--help" or "-h" or "help")
        {
            stdout.Write(GeneralHelp());
            return args.Count == 0 ? ExitCodes.Usage : ExitCodes.Ok;
        }
        if (args[0] == "--version")
        {
            stdout.WriteLine($"rulesandbox {typeof(CommandLine).Assembly.GetName().Version}");
            return ExitCodes.Ok;
        }
        var command = Commands.FirstOrDefault(c => c.Name == args[0]);
        if (command is null)
        {
            stderr.WriteLine($"rulesandbox: unknown command '{args[0]}' (see 'rulesandbox --help')");
            return ExitCodes.Usage;
        }
        var rest = args.Skip(1).ToList();
        if (rest.Contains("--help") || rest.Contains("-h"))
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
            stderr.WriteLine(e.Message);
            return ExitCodes.Usage;
        }
    }

    private static string GeneralHelp()
    {
        var w = new StringWriter();
        w.WriteLine("usage: rulesandbox COMMAND [ARGS...]");
        w.WriteLine();
        w.WriteLine("Runs untrusted Python 3.12 business rules in a sandbox.");
        w.WriteLine();
        w.WriteLine("commands:");
        foreach (var c in Commands) w.WriteLine($"  {c.Name,-10} {c.Summary}");
        w.WriteLine();
        w.WriteLine("'rulesandbox COMMAND --help' describes one command.");
        return w.ToString();
    }
}
