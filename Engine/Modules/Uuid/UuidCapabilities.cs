using System.Runtime.CompilerServices;
using RuleSandbox.Engine.Runtime;

namespace RuleSandbox.Engine.Modules.Uuid;

/// <summary>
/// The randomness (and, for uuid1, the wall clock) that the host granted to one execution,
/// with uuid1's per-execution state. Absent unless the module came from
/// <see cref="UuidModule.WithRandomness"/>; then uuid1/uuid4 raise.
/// </summary>
internal sealed class UuidCapabilities
{
    private static readonly ConditionalWeakTable<Vm, UuidCapabilities> s_granted = new();

    private readonly Func<int, byte[]> _random;
    private readonly Func<DateTimeOffset>? _clock;

    private UuidCapabilities(Func<int, byte[]> random, Func<DateTimeOffset>? clock)
    {
        _random = random;
        _clock = clock;
    }

    /// <summary>uuid1's last timestamp in this execution (timestamps never repeat or go back).</summary>
    public long? LastTimestamp { get; set; }

    /// <summary>uuid1's random node for this execution (getnode()).</summary>
    public long? Node { get; set; }

    public static void Grant(Func<int, byte[]> random, Func<DateTimeOffset>? clock)
    {
        if (Vm.Current is { } vm) s_granted.AddOrUpdate(vm, new UuidCapabilities(random, clock));
    }

    public static UuidCapabilities For(string what)
    {
        if (Vm.Current is { } vm && s_granted.TryGetValue(vm, out var caps)) return caps;
        throw Err.RuntimeError($"{what} needs the randomness capability, which the host did not grant to this rule");
    }

    /// <summary><paramref name="count"/> random bytes from the host.</summary>
    public byte[] Random(int count)
    {
        var b = _random(count);
        if (b is null || b.Length < count) throw new InvalidOperationException($"the host's randomness source returned fewer than {count} bytes");
        return b;
    }

    /// <summary>The host's wall clock, or the error when it was not granted.</summary>
    public DateTimeOffset Now(string what)
        => _clock is null ? throw Err.RuntimeError($"{what} needs the wall-clock capability, which the host did not grant to this rule") : _clock();
}
