namespace RuleSandbox.Engine.Modules.Hashlib;

/// <summary>
/// The BLAKE2 parameter block fields that <c>hashlib.blake2b</c>/<c>blake2s</c> accept, already
/// checked against the variant's limits.
/// </summary>
internal sealed record Blake2Parameters(
    int DigestSize,
    byte[] Key,
    byte[] Salt,
    byte[] Person,
    int Fanout,
    int Depth,
    uint LeafSize,
    ulong NodeOffset,
    int NodeDepth,
    int InnerSize,
    bool LastNode);
