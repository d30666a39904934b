namespace RuleSandbox.Cli;

/// <summary>One subcommand of <c>rulesandbox</c>. Each lives in its own file under Commands/.</summary>
internal interface ICommand
{
    /// <summary>The word after <c>rulesandbox</c> (<c>ast</c>, <c>exec</c>, <c>policy</c>...).</summary>
    string Name { get; }

    /// <summary>One line for the command list.</summary>
    string Summary { get; }

    /// <summary>The full <c>--help</c> text: usage line, arguments, options, exit statuses.</summary>
    string Help { get; }

    /// <summary>
    /// Runs the command with the arguments after its name. Throw <see cref="UsageException"/> for
    /// bad arguments (the caller prints one line and exits 2); <c>--help</c> is handled before this.
    /// </summary>
    int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr);
}
