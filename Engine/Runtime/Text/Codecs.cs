using System.Text;

namespace RuleSandbox.Engine.Runtime.Text;

/// <summary>
/// <c>str.encode</c> and <c>bytes.decode</c> for UTF-8, ASCII and Latin-1 with the error handlers
/// strict, ignore, replace, backslashreplace, xmlcharrefreplace (encode), surrogateescape and
/// surrogatepass (UTF-8), raising CPython's UnicodeEncodeError/UnicodeDecodeError messages.
/// </summary>
/// <remarks>
/// A .NET string cannot tell a surrogate pair from two surrogate code points; a pair is always one
/// code point here, a lone surrogate is one code point of its own.
/// </remarks>
public static class Codecs
{
    private enum Codec { Utf8, Ascii, Latin1 }

    /// <summary>The codec's canonical name for an encoding name (CPython's aliases), e.g. "UTF8" → "utf-8".</summary>
    /// <exception cref="TextError">LookupError "unknown encoding: x".</exception>
    public static string CanonicalName(string encoding) => Name(Lookup(encoding));

    private static string Name(Codec c) => c switch { Codec.Utf8 => "utf-8", Codec.Ascii => "ascii", _ => "latin-1" };

    private static Codec Lookup(string encoding)
    {
        string n = encoding.Trim().ToLowerInvariant().Replace('-', '_').Replace(' ', '_');
        return n switch
        {
            "utf_8" or "utf8" or "u8" or "utf" or "cp65001" => Codec.Utf8,
            "ascii" or "us_ascii" or "646" or "ansi_x3.4_1968" or "us" or "iso646_us" => Codec.Ascii,
            "latin_1" or "latin1" or "latin" or "l1" or "iso_8859_1" or "iso8859_1" or "8859" or "cp819" or "iso_ir_100" => Codec.Latin1,
            _ => throw new TextError("LookupError", $"unknown encoding: {encoding}"),
        };
    }

    /// <summary><c>s.encode(encoding, errors)</c>.</summary>
    /// <exception cref="TextError">UnicodeEncodeError, or LookupError for an unknown encoding or handler.</exception>
    public static byte[] Encode(string s, string encoding = "utf-8", string errors = "strict")
    {
        ArgumentNullException.ThrowIfNull(s);
        Codec codec = Lookup(encoding);
        int limit = codec switch { Codec.Ascii => 128, Codec.Latin1 => 256, _ => 0x110000 };
        int[] cps = CodePoints.ToArray(s);
        var output = new List<byte>(s.Length);
        for (int i = 0; i < cps.Length;)
        {
            int cp = cps[i];
            bool bad = codec == Codec.Utf8 ? cp is >= 0xD800 and <= 0xDFFF : cp >= limit;
            if (!bad)
            {
                AppendEncoded(output, codec, cp);
                i++;
                continue;
            }
            int end = i + 1;
            while (end < cps.Length && (codec == Codec.Utf8 ? cps[end] is >= 0xD800 and <= 0xDFFF : cps[end] >= limit)) end++;
            string reason = codec == Codec.Utf8 ? "surrogates not allowed" : $"ordinal not in range({limit})";
            switch (errors)
            {
                case "strict":
                    throw EncodeError(codec, cps, i, end, reason);
                case "ignore":
                    break;
                case "replace":
                    for (int k = i; k < end; k++) output.Add((byte)'?');
                    break;
                case "backslashreplace":
                    for (int k = i; k < end; k++) foreach (char c in StrMethods.EscapeCodePoint(cps[k])) output.Add((byte)c);
                    break;
                case "xmlcharrefreplace":
                    for (int k = i; k < end; k++) foreach (char c in "&#" + cps[k] + ";") output.Add((byte)c);
                    break;
                case "surrogateescape":
                    for (int k = i; k < end; k++)
                    {
                        if (cps[k] < 0xDC80 || cps[k] > 0xDCFF) throw EncodeError(codec, cps, k, k + 1, reason);
                        output.Add((byte)(cps[k] - 0xDC00));
                    }
                    break;
                case "surrogatepass" when codec == Codec.Utf8:
                    for (int k = i; k < end; k++) AppendUtf8(output, cps[k]);
                    break;
                case "surrogatepass":
                    throw EncodeError(codec, cps, i, end, reason);
                default:
                    throw new TextError("LookupError", $"unknown error handler name '{errors}'");
            }
            i = end;
        }
        return output.ToArray();
    }

    private static TextError EncodeError(Codec codec, int[] cps, int start, int end, string reason)
    {
        string name = Name(codec);
        return end - start == 1
            ? new TextError("UnicodeEncodeError",
                $"'{name}' codec can't encode character '{StrMethods.EscapeCodePoint(cps[start])}' in position {start}: {reason}")
            : new TextError("UnicodeEncodeError",
                $"'{name}' codec can't encode characters in position {start}-{end - 1}: {reason}");
    }

    private static void AppendEncoded(List<byte> output, Codec codec, int cp)
    {
        if (codec == Codec.Utf8) AppendUtf8(output, cp);
        else output.Add((byte)cp);
    }

    private static void AppendUtf8(List<byte> o, int cp)
    {
        if (cp < 0x80) o.Add((byte)cp);
        else if (cp < 0x800) { o.Add((byte)(0xC0 | (cp >> 6))); o.Add((byte)(0x80 | (cp & 0x3F))); }
        else if (cp < 0x10000)
        {
            o.Add((byte)(0xE0 | (cp >> 12))); o.Add((byte)(0x80 | ((cp >> 6) & 0x3F))); o.Add((byte)(0x80 | (cp & 0x3F)));
        }
        else
        {
            o.Add((byte)(0xF0 | (cp >> 18))); o.Add((byte)(0x80 | ((cp >> 12) & 0x3F)));
            o.Add((byte)(0x80 | ((cp >> 6) & 0x3F))); o.Add((byte)(0x80 | (cp & 0x3F)));
        }
    }

    /// <summary><c>b.decode(encoding, errors)</c>.</summary>
    /// <exception cref="TextError">UnicodeDecodeError, or LookupError for an unknown encoding or handler.</exception>
    public static string Decode(ReadOnlySpan<byte> data, string encoding = "utf-8", string errors = "strict")
    {
        Codec codec = Lookup(encoding);
        var sb = new StringBuilder(data.Length);
        if (codec == Codec.Latin1)
        {
            foreach (byte b in data) sb.Append((char)b);
            return sb.ToString();
        }
        int i = 0;
        while (i < data.Length)
        {
            byte b = data[i];
            if (b < 0x80) { sb.Append((char)b); i++; continue; }
            int end;
            string reason;
            if (codec == Codec.Ascii)
            {
                end = i + 1;
                reason = "ordinal not in range(128)";
            }
            else
            {
                int r = DecodeUtf8One(data, i, out int cp, out int used);
                if (r == 0) { CodePoints.Append(sb, cp); i += used; continue; }
                if (r == -1) { end = data.Length; reason = "unexpected end of data"; }
                else if (r == 1) { end = i + 1; reason = "invalid start byte"; }
                else { end = i + r - 1; reason = "invalid continuation byte"; }
            }
            switch (errors)
            {
                case "strict":
                    string name = Name(codec);
                    throw end - i == 1
                        ? new TextError("UnicodeDecodeError", $"'{name}' codec can't decode byte 0x{data[i]:x2} in position {i}: {reason}")
                        : new TextError("UnicodeDecodeError", $"'{name}' codec can't decode bytes in position {i}-{end - 1}: {reason}");
                case "ignore":
                    break;
                case "replace":
                    sb.Append('\uFFFD');
                    break;
                case "backslashreplace":
                    for (int k = i; k < end; k++) sb.Append("\\x").Append(data[k].ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
                    break;
                case "surrogateescape":
                    for (int k = i; k < end; k++) sb.Append((char)(0xDC00 + data[k]));
                    break;
                default:
                    throw new TextError("LookupError", $"unknown error handler name '{errors}'");
            }
            i = end;
        }
        return sb.ToString();
    }

    // CPython's stringlib utf8_decode for one sequence at i: 0 = decoded; -1 = unexpected end of data;
    // 1 = invalid start byte; 2, 3, 4 = invalid continuation at byte 1, 2, 3 (error covers r-1 bytes).
    private static int DecodeUtf8One(ReadOnlySpan<byte> s, int i, out int cp, out int used)
    {
        cp = 0;
        used = 0;
        int ch = s[i];
        int left = s.Length - i;
        static bool Cont(int b) => (b & 0xC0) == 0x80;
        if (ch < 0xC2) return 1;
        if (ch < 0xE0)
        {
            if (left < 2) return -1;
            int c2 = s[i + 1];
            if (!Cont(c2)) return 2;
            cp = ((ch & 0x1F) << 6) | (c2 & 0x3F);
            used = 2;
            return 0;
        }
        if (ch < 0xF0)
        {
            if (left < 3)
            {
                if (left < 2) return -1;
                int t2 = s[i + 1];
                if (!Cont(t2) || (t2 < 0xA0 ? ch == 0xE0 : ch == 0xED)) return 2;
                return -1;
            }
            int c2 = s[i + 1], c3 = s[i + 2];
            if (!Cont(c2)) return 2;
            if (ch == 0xE0 ? c2 < 0xA0 : ch == 0xED && c2 >= 0xA0) return 2;
            if (!Cont(c3)) return 3;
            cp = ((ch & 0x0F) << 12) | ((c2 & 0x3F) << 6) | (c3 & 0x3F);
            used = 3;
            return 0;
        }
        if (ch < 0xF5)
        {
            if (left < 4)
            {
                if (left < 2) return -1;
                int t2 = s[i + 1];
                if (!Cont(t2) || (t2 < 0x90 ? ch == 0xF0 : ch == 0xF4)) return 2;
                if (left < 3) return -1;
                if (!Cont(s[i + 2])) return 3;
                return -1;
            }
            int c2 = s[i + 1], c3 = s[i + 2], c4 = s[i + 3];
            if (!Cont(c2)) return 2;
            if (ch == 0xF0 ? c2 < 0x90 : ch == 0xF4 && c2 >= 0x90) return 2;
            if (!Cont(c3)) return 3;
            if (!Cont(c4)) return 4;
            cp = ((ch & 0x07) << 18) | ((c2 & 0x3F) << 12) | ((c3 & 0x3F) << 6) | (c4 & 0x3F);
            used = 4;
            return 0;
        }
        return 1;
    }
}
