using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules;

/// <summary>
/// The native (C#) modules a rule may import, by name. Each factory builds the module object for
/// one execution from parts built once per process and shared read-only (functions, types,
/// constants), so a rule that assigns <c>math.pi = 3</c> changes only its own execution's module.
/// Which of them a given rule may import is the policy's decision; the host passes the allowed
/// subset to the engine (RunOptions.Modules).
/// </summary>
public static class NativeModules
{
    /// <summary>Every module the engine implements. One line per module; keep them sorted.</summary>
    public static IReadOnlyDictionary<string, Func<PyModule>> All { get; } = new Dictionary<string, Func<PyModule>>(StringComparer.Ordinal)
    {
        ["collections"] = Collections.CollectionsModule.Create,
        ["collections.abc"] = Collections.CollectionsAbcModule.Create,
        ["datetime"] = Datetime.DatetimeModule.Create,
        ["decimal"] = Decimal.DecimalModule.Create,
        ["json"] = Json.JsonModule.Create,
        ["math"] = Math.MathModule.Create,
        ["re"] = Re.ReModule.Create,
    };

    /// <summary>The modules <paramref name="isAllowed"/> accepts (a policy's module check).</summary>
    public static IReadOnlyDictionary<string, Func<PyModule>> Where(Func<string, bool> isAllowed)
    {
        ArgumentNullException.ThrowIfNull(isAllowed);
        return All.Where(kv => isAllowed(kv.Key)).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
    }
}
