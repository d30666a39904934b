namespace RuleSandbox.Cli;

/// <summary>Exit statuses shared by every command.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>The rule failed, raised, was blocked, or the file had a syntax error.</summary>
    public const int Failure = 1;
    /// <summary>Unknown command or option, missing argument, bad policy.</summary>
    public const int Usage = 2;
    /// <summary>A resource limit ended the execution.</summary>
    public const int Limit = 3;
    /// <summary>A bug in RuleSandbox itself (EX_SOFTWARE of sysexits.h).</summary>
    public const int InternalError = 70;
}
