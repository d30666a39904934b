using System.Diagnostics;
using RuleSandbox.Guard.Protocol;

namespace RuleSandbox.Guard.Child;

/// <summary>
/// The guard's side of the protocol: announce Ready, then serve one request at a time until
/// Shutdown or until the host's end of the pipe closes (so a guard never outlives its host).
/// </summary>
internal sealed class GuardServer
{
    /// <summary>How many compiled rules a guard keeps (least recently used are dropped).</summary>
    public const int CompiledCacheSize = 512;

    private static readonly TimeSpan CpuMargin = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan IdleCpuAllowance = TimeSpan.FromSeconds(60);

    private readonly IRuleRunner _runner;
    private readonly Stream _input;
    private readonly Stream _output;
    private readonly TextWriter _diagnostics;
    private readonly Dictionary<string, LinkedListNode<(string Hash, object Compiled)>> _cache = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Hash, object Compiled)> _lru = new();

    public GuardServer(IRuleRunner runner, Stream input, Stream output, TextWriter diagnostics)
    {
        _runner = runner ?? throw new ArgumentNullException(nameof(runner));
        _input = input ?? throw new ArgumentNullException(nameof(input));
        _output = output ?? throw new ArgumentNullException(nameof(output));
        _diagnostics = diagnostics ?? throw new ArgumentNullException(nameof(diagnostics));
    }

    /// <summary>Serves until shutdown or end of input; returns the process exit status.</summary>
    public int Serve(IReadOnlyList<string> limitsApplied, IReadOnlyList<string> limitsUnavailable)
    {
        Send(new WireMessage
        {
            Type = WireMessage.Types.Ready,
            Pid = Environment.ProcessId,
            Preloaded = _runner.PreloadedModules.ToArray(),
            LimitsApplied = limitsApplied.ToArray(),
            LimitsUnavailable = limitsUnavailable.ToArray(),
        });
        while (true)
        {
            byte[]? frame;
            try
            {
                frame = FrameIO.Read(_input);
            }
            catch (ProtocolException e)
            {
                // The stream itself is broken (bad length, torn frame): nothing after it can be trusted.
                _diagnostics.WriteLine($"guard: {e.Message}; exiting");
                return 2;
            }
            if (frame is null) return 0; // the host closed our stdin: it is gone or done with us
            WireMessage request;
            try
            {
                request = WireMessage.Parse(frame);
            }
            catch (ProtocolException e)
            {
                Send(new WireMessage { Type = WireMessage.Types.Error, Message = e.Message });
                continue;
            }
            switch (request.Type)
            {
                case WireMessage.Types.Ping:
                    Send(new WireMessage { Type = WireMessage.Types.Pong, Id = request.Id });
                    break;
                case WireMessage.Types.Shutdown:
                    return 0;
                case WireMessage.Types.Execute:
                    Send(Execute(request));
                    break;
                default:
                    Send(new WireMessage { Type = WireMessage.Types.Error, Id = request.Id, Message = $"a guard does not accept '{request.Type}'" });
                    break;
            }
        }
    }

    private WireMessage Execute(WireMessage request)
    {
        var started = Stopwatch.GetTimestamp();
        object? compiled = Lookup(request.RuleHash!);
        if (compiled is null)
        {
            if (request.Source is null)
                return new WireMessage { Type = WireMessage.Types.Result, Id = request.Id, NeedSource = true };
            if (!string.Equals(Sha256.Of(request.Source), request.RuleHash, StringComparison.Ordinal))
                return Invalid(request.Id, "the rule's source does not match its hash");
            var outcome = _runner.Compile(request.Source, request.Name ?? "<rule>");
            if (outcome.Failure is { } failure)
            {
                failure.Id = request.Id;
                return failure;
            }
            compiled = outcome.Compiled!;
            Store(request.RuleHash!, compiled);
        }
        var limits = request.Limits!;
        // RLIMIT_CPU is the backstop for a guard whose host is gone; the host itself kills a guard
        // at deadline + grace. Process CPU time also counts GC and JIT threads, so the margin is wide.
        OsLimits.SetCpuAllowance(TimeSpan.FromMilliseconds(limits.TimeoutMs) * 2 + CpuMargin);
        WireMessage result;
        try
        {
            result = _runner.Run(compiled, request.InputJson!, limits, request.AllowedModules, request.Capabilities, CancellationToken.None);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The engine promises not to throw; if it ever does, say so rather than die.
            _diagnostics.WriteLine($"guard: engine failure: {e}");
            result = Invalid(request.Id, "internal error in the engine: " + e.GetType().Name);
        }
        result.Type = WireMessage.Types.Result;
        result.Id = request.Id;
        result.Metrics ??= new WireMetrics();
        if (result.Metrics.WallMicros == 0)
            result.Metrics.WallMicros = (long)Stopwatch.GetElapsedTime(started).TotalMicroseconds;
        result.Metrics.GuardHeapBytes = GC.GetTotalMemory(false);
        // Between requests the guard may still use some CPU (GC, JIT, reading the next frame).
        OsLimits.SetCpuAllowance(IdleCpuAllowance);
        return result;
    }

    private static WireMessage Invalid(long id, string message)
        => new() { Type = WireMessage.Types.Result, Id = id, Verdict = "invalid", Error = new WireError { Type = "InvalidRequest", Message = message } };

    private object? Lookup(string hash)
    {
        if (!_cache.TryGetValue(hash, out var node)) return null;
        _lru.Remove(node);
        _lru.AddFirst(node);
        return node.Value.Compiled;
    }

    private void Store(string hash, object compiled)
    {
        if (_cache.Count >= CompiledCacheSize)
        {
            var last = _lru.Last!;
            _lru.RemoveLast();
            _cache.Remove(last.Value.Hash);
        }
        _cache[hash] = _lru.AddFirst((hash, compiled));
    }

    private void Send(WireMessage message) => FrameIO.Write(_output, message.ToBytes());
}
