using System.Runtime.CompilerServices;
using RuleSandbox.Engine.Runtime;

namespace RuleSandbox.Engine.Modules.Decimal;

/// <summary>
/// The current decimal context of each execution. Keyed by the running <see cref="Vm"/>, so two
/// executions (even on one thread, one after the other) never see each other's context.
/// </summary>
internal static class DecimalState
{
    private static readonly ConditionalWeakTable<Vm, StrongBox<PyDecimalContext>> s_current = new();

    [ThreadStatic]
    private static PyDecimalContext? t_noVm;

    /// <summary>The execution's current context (created with the defaults on first use).</summary>
    public static PyDecimalContext Current
    {
        get
        {
            var vm = Vm.Current;
            if (vm is null) return t_noVm ??= NewDefault();
            return s_current.GetValue(vm, _ => new StrongBox<PyDecimalContext>(NewDefault())).Value!;
        }
        set
        {
            var vm = Vm.Current;
            if (vm is null) { t_noVm = value; return; }
            s_current.GetValue(vm, _ => new StrongBox<PyDecimalContext>(value)).Value = value;
        }
    }

    /// <summary>A context with CPython's DefaultContext settings, metered against the running execution.</summary>
    public static PyDecimalContext NewDefault() => new(Metered(new DecimalContext()));

    /// <summary>Installs the meter that charges big-number work to the running execution.</summary>
    public static DecimalContext Metered(DecimalContext c)
    {
        c.Meter = Charge;
        c.Work = units => Vm.Current?.Charge(units);
        return c;
    }

    // Digits become memory (about half a byte each) and the work grows with their square for
    // division and square roots, so charge both before the numbers are built.
    private static void Charge(long digits)
    {
        var vm = Vm.Current;
        if (vm is null) return;
        vm.ChargeAllocation(digits);
        vm.Charge(digits / 64 * (digits / 64));
    }
}
