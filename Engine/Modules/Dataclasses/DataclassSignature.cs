using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Dataclasses;

/// <summary>
/// The text of a dataclass's <c>__init__</c> signature, as <c>inspect.signature</c> prints it,
/// for the docstring CPython gives a dataclass without one: <c>Point(x: int, y: int = 0)</c>.
/// </summary>
internal static class DataclassSignature
{
    /// <summary>The parameter list in parentheses (<c>self</c> and the return annotation left out).</summary>
    public static string Text(List<PyField> std, List<PyField> kwOnly)
    {
        var parts = std.Select(Param).ToList();
        if (kwOnly.Count > 0)
        {
            parts.Add("*");
            parts.AddRange(kwOnly.Select(Param));
        }
        return "(" + string.Join(", ", parts) + ")";
    }

    /// <summary>
    /// The signature of a class whose <c>__init__</c> the rule wrote (<c>init=False</c>, or its own
    /// <c>__init__</c>): the function's parameters without <c>self</c>; <c>()</c> for object's.
    /// </summary>
    public static string Text(PyFunction fn)
    {
        var code = fn.Code;
        var parts = new List<string>();
        int firstDefault = code.ArgCount - fn.Defaults.Length;
        string P(int i, PyObject? dflt)
        {
            string n = code.VarNames[i];
            var ann = fn.Annotations?.Get(n);
            string s = ann is null ? n : n + ": " + Annotation(ann);
            if (dflt is not null) s += (ann is null ? "=" : " = ") + Ops.Repr(dflt);
            return s;
        }
        for (int i = 1; i < code.ArgCount; i++)
        {
            parts.Add(P(i, i >= firstDefault ? fn.Defaults[i - firstDefault] : null));
            if (i == code.PosOnlyArgCount - 1) parts.Add("/");
        }
        int next = code.ArgCount + code.KwOnlyArgCount;
        bool varArgs = (code.Flags & Compiler.CodeFlags.VarArgs) != 0;
        if (varArgs) parts.Add("*" + code.VarNames[next]);
        else if (code.KwOnlyArgCount > 0) parts.Add("*");
        for (int i = code.ArgCount; i < code.ArgCount + code.KwOnlyArgCount; i++)
            parts.Add(P(i, fn.KwDefaults?.Get(code.VarNames[i])));
        if ((code.Flags & Compiler.CodeFlags.VarKeywords) != 0) parts.Add("**" + code.VarNames[next + (varArgs ? 1 : 0)]);
        return "(" + string.Join(", ", parts) + ")";
    }

    private static string Param(PyField f)
    {
        string s = f.Name + ": " + Annotation(f.FieldType);
        if (f.HasDefault) s += " = " + Ops.Repr(f.Default);
        else if (f.HasFactory) s += " = <factory>";
        return s;
    }

    // inspect.formatannotation: classes by (module-qualified) name, everything else by repr.
    private static string Annotation(PyObject a)
    {
        if (a is PyType t)
        {
            if (!t.IsHeapType) return t.Name;
            var mod = Ops.ModuleOf(t);
            return mod == "builtins" ? t.QualName : mod + "." + t.QualName;
        }
        var r = Ops.Repr(a);
        return r.StartsWith("typing.", StringComparison.Ordinal) ? r["typing.".Length..] : r;
    }
}
