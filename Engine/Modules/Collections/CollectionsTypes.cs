using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Collections;

/// <summary>
/// The collections module's classes, built once per process and shared read-only. Types that are
/// C types in CPython carry their module in the name (<c>collections.deque</c>, CPython's
/// tp_name, which its error messages show); types that are Python classes there do not.
/// </summary>
internal static class CollectionsTypes
{
    // A dict subclass that Python classes may derive from (class Tally(Counter)).
    private static PyType Dict(string name)
    {
        var t = PyType.NewNative(name, "collections", PyDict.TypeObject);
        t.Subclassable = true;
        return t;
    }

    // A type with its own instance layout that Python classes may derive from (class History(deque)).
    private static PyType Subclassable(PyType t, Func<PyType, PyObject> newInstance)
    {
        t.Subclassable = true;
        t.NewInstance = newInstance;
        return t;
    }

    public static readonly PyType Deque = Subclassable(PyType.NewNative("collections.deque", "collections"), t => new PyDeque(t));
    public static readonly PyType DequeIterator = PyType.NewNative("collections._deque_iterator", "collections");
    public static readonly PyType DequeReverseIterator = PyType.NewNative("collections._deque_reverse_iterator", "collections");
    public static readonly PyType Counter = Dict("Counter");
    public static readonly PyType DefaultDict = Dict("collections.defaultdict");
    public static readonly PyType OrderedDict = Dict("collections.OrderedDict");
    public static readonly PyType OdictKeys = PyType.NewNative("odict_keys", "builtins");
    public static readonly PyType OdictValues = PyType.NewNative("odict_values", "builtins");
    public static readonly PyType OdictItems = PyType.NewNative("odict_items", "builtins");
    public static readonly PyType OdictIterator = PyType.NewNative("odict_iterator", "builtins");
    public static readonly PyType OdictReverseIterator = PyType.NewNative("odict_reverseiterator", "builtins");
    public static readonly PyType ElementsIterator = PyType.NewNative("itertools.chain", "itertools");
    public static readonly PyType ChainMap = Subclassable(PyType.NewNative("ChainMap", "collections"), t => new PyChainMap(t));
    public static readonly PyType UserDict = Subclassable(PyType.NewNative("UserDict", "collections"), t => new PyInstance(t));
    public static readonly PyType UserList = Subclassable(PyType.NewNative("UserList", "collections"), t => new PyInstance(t));
    public static readonly PyType KeysView = PyType.NewNative("KeysView", "collections.abc");
    public static readonly PyType ValuesView = PyType.NewNative("ValuesView", "collections.abc");
    public static readonly PyType ItemsView = PyType.NewNative("ItemsView", "collections.abc");
    public static readonly PyType ValuesViewIterator = PyType.NewNative("generator", "builtins");
    public static readonly PyType ItemsViewIterator = PyType.NewNative("generator", "builtins");
}
