using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace RuleSandbox.Guard.Host;

/// <summary>
/// A pool of warm guard processes behind one bounded FIFO queue.
/// </summary>
/// <remarks>
/// <para>Each slot has one worker task that owns at most one guard and runs one job at a time, so
/// the queue is served first come, first served. When the queue is full a job is refused at once
/// (an overload answer, never an unbounded wait).</para>
/// <para>A job whose guard has not answered by its deadline plus the grace period has its guard
/// killed (whole process tree) and is answered <c>timeout</c>; a guard that dies mid-job answers
/// <c>crashed</c> for that job only. Either way the slot starts a replacement straight away, so
/// the jobs behind it wait for a fresh guard, not for a dead one. Guards are also replaced after a
/// number of executions or when their heap has grown past a bound.</para>
/// </remarks>
internal sealed class GuardPool : IAsyncDisposable
{
    private readonly PoolSettings _settings;
    private readonly ILogger _logger;
    private readonly SandboxMetrics _metrics;
    private readonly Channel<PoolJob> _queue;
    private readonly Slot[] _slots;
    private readonly Task[] _workers;
    private readonly CancellationTokenSource _stopping = new();
    private int _queued;

    public GuardPool(PoolSettings settings, ILogger logger, SandboxMetrics metrics)
    {
        _settings = settings ?? throw new ArgumentNullException(nameof(settings));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _metrics = metrics ?? throw new ArgumentNullException(nameof(metrics));
        _queue = Channel.CreateBounded<PoolJob>(new BoundedChannelOptions(settings.QueueCapacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = false,
            SingleWriter = false,
        });
        _slots = new Slot[settings.Size];
        _workers = new Task[settings.Size];
        for (int i = 0; i < settings.Size; i++)
        {
            var slot = _slots[i] = new Slot(i);
            slot.Starting = StartGuardAsync(slot);
            _workers[i] = Task.Run(() => WorkAsync(slot));
        }
        metrics.ObservePool(() => _queued, () => _slots.Count(s => s.Guard is { HasExited: false }));
    }

    /// <summary>Jobs waiting for a guard.</summary>
    public int QueueLength => Volatile.Read(ref _queued);

    /// <summary>Live guards (pids), for tests and diagnostics.</summary>
    public IReadOnlyList<int> GuardPids => _slots.Select(s => s.Guard).Where(g => g is { HasExited: false }).Select(g => g!.Pid).ToList();

    /// <summary>Waits until every slot has a started guard (or its start failed).</summary>
    public Task WarmUpAsync() => Task.WhenAll(_slots.Select(s => s.Starting ?? Task.CompletedTask));

    /// <summary>Queues a job; answers overload at once when the queue is full.</summary>
    public Task<PoolOutcome> ExecuteAsync(PoolJob job)
    {
        if (_stopping.IsCancellationRequested)
            return Task.FromResult(new PoolOutcome(null, "invalid", "the sandbox has been disposed", null, TimeSpan.Zero));
        Interlocked.Increment(ref _queued);
        if (!_queue.Writer.TryWrite(job))
        {
            Interlocked.Decrement(ref _queued);
            _metrics.Overloads.Add(1);
            return Task.FromResult(new PoolOutcome(null, "overloaded", $"the sandbox queue is full ({_settings.QueueCapacity} waiting)", null, TimeSpan.Zero));
        }
        return job.Completion.Task;
    }

    private sealed class Slot
    {
        public Slot(int index) => Index = index;
        public int Index { get; }
        public GuardProcess? Guard;
        public Task? Starting;
    }

    private async Task StartGuardAsync(Slot slot)
    {
        int attempt = 0;
        while (!_stopping.IsCancellationRequested)
        {
            try
            {
                slot.Guard = await GuardProcess.StartAsync(_settings.Launch, _settings.StartupTimeout, _logger, _stopping.Token).ConfigureAwait(false);
                _metrics.GuardsStarted.Add(1);
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException || !_stopping.IsCancellationRequested)
            {
                attempt++;
                _logger.LogError("guard for slot {Slot} failed to start (attempt {Attempt}): {Error}", slot.Index, attempt, e.Message);
                if (attempt >= 3) return;
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt), _stopping.Token).ConfigureAwait(false);
            }
        }
    }

    private async Task WorkAsync(Slot slot)
    {
        var reader = _queue.Reader;
        while (true)
        {
            PoolJob job;
            try
            {
                job = await reader.ReadAsync(_stopping.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or ChannelClosedException)
            {
                return;
            }
            Interlocked.Decrement(ref _queued);
            var wait = Stopwatch.GetElapsedTime(job.EnqueuedAt);
            if (job.CancellationToken.IsCancellationRequested)
            {
                job.Completion.TrySetCanceled(job.CancellationToken);
                continue;
            }
            try
            {
                var outcome = await RunOnSlotAsync(slot, job, wait).ConfigureAwait(false);
                job.Completion.TrySetResult(outcome);
            }
            catch (OperationCanceledException) when (job.CancellationToken.IsCancellationRequested)
            {
                job.Completion.TrySetCanceled(job.CancellationToken);
            }
            catch (Exception e)
            {
                _logger.LogError(e, "pool slot {Slot} failed a job", slot.Index);
                job.Completion.TrySetResult(new PoolOutcome(null, "crashed", "the pool failed: " + e.Message, slot.Guard?.Id, wait));
            }
        }
    }

    private async Task<PoolOutcome> RunOnSlotAsync(Slot slot, PoolJob job, TimeSpan wait)
    {
        if (slot.Starting is { IsCompleted: false } starting) await starting.ConfigureAwait(false);
        if (slot.Guard is null || slot.Guard.HasExited)
        {
            slot.Starting = StartGuardAsync(slot);
            await slot.Starting.ConfigureAwait(false);
            if (slot.Guard is null || slot.Guard.HasExited)
                return new PoolOutcome(null, "crashed", "no guard process could be started", null, wait);
        }
        var guard = slot.Guard;
        var execution = guard.ExecuteAsync(job.Request, job.Source, CancellationToken.None);
        var budget = job.Deadline + _settings.KillGrace;
        Task finished;
        using (var timer = CancellationTokenSource.CreateLinkedTokenSource(job.CancellationToken, _stopping.Token))
        {
            finished = await Task.WhenAny(execution, Task.Delay(budget, timer.Token)).ConfigureAwait(false);
            timer.Cancel();
        }
        if (finished != execution)
        {
            bool cancelled = job.CancellationToken.IsCancellationRequested;
            if (cancelled) guard.Kill();
            else guard.KillForTimeout();
            _metrics.Restarts.Add(1, new KeyValuePair<string, object?>("reason", cancelled ? "cancelled" : "timeout"));
            _logger.LogWarning("guard {Id} (pid {Pid}) killed: {Reason}", guard.Id, guard.Pid, cancelled ? "the caller cancelled" : $"no answer within {budget.TotalMilliseconds:0} ms");
            Replace(slot, guard);
            await ObserveQuietly(execution).ConfigureAwait(false);
            job.CancellationToken.ThrowIfCancellationRequested();
            return new PoolOutcome(null, "timeout", $"the rule did not finish within {job.Deadline.TotalMilliseconds:0} ms; its guard was killed", guard.Id, wait);
        }
        try
        {
            var reply = await execution.ConfigureAwait(false);
            if (guard.Executions >= _settings.RecycleAfterExecutions || guard.LastHeapBytes >= _settings.RecycleAfterHeapBytes)
            {
                _logger.LogDebug("recycling guard {Id} after {Count} executions ({Heap} heap bytes)", guard.Id, guard.Executions, guard.LastHeapBytes);
                _metrics.Restarts.Add(1, new KeyValuePair<string, object?>("reason", "recycle"));
                Replace(slot, guard, graceful: true);
            }
            return new PoolOutcome(reply, null, null, guard.Id, wait);
        }
        catch (GuardCrashedException e)
        {
            _metrics.Restarts.Add(1, new KeyValuePair<string, object?>("reason", "crashed"));
            _logger.LogWarning("guard {Id} crashed: {Message}", guard.Id, e.Message);
            Replace(slot, guard);
            return new PoolOutcome(null, guard.KilledForTimeout ? "timeout" : "crashed", e.Message, guard.Id, wait);
        }
    }

    /// <summary>Drops a guard and starts its replacement in the background.</summary>
    private void Replace(Slot slot, GuardProcess old, bool graceful = false)
    {
        slot.Guard = null;
        _ = graceful ? old.DisposeAsync().AsTask() : Task.Run(async () => { old.Kill(); await old.DisposeAsync().ConfigureAwait(false); });
        if (!_stopping.IsCancellationRequested) slot.Starting = StartGuardAsync(slot);
    }

    private static async Task ObserveQuietly(Task task)
    {
        try { await task.ConfigureAwait(false); } catch (Exception e) when (e is not OutOfMemoryException) { }
    }

    /// <summary>Stops taking work, answers what is queued as invalid, and stops every guard.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_stopping.IsCancellationRequested) return;
        _queue.Writer.TryComplete();
        _stopping.Cancel();
        while (_queue.Reader.TryRead(out var job))
            job.Completion.TrySetResult(new PoolOutcome(null, "invalid", "the sandbox was disposed before this rule ran", null, TimeSpan.Zero));
        try { await Task.WhenAll(_workers).ConfigureAwait(false); } catch (Exception e) when (e is not OutOfMemoryException) { }
        foreach (var slot in _slots)
        {
            try { if (slot.Starting is { } s) await s.ConfigureAwait(false); } catch (Exception e) when (e is not OutOfMemoryException) { }
        }
        await Task.WhenAll(_slots.Select(s => s.Guard).Where(g => g is not null).Select(g => g!.DisposeAsync().AsTask())).ConfigureAwait(false);
        _stopping.Dispose();
    }
}
