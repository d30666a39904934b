namespace RuleSandbox.Engine.Syntax;

/// <summary>Placeholder until the generated table lands.</summary>
internal static class UnicodeNameTable
{
    public static int Lookup(string upperName) => upperName switch
    {
        "SPACE" => 0x20,
        _ => -1,
    };
}
