namespace RuleSandbox.Guard.Host;

/// <summary>A guard died (or broke the protocol) while a request was in flight.</summary>
internal sealed class GuardCrashedException : Exception
{
    public GuardCrashedException(string message) : base(message) { }
}
