using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Random;

/// <summary>The random module's classes, built once per process and shared read-only.</summary>
internal static class RandomTypes
{
    public static readonly PyType Random = PyType.NewNative("Random", "random");
    public static readonly PyType SystemRandom = PyType.NewNative("SystemRandom", "random", Random);
}
