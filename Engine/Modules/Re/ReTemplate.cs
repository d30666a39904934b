using System.Text;
using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Re;

/// <summary>
/// A replacement template of <c>sub</c>/<c>expand</c>: literal text and group references
/// (<c>\1</c>, <c>\g&lt;name&gt;</c>, <c>\g&lt;2&gt;</c>) with CPython's escapes and errors.
/// </summary>
internal sealed class ReTemplate
{
    private readonly List<(string? Text, int Group)> _parts = new();

    private ReTemplate()
    {
    }

    public static ReTemplate Parse(string t, PyRePattern p, Func<string, int, PythonException> error)
    {
        var r = new ReTemplate();
        var lit = new StringBuilder();
        void Flush()
        {
            if (lit.Length > 0) { r._parts.Add((lit.ToString(), -1)); lit.Clear(); }
        }
        void Group(int n)
        {
            Flush();
            r._parts.Add((null, n));
        }
        int i = 0;
        while (i < t.Length)
        {
            char c = t[i];
            if (c != '\\') { lit.Append(c); i++; continue; }
            int at = i;
            if (i + 1 >= t.Length) throw error("bad escape (end of pattern)", at);
            char e = t[i + 1];
            i += 2;
            switch (e)
            {
                case 'g':
                {
                    if (i >= t.Length || t[i] != '<') throw error("missing <", i);
                    int close = t.IndexOf('>', i + 1);
                    if (close < 0) throw error("missing >, unterminated name", i + 1);
                    string name = t.Substring(i + 1, close - i - 1);
                    if (name.Length == 0) throw error("missing group name", i + 1);
                    int n;
                    if (name.All(char.IsAsciiDigit))
                    {
                        if (!int.TryParse(name, out n) || n > p.T.Groups) throw error($"invalid group reference {name}", i + 1);
                    }
                    else if (!((char.IsLetter(name[0]) || name[0] == '_') && name.All(ch => char.IsLetterOrDigit(ch) || ch == '_')))
                        throw error($"bad character in group name '{name}'", i + 1);
                    else if (!p.T.GroupIndex.TryGetValue(name, out n))
                        throw Err.IndexError($"unknown group name '{name}'");
                    Group(n);
                    i = close + 1;
                    break;
                }
                case '0':
                {
                    int v = 0, k = 0;
                    while (k < 2 && i < t.Length && t[i] is >= '0' and <= '7') { v = v * 8 + (t[i++] - '0'); k++; }
                    lit.Append((char)v);
                    break;
                }
                case >= '1' and <= '9':
                {
                    if (i + 1 < t.Length && e <= '7' && t[i] is >= '0' and <= '7' && t[i + 1] is >= '0' and <= '7')
                    {
                        int v = (e - '0') * 64 + (t[i] - '0') * 8 + (t[i + 1] - '0');
                        if (v > 255) throw error($"octal escape value \\{t.Substring(at + 1, 3)} outside of range 0-0o377", at);
                        lit.Append((char)v);
                        i += 2;
                        break;
                    }
                    int n = e - '0';
                    if (i < t.Length && char.IsAsciiDigit(t[i])) n = n * 10 + (t[i++] - '0');
                    if (n > p.T.Groups) throw error($"invalid group reference {n}", at + 1);
                    Group(n);
                    break;
                }
                case 'a': lit.Append('\a'); break;
                case 'b': lit.Append('\b'); break;
                case 'f': lit.Append('\f'); break;
                case 'n': lit.Append('\n'); break;
                case 'r': lit.Append('\r'); break;
                case 't': lit.Append('\t'); break;
                case 'v': lit.Append('\v'); break;
                case '\\': lit.Append('\\'); break;
                default:
                    if (char.IsAsciiLetter(e)) throw error($"bad escape \\{e}", at);
                    lit.Append('\\').Append(e);
                    break;
            }
        }
        Flush();
        return r;
    }

    public void Expand(PyReMatch m, StringBuilder sb)
    {
        foreach (var (text, group) in _parts)
        {
            if (text is not null) sb.Append(text);
            else
            {
                var g = m.M.Groups[group];
                if (g.Success) sb.Append(g.Value);
            }
        }
    }
}
