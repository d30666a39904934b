using System.Collections.Concurrent;

namespace RuleSandbox.Guard.Child;

/// <summary>
/// Long-lived threads with large stacks that run executions. The interpreter does not recurse on
/// the .NET stack for Python calls, but C# code that calls back into Python (sort keys, dunder
/// methods) does, within a bounded depth; these threads give that bound room. Reusing them avoids
/// a thread start per execution, which would cost more than a typical rule.
/// </summary>
internal sealed class LargeStackWorkers
{
    public const int StackBytes = 256 * 1024 * 1024;

    private readonly BlockingCollection<Action> _work = new();

    private LargeStackWorkers(int count)
    {
        for (int i = 0; i < count; i++)
        {
            var t = new Thread(Loop, StackBytes) { IsBackground = true, Name = "rule-worker-" + i };
            t.Start();
        }
    }

    /// <summary>One worker per core, created on first use.</summary>
    public static LargeStackWorkers Shared => LazyShared.Value;

    private static readonly Lazy<LargeStackWorkers> LazyShared = new(() => new LargeStackWorkers(Math.Max(2, Environment.ProcessorCount)));

    /// <summary>Runs <paramref name="work"/> on a worker and waits for it.</summary>
    public T Run<T>(Func<T> work) => RunAsync(work).GetAwaiter().GetResult();

    /// <summary>Queues <paramref name="work"/> on a worker.</summary>
    public Task<T> RunAsync<T>(Func<T> work)
    {
        var tcs = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        _work.Add(() =>
        {
            try { tcs.SetResult(work()); }
            catch (Exception e) { tcs.SetException(e); }
        });
        return tcs.Task;
    }

    private void Loop()
    {
        foreach (var action in _work.GetConsumingEnumerable()) action();
    }
}
