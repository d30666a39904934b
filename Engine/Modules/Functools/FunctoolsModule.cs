using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Functools;

/// <summary>The <c>functools</c> module.</summary>
public static class FunctoolsModule
{
    private static readonly List<KeyValuePair<string, PyObject>> s_entries = Build();

    /// <summary>A fresh <c>functools</c> module for one execution.</summary>
    public static PyModule Create()
    {
        var d = new PyDict(s_entries.Count + 4);
        foreach (var kv in s_entries) d.Set(kv.Key, kv.Value);
        return new PyModule("functools", d);
    }

    private static List<KeyValuePair<string, PyObject>> Build()
    {
        var e = new List<KeyValuePair<string, PyObject>>();
        return e;
    }
}
