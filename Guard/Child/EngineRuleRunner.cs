using System.Numerics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using RuleSandbox.Engine.Hosting;
using EngineVerdict = RuleSandbox.Engine.Hosting.Verdict;
using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Syntax;
using RuleSandbox.Guard.Protocol;

namespace RuleSandbox.Guard.Child;

/// <summary>
/// Binds guards and the in-process mode to the engine: compile once, run many times with fresh
/// globals. Runs on the calling thread, which must have a large stack (see <see cref="LargeStackWorkers"/>).
/// </summary>
internal sealed class EngineRuleRunner : IRuleRunner
{
    private const string WarmUpSource = "def f(x):\n    return [i * 2 for i in range(x)]\nresult = {'n': sum(f(10)), 's': str(1.5) + 'x'}\n";

    /// <summary>The capability that gives rules the host's wall clock (policy <c>capabilities.wallClock</c>).</summary>
    public const string WallClockCapability = "wallClock";

    /// <summary>The capability that gives rules the host's entropy (policy <c>capabilities.randomness</c>).</summary>
    public const string RandomnessCapability = "randomness";

    private static readonly Func<DateTimeOffset> s_clock = () => DateTimeOffset.UtcNow;
    private static readonly Func<byte[]> s_entropy = () => RandomNumberGenerator.GetBytes(256);

    private EngineRuleRunner() { }

    public IReadOnlyList<string> PreloadedModules { get; private set; } = Array.Empty<string>();

    /// <summary>A runner whose code paths have already run once, so the first real rule is not slow.</summary>
    public static EngineRuleRunner CreateWarm()
    {
        var runner = new EngineRuleRunner();
        var limits = new WireLimits { Fuel = 10_000_000, TimeoutMs = 10_000, MemoryBytes = 64L * 1024 * 1024, RecursionDepth = 100, OutputBytes = 1024 };
        // Importing every native module loads their assemblies now, before the guard's OS limits
        // close (RLIMIT_NOFILE would otherwise meet a lazy assembly load mid-rule).
        var modules = RuleSandbox.Engine.Modules.NativeModules.All.Keys.ToArray();
        string source = WarmUpSource + string.Concat(modules.Select(m => $"import {m}\n"));
        var compiled = runner.Compile(source, "<warm-up>").Compiled!;
        // The capabilities too: the entropy source and SHA-512 (random.seed of a str) load the
        // native crypto library on first use, which must also happen before the limits close.
        _ = s_clock();
        _ = s_entropy();
        _ = SHA512.HashData(Array.Empty<byte>());
        LargeStackWorkers.Shared.Run(() => runner.Run(compiled, "{}", limits, modules, new[] { WallClockCapability, RandomnessCapability }, CancellationToken.None));
        runner.PreloadedModules = modules;
        return runner;
    }

    public CompileOutcome Compile(string source, string name)
    {
        try
        {
            return new CompileOutcome(CompiledProgram.Compile(source, name), null);
        }
        catch (PythonSyntaxError e)
        {
            var error = Sandbox.SyntaxErrorResult(e).Error!;
            return new CompileOutcome(null, new WireMessage
            {
                Type = WireMessage.Types.Result,
                Verdict = "error",
                Error = new WireError { Type = error.Type, Message = error.Message, Traceback = error.Traceback },
            });
        }
    }

    public WireMessage Run(object compiled, string inputJson, WireLimits limits, IReadOnlyList<string>? allowedModules, IReadOnlyList<string>? capabilities, CancellationToken ct)
    {
        var program = (CompiledProgram)compiled;
        var result = program.RunOnThisThread(new RunOptions
        {
            InputJson = inputJson,
            Cancellation = ct,
            Modules = ModulesFor(allowedModules, capabilities),
            Limits = new ExecutionLimits
            {
                MaxFuel = limits.Fuel,
                Timeout = TimeSpan.FromMilliseconds(limits.TimeoutMs),
                MaxMemoryBytes = limits.MemoryBytes,
                MaxRecursionDepth = limits.RecursionDepth,
                MaxOutputBytes = limits.OutputBytes,
            },
        });
        var reply = new WireMessage
        {
            Type = WireMessage.Types.Result,
            Stdout = result.Stdout,
            Metrics = new WireMetrics
            {
                Fuel = result.Metrics.FuelUsed,
                WallMicros = (long)result.Metrics.WallTime.TotalMicroseconds,
                AllocatedBytes = result.Metrics.AllocatedBytes,
            },
        };
        switch (result.Verdict)
        {
            case EngineVerdict.Ok:
                if (ToJson(result.Value) is { } json)
                {
                    reply.Verdict = "ok";
                    reply.ValueJson = json;
                }
                else
                {
                    reply.Verdict = "invalid";
                    reply.Error = new WireError { Type = "ValueError", Message = "the result holds NaN or an infinity, which JSON cannot carry" };
                }
                break;
            case EngineVerdict.Error:
                reply.Verdict = "error";
                reply.Error = new WireError { Type = result.Error!.Type, Message = result.Error.Message, Traceback = result.Error.Traceback };
                break;
            case EngineVerdict.Limit:
            case EngineVerdict.Timeout:
                reply.Verdict = result.Verdict == EngineVerdict.Timeout ? "timeout" : "limit";
                reply.Limit = LimitName(result.Limit);
                reply.Error = new WireError { Type = "LimitExceeded", Message = result.Message ?? "" };
                break;
            default:
                reply.Verdict = "invalid";
                reply.Error = new WireError { Type = "InvalidRequest", Message = result.Message ?? "invalid request" };
                break;
        }
        return reply;
    }

    private readonly object _modulesGate = new();
    private string? _lastModulesKey;
    private IReadOnlyDictionary<string, Func<RuleSandbox.Engine.Runtime.Objects.PyModule>>? _lastModules;

    /// <summary>
    /// The factories of the modules a request may import (the policy's choice, sent by the host),
    /// with the capabilities the policy grants: the wall clock and entropy of this machine.
    /// A host sends the same lists every time, so the last one is kept.
    /// </summary>
    private IReadOnlyDictionary<string, Func<RuleSandbox.Engine.Runtime.Objects.PyModule>>? ModulesFor(IReadOnlyList<string>? allowed, IReadOnlyList<string>? capabilities)
    {
        if (allowed is null || allowed.Count == 0) return null;
        bool clock = capabilities?.Contains(WallClockCapability) == true;
        bool entropy = capabilities?.Contains(RandomnessCapability) == true;
        string key = string.Join(',', allowed) + (clock ? ";wallClock" : "") + (entropy ? ";randomness" : "");
        lock (_modulesGate)
        {
            if (key != _lastModulesKey)
            {
                var set = new HashSet<string>(allowed, StringComparer.Ordinal);
                var modules = RuleSandbox.Engine.Modules.NativeModules.Where(set.Contains);
                _lastModules = RuleSandbox.Engine.Modules.NativeModules.WithCapabilities(modules, clock ? s_clock : null, entropy ? s_entropy : null);
                _lastModulesKey = key;
            }
            return _lastModules;
        }
    }

    private static string LimitName(LimitKind? kind) => kind switch
    {
        LimitKind.Fuel => "fuel",
        LimitKind.Time => "time",
        LimitKind.Memory => "memory",
        LimitKind.Recursion => "recursion",
        LimitKind.Output => "output",
        LimitKind.Cancelled => "cancelled",
        _ => "unknown",
    };

    /// <summary>JSON of a converted result value, or null when it holds a non-finite float.</summary>
    internal static string? ToJson(object? value)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = false }))
        {
            if (!Write(w, value)) return null;
        }
        return Encoding.UTF8.GetString(ms.ToArray());
    }

    private static bool Write(Utf8JsonWriter w, object? value)
    {
        switch (value)
        {
            case null: w.WriteNullValue(); return true;
            case bool b: w.WriteBooleanValue(b); return true;
            case long l: w.WriteNumberValue(l); return true;
            case int i: w.WriteNumberValue(i); return true;
            case BigInteger big: w.WriteRawValue(big.ToString(System.Globalization.CultureInfo.InvariantCulture)); return true;
            case double d:
                if (!double.IsFinite(d)) return false;
                w.WriteRawValue(LiteralRepr.Float(d));
                return true;
            case string s: w.WriteStringValue(s); return true;
            case IEnumerable<KeyValuePair<string, object?>> dict:
                w.WriteStartObject();
                foreach (var (k, v) in dict)
                {
                    w.WritePropertyName(k);
                    if (!Write(w, v)) return false;
                }
                w.WriteEndObject();
                return true;
            case System.Collections.IEnumerable list:
                w.WriteStartArray();
                foreach (var item in list)
                {
                    if (!Write(w, item)) return false;
                }
                w.WriteEndArray();
                return true;
            default:
                throw new InvalidOperationException($"the engine returned an unexpected value type {value.GetType().Name}");
        }
    }
}
