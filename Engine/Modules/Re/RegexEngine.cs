using System.Text.RegularExpressions;
using RuleSandbox.Engine.Runtime;

namespace RuleSandbox.Engine.Modules.Re;

/// <summary>
/// Runs translated patterns: picks the non-backtracking engine when the pattern allows it,
/// bounds every match by the execution's remaining time and charges the scanned text to fuel.
/// </summary>
internal static class RegexEngine
{
    /// <summary>Which Python operation a regex serves.</summary>
    public enum Kind { Search, Match, FullMatch }

    [ThreadStatic] private static Dictionary<(string, RegexOptions), TimedRegex>? t_cache;

    private static TimedRegex Get(string pattern, RegexOptions options)
    {
        var cache = t_cache ??= new Dictionary<(string, RegexOptions), TimedRegex>();
        if (cache.TryGetValue((pattern, options), out var rx)) return rx;
        if (cache.Count >= 512) cache.Clear();
        rx = new TimedRegex(pattern, options);
        cache[(pattern, options)] = rx;
        return rx;
    }

    private static RegexOptions Options(TranslatedPattern t)
    {
        var o = RegexOptions.CultureInvariant;
        if ((t.Flags & PyReFlags.IgnoreCase) != 0) o |= RegexOptions.IgnoreCase;
        if ((t.Flags & PyReFlags.Multiline) != 0) o |= RegexOptions.Multiline;
        return o;
    }

    /// <summary>The regex for <paramref name="kind"/>, non-backtracking when possible.</summary>
    public static TimedRegex For(TranslatedPattern t, Kind kind)
    {
        var o = Options(t);
        string p = kind switch
        {
            Kind.Match => "\\G(?:" + t.DotNet + ")",
            Kind.FullMatch => "\\G(?:" + t.DotNet + ")\\z",
            _ => t.DotNet,
        };
        if (kind == Kind.Search && !t.NeedsBacktracking)
        {
            try { return Get(p, o | RegexOptions.NonBacktracking); }
            catch (NotSupportedException) { }
            catch (ArgumentException) { }
        }
        return Get(p, o);
    }

    /// <summary>Checks that .NET accepts the translation (errors it finds become re.error).</summary>
    public static void Validate(TranslatedPattern t)
    {
        try { _ = Get(t.DotNet, Options(t)); }
        catch (RegexParseException e) { throw new RegexSyntaxException(e.Error.ToString(), e.Offset); }
        catch (ArgumentException e) { throw new RegexSyntaxException(e.Message, 0); }
    }

    /// <summary>One match attempt from <paramref name="start"/>, bounded and metered.</summary>
    public static Match Run(TimedRegex rx, string input, int start)
    {
        var vm = Vm.Current!;
        var remaining = vm.Limits.Timeout - vm.Elapsed;
        if (remaining <= TimeSpan.Zero) throw TimeLimit(vm);
        // Regex timeouts must be below ~24 days.
        rx.SetTimeout(remaining > TimeSpan.FromDays(1) ? TimeSpan.FromDays(1) : remaining);
        Match m;
        try { m = rx.Match(input, start); }
        catch (RegexMatchTimeoutException) { throw TimeLimit(vm); }
        long scanned = (m.Success ? m.Index + m.Length : input.Length) - start;
        vm.Charge(1 + (System.Math.Max(0, scanned) >> 4));
        return m;
    }

    private static LimitExceededException TimeLimit(Vm vm)
        => new(LimitKind.Time, $"time limit exceeded ({vm.Limits.Timeout.TotalSeconds:0.###} s)");
}
