namespace RuleSandbox.Tests.Policies;

/// <summary>Finds the corpus files copied beside the test assembly.</summary>
internal static class Corpus
{
    public static string Dir(string name) => Path.Combine(AppContext.BaseDirectory, "Policies", "Corpus", name);

    /// <summary>Top-level files of one corpus folder with the given extension, as test case names.</summary>
    public static IEnumerable<string> Files(string folder, string extension)
    {
        string dir = Dir(folder);
        if (!Directory.Exists(dir)) return Array.Empty<string>();
        return Directory.GetFiles(dir, "*" + extension).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal).Cast<string>();
    }
}
