using System.Globalization;
using System.Text;

namespace RuleSandbox.Engine.Runtime.Text;

/// <summary>
/// Python's str methods over code points, with CPython 3.12's results and messages. Start/end
/// arguments are code-point indices with slice semantics (null = omitted); returned indices are
/// code-point indices.
/// </summary>
/// <remarks>
/// Strings without surrogates (almost all) take ordinal UTF-16 paths where code points and units
/// coincide; otherwise offsets are translated, and a match is never allowed to split a surrogate pair.
/// Unicode properties and case mappings come from <see cref="UnicodeInfo"/> (CPython's own tables).
/// </remarks>
public static class StrMethods
{
    // ------------------------------------------------------------------ index helpers

    /// <summary>CPython's ADJUST_INDICES: slice-style start/end clamped against <paramref name="length"/>.</summary>
    public static (long Start, long End) AdjustIndices(long? start, long? end, long length)
    {
        long s = start ?? 0, e = end ?? length;
        if (e > length) e = length;
        else if (e < 0) { e += length; if (e < 0) e = 0; }
        if (s < 0) { s += length; if (s < 0) s = 0; }
        return (s, e);
    }

    private static bool Plain(string s) => !CodePoints.HasSurrogates(s);

    // ------------------------------------------------------------------ searching

    /// <summary><c>s.find(sub, start, end)</c>.</summary>
    public static long Find(string s, string sub, long? start = null, long? end = null) => FindCore(s, sub, start, end, reverse: false);

    /// <summary><c>s.rfind(sub, start, end)</c>.</summary>
    public static long RFind(string s, string sub, long? start = null, long? end = null) => FindCore(s, sub, start, end, reverse: true);

    /// <summary><c>s.index(sub, start, end)</c>.</summary>
    /// <exception cref="TextError">ValueError "substring not found".</exception>
    public static long Index(string s, string sub, long? start = null, long? end = null)
    {
        long r = Find(s, sub, start, end);
        return r >= 0 ? r : throw TextError.Value("substring not found");
    }

    /// <summary><c>s.rindex(sub, start, end)</c>.</summary>
    /// <exception cref="TextError">ValueError "substring not found".</exception>
    public static long RIndex(string s, string sub, long? start = null, long? end = null)
    {
        long r = RFind(s, sub, start, end);
        return r >= 0 ? r : throw TextError.Value("substring not found");
    }

    /// <summary><c>sub in s</c>.</summary>
    public static bool Contains(string s, string sub) => Find(s, sub) >= 0;

    private static long FindCore(string s, string sub, long? start, long? end, bool reverse)
    {
        bool plain = Plain(s);
        long len = plain ? s.Length : CodePoints.Length(s);
        var (a, b) = AdjustIndices(start, end, len);
        long subLen = Plain(sub) ? sub.Length : CodePoints.Length(sub);
        if (b - a < subLen) return -1;
        if (subLen == 0) return reverse ? b : a;
        int ua = plain ? (int)a : CodePoints.ToUtf16Offset(s, (int)a);
        int ub = plain ? (int)b : CodePoints.ToUtf16Offset(s, (int)b);
        int pos = SearchUnits(s, sub, ua, ub, reverse);
        if (pos < 0) return -1;
        return plain ? pos : CodePoints.ToCodePointIndex(s, pos);
    }

    // Ordinal search within [from, to) in UTF-16 units, skipping matches that split a surrogate pair.
    private static int SearchUnits(string s, string sub, int from, int to, bool reverse)
    {
        if (!reverse)
        {
            int i = from;
            while (i <= to - sub.Length)
            {
                int p = s.IndexOf(sub, i, to - i, StringComparison.Ordinal);
                if (p < 0) return -1;
                if (Aligned(s, p, p + sub.Length)) return p;
                i = p + 1;
            }
            return -1;
        }
        int j = to;
        while (j - from >= sub.Length)
        {
            int p = s.LastIndexOf(sub, j - 1, j - from, StringComparison.Ordinal);
            if (p < 0) return -1;
            if (Aligned(s, p, p + sub.Length)) return p;
            j = p + sub.Length - 1;
        }
        return -1;
    }

    private static bool Aligned(string s, int a, int b)
        => !SplitsPair(s, a) && !SplitsPair(s, b);

    private static bool SplitsPair(string s, int i)
        => i > 0 && i < s.Length && char.IsLowSurrogate(s[i]) && char.IsHighSurrogate(s[i - 1]);

    /// <summary><c>s.count(sub, start, end)</c>: non-overlapping occurrences.</summary>
    public static long Count(string s, string sub, long? start = null, long? end = null)
    {
        bool plain = Plain(s);
        long len = plain ? s.Length : CodePoints.Length(s);
        var (a, b) = AdjustIndices(start, end, len);
        if (a > len) return 0;
        long subLen = Plain(sub) ? sub.Length : CodePoints.Length(sub);
        if (subLen == 0) return a <= b ? b - a + 1 : 0;
        if (b - a < subLen) return 0;
        int ua = plain ? (int)a : CodePoints.ToUtf16Offset(s, (int)a);
        int ub = plain ? (int)b : CodePoints.ToUtf16Offset(s, (int)b);
        long count = 0;
        int i = ua;
        while (true)
        {
            int p = SearchUnits(s, sub, i, ub, reverse: false);
            if (p < 0) break;
            count++;
            i = p + sub.Length;
        }
        return count;
    }

    /// <summary><c>s.startswith(prefix, start, end)</c> for one prefix (the caller loops over a tuple).</summary>
    public static bool StartsWith(string s, string prefix, long? start = null, long? end = null) => TailMatch(s, prefix, start, end, atEnd: false);

    /// <summary><c>s.endswith(suffix, start, end)</c> for one suffix.</summary>
    public static bool EndsWith(string s, string suffix, long? start = null, long? end = null) => TailMatch(s, suffix, start, end, atEnd: true);

    private static bool TailMatch(string s, string sub, long? start, long? end, bool atEnd)
    {
        bool plain = Plain(s);
        long len = plain ? s.Length : CodePoints.Length(s);
        var (a, b) = AdjustIndices(start, end, len);
        long subLen = Plain(sub) ? sub.Length : CodePoints.Length(sub);
        b -= subLen;
        if (b < a) return false;
        if (subLen == 0) return true;
        long at = atEnd ? b : a;
        int u = plain ? (int)at : CodePoints.ToUtf16Offset(s, (int)at);
        return string.CompareOrdinal(s, u, sub, 0, sub.Length) == 0 && Aligned(s, u, u + sub.Length);
    }

    // ------------------------------------------------------------------ splitting

    /// <summary><c>s.split(sep, maxsplit)</c>; sep null splits on runs of whitespace.</summary>
    /// <exception cref="TextError">ValueError "empty separator".</exception>
    public static List<string> Split(string s, string? sep = null, long maxsplit = -1)
    {
        if (maxsplit < 0) maxsplit = long.MaxValue;
        var result = new List<string>();
        if (sep == null)
        {
            int i = 0, n = s.Length;
            while (maxsplit-- > 0)
            {
                while (i < n && IsSpaceAt(s, i, out int u0)) i += u0;
                if (i == n) return result;
                int j = i;
                while (j < n && !IsSpaceAt(s, j, out _)) j += Units(s, j);
                result.Add(s[i..j]);
                i = j;
                if (i >= n) return result;
            }
            while (i < n && IsSpaceAt(s, i, out int u1)) i += u1;
            if (i < n) result.Add(s[i..]);
            return result;
        }
        if (sep.Length == 0) throw TextError.Value("empty separator");
        int pos = 0;
        while (maxsplit-- > 0)
        {
            int p = SearchUnits(s, sep, pos, s.Length, reverse: false);
            if (p < 0) break;
            result.Add(s[pos..p]);
            pos = p + sep.Length;
        }
        result.Add(s[pos..]);
        return result;
    }

    /// <summary><c>s.rsplit(sep, maxsplit)</c>.</summary>
    /// <exception cref="TextError">ValueError "empty separator".</exception>
    public static List<string> RSplit(string s, string? sep = null, long maxsplit = -1)
    {
        if (maxsplit < 0) maxsplit = long.MaxValue;
        var result = new List<string>();
        if (sep == null)
        {
            int j = s.Length;
            while (maxsplit-- > 0)
            {
                while (j > 0 && IsSpaceBefore(s, j, out int u0)) j -= u0;
                if (j == 0) { result.Reverse(); return result; }
                int i = j;
                while (i > 0 && !IsSpaceBefore(s, i, out _)) i -= UnitsBefore(s, i);
                result.Add(s[i..j]);
                j = i;
                if (j <= 0) { result.Reverse(); return result; }
            }
            while (j > 0 && IsSpaceBefore(s, j, out int u1)) j -= u1;
            if (j > 0) result.Add(s[..j]);
            result.Reverse();
            return result;
        }
        if (sep.Length == 0) throw TextError.Value("empty separator");
        int end = s.Length;
        while (maxsplit-- > 0)
        {
            int p = SearchUnits(s, sep, 0, end, reverse: true);
            if (p < 0) break;
            result.Add(s[(p + sep.Length)..end]);
            end = p;
        }
        result.Add(s[..end]);
        result.Reverse();
        return result;
    }

    private static int Units(string s, int i)
    {
        CodePoints.At(s, i, out int u);
        return u;
    }

    private static int UnitsBefore(string s, int i)
        => i >= 2 && char.IsLowSurrogate(s[i - 1]) && char.IsHighSurrogate(s[i - 2]) ? 2 : 1;

    private static bool IsSpaceAt(string s, int i, out int units)
    {
        int cp = CodePoints.At(s, i, out units);
        return UnicodeInfo.IsSpace(cp);
    }

    private static bool IsSpaceBefore(string s, int i, out int units)
    {
        units = UnitsBefore(s, i);
        int cp = CodePoints.At(s, i - units, out _);
        return UnicodeInfo.IsSpace(cp);
    }

    /// <summary><c>s.splitlines(keepends)</c> with every Python line boundary.</summary>
    public static List<string> SplitLines(string s, bool keepends = false)
    {
        var result = new List<string>();
        int i = 0, n = s.Length;
        while (i < n)
        {
            int j = i;
            while (j < n && !IsLineBreak(s[j])) j++;
            int eol = j;
            if (j < n)
            {
                if (s[j] == '\r' && j + 1 < n && s[j + 1] == '\n') j += 2;
                else j++;
                if (keepends) eol = j;
            }
            result.Add(s[i..eol]);
            i = j;
        }
        return result;
    }

    private static bool IsLineBreak(char c)
        => c is '\n' or '\r' or '\v' or '\f' or '\x1c' or '\x1d' or '\x1e' or '\x85' or '\u2028' or '\u2029';

    /// <summary><c>s.partition(sep)</c>.</summary>
    /// <exception cref="TextError">ValueError "empty separator".</exception>
    public static (string Before, string Sep, string After) Partition(string s, string sep)
    {
        if (sep.Length == 0) throw TextError.Value("empty separator");
        int p = SearchUnits(s, sep, 0, s.Length, reverse: false);
        return p < 0 ? (s, "", "") : (s[..p], sep, s[(p + sep.Length)..]);
    }

    /// <summary><c>s.rpartition(sep)</c>.</summary>
    /// <exception cref="TextError">ValueError "empty separator".</exception>
    public static (string Before, string Sep, string After) RPartition(string s, string sep)
    {
        if (sep.Length == 0) throw TextError.Value("empty separator");
        int p = SearchUnits(s, sep, 0, s.Length, reverse: true);
        return p < 0 ? ("", "", s) : (s[..p], sep, s[(p + sep.Length)..]);
    }

    // ------------------------------------------------------------------ stripping, replacing

    /// <summary><c>s.strip(chars)</c>; chars null strips whitespace.</summary>
    public static string Strip(string s, string? chars = null) => StripCore(s, chars, true, true);

    /// <summary><c>s.lstrip(chars)</c>.</summary>
    public static string LStrip(string s, string? chars = null) => StripCore(s, chars, true, false);

    /// <summary><c>s.rstrip(chars)</c>.</summary>
    public static string RStrip(string s, string? chars = null) => StripCore(s, chars, false, true);

    private static string StripCore(string s, string? chars, bool left, bool right)
    {
        HashSet<int>? set = chars == null ? null : [.. CodePoints.ToArray(chars)];
        bool Strippable(int cp) => set == null ? UnicodeInfo.IsSpace(cp) : set.Contains(cp);
        int i = 0, j = s.Length;
        if (left)
        {
            while (i < j)
            {
                int cp = CodePoints.At(s, i, out int u);
                if (!Strippable(cp)) break;
                i += u;
            }
        }
        if (right)
        {
            while (j > i)
            {
                int u = UnitsBefore(s, j);
                int cp = CodePoints.At(s, j - u, out _);
                if (!Strippable(cp)) break;
                j -= u;
            }
        }
        return i == 0 && j == s.Length ? s : s[i..j];
    }

    /// <summary><c>s.removeprefix(prefix)</c>.</summary>
    public static string RemovePrefix(string s, string prefix)
        => prefix.Length > 0 && StartsWith(s, prefix) ? s[prefix.Length..] : s;

    /// <summary><c>s.removesuffix(suffix)</c>.</summary>
    public static string RemoveSuffix(string s, string suffix)
        => suffix.Length > 0 && EndsWith(s, suffix) ? s[..^suffix.Length] : s;

    /// <summary><c>s.replace(old, new, count)</c>; count &lt; 0 replaces all.</summary>
    /// <remarks>The caller must bound the result size (<see cref="ReplacedLength"/>) before calling.</remarks>
    public static string Replace(string s, string oldValue, string newValue, long count = -1)
    {
        if (count == 0) return s;
        if (newValue.Length > oldValue.Length) TextLimits.Check(ReplacedLength(s, oldValue, newValue, count));
        if (count < 0) count = long.MaxValue;
        var sb = new StringBuilder();
        if (oldValue.Length == 0)
        {
            // An empty pattern matches before every code point and at the end.
            int i = 0;
            while (i < s.Length && count > 0)
            {
                sb.Append(newValue);
                count--;
                int u = Units(s, i);
                sb.Append(s, i, u);
                i += u;
            }
            if (count > 0 && i >= s.Length) sb.Append(newValue);
            else sb.Append(s, i, s.Length - i);
            return sb.ToString();
        }
        int pos = 0;
        while (count > 0)
        {
            int p = SearchUnits(s, oldValue, pos, s.Length, reverse: false);
            if (p < 0) break;
            sb.Append(s, pos, p - pos).Append(newValue);
            pos = p + oldValue.Length;
            count--;
        }
        if (pos == 0) return s;
        sb.Append(s, pos, s.Length - pos);
        return sb.ToString();
    }

    /// <summary>The length in UTF-16 units that <see cref="Replace"/> would produce, computed without building it.</summary>
    public static long ReplacedLength(string s, string oldValue, string newValue, long count = -1)
    {
        long n = oldValue.Length == 0 ? CodePoints.Length(s) + 1 : Count(s, oldValue);
        if (count >= 0 && count < n) n = count;
        return s.Length + n * (newValue.Length - (long)oldValue.Length);
    }

    // ------------------------------------------------------------------ case

    /// <summary><c>s.upper()</c> with full mappings ('ß' → 'SS').</summary>
    public static string Upper(string s)
    {
        if (IsAscii(s)) return s.ToUpperInvariant();
        var sb = new StringBuilder(s.Length);
        ForEach(s, cp => UnicodeInfo.AppendUpper(sb, cp));
        return sb.ToString();
    }

    /// <summary><c>s.lower()</c> with full mappings and the final-sigma rule.</summary>
    public static string Lower(string s)
    {
        if (IsAscii(s)) return s.ToLowerInvariant();
        int[] cps = CodePoints.ToArray(s);
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < cps.Length; i++) AppendLowerAt(sb, cps, i);
        return sb.ToString();
    }

    /// <summary><c>s.casefold()</c>.</summary>
    public static string CaseFold(string s)
    {
        if (IsAscii(s)) return s.ToLowerInvariant();
        var sb = new StringBuilder(s.Length);
        ForEach(s, cp => UnicodeInfo.AppendFold(sb, cp));
        return sb.ToString();
    }

    /// <summary><c>s.swapcase()</c>.</summary>
    public static string SwapCase(string s)
    {
        int[] cps = CodePoints.ToArray(s);
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < cps.Length; i++)
        {
            int c = cps[i];
            if (UnicodeInfo.IsUpper(c)) AppendLowerAt(sb, cps, i);
            else if (UnicodeInfo.IsLower(c)) UnicodeInfo.AppendUpper(sb, c);
            else CodePoints.Append(sb, c);
        }
        return sb.ToString();
    }

    /// <summary><c>s.title()</c>: title-case after an uncased character, lower-case after a cased one.</summary>
    public static string Title(string s)
    {
        int[] cps = CodePoints.ToArray(s);
        var sb = new StringBuilder(s.Length);
        bool prevCased = false;
        for (int i = 0; i < cps.Length; i++)
        {
            int c = cps[i];
            if (prevCased) AppendLowerAt(sb, cps, i);
            else UnicodeInfo.AppendTitle(sb, c);
            prevCased = UnicodeInfo.IsCased(c);
        }
        return sb.ToString();
    }

    /// <summary><c>s.capitalize()</c>: first code point title-cased (Python 3.8+), the rest lower-cased.</summary>
    public static string Capitalize(string s)
    {
        int[] cps = CodePoints.ToArray(s);
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < cps.Length; i++)
        {
            if (i == 0) UnicodeInfo.AppendTitle(sb, cps[0]);
            else AppendLowerAt(sb, cps, i);
        }
        return sb.ToString();
    }

    private static void AppendLowerAt(StringBuilder sb, int[] cps, int i)
    {
        if (cps[i] == 0x3A3) { sb.Append(FinalSigma(cps, i) ? '\u03C2' : '\u03C3'); return; }
        UnicodeInfo.AppendLower(sb, cps[i]);
    }

    // CPython's handle_capital_sigma: \p{cased}\p{case-ignorable}* Σ !(\p{case-ignorable}* \p{cased})
    private static bool FinalSigma(int[] cps, int i)
    {
        int j = i - 1;
        while (j >= 0 && UnicodeInfo.IsCaseIgnorable(cps[j])) j--;
        bool final = j >= 0 && UnicodeInfo.IsCased(cps[j]);
        if (final && i + 1 < cps.Length)
        {
            j = i + 1;
            while (j < cps.Length && UnicodeInfo.IsCaseIgnorable(cps[j])) j++;
            final = j == cps.Length || !UnicodeInfo.IsCased(cps[j]);
        }
        return final;
    }

    private static void ForEach(string s, Action<int> action)
    {
        for (int i = 0; i < s.Length;)
        {
            action(CodePoints.At(s, i, out int u));
            i += u;
        }
    }

    // ------------------------------------------------------------------ padding

    /// <summary><c>s.center(width, fillchar)</c>.</summary>
    /// <exception cref="TextError">TypeError when fillchar is not exactly one character.</exception>
    public static string Center(string s, long width, string fillchar = " ")
    {
        CheckFill(fillchar);
        long len = CodePoints.Length(s);
        if (len >= width) return s;
        long marg = width - len;
        long left = marg / 2 + (marg & width & 1);
        return Pad(s, left, marg - left, fillchar);
    }

    /// <summary><c>s.ljust(width, fillchar)</c>.</summary>
    public static string LJust(string s, long width, string fillchar = " ")
    {
        CheckFill(fillchar);
        long len = CodePoints.Length(s);
        return len >= width ? s : Pad(s, 0, width - len, fillchar);
    }

    /// <summary><c>s.rjust(width, fillchar)</c>.</summary>
    public static string RJust(string s, long width, string fillchar = " ")
    {
        CheckFill(fillchar);
        long len = CodePoints.Length(s);
        return len >= width ? s : Pad(s, width - len, 0, fillchar);
    }

    /// <summary><c>s.zfill(width)</c>: zeros after a leading sign.</summary>
    public static string ZFill(string s, long width)
    {
        long len = CodePoints.Length(s);
        if (len >= width) return s;
        string padded = Pad(s, width - len, 0, "0");
        int fill = (int)(width - len);
        if (fill < padded.Length && (padded[fill] == '+' || padded[fill] == '-'))
            return padded[fill] + padded[..fill] + padded[(fill + 1)..];
        return padded;
    }

    private static void CheckFill(string fillchar)
    {
        if (CodePoints.Length(fillchar) != 1)
            throw TextError.Type("The fill character must be exactly one character long");
    }

    private static string Pad(string s, long left, long right, string fill)
    {
        TextLimits.Check(s.Length + (left + right) * fill.Length);
        var sb = new StringBuilder(checked((int)(s.Length + (left + right) * fill.Length)));
        for (long i = 0; i < left; i++) sb.Append(fill);
        sb.Append(s);
        for (long i = 0; i < right; i++) sb.Append(fill);
        return sb.ToString();
    }

    /// <summary><c>s.expandtabs(tabsize)</c>; columns count code points and restart after \n and \r.</summary>
    public static string ExpandTabs(string s, long tabsize = 8)
    {
        if (tabsize > 1 && s.Contains('\t')) TextLimits.Check(ExpandedLength(s, tabsize));
        var sb = new StringBuilder(s.Length);
        long col = 0;
        for (int i = 0; i < s.Length;)
        {
            int cp = CodePoints.At(s, i, out int u);
            if (cp == '\t')
            {
                if (tabsize > 0)
                {
                    long incr = tabsize - (col % tabsize);
                    col += incr;
                    sb.Append(' ', checked((int)incr));
                }
            }
            else
            {
                col++;
                sb.Append(s, i, u);
                if (cp == '\n' || cp == '\r') col = 0;
            }
            i += u;
        }
        return sb.ToString();
    }

    // The exact result length of ExpandTabs, counted first so a huge tab size fails before allocating.
    private static long ExpandedLength(string s, long tabsize)
    {
        long col = 0, total = 0;
        for (int i = 0; i < s.Length;)
        {
            int cp = CodePoints.At(s, i, out int u);
            if (cp == '\t')
            {
                long incr = tabsize - (col % tabsize);
                col += incr;
                total += incr;
            }
            else
            {
                col++;
                total += u;
                if (cp == '\n' || cp == '\r') col = 0;
            }
            if (total < 0) return long.MaxValue;
            i += u;
        }
        return total;
    }

    // ------------------------------------------------------------------ predicates

    /// <summary><c>s.isascii()</c>.</summary>
    public static bool IsAscii(string s)
    {
        foreach (char c in s) if (c >= 128) return false;
        return true;
    }

    /// <summary><c>s.isdigit()</c>.</summary>
    public static bool IsDigit(string s) => All(s, UnicodeInfo.IsDigit);

    /// <summary><c>s.isdecimal()</c>.</summary>
    public static bool IsDecimal(string s) => All(s, UnicodeInfo.IsDecimal);

    /// <summary><c>s.isnumeric()</c>.</summary>
    public static bool IsNumeric(string s) => All(s, UnicodeInfo.IsNumeric);

    /// <summary><c>s.isalpha()</c>.</summary>
    public static bool IsAlpha(string s) => All(s, UnicodeInfo.IsAlpha);

    /// <summary><c>s.isalnum()</c>.</summary>
    public static bool IsAlnum(string s) => All(s, UnicodeInfo.IsAlnum);

    /// <summary><c>s.isspace()</c>.</summary>
    public static bool IsSpace(string s) => All(s, UnicodeInfo.IsSpace);

    /// <summary><c>s.isprintable()</c> (true for the empty string).</summary>
    public static bool IsPrintable(string s) => s.Length == 0 || All(s, UnicodeInfo.IsPrintable);

    /// <summary><c>s.isidentifier()</c>.</summary>
    public static bool IsIdentifier(string s)
    {
        if (s.Length == 0) return false;
        int first = CodePoints.At(s, 0, out int u);
        if (!UnicodeInfo.IsXidStart(first)) return false;
        for (int i = u; i < s.Length;)
        {
            if (!UnicodeInfo.IsXidContinue(CodePoints.At(s, i, out int k))) return false;
            i += k;
        }
        return true;
    }

    /// <summary><c>s.islower()</c>.</summary>
    public static bool IsLower(string s)
    {
        bool cased = false;
        for (int i = 0; i < s.Length;)
        {
            int c = CodePoints.At(s, i, out int u);
            i += u;
            if (UnicodeInfo.IsUpper(c) || UnicodeInfo.IsTitle(c)) return false;
            if (!cased && UnicodeInfo.IsLower(c)) cased = true;
        }
        return cased;
    }

    /// <summary><c>s.isupper()</c>.</summary>
    public static bool IsUpper(string s)
    {
        bool cased = false;
        for (int i = 0; i < s.Length;)
        {
            int c = CodePoints.At(s, i, out int u);
            i += u;
            if (UnicodeInfo.IsLower(c) || UnicodeInfo.IsTitle(c)) return false;
            if (!cased && UnicodeInfo.IsUpper(c)) cased = true;
        }
        return cased;
    }

    /// <summary><c>s.istitle()</c>.</summary>
    public static bool IsTitle(string s)
    {
        bool cased = false, prevCased = false;
        for (int i = 0; i < s.Length;)
        {
            int c = CodePoints.At(s, i, out int u);
            i += u;
            if (UnicodeInfo.IsUpper(c) || UnicodeInfo.IsTitle(c))
            {
                if (prevCased) return false;
                prevCased = cased = true;
            }
            else if (UnicodeInfo.IsLower(c))
            {
                if (!prevCased) return false;
                prevCased = cased = true;
            }
            else prevCased = false;
        }
        return cased;
    }

    private static bool All(string s, Func<int, bool> pred)
    {
        if (s.Length == 0) return false;
        for (int i = 0; i < s.Length;)
        {
            if (!pred(CodePoints.At(s, i, out int u))) return false;
            i += u;
        }
        return true;
    }

    // ------------------------------------------------------------------ join, translate

    /// <summary><c>sep.join(items)</c> once the caller has checked every item is a str.</summary>
    public static string Join(string separator, IEnumerable<string> items) => string.Join(separator, items);

    /// <summary>CPython's TypeError for a non-str item in <c>str.join</c>.</summary>
    public static TextError JoinItemError(int index, string typeName)
        => TextError.Type($"sequence item {index}: expected str instance, {typeName} found");

    /// <summary><c>s.translate(table)</c> with the table lookup supplied by the caller.</summary>
    public static string Translate(string s, TranslateLookup lookup)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length;)
        {
            int cp = CodePoints.At(s, i, out int u);
            if (lookup(cp, out string? rep)) { if (rep != null) sb.Append(rep); }
            else sb.Append(s, i, u);
            i += u;
        }
        return sb.ToString();
    }

    /// <summary>
    /// <c>str.maketrans(x, y, z)</c> for the string forms: pairs of (code point, replacement code
    /// point or null for None), in CPython's insertion order.
    /// </summary>
    /// <exception cref="TextError">ValueError when x and y differ in length.</exception>
    public static List<(int From, int? To)> MakeTrans(string x, string y, string? z = null)
    {
        int[] xs = CodePoints.ToArray(x), ys = CodePoints.ToArray(y);
        if (xs.Length != ys.Length) throw TextError.Value("the first two maketrans arguments must have equal length");
        var order = new List<int>();
        var map = new Dictionary<int, int?>();
        void Set(int k, int? v)
        {
            if (!map.ContainsKey(k)) order.Add(k);
            map[k] = v;
        }
        for (int i = 0; i < xs.Length; i++) Set(xs[i], ys[i]);
        if (z != null) foreach (int c in CodePoints.ToArray(z)) Set(c, null);
        return order.Select(k => (k, map[k])).ToList();
    }

    // ------------------------------------------------------------------ comparison

    /// <summary>Code-point order comparison (Python's <c>&lt;</c> on str), unlike UTF-16 ordinal order.</summary>
    public static int Compare(string a, string b)
    {
        int n = Math.Min(a.Length, b.Length);
        for (int i = 0; i < n; i++)
        {
            char x = a[i], y = b[i];
            if (x == y) continue;
            // Surrogates (0xD800-0xDFFF) encode code points above every BMP unit, so lift them over 0xE000+.
            int kx = char.IsSurrogate(x) ? x + 0x2000 : (x >= 0xE000 ? x - 0x800 : x);
            int ky = char.IsSurrogate(y) ? y + 0x2000 : (y >= 0xE000 ? y - 0x800 : y);
            return kx < ky ? -1 : 1;
        }
        return a.Length.CompareTo(b.Length);
    }

    /// <summary>
    /// <c>ascii(x)</c> from <c>repr(x)</c>: every non-ASCII code point becomes \xNN, \uNNNN or \UNNNNNNNN
    /// (also what <c>%a</c> and <c>!a</c> print).
    /// </summary>
    public static string EscapeNonAscii(string repr)
    {
        if (IsAscii(repr)) return repr;
        var sb = new StringBuilder(repr.Length + 16);
        for (int i = 0; i < repr.Length;)
        {
            int cp = CodePoints.At(repr, i, out int u);
            i += u;
            if (cp < 128) sb.Append((char)cp);
            else sb.Append(EscapeCodePoint(cp));
        }
        return sb.ToString();
    }

    /// <summary>repr of one code point as used in codec messages: '\xe9', '\u20ac', '\U0001f600'.</summary>
    internal static string EscapeCodePoint(int cp) => cp switch
    {
        <= 0xff => "\\x" + cp.ToString("x2", CultureInfo.InvariantCulture),
        <= 0xffff => "\\u" + cp.ToString("x4", CultureInfo.InvariantCulture),
        _ => "\\U" + cp.ToString("x8", CultureInfo.InvariantCulture),
    };
}
