namespace RuleSandbox.Cli;

/// <summary>Reads files named on the command line, turning I/O failures into usage errors.</summary>
internal static class SourceFiles
{
    public static byte[] Read(string path, string command)
    {
        try
        {
            if (path == "-")
            {
                using var stdin = Console.OpenStandardInput();
                using var ms = new MemoryStream();
                stdin.CopyTo(ms);
                return ms.ToArray();
            }
            // .NET reports a directory as "access denied", which sends the user the wrong way.
            if (Directory.Exists(path)) throw new UsageException($"{command}: cannot read '{path}': is a directory");
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException($"{command}: cannot read '{path}': {Describe(e)}");
        }
    }

    public static string Describe(Exception e) => e switch
    {
        FileNotFoundException => "no such file",
        DirectoryNotFoundException => "no such file or directory",
        UnauthorizedAccessException => "permission denied",
        _ => e.Message,
    };
}
