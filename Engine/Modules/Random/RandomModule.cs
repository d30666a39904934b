using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Random;

/// <summary>
/// The <c>random</c> module: CPython 3.12's Mersenne Twister and algorithms, giving the same values
/// for the same seed. Randomness from outside the sandbox is a capability: <see cref="Create"/>
/// builds the module without it (its generator stays unseeded until the rule calls
/// <c>random.seed(x)</c>, and <c>SystemRandom</c> does not exist); <see cref="WithEntropy"/>
/// grants it.
/// </summary>
public static class RandomModule
{
    private static readonly string[] s_boundNames =
    {
        "seed", "random", "uniform", "triangular", "randint", "choice", "randrange", "sample", "shuffle",
        "choices", "normalvariate", "lognormvariate", "expovariate", "vonmisesvariate", "gammavariate",
        "gauss", "betavariate", "binomialvariate", "paretovariate", "weibullvariate", "getstate",
        "setstate", "getrandbits", "randbytes",
    };

    private static readonly Lazy<(string Name, PyObject Value)[]> s_shared = new(() =>
    {
        RandomBinding.Init();
        return RandomBinding.Constants;
    });

    /// <summary>Builds the module for one execution, without randomness from the host.</summary>
    public static PyModule Create() => CreateCore(null);

    /// <summary>
    /// A factory whose modules seed from <paramref name="entropy"/> (a granted capability): the
    /// module generator is seeded at import as in CPython, <c>Random()</c> and <c>seed()</c> work
    /// without an argument, and <c>SystemRandom</c> exists. The function is called as often as
    /// needed; each call returns some random bytes (for example <c>RandomNumberGenerator.GetBytes(32)</c>).
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="entropy"/> is null.</exception>
    public static Func<PyModule> WithEntropy(Func<byte[]> entropy)
    {
        ArgumentNullException.ThrowIfNull(entropy);
        return () => CreateCore(entropy);
    }

    private static PyModule CreateCore(Func<byte[]>? entropy)
    {
        var shared = s_shared.Value;
        if (entropy is not null) RandomEntropy.Grant(entropy);
        var m = new PyModule("random");
        var d = m.ModuleDict;
        foreach (var (name, value) in shared) d.Set(name, value);
        d.Set("Random", RandomTypes.Random);
        if (entropy is not null) d.Set("SystemRandom", RandomTypes.SystemRandom);
        // The module functions are bound methods of one generator per execution, as in random.py.
        var inst = new PyRandom(system: false);
        if (entropy is not null) inst.SeedFromEntropy("import random");
        d.Set("_inst", inst);
        foreach (var name in s_boundNames)
            d.Set(name, new PyBoundMethod(inst, RandomTypes.Random.Members[name]));
        return m;
    }
}
