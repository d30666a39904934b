using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Typing;

/// <summary>
/// typing's special forms (<c>Any</c>, <c>Optional</c>, <c>Union</c>...) and unsubscripted generic
/// aliases (<c>List</c>, <c>Dict</c>, <c>Iterable</c>...), built once per process: they are immutable.
/// </summary>
internal static class TypingForms
{
    private static readonly string[] s_forms =
    {
        "Any", "Optional", "Union", "Literal", "Final", "ClassVar", "Annotated", "NoReturn", "Never", "Self",
        "LiteralString", "TypeAlias", "TypeGuard", "Required", "NotRequired", "Unpack", "Concatenate",
    };

    // (name, origin, number of parameters; -1 for Tuple and Callable, which have their own rules)
    private static readonly (string Name, PyType? Origin, int Arity)[] s_aliases =
    {
        ("List", PyList.TypeObject, 1), ("Dict", PyDict.TypeObject, 2), ("Set", PySet.SetType, 1),
        ("FrozenSet", PySet.FrozenSetType, 1), ("Tuple", PyTuple.TypeObject, -1), ("Type", PyType.TypeType, 1),
        ("Callable", null, -1),
        ("Deque", null, 1), ("DefaultDict", null, 2), ("OrderedDict", null, 2), ("Counter", null, 1), ("ChainMap", null, 2),
        ("Iterable", null, 1), ("Iterator", null, 1), ("Sequence", null, 1), ("MutableSequence", null, 1),
        ("Mapping", null, 2), ("MutableMapping", null, 2), ("AbstractSet", null, 1), ("MutableSet", null, 1),
        ("Collection", null, 1), ("Container", null, 1), ("Reversible", null, 1), ("Hashable", null, 0), ("Sized", null, 0),
        ("Generator", null, 3), ("AsyncGenerator", null, 2), ("Awaitable", null, 1), ("Coroutine", null, 3),
        ("AsyncIterable", null, 1), ("AsyncIterator", null, 1),
        ("ItemsView", null, 2), ("KeysView", null, 1), ("ValuesView", null, 1), ("MappingView", null, 1),
        ("ContextManager", null, 1), ("AsyncContextManager", null, 1), ("Pattern", null, 1), ("Match", null, 1),
    };

    private static readonly Dictionary<string, PyTypingAlias> s_all = Build();

    private static Dictionary<string, PyTypingAlias> Build()
    {
        var d = new Dictionary<string, PyTypingAlias>(StringComparer.Ordinal);
        foreach (var f in s_forms) d[f] = new PyTypingAlias(AliasKind.Form, f, null, Array.Empty<PyObject>());
        foreach (var (name, origin, arity) in s_aliases) d[name] = new PyTypingAlias(AliasKind.Special, name, origin, Array.Empty<PyObject>(), arity);
        return d;
    }

    /// <summary>The form or alias called <paramref name="name"/>.</summary>
    public static PyTypingAlias Get(string name) => s_all[name];

    /// <summary>Every form and alias, for the module namespace.</summary>
    public static IEnumerable<KeyValuePair<string, PyTypingAlias>> All => s_all;
}
