using RuleSandbox.Engine.Syntax.Ast;

namespace RuleSandbox.Engine.Syntax;

internal sealed partial class EarlyErrors
{
    /// <summary>
    /// The pattern errors CPython's compiler raises, in the order it walks a match statement:
    /// per case, the pattern depth-first (irrefutable patterns that hide later cases, repeated
    /// names, two starred names, repeated keyword attributes, duplicate mapping keys, alternatives
    /// binding different names).
    /// </summary>
    private void CheckMatch(Match m)
    {
        for (int i = 0; i < m.Cases.Count; i++)
        {
            var c = m.Cases[i];
            // The last case (or one with a guard) may be irrefutable; earlier ones may not.
            bool allowIrrefutable = c.Guard is not null || i == m.Cases.Count - 1;
            var names = new HashSet<string>(StringComparer.Ordinal);
            CheckPattern(c.Pattern, allowIrrefutable, names);
        }
    }

    private void CheckPattern(Pattern p, bool allowIrrefutable, HashSet<string> names)
    {
        Guard();
        switch (p)
        {
            case MatchAs a:
                if (a.Pattern is null)
                {
                    if (!allowIrrefutable)
                        throw Error(p, a.Name is null ? "wildcard makes remaining patterns unreachable" : $"name capture '{a.Name}' makes remaining patterns unreachable");
                }
                else
                {
                    CheckPattern(a.Pattern, allowIrrefutable, names);
                }
                if (a.Name is not null) Store(p, a.Name, names);
                return;
            case MatchStar s:
                if (s.Name is not null) Store(p, s.Name, names);
                return;
            case MatchSequence seq:
                if (seq.Patterns.Count(x => x is MatchStar) > 1)
                    throw Error(p, "multiple starred names in sequence pattern");
                foreach (var sub in seq.Patterns) CheckPattern(sub, true, names);
                return;
            case MatchMapping map:
                {
                    var keys = new HashSet<string>(StringComparer.Ordinal);
                    foreach (var k in map.Keys)
                    {
                        if (k is Constant kc && !keys.Add(kc.Value.Kind + ":" + kc.Value.Repr()))
                            throw Error(p, $"mapping pattern checks duplicate key ({kc.Value.Repr()})");
                    }
                    foreach (var sub in map.Patterns) CheckPattern(sub, true, names);
                    if (map.Rest is not null) Store(p, map.Rest, names);
                    return;
                }
            case MatchClass cls:
                {
                    var seen = new HashSet<string>(StringComparer.Ordinal);
                    for (int j = 0; j < cls.KwdAttrs.Count; j++)
                    {
                        if (!seen.Add(cls.KwdAttrs[j]))
                            throw Error(cls.KwdPatterns[j], $"attribute name repeated in class pattern: {cls.KwdAttrs[j]}");
                    }
                    foreach (var sub in cls.Patterns) CheckPattern(sub, true, names);
                    foreach (var sub in cls.KwdPatterns) CheckPattern(sub, true, names);
                    return;
                }
            case MatchOr or:
                {
                    HashSet<string>? first = null;
                    for (int j = 0; j < or.Patterns.Count; j++)
                    {
                        var alternative = new HashSet<string>(StringComparer.Ordinal);
                        CheckPattern(or.Patterns[j], allowIrrefutable && j == or.Patterns.Count - 1, alternative);
                        if (first is null) first = alternative;
                        else if (!first.SetEquals(alternative)) throw Error(p, "alternative patterns bind different names");
                    }
                    foreach (var n in first!) Store(p, n, names);
                    return;
                }
        }
    }

    private void Store(Pattern at, string name, HashSet<string> names)
    {
        if (!names.Add(name)) throw Error(at, $"multiple assignments to name '{name}' in pattern");
    }
}
