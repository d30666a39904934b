namespace RuleSandbox.Perf;

/// <summary>A bad command line for a Perf subcommand: one line on stderr, exit status 2.</summary>
internal sealed class UsageError : Exception
{
    public UsageError(string message) : base(message) { }
}
