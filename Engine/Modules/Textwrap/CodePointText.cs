namespace RuleSandbox.Engine.Modules.Textwrap;

using Math = System.Math;

/// <summary>
/// Lengths and slices in code points (Python's <c>len</c> and <c>s[a:b]</c>) over .NET strings,
/// where a character outside the BMP takes two UTF-16 units.
/// </summary>
internal static class CodePointText
{
    /// <summary>True when every character is one UTF-16 unit (indices need no translation).</summary>
    public static bool IsSimple(string s) => s.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0;

    public static long Len(string s)
    {
        if (IsSimple(s)) return s.Length;
        long n = s.Length;
        for (int i = 0; i + 1 < s.Length; i++)
            if (char.IsHighSurrogate(s[i]) && char.IsLowSurrogate(s[i + 1])) { n--; i++; }
        return n;
    }

    /// <summary><c>s[start:end]</c> for 0 ≤ start, end (clamped to the length as Python does).</summary>
    public static string Slice(string s, long start, long end)
    {
        if (IsSimple(s))
        {
            int a0 = (int)Math.Min(start, s.Length), b0 = (int)Math.Min(end, s.Length);
            return b0 <= a0 ? "" : s[a0..b0];
        }
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
