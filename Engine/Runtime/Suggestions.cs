using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Runtime;

/// <summary>
/// CPython 3.12's "Did you mean: ...?" hints for NameError and AttributeError. Only the simple
/// case is covered: the hint is computed when the exception is created by the VM (see
/// <see cref="Hint"/>) because the frame locals are needed.
/// </summary>
internal static class Suggestions
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<PyBaseException, string> s_hints = new();

    public static void Hint(PyBaseException e, string hint) => s_hints.AddOrUpdate(e, hint);

    public static string For(PyBaseException e) => s_hints.TryGetValue(e, out var h) ? h : "";

    private const int MaxCandidates = 750;
    private const int MoveCost = 2, CaseCost = 1;

    /// <summary>The closest candidate by CPython's Levenshtein variant, or null.</summary>
    public static string? Closest(string name, IEnumerable<string> candidates)
    {
        var list = candidates.Distinct().ToList();
        if (list.Count > MaxCandidates) return null;
        string? best = null;
        int bestDist = int.MaxValue;
        foreach (var c in list)
        {
            if (c == name) continue;
            int maxDist = (name.Length + c.Length + 3) * MoveCost / 6;
            maxDist = Math.Min(maxDist, bestDist - 1);
            int d = Distance(name, c, maxDist);
            if (d > maxDist) continue;
            if (best is null || d < bestDist) { best = c; bestDist = d; }
        }
        return best;
    }

    private static int SubCost(char a, char b) => a == b ? 0 : char.ToLowerInvariant(a) == char.ToLowerInvariant(b) ? CaseCost : MoveCost;

    private static int Distance(string a, string b, int maxCost)
    {
        if (a == b) return 0;
        int pre = 0;
        while (pre < a.Length && pre < b.Length && a[pre] == b[pre]) pre++;
        a = a[pre..]; b = b[pre..];
        int suf = 0;
        while (suf < a.Length && suf < b.Length && a[^(suf + 1)] == b[^(suf + 1)]) suf++;
        a = a[..^suf]; b = b[..^suf];
        if (a.Length == 0 || b.Length == 0) return (a.Length + b.Length) * MoveCost;
        if (Math.Abs(a.Length - b.Length) * MoveCost > maxCost) return maxCost + 1;
        if (b.Length < a.Length) (a, b) = (b, a);
        var buffer = new int[a.Length];
        for (int i = 0; i < a.Length; i++) buffer[i] = (i + 1) * MoveCost;
        int result = 0;
        for (int bi = 0; bi < b.Length; bi++)
        {
            char bc = b[bi];
            int distance = result = bi * MoveCost;
            int minimum = int.MaxValue;
            for (int ai = 0; ai < a.Length; ai++)
            {
                int subst = distance + SubCost(bc, a[ai]);
                distance = buffer[ai];
                int ins = distance + MoveCost;
                int del = result + MoveCost;
                result = Math.Min(Math.Min(ins, del), subst);
                buffer[ai] = result;
                if (result < minimum) minimum = result;
            }
            if (minimum > maxCost) return maxCost + 1;
        }
        return result;
    }
}
