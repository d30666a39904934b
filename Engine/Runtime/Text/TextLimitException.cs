namespace RuleSandbox.Engine.Runtime.Text;

/// <summary>
/// A text operation would build a result longer than <see cref="TextLimits.MaxResultLength"/>; thrown
/// before the memory is allocated. The interpreter turns it into its (uncatchable) memory limit signal.
/// </summary>
public sealed class TextLimitException : Exception
{
    /// <summary>Creates the exception.</summary>
    public TextLimitException(long requestedLength, long limit)
        : base($"text result of {requestedLength} characters exceeds the limit of {limit}")
    {
        RequestedLength = requestedLength;
        Limit = limit;
    }

    /// <summary>The length (UTF-16 units, or a safe upper bound of it) the operation would have produced.</summary>
    public long RequestedLength { get; }

    /// <summary>The limit in force.</summary>
    public long Limit { get; }
}
