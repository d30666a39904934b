using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Collections;

/// <summary>
/// The <c>collections.abc</c> module: the container ABCs, with the builtin types registered as
/// CPython registers them (<c>isinstance({}, Mapping)</c>, <c>isinstance([], Sequence)</c>) and the
/// mixin methods for classes that derive from them.
/// </summary>
/// <remarks>
/// Unlike the other modules' classes, the ABCs are built for each execution: <c>register</c> and
/// class attribute assignment change them, and no execution may see another's changes.
/// Abstract methods are listed in <c>__abstractmethods__</c> but instantiation does not check them.
/// </remarks>
public static class CollectionsAbcModule
{
    // name, bases, abstract methods, methods of the structural check (one-trick ABCs) or null.
    private static readonly (string Name, string[] Bases, string[] Abstract, string[]? Hook)[] s_abcs =
    {
        ("Hashable", [], ["__hash__"], ["__hash__"]),
        ("Awaitable", [], ["__await__"], ["__await__"]),
        ("Coroutine", ["Awaitable"], ["send", "throw"], null),
        ("AsyncIterable", [], ["__aiter__"], ["__aiter__"]),
        ("AsyncIterator", ["AsyncIterable"], ["__anext__"], ["__aiter__", "__anext__"]),
        ("AsyncGenerator", ["AsyncIterator"], ["asend", "athrow"], null),
        ("Iterable", [], ["__iter__"], ["__iter__"]),
        ("Iterator", ["Iterable"], ["__next__"], ["__iter__", "__next__"]),
        ("Reversible", ["Iterable"], ["__reversed__"], ["__reversed__", "__iter__"]),
        ("Generator", ["Iterator"], ["send", "throw"], ["__iter__", "__next__", "send", "throw", "close"]),
        ("Sized", [], ["__len__"], ["__len__"]),
        ("Container", [], ["__contains__"], ["__contains__"]),
        ("Collection", ["Sized", "Iterable", "Container"], ["__contains__", "__iter__", "__len__"], ["__len__", "__iter__", "__contains__"]),
        ("Buffer", [], ["__buffer__"], ["__buffer__"]),
        ("Callable", [], ["__call__"], ["__call__"]),
        ("Set", ["Collection"], ["__contains__", "__iter__", "__len__"], null),
        ("MutableSet", ["Set"], ["__contains__", "__iter__", "__len__", "add", "discard"], null),
        ("Mapping", ["Collection"], ["__getitem__", "__iter__", "__len__"], null),
        ("MutableMapping", ["Mapping"], ["__delitem__", "__getitem__", "__iter__", "__len__", "__setitem__"], null),
        ("MappingView", ["Sized"], [], null),
        ("KeysView", ["MappingView", "Set"], [], null),
        ("ItemsView", ["MappingView", "Set"], [], null),
        ("ValuesView", ["MappingView", "Collection"], [], null),
        ("Sequence", ["Reversible", "Collection"], ["__getitem__", "__len__"], null),
        ("MutableSequence", ["Sequence"], ["__delitem__", "__getitem__", "__len__", "__setitem__", "insert"], null),
        ("ByteString", ["Sequence"], ["__getitem__", "__len__"], null),
    };

    private static readonly PyBuiltinFunction s_classGetItem =
        new("__class_getitem__", (a, kw) => a[0], AbcMeta.Type) { IsClassMethod = true };

    /// <summary>Builds the module, and its ABC classes, for one execution.</summary>
    public static PyModule Create()
    {
        CollectionsModule.EnsureBound();
        var m = new PyModule("collections.abc");
        var abcs = new Dictionary<string, PyType>(StringComparer.Ordinal);
        foreach (var (name, bases, abstracts, hook) in s_abcs)
        {
            var t = AbcMeta.NewAbc(name, bases.Length == 0 ? new[] { AbcMixins.Base } : bases.Select(b => abcs[b]).ToArray(), hook);
            if (AbcMixins.ByAbc.TryGetValue(name, out var mixins))
                foreach (var kv in mixins) t.Members[kv.Key] = kv.Value;
            t.Members["__class_getitem__"] = s_classGetItem;
            var set = new PySet(frozen: true);
            foreach (var n in abstracts) set.Add(PyStr.From(n));
            t.Members["__abstractmethods__"] = set;
            abcs[name] = t;
            m.ModuleDict.Set(name, t);
        }
        RegisterBuiltins(abcs);
        return m;
    }

    private static void RegisterBuiltins(Dictionary<string, PyType> abc)
    {
        PyType str = PyStr.TypeObject, bytes = PyBytes.TypeObject, bytearray = PyByteArray.TypeObject, list = PyList.TypeObject,
            tuple = PyTuple.TypeObject, dict = PyDict.TypeObject, set = PySet.SetType, frozenset = PySet.FrozenSetType, range = PyRange.TypeObject;
        PyType keys = PyDictView.KeysType, values = PyDictView.ValuesType, items = PyDictView.ItemsType;
        // The runtime implements the builtin types' protocols directly, so the one-trick ABCs
        // cannot find __iter__ or __len__ in their classes: they are registered instead.
        var collections = new[] { str, bytes, bytearray, list, tuple, dict, set, frozenset, range, keys, values, items, CollectionsTypes.Deque };
        AbcMeta.Register(abc["Iterable"], collections);
        AbcMeta.Register(abc["Sized"], collections);
        AbcMeta.Register(abc["Container"], collections);
        AbcMeta.Register(abc["Collection"], collections);
        AbcMeta.Register(abc["Reversible"], str, bytes, bytearray, list, tuple, dict, range, keys, values, items, CollectionsTypes.Deque);
        AbcMeta.Register(abc["Generator"], PyGenerator.TypeObject);
        AbcMeta.Register(abc["Set"], frozenset);
        AbcMeta.Register(abc["MutableSet"], set);
        AbcMeta.Register(abc["Mapping"], CollectionsTypes.ChainMap);
        AbcMeta.Register(abc["MutableMapping"], dict, CollectionsTypes.ChainMap, CollectionsTypes.UserDict);
        AbcMeta.Register(abc["KeysView"], keys, CollectionsTypes.KeysView, CollectionsTypes.OdictKeys);
        AbcMeta.Register(abc["ItemsView"], items, CollectionsTypes.ItemsView, CollectionsTypes.OdictItems);
        AbcMeta.Register(abc["ValuesView"], values, CollectionsTypes.ValuesView, CollectionsTypes.OdictValues);
        AbcMeta.Register(abc["Sequence"], tuple, str, range, bytes);
        AbcMeta.Register(abc["MutableSequence"], list, bytearray, CollectionsTypes.Deque, CollectionsTypes.UserList);
        AbcMeta.Register(abc["ByteString"], bytes, bytearray);
        AbcMeta.Register(abc["Buffer"], bytes, bytearray);
    }
}
