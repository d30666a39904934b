namespace RuleSandbox.Engine.Hosting;

/// <summary>A value cannot cross between the host and Python (e.g. a function as a result).</summary>
public sealed class HostValueException : Exception
{
    /// <summary>Describes the value that could not be converted.</summary>
    public HostValueException(string message) : base(message) { }
}
