namespace RuleSandbox.Engine.Syntax;

/// <summary>Looks up Unicode character names for <c>\N{...}</c> escapes.</summary>
internal static class UnicodeNames
{
    /// <summary>The code point named <paramref name="name"/> (case-insensitive), or -1.</summary>
    public static int Lookup(string name)
    {
        return UnicodeNameTable.Lookup(name.ToUpperInvariant());
    }
}
