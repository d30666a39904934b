using System.Security.Cryptography;

namespace RuleSandbox.Engine.Modules.Hashlib;

/// <summary>
/// MD5, SHA-1, SHA-256, SHA-384 and SHA-512 through .NET's <see cref="IncrementalHash"/> (the
/// platform's vetted implementations); <c>GetCurrentHash</c> keeps the state going and
/// <c>Clone</c> gives <c>copy()</c>.
/// </summary>
internal sealed class DotNetHasher : Hasher
{
    private readonly IncrementalHash _hash;

    private DotNetHasher(string name, int digestSize, int blockSize, IncrementalHash hash)
    {
        Name = name;
        DigestSize = digestSize;
        BlockSize = blockSize;
        _hash = hash;
    }

    /// <summary>A fresh hasher for <paramref name="name"/> (one of md5, sha1, sha256, sha384, sha512).</summary>
    public static DotNetHasher Create(string name) => name switch
    {
        "md5" => new(name, 16, 64, IncrementalHash.CreateHash(HashAlgorithmName.MD5)),
        "sha1" => new(name, 20, 64, IncrementalHash.CreateHash(HashAlgorithmName.SHA1)),
        "sha256" => new(name, 32, 64, IncrementalHash.CreateHash(HashAlgorithmName.SHA256)),
        "sha384" => new(name, 48, 128, IncrementalHash.CreateHash(HashAlgorithmName.SHA384)),
        "sha512" => new(name, 64, 128, IncrementalHash.CreateHash(HashAlgorithmName.SHA512)),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "not a .NET hash"),
    };

    public override string Name { get; }

    public override int DigestSize { get; }

    public override int BlockSize { get; }

    public override void Update(ReadOnlySpan<byte> data) => _hash.AppendData(data);

    public override byte[] Digest() => _hash.GetCurrentHash();

    public override Hasher Clone() => new DotNetHasher(Name, DigestSize, BlockSize, _hash.Clone());
}
