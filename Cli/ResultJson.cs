using System.Text;
using System.Text.Json;

namespace RuleSandbox.Cli;

/// <summary>Writes a <see cref="RuleResult"/> as the JSON object `rulesandbox run` prints.</summary>
internal static class ResultJson
{
    public static string Write(RuleResult r, string? rule = null, int? inputIndex = null, bool indented = false)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Indented = indented, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            if (rule is not null) w.WriteString("rule", rule);
            if (inputIndex is not null) w.WriteNumber("input", inputIndex.Value);
            w.WriteString("verdict", r.Verdict.ToString().ToLowerInvariant());
            w.WritePropertyName("value");
            if (r.Value is null) w.WriteNullValue();
            else r.Value.WriteTo(w);
            w.WriteString("stdout", r.Stdout);
            w.WritePropertyName("error");
            if (r.Error is null) w.WriteNullValue();
            else
            {
                w.WriteStartObject();
                w.WriteString("type", r.Error.Type);
                w.WriteString("message", r.Error.Message);
                w.WriteString("traceback", r.Error.Traceback);
                w.WriteEndObject();
            }
            w.WriteStartArray("findings");
            foreach (var f in r.Findings) RuleSandbox.Policies.Analysis.FindingFormatter.WriteJson(w, f);
            w.WriteEndArray();
            if (r.Limit is null) w.WriteNull("limit"); else w.WriteString("limit", r.Limit);
            if (r.Message is null) w.WriteNull("message"); else w.WriteString("message", r.Message);
            w.WriteStartObject("metrics");
            w.WriteNumber("fuel", r.Metrics.Fuel);
            w.WriteNumber("wallMs", Math.Round(r.Metrics.WallTime.TotalMilliseconds, 3));
            w.WriteNumber("queueWaitMs", Math.Round(r.Metrics.QueueWait.TotalMilliseconds, 3));
            w.WriteNumber("latencyMs", Math.Round(r.Metrics.Latency.TotalMilliseconds, 3));
            if (r.Metrics.GuardId is { } g) w.WriteNumber("guardId", g); else w.WriteNull("guardId");
            w.WriteNumber("allocatedBytes", r.Metrics.AllocatedBytes);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(ms.ToArray());
    }
}
