using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Collections;

/// <summary>
/// The <c>collections</c> module: deque, ChainMap, Counter, defaultdict, OrderedDict,
/// namedtuple, UserDict and UserList, with CPython 3.12's behaviour, reprs and error messages.
/// </summary>
public static class CollectionsModule
{
    private static readonly Lazy<(string Name, PyObject Value)[]> s_shared = new(Build);

    /// <summary>Builds the module for one execution from the shared, read-only types.</summary>
    public static PyModule Create()
    {
        var m = new PyModule("collections");
        foreach (var (name, value) in s_shared.Value) m.ModuleDict.Set(name, value);
        // `import collections.abc` binds `collections` and reads its `abc` attribute: give it the
        // execution's collections.abc module when the host makes that module available.
        if (Vm.Current is { } vm && vm.ModuleFactories.ContainsKey("collections.abc")) m.ModuleDict.Set("abc", vm.Import("collections.abc"));
        return m;
    }

    /// <summary>Binds the shared types' methods (collections.abc hands out views of them without importing collections).</summary>
    internal static void EnsureBound() => _ = s_shared.Value;

    private static (string, PyObject)[] Build()
    {
        DequeBinding.Init();
        ChainMapBinding.Init();
        MappingViewBinding.Init();
        CounterBinding.Init();
        DefaultDictBinding.Init();
        OrderedDictBinding.Init();
        UserBinding.Init();
        return new (string, PyObject)[]
        {
            ("ChainMap", CollectionsTypes.ChainMap),
            ("Counter", CollectionsTypes.Counter),
            ("OrderedDict", CollectionsTypes.OrderedDict),
            ("UserDict", CollectionsTypes.UserDict),
            ("UserList", CollectionsTypes.UserList),
            ("defaultdict", CollectionsTypes.DefaultDict),
            ("deque", CollectionsTypes.Deque),
            ("namedtuple", NamedTupleBuilder.Function),
        };
    }
}
