using System.Text;

namespace RuleSandbox.Engine.Runtime.Text;

/// <summary>
/// Code-point view of a .NET string. Python's str is a sequence of code points; a .NET string is
/// UTF-16, where a character outside the BMP takes two units. A well-formed surrogate pair counts as
/// one code point and a lone surrogate counts as one code point of its own.
/// </summary>
/// <remarks>
/// Every helper has a fast path for strings without surrogates (the common case), where code-point
/// indices and UTF-16 offsets coincide.
/// </remarks>
public static class CodePoints
{
    /// <summary>True when <paramref name="s"/> holds any surrogate unit, so indices need translating.</summary>
    public static bool HasSurrogates(string s)
    {
        foreach (char c in s)
            if (char.IsSurrogate(c)) return true;
        return false;
    }

    /// <summary>Length in code points (<c>len(s)</c>).</summary>
    public static int Length(string s)
    {
        int n = s.Length;
        for (int i = 0; i + 1 < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && char.IsLowSurrogate(s[i + 1])) { n--; i++; }
        }
        return n;
    }

    /// <summary>The code point that starts at UTF-16 offset <paramref name="i"/> and how many units it uses.</summary>
    public static int At(string s, int i, out int units)
    {
        char c = s[i];
        if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
        {
            units = 2;
            return char.ConvertToUtf32(c, s[i + 1]);
        }
        units = 1;
        return c;
    }

    /// <summary>UTF-16 offset of code point <paramref name="index"/> (0..Length inclusive).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The index is outside 0..Length.</exception>
    public static int ToUtf16Offset(string s, int index)
    {
        if (index < 0) throw new ArgumentOutOfRangeException(nameof(index));
        int cp = 0, i = 0;
        while (cp < index)
        {
            if (i >= s.Length) throw new ArgumentOutOfRangeException(nameof(index));
            At(s, i, out int u);
            i += u;
            cp++;
        }
        return i;
    }

    /// <summary>Code-point index of UTF-16 offset <paramref name="offset"/> (which must not split a pair).</summary>
    public static int ToCodePointIndex(string s, int offset)
    {
        int cp = 0, i = 0;
        while (i < offset)
        {
            At(s, i, out int u);
            i += u;
            cp++;
        }
        return cp;
    }

    /// <summary>The code point at code-point index <paramref name="index"/> as a string (<c>s[i]</c>, index already normalized).</summary>
    public static string ItemAt(string s, int index)
    {
        int off = ToUtf16Offset(s, index);
        At(s, off, out int u);
        return s.Substring(off, u);
    }

    /// <summary>The code points of <paramref name="s"/>.</summary>
    public static int[] ToArray(string s)
    {
        var list = new int[s.Length];
        int n = 0;
        for (int i = 0; i < s.Length;)
        {
            list[n++] = At(s, i, out int u);
            i += u;
        }
        Array.Resize(ref list, n);
        return list;
    }

    /// <summary>Builds a string from code points; a lone surrogate code point becomes one UTF-16 unit.</summary>
    public static string FromArray(ReadOnlySpan<int> cps)
    {
        var sb = new StringBuilder(cps.Length);
        foreach (int cp in cps) Append(sb, cp);
        return sb.ToString();
    }

    /// <summary>Appends one code point (lone surrogates are kept as a single unit).</summary>
    public static void Append(StringBuilder sb, int cp)
    {
        if (cp >= 0x10000) sb.Append(char.ConvertFromUtf32(cp));
        else sb.Append((char)cp);
    }

    /// <summary>One code point as a string.</summary>
    public static string FromCodePoint(int cp) => cp >= 0x10000 ? char.ConvertFromUtf32(cp) : ((char)cp).ToString();

    /// <summary>
    /// <c>s[start:stop]</c> with code-point bounds already clamped to 0..Length (start &lt;= stop not required).
    /// </summary>
    public static string Slice(string s, int start, int stop)
    {
        if (stop <= start) return "";
        int a = ToUtf16Offset(s, start);
        int b = a;
        for (int cp = start; cp < stop && b < s.Length; cp++)
        {
            At(s, b, out int u);
            b += u;
        }
        return s.Substring(a, b - a);
    }
}
