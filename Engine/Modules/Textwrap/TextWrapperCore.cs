using System.Text.RegularExpressions;
using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Text;

namespace RuleSandbox.Engine.Modules.Textwrap;

using static CodePointText;

/// <summary>
/// CPython 3.12's <c>TextWrapper</c> algorithm, line for line: whitespace munging, splitting into
/// chunks with its word-separator regex (hyphenated words and em-dashes), sentence-ending fixes,
/// and the greedy line filling with long-word breaking and <c>max_lines</c>/placeholder handling.
/// </summary>
internal static class TextWrapperCore
{
    private const string Ws = @"[\t\n\x0b\x0c\r ]";
    private const string NoWs = @"[^\t\n\x0b\x0c\r ]";
    private const string WordPunct = @"[\w!""'&.,?]";
    private const string Letter = @"[^\d\W]";

    // textwrap.TextWrapper.wordsep_re; .NET's regex engine backtracks as Python's does, so the
    // same pattern splits the same way. Python's \Z is .NET's \z.
    private static readonly Regex s_wordSep = new(
        "(" + Ws + "+" +
        "|(?<=" + WordPunct + ")-{2,}(?=\\w)" +
        "|" + NoWs + "+?(?:" +
            "-(?:(?<=" + Letter + "{2}-)|(?<=" + Letter + "-" + Letter + "-))(?=" + Letter + "-?" + Letter + ")" +
            "|(?=" + Ws + "|\\z)" +
            "|(?<=" + WordPunct + ")(?=-{2,}\\w)" +
        "))",
        RegexOptions.CultureInvariant);

    private static readonly Regex s_wordSepSimple = new("(" + Ws + "+)", RegexOptions.CultureInvariant);

    public static List<string> Wrap(string text, WrapOptions o)
    {
        var chunks = Split(Munge(text, o), o);
        if (o.FixSentenceEndings) FixSentenceEndings(chunks);
        return WrapChunks(chunks, o);
    }

    private static string Munge(string text, WrapOptions o)
    {
        if (o.ExpandTabs) text = TextBridge.Run(() => StrMethods.ExpandTabs(text, o.TabSize));
        if (o.ReplaceWhitespace)
        {
            var chars = text.ToCharArray();
            for (int i = 0; i < chars.Length; i++) if (chars[i] is '\t' or '\n' or '\v' or '\f' or '\r') chars[i] = ' ';
            text = new string(chars);
        }
        return text;
    }

    /// <summary><c>regex.split(text)</c> with one capturing group, without the empty strings.</summary>
    private static List<string> Split(string text, WrapOptions o)
    {
        var vm = Vm.Current;
        vm?.Charge(1 + (text.Length >> 3));
        var rx = o.SplitOnHyphens ? s_wordSep : s_wordSepSimple;
        var chunks = new List<string>();
        int pos = 0;
        for (var m = rx.Match(text); m.Success; m = m.NextMatch())
        {
            if (m.Index > pos) chunks.Add(text[pos..m.Index]);
            if (m.Groups[1].Length > 0) chunks.Add(m.Groups[1].Value);
            pos = m.Index + m.Length;
            vm?.Charge(1);
        }
        if (pos < text.Length) chunks.Add(text[pos..]);
        return chunks;
    }

    // sentence_end_re: [a-z][.!?]["']?\Z
    private static bool EndsSentence(string s)
    {
        bool At(int end) => end >= 2 && s[end - 1] is '.' or '!' or '?' && s[end - 2] is >= 'a' and <= 'z';
        int n = s.Length;
        return At(n) || (n > 0 && s[n - 1] is '"' or '\'' && At(n - 1));
    }

    private static void FixSentenceEndings(List<string> chunks)
    {
        int i = 0;
        while (i < chunks.Count - 1)
        {
            if (chunks[i + 1] == " " && EndsSentence(chunks[i]))
            {
                chunks[i + 1] = "  ";
                i += 2;
            }
            else
            {
                i++;
            }
        }
    }

    private static bool Blank(string s) => StrMethods.Strip(s).Length == 0;

    private static string Pop(List<string> stack)
    {
        var last = stack[^1];
        stack.RemoveAt(stack.Count - 1);
        return last;
    }

    private static void HandleLongWord(List<string> reversedChunks, List<string> curLine, long curLen, long width, WrapOptions o)
    {
        long spaceLeft = width < 1 ? 1 : width - curLen;
        if (o.BreakLongWords)
        {
            long end = spaceLeft;
            string chunk = reversedChunks[^1];
            if (o.BreakOnHyphens && Len(chunk) > spaceLeft)
            {
                // chunk.rfind('-', 0, space_left), and a non-hyphen before it. Long words are
                // re-sliced line after line, so the common (BMP-only) case avoids index translation.
                long hyphen;
                bool wordBefore;
                if (IsSimple(chunk))
                {
                    int lim = (int)System.Math.Min(spaceLeft, chunk.Length);
                    hyphen = lim <= 0 ? -1 : chunk.LastIndexOf('-', lim - 1);
                    wordBefore = hyphen > 0 && chunk.AsSpan(0, (int)hyphen).IndexOfAnyExcept('-') >= 0;
                }
                else
                {
                    hyphen = StrMethods.RFind(chunk, "-", 0, spaceLeft);
                    wordBefore = hyphen > 0 && Slice(chunk, 0, hyphen).Any(c => c != '-');
                }
                if (wordBefore) end = hyphen + 1;
            }
            curLine.Add(Slice(chunk, 0, end));
            reversedChunks[^1] = Slice(chunk, end, long.MaxValue);
        }
        else if (curLine.Count == 0)
        {
            curLine.Add(Pop(reversedChunks));
        }
    }

    private static List<string> WrapChunks(List<string> chunks, WrapOptions o)
    {
        var lines = new List<string>();
        if (o.Width <= 0) throw Err.ValueError($"invalid width {o.Width} (must be > 0)");
        if (o.MaxLines is { } maxLines)
        {
            string ind = maxLines > 1 ? o.SubsequentIndent : o.InitialIndent;
            if (Len(ind) + Len(StrMethods.LStrip(o.Placeholder)) > o.Width) throw Err.ValueError("placeholder too large for max width");
        }
        var vm = Vm.Current;
        chunks.Reverse();
        while (chunks.Count > 0)
        {
            vm?.Charge(1);
            var curLine = new List<string>();
            long curLen = 0;
            string indent = lines.Count > 0 ? o.SubsequentIndent : o.InitialIndent;
            long width = o.Width - Len(indent);
            // Whitespace at the start of a line (but not of the first) is dropped.
            if (o.DropWhitespace && Blank(chunks[^1]) && lines.Count > 0) chunks.RemoveAt(chunks.Count - 1);
            while (chunks.Count > 0)
            {
                long l = Len(chunks[^1]);
                if (curLen + l > width) break;
                curLine.Add(Pop(chunks));
                curLen += l;
                vm?.Charge(1);
            }
            if (chunks.Count > 0 && Len(chunks[^1]) > width)
            {
                HandleLongWord(chunks, curLine, curLen, width, o);
                curLen = curLine.Sum(Len);
            }
            if (o.DropWhitespace && curLine.Count > 0 && Blank(curLine[^1]))
            {
                curLen -= Len(curLine[^1]);
                curLine.RemoveAt(curLine.Count - 1);
            }
            if (curLine.Count == 0) continue;
            if (o.MaxLines is null || lines.Count + 1 < o.MaxLines
                || ((chunks.Count == 0 || (o.DropWhitespace && chunks.Count == 1 && Blank(chunks[0]))) && curLen <= width))
            {
                lines.Add(indent + string.Concat(curLine));
                vm?.ChargeAllocation(2L * lines[^1].Length);
                continue;
            }
            // The last allowed line: end it with the placeholder where it fits.
            bool placed = false;
            while (curLine.Count > 0)
            {
                if (!Blank(curLine[^1]) && curLen + Len(o.Placeholder) <= width)
                {
                    curLine.Add(o.Placeholder);
                    lines.Add(indent + string.Concat(curLine));
                    placed = true;
                    break;
                }
                curLen -= Len(curLine[^1]);
                curLine.RemoveAt(curLine.Count - 1);
            }
            if (!placed)
            {
                if (lines.Count > 0)
                {
                    string prev = StrMethods.RStrip(lines[^1]);
                    if (Len(prev) + Len(o.Placeholder) <= o.Width)
                    {
                        lines[^1] = prev + o.Placeholder;
                        break;
                    }
                }
                lines.Add(indent + StrMethods.LStrip(o.Placeholder));
            }
            break;
        }
        return lines;
    }
}
