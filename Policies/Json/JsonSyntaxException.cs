namespace RuleSandbox.Policies.Json;

/// <summary>Text that is not JSON, located at the first character that makes it so.</summary>
internal sealed class JsonSyntaxException : Exception
{
    public JsonSyntaxException(string message, int line, int column) : base(message)
    {
        Line = line;
        Column = column;
    }

    public int Line { get; }
    public int Column { get; }
}
