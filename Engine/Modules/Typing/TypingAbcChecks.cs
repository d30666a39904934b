using RuleSandbox.Engine.Modules.Types;
using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Typing;

/// <summary>
/// <c>isinstance(x, typing.Iterable)</c> and the other abstract aliases. CPython answers through
/// collections.abc: the "one-trick" ABCs (Iterable, Sized, Container, Hashable, Callable, Iterator)
/// by looking for the method on the type, the others by registration of the builtin types.
/// </summary>
internal static class TypingAbcChecks
{
    private static bool Has(PyType t, string name) => t.Lookup(name) is { } m && m is not PyNone;

    private static bool IsBuiltinContainer(PyObject o)
        => o is PyStr or PyList or PyTuple or PyDict or PySet or PyRange or PyBytes or PyByteArray or PyDictView or PyMappingProxy;

    /// <summary>Whether <paramref name="o"/> is an instance of the abstract alias <paramref name="name"/>; null when the alias has no such check.</summary>
    public static bool? IsInstance(string name, PyObject o)
    {
        var t = o.Type;
        switch (name)
        {
            case "Iterable":
                return IsBuiltinContainer(o) || o is PyIterator or PyGenerator || Has(t, "__iter__");
            case "Iterator":
                return o is PyIterator or PyGenerator || (Has(t, "__iter__") && Has(t, "__next__"));
            case "Generator":
                return o is PyGenerator;
            case "Sized":
                return IsBuiltinContainer(o) || Has(t, "__len__");
            case "Container":
                return IsBuiltinContainer(o) || Has(t, "__contains__");
            case "Collection":
                return IsBuiltinContainer(o) || (Has(t, "__len__") && Has(t, "__iter__") && Has(t, "__contains__"));
            case "Reversible":
                return o is PyStr or PyList or PyTuple or PyDict or PyRange or PyBytes or PyByteArray or PyMappingProxy || (Has(t, "__reversed__") && Has(t, "__iter__"));
            case "Hashable":
                if (o is PyList or PyDict or PyByteArray || o is PySet { Frozen: false }) return false;
                return t.Lookup("__hash__") is not PyNone;
            case "Callable":
                return o is PyFunction or PyBuiltinFunction or PyBoundMethod or PyType || Has(t, "__call__");
            case "Sequence":
                return o is PyStr or PyList or PyTuple or PyRange or PyBytes or PyByteArray;
            case "MutableSequence":
                return o is PyList or PyByteArray;
            case "Mapping":
                return o is PyDict or PyMappingProxy;
            case "MutableMapping":
                return o is PyDict;
            case "AbstractSet":
                return o is PySet;
            case "MutableSet":
                return o is PySet { Frozen: false };
            default:
                return null;
        }
    }
}
