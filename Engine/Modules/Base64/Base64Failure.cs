namespace RuleSandbox.Engine.Modules.Base64;

/// <summary>A decoding failure: which Python exception (binascii.Error or ValueError) and its message.</summary>
internal sealed class Base64Failure : Exception
{
    private Base64Failure(bool isBinascii, string message) : base(message) => IsBinascii = isBinascii;

    /// <summary>True for <c>binascii.Error</c>, false for a plain ValueError.</summary>
    public bool IsBinascii { get; }

    public static Base64Failure Binascii(string message) => new(true, message);

    public static Base64Failure Value(string message) => new(false, message);
}
