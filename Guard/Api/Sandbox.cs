using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using RuleSandbox.Engine.Syntax;
using RuleSandbox.Guard.Child;
using RuleSandbox.Guard.Host;
using RuleSandbox.Guard.Protocol;
using RuleSandbox.Policies;
using RuleSandbox.Policies.Analysis;

namespace RuleSandbox;

/// <summary>
/// Runs untrusted Python rules: checks each against the policy, then runs it in a warm guard
/// process (isolated mode, the default) or in this process. Thread-safe; dispose it to stop
/// every guard.
/// </summary>
/// <example>
/// <code>
/// await using var sandbox = new Sandbox(new SandboxOptions { Policy = Policy.Load("policy.json") });
/// Rule rule = sandbox.Compile(source, name: "discount.py");
/// RuleResult r = await rule.RunAsync("{\"order\": {\"total\": 120}}");
/// </code>
/// </example>
public sealed class Sandbox : IAsyncDisposable
{
    private readonly SandboxOptions _options;
    private readonly ILogger _logger;
    private readonly SandboxMetrics _metrics;
    private readonly AnalysisCache _analysisCache = new();
    private readonly string[] _allowedModules;
    private readonly string[] _capabilities;
    private readonly GuardPool? _pool;
    private readonly Lazy<IRuleRunner>? _runner;
    private int _disposed;

    /// <summary>Creates a sandbox; in isolated mode its guards start in the background.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    /// <exception cref="FileNotFoundException">Isolated mode, and the guard program is missing.</exception>
    public Sandbox(SandboxOptions? options = null)
    {
        _options = options ?? new SandboxOptions();
        _options.Validate();
        _logger = (_options.LoggerFactory ?? NullLoggerFactory.Instance).CreateLogger("RuleSandbox");
        _metrics = new SandboxMetrics(_options.MeterFactory);
        // The native modules this policy lets rules import; a guard builds only these.
        _allowedModules = RuleSandbox.Engine.Modules.NativeModules.All.Keys.Where(_options.Policy.IsModuleAllowed).OrderBy(m => m, StringComparer.Ordinal).ToArray();
        // The capabilities this policy grants; the guard gives the rule's modules the host's
        // wall clock and entropy only for these.
        _capabilities = CapabilityNames(_options.Policy.Capabilities);
        if (_options.Mode == ExecutionMode.Isolated)
        {
            var settings = new PoolSettings
            {
                Launch = GuardLaunch.Default(_options.GuardHeapLimitBytes, _options.GuardMaxOpenFiles, _options.GuardPath),
                Size = _options.PoolSize,
                QueueCapacity = _options.QueueCapacity,
                KillGrace = _options.KillGrace,
                StartupTimeout = _options.GuardStartupTimeout,
                RecycleAfterExecutions = _options.RecycleAfterExecutions,
                RecycleAfterHeapBytes = _options.RecycleAfterHeapBytes,
            };
            _pool = new GuardPool(settings, _logger, _metrics);
        }
        else
        {
            _runner = new Lazy<IRuleRunner>(() => EngineRuleRunner.CreateWarm(), LazyThreadSafetyMode.ExecutionAndPublication);
        }
    }

    private static string[] CapabilityNames(Capabilities capabilities)
    {
        var names = new List<string>(2);
        if (capabilities.WallClock) names.Add(EngineRuleRunner.WallClockCapability);
        if (capabilities.Randomness) names.Add(EngineRuleRunner.RandomnessCapability);
        return names.ToArray();
    }

    /// <summary>The policy rules are checked against.</summary>
    public Policy Policy => _options.Policy;

    /// <summary>Isolated or in-process.</summary>
    public ExecutionMode Mode => _options.Mode;

    /// <summary>Waits until every guard of the pool is up (isolated mode), so the first requests do not pay for start-up.</summary>
    public Task WarmUpAsync() => _pool?.WarmUpAsync() ?? Task.Run(() => _ = _runner!.Value);

    /// <summary>Process ids of the live guards (empty in-process).</summary>
    public IReadOnlyList<int> GuardProcessIds => _pool?.GuardPids ?? Array.Empty<int>();

    /// <summary>
    /// Checks a rule against the policy (cached by source and policy hash) and, in-process,
    /// compiles it. Never throws for bad source: a syntax error or policy violation is kept on the
    /// <see cref="Rule"/> and reported when it runs.
    /// </summary>
    public Rule Compile(string source, string name = "<rule>")
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(name);
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        string hash = Sha256.Of(source);
        var analysis = PolicyAnalyzer.AnalyzeSource(source, _options.Policy, name, _analysisCache);
        if (analysis.Findings.Any(f => f.RuleId == "RS001"))
        {
            // The analyzer reports a syntax error as a finding; for the rule's author it is an
            // error with CPython's report, so parse once more (only on this failure path) to get it.
            try
            {
                PythonParser.ParseModule(source, name);
            }
            catch (PythonSyntaxError e)
            {
                return new Rule(this, name, source, hash, Array.Empty<Finding>(), blocked: false, e, compiled: null);
            }
        }
        object? compiled = null;
        if (_runner is not null && !analysis.IsBlocked)
        {
            var outcome = _runner.Value.Compile(source, name);
            compiled = outcome.Compiled;
        }
        return new Rule(this, name, source, hash, analysis.Findings, analysis.IsBlocked, null, compiled);
    }

    internal async Task<RuleResult> RunAsync(Rule rule, string inputJson, RunLimits? limits, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(inputJson);
        if (!ReferenceEquals(rule.Sandbox, this)) throw new ArgumentException("the rule was compiled by another sandbox", nameof(rule));
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        long started = Stopwatch.GetTimestamp();
        var result = await RunCoreAsync(rule, inputJson, limits, ct).ConfigureAwait(false);
        var latency = Stopwatch.GetElapsedTime(started);
        result = WithLatency(result, latency);
        string verdict = result.Verdict.ToString().ToLowerInvariant();
        _metrics.Executions.Add(1, new KeyValuePair<string, object?>("verdict", verdict));
        _metrics.Latency.Record(latency.TotalMilliseconds, new KeyValuePair<string, object?>("verdict", verdict));
        return result;
    }

    private async Task<RuleResult> RunCoreAsync(Rule rule, string inputJson, RunLimits? limits, CancellationToken ct)
    {
        if (rule.SyntaxError is { } syntax) return SyntaxErrorResult(syntax);
        if (rule.IsBlocked)
            return new RuleResult(Verdict.Blocked) { Findings = rule.Findings, Message = $"the policy '{_options.Policy.Name}' does not allow this rule ({rule.Findings.Count(f => f.Severity == FindingSeverity.Error)} finding(s))" };
        if (!TryResolveLimits(limits, out var wire, out var limitProblem))
            return new RuleResult(Verdict.Invalid) { Message = limitProblem, Findings = rule.Findings };
        if (InputProblem(inputJson) is { } inputProblem)
            return new RuleResult(Verdict.Invalid) { Message = inputProblem, Findings = rule.Findings };
        var request = new WireMessage
        {
            Type = WireMessage.Types.Execute,
            RuleHash = rule.Hash,
            Name = rule.Name,
            InputJson = inputJson,
            Limits = wire,
            AllowedModules = _allowedModules,
            Capabilities = _capabilities,
        };
        if (_pool is null)
        {
            var runner = _runner!.Value;
            object? compiled = rule.Compiled;
            if (compiled is null)
            {
                var outcome = runner.Compile(rule.Source, rule.Name);
                if (outcome.Failure is { } failure) return FromReply(failure, rule, null, TimeSpan.Zero);
                compiled = outcome.Compiled!;
            }
            var reply = await LargeStackWorkers.Shared.RunAsync(() => runner.Run(compiled, inputJson, wire, _allowedModules, _capabilities, ct)).ConfigureAwait(false);
            ct.ThrowIfCancellationRequested();
            return FromReply(reply, rule, null, TimeSpan.Zero);
        }
        var job = new PoolJob
        {
            Request = request,
            Source = rule.Source,
            Deadline = TimeSpan.FromMilliseconds(wire.TimeoutMs),
            CancellationToken = ct,
        };
        var pooled = await _pool.ExecuteAsync(job).ConfigureAwait(false);
        if (pooled.Reply is { } guardReply) return FromReply(guardReply, rule, pooled.GuardId, pooled.QueueWait);
        var verdict = pooled.Verdict switch
        {
            "timeout" => Verdict.Timeout,
            "overloaded" => Verdict.Overloaded,
            "invalid" => Verdict.Invalid,
            _ => Verdict.Crashed,
        };
        return new RuleResult(verdict)
        {
            Message = pooled.Message,
            Findings = rule.Findings,
            Limit = verdict == Verdict.Timeout ? "time" : null,
            Metrics = new RuleMetrics(0, TimeSpan.Zero, pooled.QueueWait, TimeSpan.Zero, pooled.GuardId, 0),
        };
    }

    private bool TryResolveLimits(RunLimits? limits, out WireLimits wire, out string? problem)
    {
        wire = null!;
        problem = null;
        RuntimeLimits resolved;
        try
        {
            resolved = _options.Policy.LimitsFor(limits is null ? null : new PerCaseLimits
            {
                Fuel = limits.Fuel,
                WallMs = limits.TimeoutMs,
                MemoryMb = limits.MemoryMb,
                OutputKb = limits.OutputKb,
                RecursionDepth = limits.RecursionDepth,
            });
        }
        catch (Exception e) when (e is PolicyLimitException or ArgumentOutOfRangeException)
        {
            problem = e.Message;
            return false;
        }
        wire = new WireLimits
        {
            Fuel = resolved.Fuel,
            TimeoutMs = (int)Math.Min(int.MaxValue, resolved.WallMs),
            MemoryBytes = resolved.MemoryMb * 1024 * 1024,
            OutputBytes = resolved.OutputKb * 1024,
            RecursionDepth = (int)Math.Min(int.MaxValue, resolved.RecursionDepth),
        };
        return true;
    }

    private static string? InputProblem(string inputJson)
    {
        try
        {
            using var doc = JsonDocument.Parse(inputJson, new JsonDocumentOptions { MaxDepth = 64 });
            return doc.RootElement.ValueKind == JsonValueKind.Object
                ? null
                : $"the input must be a JSON object (its keys become the rule's globals), not {Describe(doc.RootElement.ValueKind)}";
        }
        catch (JsonException e)
        {
            return $"the input is not valid JSON: {e.Message}";
        }
    }

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    /// <summary>Turns a guard's (untrusted) or the in-process engine's reply into a result.</summary>
    private static RuleResult FromReply(WireMessage reply, Rule rule, int? guardId, TimeSpan queueWait)
    {
        var metrics = new RuleMetrics(
            reply.Metrics?.Fuel ?? 0,
            TimeSpan.FromMicroseconds(reply.Metrics?.WallMicros ?? 0),
            queueWait,
            TimeSpan.Zero,
            guardId,
            reply.Metrics?.AllocatedBytes ?? 0);
        var error = reply.Error is { } e ? new RuleError(e.Type, e.Message, e.Traceback) : null;
        switch (reply.Verdict)
        {
            case "ok":
                JsonNode? value;
                try
                {
                    value = reply.ValueJson is null ? null : JsonNode.Parse(reply.ValueJson, documentOptions: new JsonDocumentOptions { MaxDepth = 256 });
                }
                catch (JsonException)
                {
                    return new RuleResult(Verdict.Crashed) { Message = "the guard sent a malformed value", Findings = rule.Findings, Metrics = metrics };
                }
                return new RuleResult(Verdict.Ok) { Value = value, ValueJson = value?.ToJsonString() ?? "null", Stdout = reply.Stdout ?? "", Findings = rule.Findings, Metrics = metrics };
            case "error":
                return new RuleResult(Verdict.Error) { Error = error, Stdout = reply.Stdout ?? "", Findings = rule.Findings, Metrics = metrics };
            case "limit" when reply.Limit == "time":
            case "timeout":
                return new RuleResult(Verdict.Timeout) { Limit = "time", Message = error?.Message ?? "the rule overran its deadline", Stdout = reply.Stdout ?? "", Findings = rule.Findings, Metrics = metrics };
            case "limit":
                return new RuleResult(Verdict.Limit) { Limit = reply.Limit, Message = error?.Message ?? $"the {reply.Limit} limit was exceeded", Stdout = reply.Stdout ?? "", Findings = rule.Findings, Metrics = metrics };
            case "invalid":
                return new RuleResult(Verdict.Invalid) { Message = error?.Message ?? reply.Message, Findings = rule.Findings, Metrics = metrics };
            default:
                return new RuleResult(Verdict.Crashed) { Message = $"the guard answered an unknown verdict '{reply.Verdict}'", Findings = rule.Findings, Metrics = metrics };
        }
    }

    private static RuleResult WithLatency(RuleResult r, TimeSpan latency) => new(r.Verdict)
    {
        Value = r.Value,
        ValueJson = r.ValueJson,
        Stdout = r.Stdout,
        Error = r.Error,
        Findings = r.Findings,
        Limit = r.Limit,
        Message = r.Message,
        Metrics = r.Metrics with { Latency = latency },
    };

    /// <summary>A syntax error as CPython reports one when it runs a file.</summary>
    internal static RuleResult SyntaxErrorResult(PythonSyntaxError e)
    {
        var sb = new StringBuilder();
        sb.Append("  File \"").Append(e.Filename).Append("\", line ").Append(e.Line).Append('\n');
        if (e.Text is { } text)
        {
            string line = text.TrimEnd('\n', '\r');
            string stripped = line.TrimStart(' ', '\t', '\f');
            int indent = line.Length - stripped.Length;
            sb.Append("    ").Append(stripped).Append('\n');
            int caret = Math.Max(0, e.Offset - 1 - indent);
            int width = e.EndLine == e.Line && e.EndOffset > e.Offset ? e.EndOffset - e.Offset : 1;
            sb.Append("    ").Append(' ', Math.Min(caret, stripped.Length)).Append('^', Math.Max(1, width)).Append('\n');
        }
        sb.Append(e.ErrorType).Append(": ").Append(e.Message).Append('\n');
        return new RuleResult(Verdict.Error) { Error = new RuleError(e.ErrorType, e.Message, sb.ToString()) };
    }

    /// <summary>Stops every guard (none is left behind) and refuses further work.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        if (_pool is not null) await _pool.DisposeAsync().ConfigureAwait(false);
        _metrics.Dispose();
    }
}
