using System.Diagnostics;
using Microsoft.Extensions.Logging;
using RuleSandbox.Guard.Protocol;

namespace RuleSandbox.Guard.Host;

/// <summary>
/// The host's handle on one guard child: starts it, waits for Ready, sends one request at a time
/// and reads replies on a background task. Every frame from the guard is untrusted; a guard that
/// closes its stdout without answering is reported as crashed with its exit code or signal.
/// </summary>
internal sealed class GuardProcess : IAsyncDisposable
{
    private static int s_nextId;

    private readonly Process _process;
    private readonly ILogger _logger;
    private readonly Stream _stdin;
    private readonly Stream _stdout;
    private readonly object _gate = new();
    private TaskCompletionSource<WireMessage>? _pending;
    private long _pendingId;
    private long _nextRequestId;
    private readonly HashSet<string> _knownRules = new(StringComparer.Ordinal);
    private readonly Task _readerTask;
    private readonly TaskCompletionSource<WireMessage> _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool _killedForTimeout;

    private GuardProcess(Process process, ILogger logger)
    {
        _process = process;
        _logger = logger;
        _stdin = process.StandardInput.BaseStream;
        _stdout = process.StandardOutput.BaseStream;
        Id = Interlocked.Increment(ref s_nextId);
        _readerTask = Task.Run(ReadLoopAsync);
        _ = Task.Run(DrainStderrAsync);
    }

    /// <summary>A small number that names this guard in results and logs.</summary>
    public int Id { get; }

    public int Pid => _process.Id;

    public int Executions { get; private set; }

    public long LastHeapBytes { get; private set; }

    public WireMessage? ReadyMessage { get; private set; }

    public bool HasExited
    {
        get
        {
            try { return _process.HasExited; }
            catch (InvalidOperationException) { return true; }
        }
    }

    /// <summary>Starts a guard and waits (up to <paramref name="startupTimeout"/>) for its Ready message.</summary>
    public static async Task<GuardProcess> StartAsync(GuardLaunch launch, TimeSpan startupTimeout, ILogger logger, CancellationToken ct)
    {
        var process = new Process { StartInfo = launch.ToStartInfo(), EnableRaisingEvents = true };
        if (!process.Start()) throw new GuardCrashedException("the guard process did not start");
        var guard = new GuardProcess(process, logger);
        try
        {
            var ready = await guard._ready.Task.WaitAsync(startupTimeout, ct).ConfigureAwait(false);
            guard.ReadyMessage = ready;
            logger.LogDebug("guard {Id} (pid {Pid}) ready; limits applied: {Applied}; unavailable: {Unavailable}",
                guard.Id, guard.Pid, string.Join(", ", ready.LimitsApplied ?? Array.Empty<string>()), string.Join(", ", ready.LimitsUnavailable ?? Array.Empty<string>()));
            return guard;
        }
        catch
        {
            guard.Kill();
            throw;
        }
    }

    /// <summary>
    /// Sends an execution and waits for its result. The source is sent only the first time this
    /// guard sees the rule (or when it asks again, having dropped it from its cache).
    /// </summary>
    /// <exception cref="GuardCrashedException">The guard died or broke the protocol.</exception>
    public async Task<WireMessage> ExecuteAsync(WireMessage request, string source, CancellationToken ct)
    {
        bool sendSource = !_knownRules.Contains(request.RuleHash!);
        request.Source = sendSource ? source : null;
        var reply = await RoundTripAsync(request, ct).ConfigureAwait(false);
        if (reply.NeedSource)
        {
            request.Source = source;
            reply = await RoundTripAsync(request, ct).ConfigureAwait(false);
        }
        _knownRules.Add(request.RuleHash!);
        Executions++;
        if (reply.Metrics is { } m) LastHeapBytes = m.GuardHeapBytes;
        return reply;
    }

    /// <summary>Round trip of a Ping: is the guard alive and serving?</summary>
    public async Task<bool> PingAsync(TimeSpan timeout)
    {
        try
        {
            var reply = await RoundTripAsync(new WireMessage { Type = WireMessage.Types.Ping }, CancellationToken.None).WaitAsync(timeout).ConfigureAwait(false);
            return reply.Type == WireMessage.Types.Pong;
        }
        catch (Exception e) when (e is GuardCrashedException or TimeoutException)
        {
            return false;
        }
    }

    private async Task<WireMessage> RoundTripAsync(WireMessage request, CancellationToken ct)
    {
        var tcs = new TaskCompletionSource<WireMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            if (_pending is not null) throw new InvalidOperationException("a guard serves one request at a time");
            request.Id = ++_nextRequestId;
            _pendingId = request.Id;
            _pending = tcs;
        }
        try
        {
            await FrameIO.WriteAsync(_stdin, request.ToBytes(), ct).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            FailPending(new GuardCrashedException(await DescribeDeathAsync("its input pipe broke: " + e.Message).ConfigureAwait(false)));
        }
        return await tcs.Task.ConfigureAwait(false);
    }

    private async Task ReadLoopAsync()
    {
        string? why = null;
        try
        {
            while (true)
            {
                var frame = await FrameIO.ReadAsync(_stdout).ConfigureAwait(false);
                if (frame is null) break;
                var message = WireMessage.Parse(frame);
                if (message.Type == WireMessage.Types.Ready)
                {
                    _ready.TrySetResult(message);
                    continue;
                }
                TaskCompletionSource<WireMessage>? tcs;
                lock (_gate)
                {
                    if (_pending is null || message.Id != _pendingId)
                    {
                        if (message.Type == WireMessage.Types.Error)
                        {
                            _logger.LogWarning("guard {Id} reported: {Message}", Id, message.Message);
                            continue;
                        }
                        throw new ProtocolException($"unexpected '{message.Type}' message for request {message.Id}");
                    }
                    tcs = _pending;
                    _pending = null;
                }
                tcs.TrySetResult(message);
            }
        }
        catch (Exception e) when (e is ProtocolException or IOException or ObjectDisposedException)
        {
            why = e.Message;
            // A guard that breaks the protocol is not trusted with anything else.
            Kill();
        }
        var death = new GuardCrashedException(await DescribeDeathAsync(why).ConfigureAwait(false));
        _ready.TrySetException(death);
        FailPending(death);
    }

    private void FailPending(Exception e)
    {
        TaskCompletionSource<WireMessage>? tcs;
        lock (_gate)
        {
            tcs = _pending;
            _pending = null;
        }
        tcs?.TrySetException(e);
    }

    /// <summary>"exited with status 3", "killed by signal 9 (SIGKILL)", plus any protocol problem.</summary>
    private async Task<string> DescribeDeathAsync(string? why)
    {
        try
        {
            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await _process.WaitForExitAsync(cts.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return "the guard stopped answering" + (why is null ? "" : ": " + why);
        }
        int code = _process.ExitCode;
        // .NET reports a process ended by signal N as exit code 128 + N on Unix.
        string what = !OperatingSystem.IsWindows() && code > 128 && code < 160
            ? $"was killed by signal {code - 128} ({SignalName(code - 128)})"
            : $"exited with status {code}";
        return why is null ? $"the guard {what}" : $"the guard {what} ({why})";
    }

    internal static string SignalName(int signal) => signal switch
    {
        6 => "SIGABRT",
        9 => "SIGKILL",
        11 => "SIGSEGV",
        15 => "SIGTERM",
        24 => "SIGXCPU",
        25 => "SIGXFSZ",
        _ => "signal " + signal,
    };

    private async Task DrainStderrAsync()
    {
        try
        {
            var reader = _process.StandardError;
            while (await reader.ReadLineAsync().ConfigureAwait(false) is { } line)
                _logger.LogDebug("guard {Id}: {Line}", Id, line);
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException) { }
    }

    /// <summary>Marks the guard as killed for overrunning its deadline, then kills it.</summary>
    public void KillForTimeout()
    {
        // The flag is set before the kill so whoever observes the death also sees why.
        _killedForTimeout = true;
        Kill();
    }

    public bool KilledForTimeout => _killedForTimeout;

    /// <summary>Kills the guard and anything it started.</summary>
    public void Kill()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception or NotSupportedException) { }
    }

    /// <summary>Asks the guard to exit, then makes sure it has.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!HasExited)
            {
                await FrameIO.WriteAsync(_stdin, new WireMessage { Type = WireMessage.Types.Shutdown }.ToBytes()).ConfigureAwait(false);
                _stdin.Close();
                using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await _process.WaitForExitAsync(cts.Token).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException or InvalidOperationException) { }
        Kill();
        try { await _readerTask.ConfigureAwait(false); } catch (Exception e) when (e is not OutOfMemoryException) { }
        _process.Dispose();
    }
}
