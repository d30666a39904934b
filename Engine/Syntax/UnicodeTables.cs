namespace RuleSandbox.Engine.Syntax;

/// <summary>
/// CPython 3.12's Unicode 15.0 properties that Python's observable behaviour depends on (what
/// repr() escapes, which characters may form identifiers). .NET's own tables follow a newer
/// Unicode version, so these come from tools/gen_unicode_tables.py instead.
/// </summary>
public static partial class UnicodeTables
{
    /// <summary>CPython's <c>str.isprintable</c> for one code point.</summary>
    public static bool IsPrintable(int cp) => In(PrintableRanges, cp);

    /// <summary>May this code point start an identifier (XID_Start plus '_')?</summary>
    public static bool IsIdStart(int cp) => In(IdStartRanges, cp);

    /// <summary>May this code point continue an identifier (XID_Continue)?</summary>
    public static bool IsIdContinue(int cp) => In(IdContinueRanges, cp);

    private static bool In(int[] ranges, int cp)
    {
        int lo = 0, hi = ranges.Length / 2 - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (cp < ranges[2 * mid]) hi = mid - 1;
            else if (cp > ranges[2 * mid + 1]) lo = mid + 1;
            else return true;
        }
        return false;
    }
}
