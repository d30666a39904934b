using System.Buffers.Binary;
using System.Numerics;

namespace RuleSandbox.Engine.Modules.Hashlib;

/// <summary>
/// SHA-3 and SHAKE (FIPS 202): the Keccak-f[1600] sponge with the SHA-3 (0x06) or SHAKE (0x1f)
/// padding. Written here because .NET's SHA-3 depends on the platform's OpenSSL and has no
/// SHA3-224; for SHAKE, <see cref="Squeeze"/> gives the variable-length output.
/// </summary>
internal sealed class KeccakHasher : Hasher
{
    private static readonly ulong[] s_roundConstants =
    {
        0x0000000000000001, 0x0000000000008082, 0x800000000000808a, 0x8000000080008000,
        0x000000000000808b, 0x0000000080000001, 0x8000000080008081, 0x8000000000008009,
        0x000000000000008a, 0x0000000000000088, 0x0000000080008009, 0x000000008000000a,
        0x000000008000808b, 0x800000000000008b, 0x8000000000008089, 0x8000000000008003,
        0x8000000000008002, 0x8000000000000080, 0x000000000000800a, 0x800000008000000a,
        0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008,
    };

    private static readonly int[] s_rotations = { 1, 3, 6, 10, 15, 21, 28, 36, 45, 55, 2, 14, 27, 41, 56, 8, 25, 43, 62, 18, 39, 61, 20, 44 };
    private static readonly int[] s_pi = { 10, 7, 11, 17, 18, 3, 5, 16, 8, 21, 24, 4, 15, 23, 19, 13, 12, 2, 20, 14, 22, 9, 6, 1 };

    private readonly ulong[] _state = new ulong[25];
    private readonly byte[] _buffer;
    private int _buffered;
    private readonly byte _suffix;

    /// <summary>A sponge of <paramref name="rate"/> bytes per block.</summary>
    public KeccakHasher(string name, int rate, int digestSize, bool shake)
    {
        Name = name;
        BlockSize = rate;
        DigestSize = digestSize;
        IsShake = shake;
        _suffix = shake ? (byte)0x1f : (byte)0x06;
        _buffer = new byte[rate];
    }

    /// <summary>The hashlib constructor for one of the six names, or null.</summary>
    public static Func<Hasher>? Factory(string name) => name switch
    {
        "sha3_224" => () => new KeccakHasher(name, 144, 28, false),
        "sha3_256" => () => new KeccakHasher(name, 136, 32, false),
        "sha3_384" => () => new KeccakHasher(name, 104, 48, false),
        "sha3_512" => () => new KeccakHasher(name, 72, 64, false),
        "shake_128" => () => new KeccakHasher(name, 168, 0, true),
        "shake_256" => () => new KeccakHasher(name, 136, 0, true),
        _ => null,
    };

    /// <summary>True for SHAKE: <c>digest(length)</c> takes the output length.</summary>
    public bool IsShake { get; }

    public override string Name { get; }

    public override int DigestSize { get; }

    public override int BlockSize { get; }

    public override void Update(ReadOnlySpan<byte> data)
    {
        while (data.Length > 0)
        {
            int take = System.Math.Min(BlockSize - _buffered, data.Length);
            data[..take].CopyTo(_buffer.AsSpan(_buffered));
            _buffered += take;
            data = data[take..];
            if (_buffered == BlockSize)
            {
                Absorb(_state, _buffer);
                _buffered = 0;
            }
        }
    }

    public override byte[] Digest() => Squeeze(DigestSize);

    /// <summary>The first <paramref name="length"/> output bytes; the state is unchanged.</summary>
    public byte[] Squeeze(int length)
    {
        var state = (ulong[])_state.Clone();
        var last = new byte[BlockSize];
        _buffer.AsSpan(0, _buffered).CopyTo(last);
        last[_buffered] ^= _suffix;
        last[BlockSize - 1] ^= 0x80;
        Absorb(state, last);
        var output = new byte[length];
        var block = new byte[BlockSize];
        for (int done = 0; done < length;)
        {
            for (int i = 0; i < BlockSize / 8; i++) BinaryPrimitives.WriteUInt64LittleEndian(block.AsSpan(i * 8), state[i]);
            int n = System.Math.Min(BlockSize, length - done);
            block.AsSpan(0, n).CopyTo(output.AsSpan(done));
            done += n;
            if (done < length) Permute(state);
        }
        return output;
    }

    public override Hasher Clone()
    {
        var c = new KeccakHasher(Name, BlockSize, DigestSize, IsShake) { _buffered = _buffered };
        _state.CopyTo(c._state, 0);
        _buffer.CopyTo(c._buffer, 0);
        return c;
    }

    private static void Absorb(ulong[] state, ReadOnlySpan<byte> block)
    {
        for (int i = 0; i < block.Length / 8; i++) state[i] ^= BinaryPrimitives.ReadUInt64LittleEndian(block[(i * 8)..]);
        Permute(state);
    }

    private static void Permute(ulong[] a)
    {
        Span<ulong> c = stackalloc ulong[5];
        for (int round = 0; round < 24; round++)
        {
            // θ
            for (int x = 0; x < 5; x++) c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
            for (int x = 0; x < 5; x++)
            {
                ulong d = c[(x + 4) % 5] ^ BitOperations.RotateLeft(c[(x + 1) % 5], 1);
                for (int y = 0; y < 25; y += 5) a[y + x] ^= d;
            }
            // ρ and π
            ulong current = a[1];
            for (int i = 0; i < 24; i++)
            {
                int j = s_pi[i];
                ulong tmp = a[j];
                a[j] = BitOperations.RotateLeft(current, s_rotations[i]);
                current = tmp;
            }
            // χ
            for (int y = 0; y < 25; y += 5)
            {
                for (int x = 0; x < 5; x++) c[x] = a[y + x];
                for (int x = 0; x < 5; x++) a[y + x] = c[x] ^ (~c[(x + 1) % 5] & c[(x + 2) % 5]);
            }
            // ι
            a[0] ^= s_roundConstants[round];
        }
    }
}
