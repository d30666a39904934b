using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Dataclasses;

/// <summary><c>__dataclass_params__</c>: the options a class was decorated with.</summary>
internal sealed class PyDataclassParams : PyObject
{
    /// <summary>The option names, in CPython's order (also the repr's order).</summary>
    public static readonly string[] Names = { "init", "repr", "eq", "order", "unsafe_hash", "frozen", "match_args", "kw_only", "slots", "weakref_slot" };

    /// <summary>Options as given (truth values decide; the repr shows them as given).</summary>
    public PyDataclassParams(PyObject[] values) => Values = values;

    public PyObject[] Values { get; }

    public bool Get(string name) => Runtime.Ops.IsTrue(Values[Array.IndexOf(Names, name)]);

    public override PyType Type => DataclassTypes.Params;
}
