namespace RuleSandbox.Engine.Runtime;

/// <summary>
/// The limit signal. It is not a Python exception: no <c>except</c> clause sees it, and it ends
/// the execution with a <c>limit</c> (or <c>timeout</c>) verdict naming <see cref="Kind"/>.
/// </summary>
public sealed class LimitExceededException : Exception
{
    /// <summary>A limit was hit.</summary>
    public LimitExceededException(LimitKind kind, string message) : base(message) => Kind = kind;

    /// <summary>Which limit.</summary>
    public LimitKind Kind { get; }
}
