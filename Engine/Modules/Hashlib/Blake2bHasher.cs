using System.Buffers.Binary;
using System.Numerics;

namespace RuleSandbox.Engine.Modules.Hashlib;

/// <summary>
/// BLAKE2b (RFC 7693) with the full parameter block (digest size, key, salt, personalization and
/// the tree fields), as CPython's <c>hashlib.blake2b</c>. .NET has no BLAKE2, hence this.
/// </summary>
internal sealed class Blake2bHasher : Hasher
{
    private const int Block = 128;

    private static readonly ulong[] s_iv =
    {
        0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
        0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
    };

    /// <summary>The message word schedule of each round (rounds 10 and 11 repeat 0 and 1).</summary>
    internal static readonly byte[][] Sigma =
    {
        new byte[] { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15 },
        new byte[] { 14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3 },
        new byte[] { 11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4 },
        new byte[] { 7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8 },
        new byte[] { 9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13 },
        new byte[] { 2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9 },
        new byte[] { 12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11 },
        new byte[] { 13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10 },
        new byte[] { 6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5 },
        new byte[] { 10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0 },
    };

    private readonly ulong[] _h = new ulong[8];
    private readonly byte[] _buffer = new byte[Block];
    private int _buffered;
    private UInt128 _counter;
    private readonly bool _lastNode;

    private Blake2bHasher(int digestSize, bool lastNode)
    {
        DigestSize = digestSize;
        _lastNode = lastNode;
    }

    /// <summary>A hasher initialised from <paramref name="p"/> (limits already checked).</summary>
    public Blake2bHasher(Blake2Parameters p) : this(p.DigestSize, p.LastNode)
    {
        Span<byte> block = stackalloc byte[64];
        block.Clear();
        block[0] = (byte)p.DigestSize;
        block[1] = (byte)p.Key.Length;
        block[2] = (byte)p.Fanout;
        block[3] = (byte)p.Depth;
        BinaryPrimitives.WriteUInt32LittleEndian(block[4..], p.LeafSize);
        BinaryPrimitives.WriteUInt64LittleEndian(block[8..], p.NodeOffset);
        block[16] = (byte)p.NodeDepth;
        block[17] = (byte)p.InnerSize;
        p.Salt.CopyTo(block[32..]);
        p.Person.CopyTo(block[48..]);
        for (int i = 0; i < 8; i++) _h[i] = s_iv[i] ^ BinaryPrimitives.ReadUInt64LittleEndian(block[(i * 8)..]);
        if (p.Key.Length > 0)
        {
            // A keyed hash starts with the key as one zero-padded block.
            p.Key.CopyTo(_buffer, 0);
            _buffered = Block;
        }
    }

    public override string Name => "blake2b";

    public override int DigestSize { get; }

    public override int BlockSize => Block;

    public override void Update(ReadOnlySpan<byte> data)
    {
        // The last block must be compressed with the final flag, so a full buffer is only
        // compressed once more data follows it.
        while (data.Length > 0)
        {
            if (_buffered == Block)
            {
                _counter += (ulong)Block;
                Compress(_h, _buffer, _counter, false, false);
                _buffered = 0;
            }
            int take = System.Math.Min(Block - _buffered, data.Length);
            data[..take].CopyTo(_buffer.AsSpan(_buffered));
            _buffered += take;
            data = data[take..];
        }
    }

    public override byte[] Digest()
    {
        var h = (ulong[])_h.Clone();
        Span<byte> last = stackalloc byte[Block];
        last.Clear();
        _buffer.AsSpan(0, _buffered).CopyTo(last);
        Compress(h, last, _counter + (ulong)_buffered, true, _lastNode);
        Span<byte> all = stackalloc byte[64];
        for (int i = 0; i < 8; i++) BinaryPrimitives.WriteUInt64LittleEndian(all[(i * 8)..], h[i]);
        return all[..DigestSize].ToArray();
    }

    public override Hasher Clone()
    {
        var c = new Blake2bHasher(DigestSize, _lastNode) { _buffered = _buffered, _counter = _counter };
        _h.CopyTo(c._h, 0);
        _buffer.CopyTo(c._buffer, 0);
        return c;
    }

    private static void Compress(ulong[] h, ReadOnlySpan<byte> block, UInt128 counter, bool final, bool lastNode)
    {
        Span<ulong> m = stackalloc ulong[16];
        for (int i = 0; i < 16; i++) m[i] = BinaryPrimitives.ReadUInt64LittleEndian(block[(i * 8)..]);
        Span<ulong> v = stackalloc ulong[16];
        for (int i = 0; i < 8; i++) { v[i] = h[i]; v[i + 8] = s_iv[i]; }
        v[12] ^= (ulong)counter;
        v[13] ^= (ulong)(counter >> 64);
        if (final) v[14] = ~v[14];
        if (lastNode) v[15] = ~v[15];
        for (int r = 0; r < 12; r++)
        {
            var s = Sigma[r % 10];
            G(v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
            G(v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
            G(v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
            G(v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
            G(v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
            G(v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
            G(v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
            G(v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
        }
        for (int i = 0; i < 8; i++) h[i] ^= v[i] ^ v[i + 8];
    }

    private static void G(Span<ulong> v, int a, int b, int c, int d, ulong x, ulong y)
    {
        v[a] = v[a] + v[b] + x;
        v[d] = BitOperations.RotateRight(v[d] ^ v[a], 32);
        v[c] = v[c] + v[d];
        v[b] = BitOperations.RotateRight(v[b] ^ v[c], 24);
        v[a] = v[a] + v[b] + y;
        v[d] = BitOperations.RotateRight(v[d] ^ v[a], 16);
        v[c] = v[c] + v[d];
        v[b] = BitOperations.RotateRight(v[b] ^ v[c], 63);
    }
}
