namespace RuleSandbox.Engine.Hosting;

/// <summary>What an execution consumed.</summary>
/// <param name="FuelUsed">Instructions plus builtin work units.</param>
/// <param name="WallTime">Time spent running.</param>
/// <param name="AllocatedBytes">Tracked allocations of program-sized objects.</param>
/// <param name="OutputBytes">Characters printed.</param>
public sealed record ExecutionMetrics(long FuelUsed, TimeSpan WallTime, long AllocatedBytes, long OutputBytes);
