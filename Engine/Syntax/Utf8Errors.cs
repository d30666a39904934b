using System.Text;

namespace RuleSandbox.Engine.Syntax;

/// <summary>
/// Source bytes that are not UTF-8 are kept through decoding as "surrogate escapes" (byte B becomes
/// U+DC00+B, which valid UTF-8 never produces), so the tokenizer can report them where CPython
/// does: not at all inside comments, and relative to the token (string or name) that holds them.
/// </summary>
internal static class Utf8Errors
{
    /// <summary>
    /// Is <c>s[i]</c> an escaped byte? Escapes are lone low surrogates in U+DC80..U+DCFF; the low
    /// half of a real surrogate pair (an astral character) can have the same value, but always
    /// follows its high half.
    /// </summary>
    public static bool IsEscapedByte(string s, int i)
        => s[i] >= '\uDC80' && s[i] <= '\uDCFF' && (i == 0 || !char.IsHighSurrogate(s[i - 1]));

    private static bool IsEscapedByte(char c) => c >= '\uDC80' && c <= '\uDCFF';

    /// <summary>Decodes UTF-8, turning each byte of an invalid sequence into U+DC00+byte.</summary>
    public static string DecodeWithEscapes(ReadOnlySpan<byte> bytes)
    {
        var sb = new StringBuilder(bytes.Length);
        while (!bytes.IsEmpty)
        {
            var status = System.Text.Rune.DecodeFromUtf8(bytes, out var rune, out int consumed);
            if (status == System.Buffers.OperationStatus.Done)
            {
                sb.Append(rune.ToString());
                bytes = bytes[consumed..];
            }
            else
            {
                sb.Append((char)(0xDC00 + bytes[0]));
                bytes = bytes[1..];
            }
        }
        return sb.ToString();
    }

    /// <summary>The text's bytes as they were in the file (escaped bytes back to themselves).</summary>
    public static byte[] OriginalBytes(string text)
    {
        var result = new List<byte>(text.Length);
        Span<byte> buf = stackalloc byte[4];
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (IsEscapedByte(c) && (i == 0 || !char.IsHighSurrogate(text[i - 1]))) { result.Add((byte)(c - 0xDC00)); continue; }
            int cp = c;
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) cp = char.ConvertToUtf32(c, text[++i]);
            int n = new Rune(cp).EncodeToUtf8(buf);
            for (int k = 0; k < n; k++) result.Add(buf[k]);
        }
        return result.ToArray();
    }

    /// <summary>
    /// CPython's UnicodeDecodeError text for the first invalid sequence of <paramref name="text"/>:
    /// "'utf-8' codec can't decode byte 0xe9 in position 3: unexpected end of data".
    /// </summary>
    public static string Describe(string text)
    {
        byte[] b = OriginalBytes(text);
        int i = 0;
        while (i < b.Length)
        {
            byte lead = b[i];
            int need = lead < 0x80 ? 0 : lead >= 0xC2 && lead <= 0xDF ? 1 : lead >= 0xE0 && lead <= 0xEF ? 2 : lead >= 0xF0 && lead <= 0xF4 ? 3 : -1;
            if (need < 0) return Message(b, i, i + 1, "invalid start byte");
            for (int k = 1; k <= need; k++)
            {
                if (i + k >= b.Length) return Message(b, i, b.Length, "unexpected end of data");
                byte c = b[i + k];
                byte lo = 0x80, hi = 0xBF;
                if (k == 1)
                {
                    if (lead == 0xE0) lo = 0xA0;
                    else if (lead == 0xED) hi = 0x9F;
                    else if (lead == 0xF0) lo = 0x90;
                    else if (lead == 0xF4) hi = 0x8F;
                }
                if (c < lo || c > hi) return Message(b, i, i + k, "invalid continuation byte");
            }
            i += need + 1;
        }
        return "'utf-8' codec can't decode: invalid data";
    }

    private static string Message(byte[] b, int start, int end, string reason)
        => end - start == 1
            ? $"'utf-8' codec can't decode byte 0x{b[start]:x2} in position {start}: {reason}"
            : $"'utf-8' codec can't decode bytes in position {start}-{end - 1}: {reason}";
}
