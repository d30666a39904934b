namespace RuleSandbox.Engine.Syntax;

/// <summary>Looks up Unicode character names for <c>\N{...}</c> escapes.</summary>
internal static class UnicodeNames
{
    /// <summary>The code point named <paramref name="name"/> (case-insensitive), or -1.</summary>
    public static int Lookup(string name)
    {
        string upper = name.ToUpperInvariant();
        const string cjk = "CJK UNIFIED IDEOGRAPH-";
        if (upper.StartsWith(cjk, StringComparison.Ordinal) && int.TryParse(upper.AsSpan(cjk.Length), System.Globalization.NumberStyles.HexNumber, null, out int cp))
            return cp;
        return UnicodeNameTable.Lookup(upper);
    }
}
