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
