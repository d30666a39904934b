using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Enums;

/// <summary>
/// Guards a builtin method that reads a fixed number of arguments after <c>self</c>: a rule may
/// call it directly (<c>Perm.R.__or__()</c>), and too few arguments must be a TypeError, not an
/// index error inside the engine.
/// </summary>
internal static class Arity
{
    /// <summary><paramref name="fn"/>, refusing calls with fewer than <paramref name="count"/> arguments after self.</summary>
    public static BuiltinFn Check(string name, int count, BuiltinFn fn)
    {
        if (count <= 0) return fn;
        return (a, kw) =>
        {
            if (a.Length - (kw?.Length ?? 0) < count + 1 || (kw?.Length ?? 0) > 0)
                ArgParser.Count(name, a.Length > 0 ? a[1..] : a, kw, count, count);
            return fn(a, kw);
        };
    }
}
