using System.Text.Json;
using System.Text.Json.Serialization;

namespace RuleSandbox.Guard.Protocol;

/// <summary>
/// Every message of the guard protocol (DESIGN.md: Ready, Execute, Result, Ping, Shutdown, plus
/// Pong and Error). One flat shape keeps both ends simple; <see cref="Validate"/> checks that the
/// fields a type needs are there, since the other side is never trusted.
/// </summary>
internal sealed class WireMessage
{
    /// <summary>The protocol version; a guard and host with different versions refuse each other.</summary>
    public const int CurrentVersion = 1;

    public string Type { get; set; } = "";
    public int Version { get; set; } = CurrentVersion;
    public long Id { get; set; }

    // ready
    public int? Pid { get; set; }
    public string[]? Preloaded { get; set; }
    public string[]? LimitsApplied { get; set; }
    public string[]? LimitsUnavailable { get; set; }

    // execute
    public string? RuleHash { get; set; }
    public string? Source { get; set; }
    public string? Name { get; set; }
    public string? InputJson { get; set; }
    public WireLimits? Limits { get; set; }
    public string[]? AllowedModules { get; set; }
    /// <summary>Capabilities the policy grants ("wallClock", "randomness"); absent means none.</summary>
    public string[]? Capabilities { get; set; }

    // result
    public string? Verdict { get; set; }
    public string? ValueJson { get; set; }
    public string? Stdout { get; set; }
    public WireError? Error { get; set; }
    public string? Limit { get; set; }
    public WireMetrics? Metrics { get; set; }
    public bool NeedSource { get; set; }

    // error
    public string? Message { get; set; }

    public static class Types
    {
        public const string Ready = "ready";
        public const string Execute = "execute";
        public const string Result = "result";
        public const string Ping = "ping";
        public const string Pong = "pong";
        public const string Shutdown = "shutdown";
        public const string Error = "error";
    }

    public byte[] ToBytes() => JsonSerializer.SerializeToUtf8Bytes(this, WireJsonContext.Default.WireMessage);

    /// <exception cref="ProtocolException">Not JSON, not a message, or missing what its type needs.</exception>
    public static WireMessage Parse(ReadOnlySpan<byte> payload)
    {
        WireMessage? m;
        try
        {
            m = JsonSerializer.Deserialize(payload, WireJsonContext.Default.WireMessage);
        }
        catch (JsonException e)
        {
            throw new ProtocolException("malformed message: " + e.Message);
        }
        if (m is null) throw new ProtocolException("malformed message: null");
        m.Validate();
        return m;
    }

    private void Validate()
    {
        if (Version != CurrentVersion) throw new ProtocolException($"protocol version {Version} is not {CurrentVersion}");
        switch (Type)
        {
            case Types.Ready:
                if (Pid is null) throw new ProtocolException("ready without pid");
                break;
            case Types.Execute:
                if (string.IsNullOrEmpty(RuleHash) || RuleHash.Length != 64) throw new ProtocolException("execute without a SHA-256 rule hash");
                if (InputJson is null) throw new ProtocolException("execute without input");
                if (Limits is null) throw new ProtocolException("execute without limits");
                break;
            case Types.Result:
                if (Verdict is null && !NeedSource) throw new ProtocolException("result without verdict");
                break;
            case Types.Ping or Types.Pong or Types.Shutdown or Types.Error:
                break;
            default:
                throw new ProtocolException($"unknown message type '{Type}'");
        }
    }
}

/// <summary>The limits of one execution, as they cross the pipe.</summary>
internal sealed class WireLimits
{
    public long Fuel { get; set; }
    public int TimeoutMs { get; set; }
    public long MemoryBytes { get; set; }
    public int RecursionDepth { get; set; }
    public long OutputBytes { get; set; }
}

/// <summary>A rule's uncaught exception.</summary>
internal sealed class WireError
{
    public string Type { get; set; } = "";
    public string Message { get; set; } = "";
    public string Traceback { get; set; } = "";
}

/// <summary>What an execution cost, measured inside the guard.</summary>
internal sealed class WireMetrics
{
    public long Fuel { get; set; }
    public long WallMicros { get; set; }
    public long AllocatedBytes { get; set; }
    public long GuardHeapBytes { get; set; }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(WireMessage))]
internal sealed partial class WireJsonContext : JsonSerializerContext
{
}
