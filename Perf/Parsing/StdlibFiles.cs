namespace RuleSandbox.Perf.Parsing;

/// <summary>The .py files of a Python standard library tree, site-packages excluded, in a stable order.</summary>
internal static class StdlibFiles
{
    public static List<string> Enumerate(string root)
    {
        string sep = Path.DirectorySeparatorChar.ToString();
        return Directory.EnumerateFiles(root, "*.py", SearchOption.AllDirectories)
            .Where(f => !f.Contains(sep + "site-packages" + sep, StringComparison.Ordinal))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The standard library directory: $RULESANDBOX_STDLIB, or null.</summary>
    public static string? FromEnvironment() => Environment.GetEnvironmentVariable("RULESANDBOX_STDLIB");
}
