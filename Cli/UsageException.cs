namespace RuleSandbox.Cli;

/// <summary>A bad command line: printed as one line, exit status 2.</summary>
internal sealed class UsageException : Exception
{
    public UsageException(string message) : base(message) { }
}
