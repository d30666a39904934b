using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Copy;

/// <summary>
/// The <c>copy</c> module: <c>copy</c>, <c>deepcopy</c> (with the <c>memo</c> dict keyed by
/// <c>id</c>, so cycles and shared references are preserved) and <c>Error</c>. Instances of Python
/// classes are copied as CPython's <c>__reduce_ex__(4)</c> path does it: a new object from
/// <c>cls.__new__(cls)</c>, then the state (<c>__getstate__</c>, or the <c>__dict__</c> and the
/// set <c>__slots__</c>) applied through <c>__setstate__</c> or directly.
/// </summary>
public static class CopyModule
{
    /// <summary><c>copy.Error</c>.</summary>
    public static readonly PyType ErrorType = BuildErrorType();

    private static readonly List<KeyValuePair<string, PyObject>> s_entries = Build();

    /// <summary>A fresh <c>copy</c> module for one execution.</summary>
    public static PyModule Create()
    {
        var d = new PyDict(s_entries.Count + 4);
        foreach (var kv in s_entries) d.Set(kv.Key, kv.Value);
        // copyreg's dispatch_table: a rule may register reducers in it, so it is per execution.
        // (This implementation does not consult it.)
        d.Set("dispatch_table", new PyDict());
        return new PyModule("copy", d);
    }

    private static Vm Vm => Vm.Current!;

    private static PyType BuildErrorType()
    {
        var t = PyType.NewHeap("Error", new[] { ExcTypes.Exception }, null);
        t.Members["__module__"] = PyStr.From("copy");
        return t;
    }

    private static List<KeyValuePair<string, PyObject>> Build()
    {
        var e = new List<KeyValuePair<string, PyObject>>
        {
            new("Error", ErrorType),
            new("error", ErrorType),
        };
        e.Add(new("copy", new PyBuiltinFunction("copy", (a, kw) =>
        {
            var p = Functools.FunctoolsModule.PythonArgs("copy", a, kw, new[] { "x" }, 1);
            return ShallowCopy(p[0]!);
        })));
        e.Add(new("deepcopy", new PyBuiltinFunction("deepcopy", (a, kw) =>
        {
            var p = Functools.FunctoolsModule.PythonArgs("deepcopy", a, kw, new[] { "x", "memo", "_nil" }, 1);
            var memo = p[1] is null or PyNone ? new PyDict() : p[1]!;
            return DeepCopy(p[0]!, memo, 0);
        })));
        return e;
    }

    /// <summary>Types copy treats as immutable: a copy is the object itself.</summary>
    private static bool IsAtomic(PyObject x)
        => x is PyNone or PyInt or PyFloat or PyComplex or PyStr or PyBytes or PyEllipsis or PyNotImplemented
           or PyType or PyFunction or PyBuiltinFunction or PyRange or PyProperty or PySlice;

    private static PythonException Unpicklable(PyObject x) => Err.TypeError($"cannot pickle '{Ops.TypeName(x)}' object");

    // ------------------------------------------------------------------ copy

    /// <summary><c>copy.copy(x)</c>.</summary>
    public static PyObject ShallowCopy(PyObject x)
    {
        Vm.Charge(1);
        switch (x)
        {
            case PyTuple:
                return x;
            case PySet { Frozen: true }:
                return x;
            case PyList l:
                Vm.ChargeAllocation(8L * l.Count);
                return new PyList(new List<PyObject>(l.Items));
            case PyDict d:
                Vm.ChargeAllocation(24L * d.Count);
                return d.Copy();
            case PySet s:
                Vm.ChargeAllocation(16L * s.Count);
                return s.Copy(false);
            case PyByteArray ba:
                Vm.ChargeAllocation(ba.Items.Count);
                return new PyByteArray(ba.Items);
        }
        if (IsAtomic(x)) return x;
        var cls = x.Type;
        var copier = cls.Lookup("__copy__");
        if (copier is not null && (cls.IsHeapType || cls.NativeDunders)) return Ops.CallMethod(x, copier);
        return Reconstruct(x, null);
    }

    // ------------------------------------------------------------------ deepcopy

    /// <summary><c>copy.deepcopy(x, memo)</c>.</summary>
    public static PyObject DeepCopy(PyObject x, PyObject memo) => DeepCopy(x, memo, 0);

    // depth: nesting of containers below the call, bounded like Python recursion (CPython's
    // deepcopy recurses in Python code, so a deep structure ends in RecursionError there).
    private static PyObject DeepCopy(PyObject x, PyObject memo, int depth)
    {
        var vm = Vm;
        if (depth > vm.Limits.MaxRecursionDepth)
            throw new LimitExceededException(LimitKind.Recursion, $"recursion limit exceeded (depth {vm.Limits.MaxRecursionDepth})");
        Vm.EnsureStack();
        vm.Charge(1);
        var d = PyInt.From(Ops.Id(x));
        var hit = MemoGet(memo, d);
        if (hit is not null) return hit;
        PyObject y;
        if (IsAtomic(x) || x is PyBool) y = x;
        else
        {
            switch (x)
            {
                case PyList l:
                {
                    vm.ChargeAllocation(8L * l.Count + 32);
                    var r = new PyList();
                    MemoSet(memo, d, r);
                    foreach (var item in l.Items.ToArray()) r.Items.Add(DeepCopy(item, memo, depth + 1));
                    y = r;
                    break;
                }
                case PyTuple t:
                {
                    vm.ChargeAllocation(8L * t.Count + 32);
                    var items = new PyObject[t.Count];
                    bool same = true;
                    for (int i = 0; i < items.Length; i++)
                    {
                        items[i] = DeepCopy(t.Items[i], memo, depth + 1);
                        same &= ReferenceEquals(items[i], t.Items[i]);
                    }
                    // A cycle through the tuple may already have produced its copy.
                    var again = MemoGet(memo, d);
                    if (again is not null) return again;
                    y = same ? x : new PyTuple(items);
                    break;
                }
                case PyDict dict:
                {
                    vm.ChargeAllocation(24L * dict.Count + 64);
                    var r = new PyDict();
                    MemoSet(memo, d, r);
                    foreach (var kv in dict.Items().ToList()) r.Set(DeepCopy(kv.Key, memo, depth + 1), DeepCopy(kv.Value, memo, depth + 1));
                    y = r;
                    break;
                }
                case PySet s:
                {
                    vm.ChargeAllocation(16L * s.Count + 64);
                    var r = new PySet(s.Frozen);
                    foreach (var item in s.Items().ToList()) r.Add(DeepCopy(item, memo, depth + 1));
                    y = r;
                    break;
                }
                case PyBoundMethod bm:
                    y = new PyBoundMethod(DeepCopy(bm.Self, memo, depth + 1), bm.Func);
                    break;
                default:
                {
                    var copier = (x.Type.IsHeapType || x.Type.NativeDunders) ? Ops.TryGetAttr(x, "__deepcopy__") : null;
                    y = copier is not null ? vm.Call(copier, memo) : Reconstruct(x, memo, depth);
                    break;
                }
            }
        }
        if (!ReferenceEquals(y, x))
        {
            MemoSet(memo, d, y);
            KeepAlive(x, memo);
        }
        return y;
    }

    private static PyObject? MemoGet(PyObject memo, PyObject key)
    {
        if (memo is PyDict md) return md.Get(key);
        var get = Ops.GetAttr(memo, "get");
        var r = Vm.Call(get, key);
        return r is PyNone ? null : r;
    }

    private static void MemoSet(PyObject memo, PyObject key, PyObject value)
    {
        if (memo is PyDict md) md.Set(key, value);
        else Ops.SetItem(memo, key, value);
    }

    // copy._keep_alive: the memo holds the originals so their ids cannot be reused meanwhile.
    private static void KeepAlive(PyObject x, PyObject memo)
    {
        var key = PyInt.From(Ops.Id(memo));
        var list = MemoGet(memo, key);
        if (list is PyList l) l.Items.Add(x);
        else if (list is null) MemoSet(memo, key, new PyList(new List<PyObject> { x }));
        else Vm.Call(Ops.GetAttr(list, "append"), x);
    }

    // ------------------------------------------------------------------ reconstruct

    /// <summary>
    /// The reduce path of copy/deepcopy: a <c>__reduce_ex__</c> or <c>__reduce__</c> that the class
    /// defines (Python code or a native module type) gives (callable, args, state, listitems,
    /// dictitems); otherwise CPython's default for Python classes, <c>cls.__new__(cls)</c> plus the
    /// state of <c>object.__getstate__</c>.
    /// </summary>
    private static PyObject Reconstruct(PyObject x, PyObject? memo, int depth = 0)
    {
        var cls = x.Type;
        var reduced = Reduce(x);
        if (reduced is PyStr) return x;
        if (reduced is not null)
        {
            // _reconstruct(x, memo, *rv): its own argument errors for a malformed reduce value.
            var items = Ops.TryGetIter(reduced) is null
                ? throw Err.TypeError($"Value after * must be an iterable, not {Ops.TypeName(reduced)}")
                : Ops.ToArray(reduced);
            var all = new PyObject[items.Length + 2];
            all[0] = x;
            all[1] = memo ?? PyNone.Instance;
            items.CopyTo(all, 2);
            Functools.FunctoolsModule.PythonArgs("_reconstruct", all, null, new[] { "x", "memo", "func", "args", "state", "listiter", "dictiter" }, 4);
            var rv = new PyTuple(items);
            var args = rv.Items[1];
            if (memo is not null && Ops.IsTrue(args)) args = DeepCopy(args, memo, depth + 1);
            var made = Vm.Call(rv.Items[0], Ops.ToArray(args));
            return Complete(x, made, memo, depth, rv.Count > 2 ? rv.Items[2] : PyNone.Instance,
                rv.Count > 3 ? rv.Items[3] : PyNone.Instance, rv.Count > 4 ? rv.Items[4] : PyNone.Instance);
        }
        if (!cls.IsHeapType)
        {
            // Native module values without a reduce method (Decimal, datetime...) are immutable:
            // a copy may be the value itself.
            if (cls.NativeDunders) return x;
            throw Unpicklable(x);
        }
        if (x is not PyInstance inst) throw Unpicklable(x);
        var y = Vm.Call(Ops.GetAttr(cls, "__new__"), cls);
        return Complete(x, y, memo, depth, GetState(inst), PyNone.Instance, PyNone.Instance);
    }

    // A __reduce_ex__ or __reduce__ the class itself defines (not object's), called as CPython's
    // copy does (__reduce_ex__(4)); null when there is none.
    private static PyObject? Reduce(PyObject x)
    {
        var cls = x.Type;
        if (!cls.IsHeapType && !cls.NativeDunders) return null;
        var ex = Ops.UserDunder(x, "__reduce_ex__");
        if (ex is not null && !ReferenceEquals(ex, PyType.ObjectType.Lookup("__reduce_ex__"))) return Ops.CallMethod(x, ex, PyInt.From(4));
        var r = Ops.UserDunder(x, "__reduce__");
        if (r is not null && !ReferenceEquals(r, PyType.ObjectType.Lookup("__reduce__"))) return Ops.CallMethod(x, r);
        return null;
    }

    // copy._reconstruct after the object is made: memoize it (so an object that refers to itself
    // is copied once), then apply the state and the list and dict items, deep-copied when deep.
    private static PyObject Complete(PyObject x, PyObject y, PyObject? memo, int depth, PyObject state, PyObject listItems, PyObject dictItems)
    {
        bool deep = memo is not null;
        if (deep) MemoSet(memo!, PyInt.From(Ops.Id(x)), y);
        if (state is not PyNone)
        {
            if (deep) state = DeepCopy(state, memo!, depth + 1);
            var setState = Ops.TryGetAttr(y, "__setstate__");
            if (setState is not null) Vm.Call(setState, state);
            else
            {
                PyObject slotState = PyNone.Instance;
                if (state is PyTuple { Count: 2 } pair)
                {
                    state = pair.Items[0];
                    slotState = pair.Items[1];
                }
                if (state is not PyNone) Vm.Call(Ops.GetAttr(Ops.GetAttr(y, "__dict__"), "update"), state);
                if (slotState is not PyNone)
                {
                    foreach (var kv in Ops.ToList(Vm.Call(Ops.GetAttr(slotState, "items"))))
                    {
                        var pairItems = Ops.ToArray(kv);
                        Ops.SetAttr(y, Ops.Str(pairItems[0]), pairItems[1]);
                    }
                }
            }
        }
        if (listItems is not PyNone)
        {
            var append = Ops.GetAttr(y, "append");
            var it = Ops.GetIter(listItems);
            while (Ops.Next(it) is { } item) Vm.Call(append, deep ? DeepCopy(item, memo!, depth + 1) : item);
        }
        if (dictItems is not PyNone)
        {
            var it = Ops.GetIter(dictItems);
            while (Ops.Next(it) is { } kv)
            {
                var pair = Ops.ToArray(kv);
                var k = deep ? DeepCopy(pair[0], memo!, depth + 1) : pair[0];
                var v = deep ? DeepCopy(pair[1], memo!, depth + 1) : pair[1];
                Ops.SetItem(y, k, v);
            }
        }
        return y;
    }

    // object.__getstate__ (3.11+): a user __getstate__, else the dict (None when empty) or
    // (dict or None, {slot: value}) when the class has slots that are set.
    private static PyObject GetState(PyInstance x)
    {
        var cls = x.Type;
        var user = cls.Lookup("__getstate__");
        if (user is not null and not PyBuiltinFunction) return Ops.CallMethod(x, user);
        PyObject dictState = x.InstanceDict is { Count: > 0 } dct ? dct.Copy() : PyNone.Instance;
        if (x.Slots is null) return dictState;
        var slots = new PyDict();
        foreach (var t in cls.Mro)
        {
            if (t.SlotNames is null) continue;
            foreach (var name in t.SlotNames)
            {
                if (t.Members.TryGetValue(name, out var desc) && desc is PySlotDescriptor sd && x.Slots[sd.Index] is { } v)
                    slots.Set(name, v);
            }
        }
        if (slots.Count == 0) return dictState;
        return new PyTuple(new[] { dictState, slots });
    }
}
