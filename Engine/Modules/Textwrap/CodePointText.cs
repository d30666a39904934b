namespace RuleSandbox.Engine.Modules.Textwrap;

/// <summary>
/// Lengths and slices in code points (Python's <c>len</c> and <c>s[a:b]</c>) over .NET strings,
/// where a character outside the BMP takes two UTF-16 units.
/// </summary>
internal static class CodePointText
{
    public static long Len(string s)
    {
        long n = s.Length;
        for (int i = 0; i + 1 < s.Length; i++)
            if (char.IsHighSurrogate(s[i]) && char.IsLowSurrogate(s[i + 1])) { n--; i++; }
        return n;
    }

    /// <summary><c>s[start:end]</c> for 0 ≤ start, end (clamped to the length as Python does).</summary>
    public static string Slice(string s, long start, long end)
    {
        int a = Utf16Index(s, start), b = Utf16Index(s, end);
        return b <= a ? "" : s[a..b];
    }

    private static int Utf16Index(string s, long cp)
    {
        int i = 0;
        for (long k = 0; k < cp && i < s.Length; k++)
            i += char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? 2 : 1;
        return i;
    }
}
