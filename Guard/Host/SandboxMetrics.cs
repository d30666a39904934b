using System.Diagnostics.Metrics;

namespace RuleSandbox.Guard.Host;

/// <summary>
/// The sandbox's instruments (System.Diagnostics.Metrics, meter "RuleSandbox"): executions by
/// verdict, latency, queue length, pool size, guard starts and restarts, overloads.
/// </summary>
internal sealed class SandboxMetrics : IDisposable
{
    public const string MeterName = "RuleSandbox";

    private readonly Meter _meter;
    private Func<int>? _queueLength;
    private Func<int>? _poolSize;

    public SandboxMetrics(IMeterFactory? factory = null)
    {
        _meter = factory?.Create(MeterName) ?? new Meter(MeterName);
        Executions = _meter.CreateCounter<long>("rulesandbox.executions", description: "Rule executions, tagged by verdict");
        Latency = _meter.CreateHistogram<double>("rulesandbox.latency", unit: "ms", description: "Time from request to result");
        GuardsStarted = _meter.CreateCounter<long>("rulesandbox.guards.started", description: "Guard processes started");
        Restarts = _meter.CreateCounter<long>("rulesandbox.guards.restarts", description: "Guards replaced, tagged by reason");
        Overloads = _meter.CreateCounter<long>("rulesandbox.overloads", description: "Requests refused because the queue was full");
        _meter.CreateObservableGauge("rulesandbox.queue.length", () => _queueLength?.Invoke() ?? 0, description: "Requests waiting for a guard");
        _meter.CreateObservableGauge("rulesandbox.pool.size", () => _poolSize?.Invoke() ?? 0, description: "Live guard processes");
    }

    public Counter<long> Executions { get; }
    public Histogram<double> Latency { get; }
    public Counter<long> GuardsStarted { get; }
    public Counter<long> Restarts { get; }
    public Counter<long> Overloads { get; }

    public void ObservePool(Func<int> queueLength, Func<int> poolSize)
    {
        _queueLength = queueLength;
        _poolSize = poolSize;
    }

    public void Dispose() => _meter.Dispose();
}
