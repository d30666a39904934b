using System.Text;
using System.Text.Json;

namespace RuleSandbox.Policies.Analysis;

/// <summary>Writes analysis results as compiler-style text, JSON or SARIF 2.1.0.</summary>
public static class FindingFormatter
{
    /// <summary>One <c>FILE:LINE:COL: error RSxxx: MESSAGE</c> line per finding.</summary>
    public static string Text(AnalysisResult result, string file)
    {
        var sb = new StringBuilder();
        foreach (var f in result.Findings) sb.Append(f.ToCompilerString(file)).Append('\n');
        return sb.ToString();
    }

    /// <summary>
    /// A JSON object: <c>file</c>, <c>policy</c>, <c>policyHash</c>, <c>sourceHash</c>, <c>blocked</c>
    /// and <c>findings</c> (ruleId, severity, message, line, column, endLine, endColumn; columns 1-based,
    /// endColumn exclusive).
    /// </summary>
    public static string Json(AnalysisResult result, string file, string policyName)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("file", file);
            w.WriteString("policy", policyName);
            w.WriteString("policyHash", result.PolicyHash);
            w.WriteString("sourceHash", result.SourceHash);
            w.WriteBoolean("blocked", result.IsBlocked);
            w.WriteStartArray("findings");
            foreach (var f in result.Findings) WriteJson(w, f);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(ms.ToArray()) + "\n";
    }

    /// <summary>
    /// One finding as a JSON object (ruleId, severity, message, 1-based line/column span): the shape
    /// every command that prints findings as JSON uses.
    /// </summary>
    public static void WriteJson(Utf8JsonWriter w, Finding f)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(f);
        w.WriteStartObject();
        w.WriteString("ruleId", f.RuleId);
        w.WriteString("severity", Level(f.Severity));
        w.WriteString("message", f.Message);
        w.WriteNumber("line", f.Span.Line);
        w.WriteNumber("column", f.Column);
        w.WriteNumber("endLine", f.Span.EndLine);
        w.WriteNumber("endColumn", f.EndColumn);
        w.WriteEndObject();
    }

    /// <summary>A SARIF 2.1.0 log with one run: the tool's rules (every catalogued id) and one result per finding.</summary>
    public static string Sarif(AnalysisResult result, string file)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            w.WriteString("version", "2.1.0");
            w.WriteStartArray("runs");
            w.WriteStartObject();
            w.WriteStartObject("tool");
            w.WriteStartObject("driver");
            w.WriteString("name", "rulesandbox");
            w.WriteString("informationUri", "https://github.com/rulesandbox/rulesandbox/blob/main/docs/policies.md");
            w.WriteStartArray("rules");
            foreach (var r in RuleCatalog.All)
            {
                w.WriteStartObject();
                w.WriteString("id", r.Id);
                w.WriteString("name", r.Name);
                w.WriteStartObject("shortDescription");
                w.WriteString("text", r.Description);
                w.WriteEndObject();
                w.WriteStartObject("defaultConfiguration");
                w.WriteString("level", Level(r.Severity));
                w.WriteEndObject();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject(); // driver
            w.WriteEndObject(); // tool
            w.WriteStartArray("results");
            foreach (var f in result.Findings)
            {
                w.WriteStartObject();
                w.WriteString("ruleId", f.RuleId);
                w.WriteString("level", Level(f.Severity));
                w.WriteStartObject("message");
                w.WriteString("text", f.Message);
                w.WriteEndObject();
                w.WriteStartArray("locations");
                w.WriteStartObject();
                w.WriteStartObject("physicalLocation");
                w.WriteStartObject("artifactLocation");
                w.WriteString("uri", ToUriReference(file));
                w.WriteEndObject();
                w.WriteStartObject("region");
                w.WriteNumber("startLine", f.Span.Line);
                w.WriteNumber("startColumn", f.Column);
                w.WriteNumber("endLine", f.Span.EndLine);
                w.WriteNumber("endColumn", f.EndColumn);
                w.WriteEndObject();
                w.WriteEndObject(); // physicalLocation
                w.WriteEndObject();
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(ms.ToArray()) + "\n";
    }

    /// <summary>A path as a SARIF uri reference: forward slashes, each segment percent-encoded.</summary>
    internal static string ToUriReference(string path)
        => string.Join('/', path.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));

    private static string Level(FindingSeverity s) => s == FindingSeverity.Error ? "error" : "warning";
}
