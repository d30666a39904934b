namespace RuleSandbox.Policies;

/// <summary>
/// The modules the engine implements (natively, in C#). A policy may only allow these (and their
/// submodules): naming any other module in an allow list is almost always a typo, and a typo in a
/// security policy should fail loudly instead of silently granting nothing.
/// </summary>
public static class KnownModules
{
    /// <summary>Every top-level module name a policy may allow, in alphabetical order.</summary>
    public static IReadOnlyList<string> All { get; } = new[]
    {
        "abc", "base64", "bisect", "cmath", "collections", "contextlib", "copy", "dataclasses",
        "datetime", "decimal", "enum", "fractions", "functools", "hashlib", "heapq", "itertools",
        "json", "math", "operator", "random", "re", "statistics", "string", "textwrap", "time",
        "types", "typing", "uuid",
    };

    private static readonly HashSet<string> Set = new(All, StringComparer.Ordinal);

    /// <summary>Whether <paramref name="module"/> (or, for a dotted name, its top-level package) is known.</summary>
    public static bool Contains(string module)
    {
        int dot = module.IndexOf('.');
        return Set.Contains(dot < 0 ? module : module[..dot]);
    }
}
