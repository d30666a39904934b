using System.Runtime.CompilerServices;
using RuleSandbox.Engine.Runtime;

namespace RuleSandbox.Engine.Modules.Datetime;

/// <summary>
/// The wall clock of each execution, present only when the host granted it (the module was
/// created by <see cref="DatetimeModule.WithClock"/>). Without it, now()/today() raise.
/// </summary>
internal static class DatetimeClock
{
    private static readonly ConditionalWeakTable<Vm, Func<DateTimeOffset>> s_clocks = new();

    public static void Grant(Func<DateTimeOffset> clock)
    {
        if (Vm.Current is { } vm) s_clocks.AddOrUpdate(vm, clock);
    }

    public static DateTimeOffset Now(string what)
    {
        if (Vm.Current is { } vm && s_clocks.TryGetValue(vm, out var clock)) return clock();
        throw Err.RuntimeError($"{what} needs the wall-clock capability, which the host did not grant to this rule");
    }
}
