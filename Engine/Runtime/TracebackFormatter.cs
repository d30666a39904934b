using System.Text;
using RuleSandbox.Engine.Compiler;
using RuleSandbox.Engine.Syntax;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Runtime;

/// <summary>
/// Prints exceptions exactly as CPython 3.12's traceback module does (without the optional
/// <c>^^^^</c> caret lines): the chained sections, one <c>File</c> line plus the stripped source
/// line per frame, repeated frames collapsed, and the final <c>Type: message</c> line.
/// </summary>
public static class TracebackFormatter
{
    /// <summary>The full report of an uncaught exception, chain included.</summary>
    public static string Format(PyBaseException e)
    {
        var sb = new StringBuilder();
        var seen = new HashSet<PyBaseException>(ReferenceEqualityComparer.Instance);
        FormatChain(e, sb, seen, 0);
        return sb.ToString();
    }

    private static void FormatChain(PyBaseException e, StringBuilder sb, HashSet<PyBaseException> seen, int depth)
    {
        seen.Add(e);
        if (depth < 100)
        {
            if (e.Cause is { } cause && !seen.Contains(cause))
            {
                FormatChain(cause, sb, seen, depth + 1);
                sb.Append("\nThe above exception was the direct cause of the following exception:\n\n");
            }
            else if (e.Context is { } ctx && !e.SuppressContext && !seen.Contains(ctx))
            {
                FormatChain(ctx, sb, seen, depth + 1);
                sb.Append("\nDuring handling of the above exception, another exception occurred:\n\n");
            }
        }
        FormatOne(e, sb);
    }

    private static void FormatOne(PyBaseException e, StringBuilder sb)
    {
        if (e.Traceback.Count > 0)
        {
            sb.Append("Traceback (most recent call last):\n");
            string? lastKey = null;
            int repeat = 0;
            for (int i = e.Traceback.Count - 1; i >= 0; i--)
            {
                var entry = e.Traceback[i];
                string key = entry.Code.Filename + ":" + entry.Line + ":" + entry.Code.Name;
                if (key == lastKey)
                {
                    repeat++;
                    if (repeat >= 3) continue;
                }
                else
                {
                    FlushRepeat(sb, repeat);
                    lastKey = key;
                    repeat = 0;
                }
                AppendFrame(sb, entry.Code, entry.Line);
            }
            FlushRepeat(sb, repeat);
        }
        sb.Append(FinalLine(e)).Append('\n');
        if (e.Notes is { } notes) foreach (var n in notes) sb.Append(n).Append('\n');
    }

    private static void FlushRepeat(StringBuilder sb, int repeat)
    {
        if (repeat >= 3)
        {
            int more = repeat - 2;
            sb.Append($"  [Previous line repeated {more} more time{(more > 1 ? "s" : "")}]\n");
        }
    }

    private static void AppendFrame(StringBuilder sb, CodeObject code, int line)
    {
        sb.Append("  File \"").Append(code.Filename).Append("\", line ").Append(line).Append(", in ").Append(code.Name).Append('\n');
        if (line >= 1 && line <= code.SourceLines.Length)
        {
            var text = code.SourceLines[line - 1].Trim(' ', '\t', '\f', '\r', '\n');
            if (text.Length > 0) sb.Append("    ").Append(text).Append('\n');
        }
    }

    /// <summary>The last line: <c>Type: message</c> (qualified by module unless builtins or __main__).</summary>
    public static string FinalLine(PyBaseException e)
    {
        var t = e.Type;
        string name = t.IsHeapType ? t.QualName : t.Name;
        if (t.IsHeapType)
        {
            var mod = Ops.ModuleOf(t);
            if (mod is not ("__main__" or "builtins")) name = mod + "." + name;
        }
        string msg;
        try { msg = Ops.Str(e); }
        catch (PythonException) { msg = "<exception str() failed>"; }
        msg += Suggestions.For(e);
        return msg.Length == 0 ? name : name + ": " + msg;
    }

    /// <summary>CPython's report of a SyntaxError raised by the compiler front end.</summary>
    public static string FormatSyntaxError(PythonSyntaxError e)
    {
        var sb = new StringBuilder();
        sb.Append("  File \"").Append(e.Filename).Append("\", line ").Append(e.Line).Append('\n');
        if (e.Text is { } text)
        {
            var rtext = text.TrimEnd('\n');
            var ltext = rtext.TrimStart(' ', '\n', '\f');
            int spaces = rtext.Length - ltext.Length;
            sb.Append("    ").Append(ltext).Append('\n');
            int offset = e.Offset;
            int end = e.EndOffset != 0 && e.EndLine == e.Line ? e.EndOffset : offset;
            if (e.EndLine > e.Line) end = text.Length + 1;
            if (offset > text.Length) offset = text.Length + 1;
            if (end > text.Length) end = text.Length + 1;
            if (offset >= end || end < 0) end = offset + 1;
            int col = offset - 1 - spaces;
            int endCol = end - 1 - spaces;
            if (col >= 0)
            {
                var caret = new StringBuilder();
                for (int i = 0; i < col && i < ltext.Length; i++) caret.Append(char.IsWhiteSpace(ltext[i]) ? ltext[i] : ' ');
                sb.Append("    ").Append(caret).Append('^', Math.Max(1, endCol - col)).Append('\n');
            }
        }
        sb.Append(e.ErrorType).Append(": ").Append(e.Message.Length == 0 ? "<no detail available>" : e.Message).Append('\n');
        return sb.ToString();
    }
}
