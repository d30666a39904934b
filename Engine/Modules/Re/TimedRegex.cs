using System.Text.RegularExpressions;

namespace RuleSandbox.Engine.Modules.Re;

/// <summary>
/// A .NET regex whose match timeout is set before each use to the execution's remaining time,
/// so one compiled regex serves executions with different deadlines. Instances live in a
/// per-thread cache, so setting the timeout never races with another execution.
/// </summary>
internal sealed class TimedRegex : Regex
{
    public TimedRegex(string pattern, RegexOptions options) : base(pattern, options, TimeSpan.FromSeconds(1))
    {
    }

    /// <summary>Sets the timeout for the next match.</summary>
    public void SetTimeout(TimeSpan timeout) => internalMatchTimeout = timeout;
}
