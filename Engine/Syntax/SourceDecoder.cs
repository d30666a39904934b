using System.Text;
using System.Text.RegularExpressions;

namespace RuleSandbox.Engine.Syntax;

/// <summary>Turns source bytes into text as CPython does: BOM, PEP 263 coding cookie, strict UTF-8.</summary>
public static partial class SourceDecoder
{
    [GeneratedRegex(@"^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)")]
    private static partial Regex CodingCookie();

    /// <summary>CPython's get_normal_name: the spelling its messages use for two common encodings.</summary>
    private static string NormalName(string name)
    {
        string n = name.Length > 12 ? name[..12] : name;
        n = n.ToLowerInvariant().Replace('_', '-');
        if (n == "utf-8" || n.StartsWith("utf-8-", StringComparison.Ordinal)) return "utf-8";
        if (n is "latin-1" or "iso-8859-1" or "iso-latin-1" || n.StartsWith("latin-1-", StringComparison.Ordinal)
            || n.StartsWith("iso-8859-1-", StringComparison.Ordinal) || n.StartsWith("iso-latin-1-", StringComparison.Ordinal))
            return "iso-8859-1";
        return name;
    }

    static SourceDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Python codec names (cp1252, koi8-r, iso-8859-15, ...) through .NET's code pages.</summary>
    private static Encoding? LegacyEncoding(string pythonName)
    {
        bool codePage = pythonName.Length > 2 && pythonName.StartsWith("cp", StringComparison.Ordinal);
        string name = codePage && int.TryParse(pythonName.AsSpan(2), out int cp)
            ? (cp >= 1250 && cp <= 1258 ? "windows-" + cp : "ibm" + cp)
            : pythonName;
        try
        {
            return Encoding.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            return codePage && int.TryParse(pythonName.AsSpan(2), out int page) ? TryCodePage(page) : null;
        }
    }

    private static Encoding? TryCodePage(int page)
    {
        try { return Encoding.GetEncoding(page, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback); }
        catch (Exception e) when (e is ArgumentException or NotSupportedException) { return null; }
    }

    /// <exception cref="PythonSyntaxError">Unknown encoding or undecodable bytes.</exception>
    public static string Decode(byte[] bytes, string filename)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        int offset = 0;
        bool bom = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;
        if (bom) offset = 3;
        string? declared = null;
        int cookieLine = 0;
        // The cookie may be on line 1, or on line 2 if line 1 is blank or a comment.
        int lineStart = offset;
        for (int line = 1; line <= 2 && lineStart < bytes.Length; line++)
        {
            int end = Array.IndexOf(bytes, (byte)'\n', lineStart);
            if (end < 0) end = bytes.Length;
            string text = Encoding.Latin1.GetString(bytes, lineStart, end - lineStart);
            var m = CodingCookie().Match(text);
            if (m.Success) { declared = m.Groups[1].Value; cookieLine = line; break; }
            string trimmed = text.TrimStart(' ', '\t', '\f', '\r');
            if (trimmed.Length > 0 && trimmed[0] != '#') break;
            lineStart = end + 1;
        }
        Encoding encoding = new UTF8Encoding(false, true);
        if (declared is not null)
        {
            string norm = declared.ToLowerInvariant().Replace('_', '-');
            Encoding? e = norm switch
            {
                "utf-8" or "utf8" or "utf-8-sig" or "u8" or "utf" or "cp65001" => new UTF8Encoding(false, true),
                "latin-1" or "iso-8859-1" or "iso8859-1" or "latin1" or "l1" or "iso-latin-1" or "8859" or "cp819" or "latin" => Encoding.Latin1,
                "ascii" or "us-ascii" or "646" => Encoding.GetEncoding("us-ascii", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback),
                _ when norm.StartsWith("utf-8-", StringComparison.Ordinal) || norm.StartsWith("latin-1-", StringComparison.Ordinal) || norm.StartsWith("iso-8859-1-", StringComparison.Ordinal)
                    => norm.StartsWith("utf", StringComparison.Ordinal) ? new UTF8Encoding(false, true) : Encoding.Latin1,
                _ => LegacyEncoding(norm),
            };
            // CPython reports these two without a location (line 0, offset -1).
            if (e is null)
                throw new PythonSyntaxError("SyntaxError", $"unknown encoding: {declared}", filename, 0, -1, 0, -1, null);
            if (bom && e is not UTF8Encoding)
                throw new PythonSyntaxError("SyntaxError", $"encoding problem: {NormalName(declared)} with BOM", filename, 0, -1, 0, -1, null);
            encoding = e;
        }
        if (encoding is UTF8Encoding)
        {
            // Invalid bytes survive as escapes; the tokenizer reports them in their token.
            return Utf8Errors.DecodeWithEscapes(bytes.AsSpan(offset));
        }
        try
        {
            return encoding.GetString(bytes, offset, bytes.Length - offset);
        }
        catch (DecoderFallbackException ex)
        {
            int pos = offset + (ex.Index >= 0 ? ex.Index : 0);
            int line = 1;
            for (int i = 0; i < pos && i < bytes.Length; i++) if (bytes[i] == '\n') line++;
            byte bad = pos < bytes.Length ? bytes[pos] : (byte)0;
            string codec = encoding is UTF8Encoding ? "utf-8" : "ascii";
            string reason = codec == "ascii" ? "ordinal not in range(128)" : "invalid start byte";
            throw new PythonSyntaxError("SyntaxError", $"(unicode error) '{codec}' codec can't decode byte 0x{bad:x2} in position {pos - offset}: {reason}", filename, line, 0, line, 0, null);
        }
    }
}
