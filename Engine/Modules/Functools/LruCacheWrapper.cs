using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Functools;

/// <summary>
/// <c>functools._lru_cache_wrapper</c>: memoizes a function by its arguments (CPython's
/// <c>_make_key</c>: positional arguments, a marker, keyword names and values, and the argument
/// types when <c>typed</c>). The cache lives in the wrapper, which a rule creates when it runs,
/// so nothing is shared between executions. Bounded caches evict the least recently used entry.
/// </summary>
internal sealed class LruCacheWrapper : FunctoolsObject
{
    /// <summary><c>functools._lru_cache_wrapper</c>.</summary>
    public static readonly PyType TypeObject = BuildType();

    // Separates positional from keyword arguments in a key (CPython's kwd_mark).
    private static readonly PyObject s_kwdMark = PyStr.From("\u0000functools.kwd_mark");
    private static readonly PyType s_entryType = PyType.NewBuiltin("lru_cache_entry", null);

    private readonly PyObject _func;
    private readonly long _maxSize; // -1: unbounded
    private readonly bool _typed;
    private readonly PyDict _cache = new();
    private readonly LinkedList<(PyObject Key, PyObject Value)> _order = new();
    private long _hits, _misses;

    public LruCacheWrapper(PyObject func, long maxSize, bool typed)
    {
        _func = func;
        _maxSize = maxSize;
        _typed = typed;
    }

    public override PyType Type => TypeObject;

    private sealed class Entry : PyObject
    {
        public Entry(LinkedListNode<(PyObject Key, PyObject Value)> node) => Node = node;

        public LinkedListNode<(PyObject Key, PyObject Value)> Node { get; }

        public override PyType Type => s_entryType;
    }

    private PyObject MakeKey(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        int nkw = kwnames?.Length ?? 0, npos = args.Length - nkw;
        if (nkw == 0 && !_typed && npos == 1 && (args[0].Type == PyInt.TypeObject || args[0].Type == PyStr.TypeObject))
            return args[0];
        var key = new List<PyObject>(args.Length * 2 + 1);
        for (int i = 0; i < npos; i++) key.Add(args[i]);
        if (nkw > 0)
        {
            key.Add(s_kwdMark);
            for (int k = 0; k < nkw; k++)
            {
                key.Add(PyStr.From(kwnames![k]));
                key.Add(args[npos + k]);
            }
        }
        if (_typed)
        {
            for (int i = 0; i < npos; i++) key.Add(args[i].Type);
            for (int k = 0; k < nkw; k++) key.Add(args[npos + k].Type);
        }
        return new PyTuple(key.ToArray());
    }

    private PyObject Invoke(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        var vm = Vm.Current!;
        Vm.EnsureStack();
        if (_maxSize == 0)
        {
            _misses++;
            return vm.Call(_func, args, kwnames);
        }
        var key = MakeKey(args, kwnames);
        var hit = _cache.Get(key);
        if (hit is not null)
        {
            _hits++;
            if (hit is Entry e)
            {
                _order.Remove(e.Node);
                _order.AddLast(e.Node);
                return e.Node.Value.Value;
            }
            return hit;
        }
        _misses++;
        var result = vm.Call(_func, args, kwnames);
        // A recursive call may have cached the same key meanwhile; CPython keeps the first.
        if (_cache.Get(key) is not null) return result;
        vm.ChargeAllocation(96);
        if (_maxSize < 0)
        {
            _cache.Set(key, result);
            return result;
        }
        if (_order.Count >= _maxSize && _order.First is { } oldest)
        {
            _order.RemoveFirst();
            _cache.Remove(oldest.Value.Key);
        }
        var node = _order.AddLast((key, result));
        _cache.Set(key, new Entry(node));
        return result;
    }

    private static PyType BuildType()
    {
        var t = PyType.NewNative("functools._lru_cache_wrapper", "functools");
        AddDictMember(t);
        void M(string name, BuiltinFn fn) => t.Members[name] = new PyBuiltinFunction(name, fn, t);
        M("__call__", (a, kw) => ((LruCacheWrapper)a[0]).Invoke(a[1..], kw));
        M("cache_info", (a, kw) =>
        {
            ArgParser.Count("_lru_cache_wrapper.cache_info", a[1..], kw, 0, 0);
            var w = (LruCacheWrapper)a[0];
            PyObject max = w._maxSize < 0 ? PyNone.Instance : PyInt.From(w._maxSize);
            return new CacheInfo(new PyObject[] { PyInt.From(w._hits), PyInt.From(w._misses), max, PyInt.From(w._cache.Count) });
        });
        M("cache_clear", (a, kw) =>
        {
            ArgParser.Count("_lru_cache_wrapper.cache_clear", a[1..], kw, 0, 0);
            var w = (LruCacheWrapper)a[0];
            w._cache.Table.Clear();
            w._order.Clear();
            w._hits = w._misses = 0;
            return PyNone.Instance;
        });
        M("cache_parameters", (a, kw) =>
        {
            var w = (LruCacheWrapper)a[0];
            var d = new PyDict();
            d.Set("maxsize", w._maxSize < 0 ? PyNone.Instance : PyInt.From(w._maxSize));
            d.Set("typed", PyBool.From(w._typed));
            return d;
        });
        // Bound as a method when stored in a class, like a function.
        M("__get__", (a, kw) => a[1] is PyNone ? a[0] : new PyBoundMethod(a[1], a[0]));
        return t;
    }
}
