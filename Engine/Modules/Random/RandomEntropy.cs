using System.Runtime.CompilerServices;
using RuleSandbox.Engine.Runtime;

namespace RuleSandbox.Engine.Modules.Random;

// The math module's namespace (RuleSandbox.Engine.Modules.Math) would hide System.Math here.
using Math = System.Math;

/// <summary>
/// The entropy source of each execution, present only when the host granted randomness (the
/// module was created by <see cref="RandomModule.WithEntropy"/>). Without it, seeding from entropy
/// (an unseeded module generator, <c>Random()</c>, <c>seed(None)</c>, <c>SystemRandom</c>) raises.
/// </summary>
/// <remarks>Kept per <see cref="Vm"/> rather than in the shared types, so one execution's grant
/// never reaches another.</remarks>
internal static class RandomEntropy
{
    private static readonly ConditionalWeakTable<Vm, Func<byte[]>> s_sources = new();

    /// <summary>Grants <paramref name="source"/> to the execution running on this thread.</summary>
    public static void Grant(Func<byte[]> source)
    {
        if (Vm.Current is { } vm) s_sources.AddOrUpdate(vm, source);
    }

    /// <summary>Whether the running execution may use entropy.</summary>
    public static bool IsGranted => Vm.Current is { } vm && s_sources.TryGetValue(vm, out _);

    /// <summary>The error raised when <paramref name="what"/> needs entropy that was not granted.</summary>
    public static PythonException Refused(string what)
        => Err.RuntimeError($"{what} needs the randomness capability, which the host did not grant to this rule; seed the generator first with random.seed(x) to get reproducible numbers");

    /// <summary>Fills <paramref name="destination"/> from the granted source (called as often as needed).</summary>
    /// <exception cref="PythonException">RuntimeError when randomness was not granted.</exception>
    public static void Fill(Span<byte> destination, string what)
    {
        if (Vm.Current is not { } vm || !s_sources.TryGetValue(vm, out var source)) throw Refused(what);
        while (destination.Length > 0)
        {
            byte[] chunk = source() ?? Array.Empty<byte>();
            if (chunk.Length == 0) throw Err.RuntimeError("the host's entropy source returned no bytes");
            int n = Math.Min(chunk.Length, destination.Length);
            chunk.AsSpan(0, n).CopyTo(destination);
            destination = destination[n..];
        }
    }
}
