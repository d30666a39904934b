using System.Buffers.Binary;
using System.Numerics;

namespace RuleSandbox.Engine.Modules.Hashlib;

/// <summary>
/// BLAKE2s (RFC 7693) with the full parameter block (digest size, key, salt, personalization and
/// the tree fields), as CPython's <c>hashlib.blake2s</c>. .NET has no BLAKE2, hence this.
/// </summary>
internal sealed class Blake2sHasher : Hasher
{
    private const int Block = 64;

    private static readonly uint[] s_iv =
    {
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
    };

    private readonly uint[] _h = new uint[8];
    private readonly byte[] _buffer = new byte[Block];
    private int _buffered;
    private ulong _counter;
    private readonly bool _lastNode;

    private Blake2sHasher(int digestSize, bool lastNode)
    {
        DigestSize = digestSize;
        _lastNode = lastNode;
    }

    /// <summary>A hasher initialised from <paramref name="p"/> (limits already checked).</summary>
    public Blake2sHasher(Blake2Parameters p) : this(p.DigestSize, p.LastNode)
    {
        Span<byte> block = stackalloc byte[32];
        block.Clear();
        block[0] = (byte)p.DigestSize;
        block[1] = (byte)p.Key.Length;
        block[2] = (byte)p.Fanout;
        block[3] = (byte)p.Depth;
        BinaryPrimitives.WriteUInt32LittleEndian(block[4..], p.LeafSize);
        // node_offset is 48 bits in BLAKE2s.
        BinaryPrimitives.WriteUInt32LittleEndian(block[8..], (uint)p.NodeOffset);
        BinaryPrimitives.WriteUInt16LittleEndian(block[12..], (ushort)(p.NodeOffset >> 32));
        block[14] = (byte)p.NodeDepth;
        block[15] = (byte)p.InnerSize;
        p.Salt.CopyTo(block[16..]);
        p.Person.CopyTo(block[24..]);
        for (int i = 0; i < 8; i++) _h[i] = s_iv[i] ^ BinaryPrimitives.ReadUInt32LittleEndian(block[(i * 4)..]);
        if (p.Key.Length > 0)
        {
            // A keyed hash starts with the key as one zero-padded block.
            p.Key.CopyTo(_buffer, 0);
            _buffered = Block;
        }
    }

    public override string Name => "blake2s";

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
        var h = (uint[])_h.Clone();
        Span<byte> last = stackalloc byte[Block];
        last.Clear();
        _buffer.AsSpan(0, _buffered).CopyTo(last);
        Compress(h, last, _counter + (ulong)_buffered, true, _lastNode);
        Span<byte> all = stackalloc byte[32];
        for (int i = 0; i < 8; i++) BinaryPrimitives.WriteUInt32LittleEndian(all[(i * 4)..], h[i]);
        return all[..DigestSize].ToArray();
    }

    public override Hasher Clone()
    {
        var c = new Blake2sHasher(DigestSize, _lastNode) { _buffered = _buffered, _counter = _counter };
        _h.CopyTo(c._h, 0);
        _buffer.CopyTo(c._buffer, 0);
        return c;
    }

    private static void Compress(uint[] h, ReadOnlySpan<byte> block, ulong counter, bool final, bool lastNode)
    {
        Span<uint> m = stackalloc uint[16];
        for (int i = 0; i < 16; i++) m[i] = BinaryPrimitives.ReadUInt32LittleEndian(block[(i * 4)..]);
        Span<uint> v = stackalloc uint[16];
        for (int i = 0; i < 8; i++) { v[i] = h[i]; v[i + 8] = s_iv[i]; }
        v[12] ^= (uint)counter;
        v[13] ^= (uint)(counter >> 32);
        if (final) v[14] = ~v[14];
        if (lastNode) v[15] = ~v[15];
        for (int r = 0; r < 10; r++)
        {
            var s = Blake2bHasher.Sigma[r];
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

    private static void G(Span<uint> v, int a, int b, int c, int d, uint x, uint y)
    {
        v[a] = v[a] + v[b] + x;
        v[d] = BitOperations.RotateRight(v[d] ^ v[a], 16);
        v[c] = v[c] + v[d];
        v[b] = BitOperations.RotateRight(v[b] ^ v[c], 12);
        v[a] = v[a] + v[b] + y;
        v[d] = BitOperations.RotateRight(v[d] ^ v[a], 8);
        v[c] = v[c] + v[d];
        v[b] = BitOperations.RotateRight(v[b] ^ v[c], 7);
    }
}
