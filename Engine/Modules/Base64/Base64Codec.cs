using System.Buffers.Binary;
using System.Text;

namespace RuleSandbox.Engine.Modules.Base64;

using Math = System.Math;

/// <summary>
/// The encodings of the <c>base64</c> module on plain byte arrays, ported from CPython 3.12's
/// base64.py and binascii.c so that lenient decoding, padding rules and error texts match.
/// A failure is a <see cref="Base64Failure"/> carrying the Python exception class to raise.
/// </summary>
internal static class Base64Codec
{
    private const string B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private const string B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private const string B32Hex = "0123456789ABCDEFGHIJKLMNOPQRSTUV";
    private const string B85 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~";

    private static readonly sbyte[] s_b64Rev = Reverse(B64);
    private static readonly sbyte[] s_b85Rev = Reverse(B85);

    private static sbyte[] Reverse(string alphabet)
    {
        var r = new sbyte[256];
        Array.Fill(r, (sbyte)-1);
        for (int i = 0; i < alphabet.Length; i++) r[alphabet[i]] = (sbyte)i;
        return r;
    }

    /// <summary><c>binascii.b2a_base64(data, newline=...)</c>.</summary>
    public static byte[] B64Encode(ReadOnlySpan<byte> data, bool newline)
    {
        int len = (data.Length + 2) / 3 * 4;
        var o = new byte[len + (newline ? 1 : 0)];
        int j = 0, i = 0;
        for (; i + 3 <= data.Length; i += 3)
        {
            int v = data[i] << 16 | data[i + 1] << 8 | data[i + 2];
            o[j++] = (byte)B64[v >> 18]; o[j++] = (byte)B64[(v >> 12) & 63]; o[j++] = (byte)B64[(v >> 6) & 63]; o[j++] = (byte)B64[v & 63];
        }
        int rest = data.Length - i;
        if (rest > 0)
        {
            int v = data[i] << 16 | (rest == 2 ? data[i + 1] << 8 : 0);
            o[j++] = (byte)B64[v >> 18];
            o[j++] = (byte)B64[(v >> 12) & 63];
            o[j++] = rest == 2 ? (byte)B64[(v >> 6) & 63] : (byte)'=';
            o[j++] = (byte)'=';
        }
        if (newline) o[j] = (byte)'\n';
        return o;
    }

    /// <summary><c>binascii.a2b_base64(data, strict_mode=...)</c>: lenient unless strict.</summary>
    public static byte[] B64Decode(ReadOnlySpan<byte> s, bool strict)
    {
        var o = new List<byte>(s.Length / 4 * 3 + 3);
        int quad = 0, left = 0, pads = 0;
        bool padStarted = false;
        if (strict && s.Length > 0 && s[0] == '=') throw Base64Failure.Binascii("Leading padding not allowed");
        for (int i = 0; i < s.Length; i++)
        {
            byte ch = s[i];
            if (ch == '=')
            {
                padStarted = true;
                // A complete pad sequence ends the input; what follows is ignored (or an error when strict).
                if (quad >= 2 && quad + ++pads >= 4)
                {
                    if (strict && i + 1 < s.Length) throw Base64Failure.Binascii("Excess data after padding");
                    return o.ToArray();
                }
                continue;
            }
            int v = s_b64Rev[ch];
            if (v < 0)
            {
                if (strict) throw Base64Failure.Binascii("Only base64 data is allowed");
                continue;
            }
            if (strict && padStarted) throw Base64Failure.Binascii("Discontinuous padding not allowed");
            pads = 0;
            switch (quad)
            {
                case 0: quad = 1; left = v; break;
                case 1: quad = 2; o.Add((byte)((left << 2) | (v >> 4))); left = v & 0x0f; break;
                case 2: quad = 3; o.Add((byte)((left << 4) | (v >> 2))); left = v & 0x03; break;
                default: quad = 0; o.Add((byte)((left << 6) | v)); left = 0; break;
            }
        }
        if (quad == 1)
            throw Base64Failure.Binascii($"Invalid base64-encoded string: number of data characters ({o.Count / 3 * 4 + 1}) cannot be 1 more than a multiple of 4");
        if (quad != 0) throw Base64Failure.Binascii("Incorrect padding");
        return o.ToArray();
    }

    /// <summary>Base32 (RFC 4648) with the standard or the extended-hex alphabet.</summary>
    public static byte[] B32Encode(ReadOnlySpan<byte> s, bool hex)
    {
        string alphabet = hex ? B32Hex : B32;
        int groups = (s.Length + 4) / 5;
        var o = new byte[groups * 8];
        Span<byte> chunk = stackalloc byte[8];
        for (int g = 0; g < groups; g++)
        {
            chunk.Clear();
            int n = Math.Min(5, s.Length - g * 5);
            s.Slice(g * 5, n).CopyTo(chunk[3..]);
            ulong c = BinaryPrimitives.ReadUInt64BigEndian(chunk);
            for (int k = 0; k < 8; k++) o[g * 8 + k] = (byte)alphabet[(int)((c >> (35 - 5 * k)) & 31)];
        }
        int pad = (s.Length % 5) switch { 1 => 6, 2 => 4, 3 => 3, 4 => 1, _ => 0 };
        for (int k = 0; k < pad; k++) o[o.Length - 1 - k] = (byte)'=';
        return o;
    }

    /// <summary>Base32 decoding as base64.py's <c>_b32decode</c> (after casefold and map01).</summary>
    public static byte[] B32Decode(byte[] s, bool hex)
    {
        string alphabet = hex ? B32Hex : B32;
        if (s.Length % 8 != 0) throw Base64Failure.Binascii("Incorrect padding");
        int l = s.Length, end = l;
        while (end > 0 && s[end - 1] == '=') end--;
        int padChars = l - end;
        var decoded = new List<byte>(end / 8 * 5 + 5);
        ulong acc = 0;
        for (int i = 0; i < end; i += 8)
        {
            acc = 0;
            for (int k = i; k < Math.Min(i + 8, end); k++)
            {
                int v = s[k] < 128 ? alphabet.IndexOf((char)s[k]) : -1;
                if (v < 0) throw Base64Failure.Binascii("Non-base32 digit found");
                acc = (acc << 5) + (ulong)v;
            }
            // acc.to_bytes(5): a short last quantum still yields five bytes (its high ones zero).
            for (int b = 4; b >= 0; b--) decoded.Add((byte)(acc >> (8 * b)));
        }
        if (padChars is not (0 or 1 or 3 or 4 or 6)) throw Base64Failure.Binascii("Incorrect padding");
        if (padChars > 0 && decoded.Count > 0)
        {
            acc <<= 5 * padChars;
            int leftover = (43 - 5 * padChars) / 8;
            decoded.RemoveRange(decoded.Count - 5, 5);
            for (int b = 0; b < leftover; b++) decoded.Add((byte)(acc >> (8 * (4 - b))));
        }
        return decoded.ToArray();
    }

    /// <summary><c>binascii.unhexlify</c> of checked upper-case hex.</summary>
    public static byte[] B16Decode(byte[] s)
    {
        foreach (byte c in s)
            if (!(c is >= (byte)'0' and <= (byte)'9' || c is >= (byte)'A' and <= (byte)'F'))
                throw Base64Failure.Binascii("Non-base16 digit found");
        if (s.Length % 2 != 0) throw Base64Failure.Binascii("Odd-length string");
        return Convert.FromHexString(Encoding.ASCII.GetString(s));
    }

    /// <summary>base64.py's <c>_85encode</c> for Ascii85 (<paramref name="ascii85"/>) or base85.</summary>
    public static byte[] Encode85(ReadOnlySpan<byte> b, bool ascii85, bool pad, bool foldSpaces)
    {
        int padding = (4 - b.Length % 4) % 4;
        int words = (b.Length + padding) / 4;
        var o = new List<byte>(words * 5);
        Span<byte> w4 = stackalloc byte[4];
        Span<byte> chunk = stackalloc byte[5];
        int lastStart = 0;
        for (int i = 0; i < words; i++)
        {
            w4.Clear();
            b.Slice(i * 4, Math.Min(4, b.Length - i * 4)).CopyTo(w4);
            uint word = BinaryPrimitives.ReadUInt32BigEndian(w4);
            lastStart = o.Count;
            if (ascii85 && word == 0) { o.Add((byte)'z'); continue; }
            if (ascii85 && foldSpaces && word == 0x20202020) { o.Add((byte)'y'); continue; }
            for (int k = 4; k >= 0; k--) { chunk[k] = Digit85(word % 85, ascii85); word /= 85; }
            foreach (byte c in chunk) o.Add(c);
        }
        if (padding > 0 && !pad && words > 0)
        {
            if (o[lastStart] == 'z' && o.Count - lastStart == 1)
            {
                o.RemoveAt(lastStart);
                for (int k = 0; k < 5; k++) o.Add(Digit85(0, ascii85));
            }
            o.RemoveRange(o.Count - padding, padding);
        }
        return o.ToArray();
    }

    private static byte Digit85(uint d, bool ascii85) => ascii85 ? (byte)(33 + d) : (byte)B85[(int)d];

    /// <summary><c>base64.b85decode</c>.</summary>
    public static byte[] B85Decode(byte[] b)
    {
        int padding = (5 - b.Length % 5) % 5;
        var s = new byte[b.Length + padding];
        b.CopyTo(s, 0);
        for (int i = b.Length; i < s.Length; i++) s[i] = (byte)'~';
        var o = new byte[s.Length / 5 * 4];
        for (int i = 0; i < s.Length; i += 5)
        {
            ulong acc = 0;
            for (int j = 0; j < 5; j++)
            {
                int d = s_b85Rev[s[i + j]];
                if (d < 0) throw Base64Failure.Value($"bad base85 character at position {i + j}");
                acc = acc * 85 + (ulong)d;
            }
            if (acc > uint.MaxValue) throw Base64Failure.Value($"base85 overflow in hunk starting at byte {i}");
            BinaryPrimitives.WriteUInt32BigEndian(o.AsSpan(i / 5 * 4), (uint)acc);
        }
        return o[..(o.Length - padding)];
    }

    /// <summary><c>base64.a85decode</c> (after the Adobe frame is removed).</summary>
    public static byte[] A85Decode(byte[] b, bool foldSpaces, byte[] ignore)
    {
        var o = new List<byte>(b.Length / 5 * 4 + 4);
        Span<byte> curr = stackalloc byte[5];
        int n = 0;
        for (int i = 0; i < b.Length + 4; i++)
        {
            byte x = i < b.Length ? b[i] : (byte)'u';
            if (x is >= (byte)'!' and <= (byte)'u')
            {
                curr[n++] = x;
                if (n == 5)
                {
                    ulong acc = 0;
                    foreach (byte c in curr) acc = 85 * acc + (ulong)(c - 33);
                    if (acc > uint.MaxValue) throw Base64Failure.Value("Ascii85 overflow");
                    o.Add((byte)(acc >> 24)); o.Add((byte)(acc >> 16)); o.Add((byte)(acc >> 8)); o.Add((byte)acc);
                    n = 0;
                }
            }
            else if (x == 'z')
            {
                if (n > 0) throw Base64Failure.Value("z inside Ascii85 5-tuple");
                o.AddRange(new byte[4]);
            }
            else if (foldSpaces && x == 'y')
            {
                if (n > 0) throw Base64Failure.Value("y inside Ascii85 5-tuple");
                o.AddRange(new byte[] { 0x20, 0x20, 0x20, 0x20 });
            }
            else if (Array.IndexOf(ignore, x) >= 0)
            {
                continue;
            }
            else
            {
                throw Base64Failure.Value("Non-Ascii85 digit found: " + (char)x);
            }
        }
        int padding = 4 - n;
        if (padding > 0) o.RemoveRange(o.Count - padding, padding);
        return o.ToArray();
    }
}
