using System.Buffers.Binary;

namespace RuleSandbox.Guard.Protocol;

/// <summary>
/// Length-prefixed frames: a 4-byte big-endian payload length, then the payload (UTF-8 JSON).
/// Frames from a guard are untrusted input: a length past the limit, a negative length or a short
/// read is a <see cref="ProtocolException"/>, never an allocation of whatever size was claimed.
/// </summary>
internal static class FrameIO
{
    /// <summary>The largest payload either side accepts.</summary>
    public const int DefaultMaxFrameBytes = 64 * 1024 * 1024;

    public static async ValueTask WriteAsync(Stream stream, ReadOnlyMemory<byte> payload, CancellationToken ct = default)
    {
        var header = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(header, payload.Length);
        await stream.WriteAsync(header, ct).ConfigureAwait(false);
        await stream.WriteAsync(payload, ct).ConfigureAwait(false);
        await stream.FlushAsync(ct).ConfigureAwait(false);
    }

    public static void Write(Stream stream, ReadOnlySpan<byte> payload)
    {
        Span<byte> header = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(header, payload.Length);
        stream.Write(header);
        stream.Write(payload);
        stream.Flush();
    }

    /// <summary>The next payload, or null at a clean end of stream (between frames).</summary>
    /// <exception cref="ProtocolException">A bad length or a stream that ends inside a frame.</exception>
    public static async ValueTask<byte[]?> ReadAsync(Stream stream, int maxBytes = DefaultMaxFrameBytes, CancellationToken ct = default)
    {
        var header = new byte[4];
        int got = await ReadFullyAsync(stream, header, ct).ConfigureAwait(false);
        if (got == 0) return null;
        if (got < 4) throw new ProtocolException("stream ended inside a frame header");
        int length = BinaryPrimitives.ReadInt32BigEndian(header);
        if (length < 0 || length > maxBytes) throw new ProtocolException($"frame length {length} is outside 0..{maxBytes}");
        var payload = new byte[length];
        if (await ReadFullyAsync(stream, payload, ct).ConfigureAwait(false) < length)
            throw new ProtocolException("stream ended inside a frame");
        return payload;
    }

    /// <summary>Synchronous read for the guard's single-threaded loop.</summary>
    public static byte[]? Read(Stream stream, int maxBytes = DefaultMaxFrameBytes)
    {
        Span<byte> header = stackalloc byte[4];
        int got = ReadFully(stream, header);
        if (got == 0) return null;
        if (got < 4) throw new ProtocolException("stream ended inside a frame header");
        int length = BinaryPrimitives.ReadInt32BigEndian(header);
        if (length < 0 || length > maxBytes) throw new ProtocolException($"frame length {length} is outside 0..{maxBytes}");
        var payload = new byte[length];
        if (ReadFully(stream, payload) < length) throw new ProtocolException("stream ended inside a frame");
        return payload;
    }

    private static async ValueTask<int> ReadFullyAsync(Stream stream, Memory<byte> buffer, CancellationToken ct)
    {
        int total = 0;
        while (total < buffer.Length)
        {
            int n = await stream.ReadAsync(buffer[total..], ct).ConfigureAwait(false);
            if (n == 0) break;
            total += n;
        }
        return total;
    }

    private static int ReadFully(Stream stream, Span<byte> buffer)
    {
        int total = 0;
        while (total < buffer.Length)
        {
            int n = stream.Read(buffer[total..]);
            if (n == 0) break;
            total += n;
        }
        return total;
    }
}
