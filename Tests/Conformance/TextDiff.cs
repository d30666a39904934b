using System.Text;

namespace RuleSandbox.Tests.Conformance;

/// <summary>
/// Describes how an actual output differs from the expected one, readably even when the text is
/// a single 10,000-character <c>ast.dump</c> line: the first differing line, and within it the
/// first differing column with some context on both sides.
/// </summary>
internal static class TextDiff
{
    private const int Context = 70;
    private const int MaxListedLines = 6;

    public static void Describe(string what, string expected, string actual, StringBuilder into)
    {
        if (expected == actual) return;
        string[] e = Lines(expected);
        string[] a = Lines(actual);
        if (e.SequenceEqual(a))
        {
            into.Append($"{what}: the lines agree but the final newline differs (expected {(expected.EndsWith('\n') ? "one" : "none")})\n");
            return;
        }
        int line = 0;
        while (line < e.Length && line < a.Length && e[line] == a[line]) line++;
        into.Append($"{what} differs at line {line + 1} (expected {LineCount(expected)} lines, got {LineCount(actual)}):\n");
        int listFrom = line;
        if (line < e.Length && line < a.Length)
        {
            listFrom = line + 1;
            string el = e[line], al = a[line];
            int col = 0;
            while (col < el.Length && col < al.Length && el[col] == al[col]) col++;
            int from = Math.Max(0, col - Context);
            into.Append($"  first difference at column {col + 1}:\n");
            into.Append($"  expected: {Excerpt(el, from, col)}\n");
            into.Append($"  actual:   {Excerpt(al, from, col)}\n");
        }
        // Then the following lines, unified-diff style, so a missing or extra line shows too.
        int shown = 0;
        for (int i = listFrom; i < Math.Max(e.Length, a.Length) && shown < MaxListedLines; i++, shown++)
        {
            string? el = i < e.Length ? e[i] : null;
            string? al = i < a.Length ? a[i] : null;
            if (el == al) { into.Append($"   {Clip(el!)}\n"); continue; }
            if (el is not null) into.Append($"  -{Clip(el)}\n");
            if (al is not null) into.Append($"  +{Clip(al)}\n");
        }
    }

    private static string[] Lines(string s)
    {
        if (s.EndsWith('\n')) s = s[..^1];
        return s.Length == 0 ? Array.Empty<string>() : s.Split('\n');
    }

    private static int LineCount(string s) => s.Length == 0 ? 0 : s.Count(c => c == '\n') + (s.EndsWith('\n') ? 0 : 1);

    private static string Excerpt(string s, int from, int col)
    {
        int to = Math.Min(s.Length, col + Context);
        string prefix = from > 0 ? "..." : "";
        string suffix = to < s.Length ? "..." : "";
        return prefix + Visible(s[from..col]) + "\u00bb" + Visible(s[col..to]) + suffix;
    }

    private static string Clip(string s) => Visible(s.Length > 2 * Context ? s[..(2 * Context)] + "..." : s);

    /// <summary>Control characters made visible, so a stray '\r' or '\t' cannot hide.</summary>
    private static string Visible(string s)
    {
        var b = new StringBuilder(s.Length);
        foreach (char c in s)
        {
            if (c == '\t') b.Append("\\t");
            else if (c == '\r') b.Append("\\r");
            else if (c < ' ') b.Append($"\\x{(int)c:x2}");
            else b.Append(c);
        }
        return b.ToString();
    }
}
