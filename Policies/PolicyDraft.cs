namespace RuleSandbox.Policies;

/// <summary>Where a policy value came from: file, 1-based position, JSON path.</summary>
internal readonly record struct Loc(string File, int Line, int Column, string Path)
{
    public string Short => $"{File}:{Line}:{Column}";
}

/// <summary>One list entry with its origin.</summary>
internal readonly record struct Entry(string Value, Loc At);

/// <summary>
/// A policy document after validation, before defaults: every field is absent unless the file (or
/// what it extends, after <see cref="MergeOnto"/>) sets it. Values keep their origin so problems
/// found only after merging (a module both allowed and denied) point at the right file and line.
/// </summary>
internal sealed class PolicyDraft
{
    public List<Entry>? ModulesAllow;
    public List<Entry>? ModulesDeny;
    public List<Entry>? NamesDeny;
    public List<Entry>? DunderAllow;
    public List<Entry>? AttributesDeny;
    public List<Entry>? HostFunctions;
    public readonly Dictionary<string, (bool Value, Loc At)> Syntax = new(StringComparer.Ordinal);
    public readonly Dictionary<string, (long Value, Loc At)> Sizes = new(StringComparer.Ordinal);
    public readonly Dictionary<string, (long Value, Loc At)> Limits = new(StringComparer.Ordinal);
    public (bool Value, Loc At)? WallClock;
    public (bool Value, Loc At)? Randomness;

    /// <summary>
    /// This (child) draft laid over <paramref name="parent"/>. The merge rules, documented in
    /// docs/policies.md: allow lists and host functions replace the parent's; deny lists are the
    /// union (a child can add denials but never drop one it inherits); scalars override key by key.
    /// </summary>
    public PolicyDraft MergeOnto(PolicyDraft parent)
    {
        var m = new PolicyDraft
        {
            ModulesAllow = ModulesAllow ?? parent.ModulesAllow,
            ModulesDeny = Union(parent.ModulesDeny, ModulesDeny),
            NamesDeny = Union(parent.NamesDeny, NamesDeny),
            DunderAllow = DunderAllow ?? parent.DunderAllow,
            AttributesDeny = Union(parent.AttributesDeny, AttributesDeny),
            HostFunctions = HostFunctions ?? parent.HostFunctions,
            WallClock = WallClock ?? parent.WallClock,
            Randomness = Randomness ?? parent.Randomness,
        };
        Overlay(m.Syntax, parent.Syntax, Syntax);
        Overlay(m.Sizes, parent.Sizes, Sizes);
        Overlay(m.Limits, parent.Limits, Limits);
        return m;
    }

    private static List<Entry>? Union(List<Entry>? parent, List<Entry>? child)
    {
        if (parent is null) return child;
        if (child is null) return parent;
        var all = new List<Entry>(parent);
        all.AddRange(child);
        return all;
    }

    private static void Overlay<T>(Dictionary<string, T> target, Dictionary<string, T> parent, Dictionary<string, T> child)
    {
        foreach (var kv in parent) target[kv.Key] = kv.Value;
        foreach (var kv in child) target[kv.Key] = kv.Value;
    }
}
