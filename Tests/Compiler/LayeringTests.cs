using System.Text.RegularExpressions;

namespace RuleSandbox.Tests.Compiler;

/// <summary>
/// The Engine's stages depend one way: Syntax ← Compiler ← Runtime ← Modules ← Hosting. A stage
/// that names a later stage (in a using directive or a qualified name) fails this test.
/// </summary>
public sealed class LayeringTests
{
    private static readonly string[] Order = { "Syntax", "Compiler", "Runtime", "Modules", "Hosting" };

    private static string? EngineDir()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            var candidate = Path.Combine(d.FullName, "Engine", "Engine.csproj");
            if (File.Exists(candidate)) return Path.GetDirectoryName(candidate);
        }
        return null;
    }

    [Test]
    public void StagesOnlyReferenceEarlierStages()
    {
        var engine = EngineDir();
        Assert.That(engine, Is.Not.Null, "Engine/ source folder not found above the test binaries");
        var problems = new List<string>();
        for (int i = 0; i < Order.Length; i++)
        {
            var dir = Path.Combine(engine!, Order[i]);
            if (!Directory.Exists(dir)) continue;
            var later = Order.Skip(i + 1).ToArray();
            if (later.Length == 0) continue;
            var pattern = new Regex(@"RuleSandbox\.Engine\.(" + string.Join("|", later) + @")\b");
            foreach (var file in Directory.EnumerateFiles(dir, "*.cs", SearchOption.AllDirectories))
            {
                if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")) continue;
                foreach (var line in File.ReadLines(file))
                    if (pattern.IsMatch(line) && !line.TrimStart().StartsWith("//"))
                        problems.Add($"{Path.GetRelativePath(engine!, file)}: {line.Trim()}");
            }
        }
        Assert.That(problems, Is.Empty);
    }
}
