using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Functools;

/// <summary>
/// A functools object that carries an instance <c>__dict__</c> (partial, lru_cache wrappers,
/// singledispatch functions), so <c>update_wrapper</c> can give it <c>__name__</c>,
/// <c>__doc__</c>, <c>__wrapped__</c> and user attributes as CPython does.
/// </summary>
internal abstract class FunctoolsObject : PyObject
{
    private PyDict? _dict;

    /// <inheritdoc />
    public override PyDict Dict => _dict ??= new PyDict();

    /// <summary>Gives a functools type the <c>__dict__</c> attribute (update_wrapper merges into it).</summary>
    public static void AddDictMember(PyType t)
        => t.Members["__dict__"] = new PyProperty(new PyBuiltinFunction("__dict__", (a, kw) => a[0].Dict!), null, null, null) { Name = "__dict__" };
}
