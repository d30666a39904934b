using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Collections;

/// <summary>
/// The collections module's classes, built once per process and shared read-only. Types that are
/// C types in CPython carry their module in the name (<c>collections.deque</c>, CPython's
/// tp_name, which its error messages show); types that are Python classes there do not.
/// </summary>
internal static class CollectionsTypes
{
    public static readonly PyType Deque = PyType.NewNative("collections.deque", "collections");
    public static readonly PyType DequeIterator = PyType.NewNative("collections._deque_iterator", "collections");
    public static readonly PyType DequeReverseIterator = PyType.NewNative("collections._deque_reverse_iterator", "collections");
    public static readonly PyType ChainMap = PyType.NewNative("ChainMap", "collections");
    public static readonly PyType KeysView = PyType.NewNative("KeysView", "collections.abc");
    public static readonly PyType ValuesView = PyType.NewNative("ValuesView", "collections.abc");
    public static readonly PyType ItemsView = PyType.NewNative("ItemsView", "collections.abc");
    public static readonly PyType ValuesViewIterator = PyType.NewNative("generator", "builtins");
    public static readonly PyType ItemsViewIterator = PyType.NewNative("generator", "builtins");
}
