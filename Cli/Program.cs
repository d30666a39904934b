namespace RuleSandbox.Cli;

/// <summary>The <c>rulesandbox</c> command.</summary>
public static class Program
{
    /// <summary>Runs one command and returns its exit status.</summary>
    public static int Main(string[] args) => CommandLine.Run(args, Console.Out, Console.Error);
}
