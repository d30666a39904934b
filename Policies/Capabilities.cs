namespace RuleSandbox.Policies;

/// <summary>Host capabilities granted to rules.</summary>
/// <param name="HostFunctions">Names of host functions the embedding application may expose to the rule.</param>
/// <param name="WallClock">The rule may read the current time (<c>time</c>, <c>datetime.now()</c>...).</param>
/// <param name="Randomness">The rule may use randomness (<c>random</c>, <c>uuid.uuid4()</c>...).</param>
public sealed record Capabilities(IReadOnlyList<string> HostFunctions, bool WallClock, bool Randomness);
