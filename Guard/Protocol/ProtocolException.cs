namespace RuleSandbox.Guard.Protocol;

/// <summary>A frame or message that breaks the guard protocol.</summary>
public sealed class ProtocolException : Exception
{
    public ProtocolException(string message) : base(message) { }
}
