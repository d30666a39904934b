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
        ["abc"] = Abc.AbcModule.Create,
        ["base64"] = Base64.Base64Module.Create,
        ["bisect"] = Bisect.BisectModule.Create,
        ["cmath"] = Cmath.CmathModule.Create,
        ["collections"] = Collections.CollectionsModule.Create,
        ["collections.abc"] = Collections.CollectionsAbcModule.Create,
        ["contextlib"] = Contextlib.ContextlibModule.Create,
        ["copy"] = Copy.CopyModule.Create,
        ["dataclasses"] = Dataclasses.DataclassesModule.Create,
        ["datetime"] = Datetime.DatetimeModule.Create,
        ["decimal"] = Decimal.DecimalModule.Create,
        ["enum"] = Enums.EnumModule.Create,
        ["fractions"] = Fractions.FractionsModule.Create,
        ["functools"] = Functools.FunctoolsModule.Create,
        ["hashlib"] = Hashlib.HashlibModule.Create,
        ["heapq"] = Heapq.HeapqModule.Create,
        ["itertools"] = Itertools.ItertoolsModule.Create,
        ["json"] = Json.JsonModule.Create,
        ["math"] = Math.MathModule.Create,
        ["operator"] = Operator.OperatorModule.Create,
        ["random"] = Random.RandomModule.Create,
        ["re"] = Re.ReModule.Create,
        ["statistics"] = Statistics.StatisticsModule.Create,
        ["string"] = Strings.StringModule.Create,
        ["textwrap"] = Textwrap.TextwrapModule.Create,
        ["time"] = Time.TimeModule.Create,
        ["types"] = Types.TypesModule.Create,
        ["typing"] = Typing.TypingModule.Create,
        ["uuid"] = Uuid.UuidModule.Create,
    };

    /// <summary>
    /// <paramref name="modules"/> with the host's capabilities granted: with a
    /// <paramref name="clock"/>, <c>datetime</c> and <c>time</c> read the wall clock from it; with
    /// <paramref name="entropy"/>, <c>random</c> seeds from it and offers SystemRandom. A module
    /// absent from <paramref name="modules"/> stays absent; a null capability stays refused.
    /// </summary>
    public static IReadOnlyDictionary<string, Func<PyModule>> WithCapabilities(IReadOnlyDictionary<string, Func<PyModule>> modules, Func<DateTimeOffset>? clock, Func<byte[]>? entropy)
    {
        ArgumentNullException.ThrowIfNull(modules);
        var result = new Dictionary<string, Func<PyModule>>(modules, StringComparer.Ordinal);
        if (clock is not null)
        {
            if (result.ContainsKey("datetime")) result["datetime"] = Datetime.DatetimeModule.WithClock(clock);
            if (result.ContainsKey("time")) result["time"] = Time.TimeModule.WithClock(clock);
        }
        if (entropy is not null && result.ContainsKey("random")) result["random"] = Random.RandomModule.WithEntropy(entropy);
        if (entropy is not null && result.ContainsKey("uuid")) result["uuid"] = Uuid.UuidModule.WithRandomness(n => TakeEntropy(entropy, n), clock);
        return result;
    }

    /// <summary><paramref name="count"/> bytes from a source that returns blocks of any size.</summary>
    private static byte[] TakeEntropy(Func<byte[]> entropy, int count)
    {
        var result = new byte[count];
        for (int filled = 0; filled < count;)
        {
            var block = entropy();
            if (block.Length == 0) throw new InvalidOperationException("the entropy source returned no bytes");
            int n = System.Math.Min(block.Length, count - filled);
            Array.Copy(block, 0, result, filled, n);
            filled += n;
        }
        return result;
    }

    /// <summary>The modules <paramref name="isAllowed"/> accepts (a policy's module check).</summary>
    public static IReadOnlyDictionary<string, Func<PyModule>> Where(Func<string, bool> isAllowed)
    {
        ArgumentNullException.ThrowIfNull(isAllowed);
        return All.Where(kv => isAllowed(kv.Key)).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
    }
}
