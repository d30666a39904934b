using System.Text.RegularExpressions;
using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Re;

/// <summary>A <c>re.Match</c> object.</summary>
internal sealed class PyReMatch : PyObject
{
    public PyReMatch(PyRePattern pattern, PyStr str, Match m, int pos, int endpos, PyObject? subject = null)
    {
        Pattern = pattern;
        Str = str;
        Subject = subject ?? str;
        M = m;
        Pos = pos;
        EndPos = endpos;
    }

    public PyRePattern Pattern { get; }

    /// <summary>The subject as text (a bytes subject decoded as Latin-1).</summary>
    public PyStr Str { get; }

    /// <summary>The <c>string</c> attribute: the object that was searched (str or bytes-like).</summary>
    public PyObject Subject { get; }

    public Match M { get; }

    /// <summary><c>pos</c> and <c>endpos</c> in code points.</summary>
    public int Pos { get; }

    public int EndPos { get; }

    public override PyType Type => ReModule.MatchType;

    /// <summary>The group number for an index or name; IndexError("no such group") otherwise.</summary>
    public int GroupNumber(PyObject g)
    {
        if (g is PyInt i && !i.IsBig && i.Small >= 0 && i.Small <= Pattern.T.Groups) return (int)i.Small;
        if (g is PyStr s && Pattern.T.GroupIndex.TryGetValue(s.Value, out int n)) return n;
        if (g is not PyInt and not PyStr && Ops.UserDunder(g, "__index__") is not null)
        {
            var ix = Ops.AsIndex(g);
            if (!ix.IsBig && ix.Small >= 0 && ix.Small <= Pattern.T.Groups) return (int)ix.Small;
        }
        throw Err.IndexError("no such group");
    }

    public PyObject Group(int n, PyObject? dflt = null)
    {
        var g = M.Groups[n];
        if (!g.Success) return dflt ?? PyNone.Instance;
        return Pattern.Wrap(g.Value);
    }

    /// <summary>The (start, end) of group <paramref name="n"/> in code points, (-1, -1) when it did not take part.</summary>
    public (int Start, int End) Span(int n)
    {
        var g = M.Groups[n];
        if (!g.Success) return (-1, -1);
        return (ReModule.ToCp(Str, g.Index), ReModule.ToCp(Str, g.Index + g.Length));
    }

    /// <summary>Python's lastindex: the group that closed last (an outer group closes after its inner ones).</summary>
    public int? LastIndex()
    {
        int best = -1, bestEnd = -1;
        var parent = Pattern.T.Parent;
        for (int n = 1; n <= Pattern.T.Groups; n++)
        {
            var g = M.Groups[n];
            if (!g.Success) continue;
            int end = g.Index + g.Length;
            if (end > bestEnd) { best = n; bestEnd = end; continue; }
            if (end == bestEnd && !IsInside(n, best, parent)) best = n;
        }
        return best < 0 ? null : best;
    }

    private static bool IsInside(int inner, int outer, int[] parent)
    {
        for (int p = parent[inner]; p != 0; p = parent[p])
            if (p == outer) return true;
        return false;
    }
}
