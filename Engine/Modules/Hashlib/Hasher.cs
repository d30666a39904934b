namespace RuleSandbox.Engine.Modules.Hashlib;

/// <summary>
/// One running hash computation behind a <c>hashlib</c> object: fed incrementally, copyable, and
/// able to report the digest of what it has seen so far without ending the computation
/// (Python's <c>digest()</c> may be called and then <c>update()</c> continued).
/// </summary>
internal abstract class Hasher
{
    /// <summary>The algorithm's name as <c>h.name</c> reports it.</summary>
    public abstract string Name { get; }

    /// <summary>Length of the digest in bytes.</summary>
    public abstract int DigestSize { get; }

    /// <summary>The algorithm's internal block size in bytes.</summary>
    public abstract int BlockSize { get; }

    /// <summary>Feeds <paramref name="data"/>.</summary>
    public abstract void Update(ReadOnlySpan<byte> data);

    /// <summary>The digest of everything fed so far; the state is unchanged.</summary>
    public abstract byte[] Digest();

    /// <summary>An independent copy of the state.</summary>
    public abstract Hasher Clone();
}
