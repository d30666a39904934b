using RuleSandbox.Engine.Compiler;
using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Collections;

// The math module's namespace (RuleSandbox.Engine.Modules.Math) would hide System.Math here.
using Math = System.Math;

/// <summary>
/// The mixin methods collections.abc's classes give their subclasses (<c>class Prices(Mapping)</c>
/// gets get/keys/items/==, a MutableSequence gets append/extend/pop...), written after CPython's
/// _collections_abc.py and working through the subclass's own abstract methods.
/// </summary>
/// <remarks>
/// The builtin functions are built once and shared: their owner is <see cref="Base"/>, while each
/// execution's ABC classes hold them as members.
/// </remarks>
internal static class AbcMixins
{
    private static readonly PyObject None = PyNone.Instance;

    // Declared before ByAbc: static fields initialize in order and Build uses it.
    private static readonly PyType s_base = NewBase();

    /// <summary>Mixin members by ABC name.</summary>
    public static readonly IReadOnlyDictionary<string, Dictionary<string, PyObject>> ByAbc = Build();

    private static Dictionary<string, Dictionary<string, PyObject>> Build()
    {
        var all = new Dictionary<string, Dictionary<string, PyObject>>(StringComparer.Ordinal);
        Dictionary<string, PyObject> For(string abc)
        {
            var members = new Dictionary<string, PyObject>(StringComparer.Ordinal);
            all[abc] = members;
            return members;
        }
        void M(Dictionary<string, PyObject> members, string abc, string name, BuiltinFn fn)
            => members[name] = new PyBuiltinFunction(name, fn, Owner(abc));

        var iterator = For("Iterator");
        M(iterator, "Iterator", "__iter__", (a, kw) => a[0]);

        var sequence = For("Sequence");
        M(sequence, "Sequence", "__iter__", (a, kw) => SequenceIter(a[0], reverse: false));
        M(sequence, "Sequence", "__reversed__", (a, kw) => SequenceIter(a[0], reverse: true));
        M(sequence, "Sequence", "__contains__", (a, kw) => PyBool.From(SequenceIndex(a[0], a[1], 0, null) >= 0));
        M(sequence, "Sequence", "index", (a, kw) =>
        {
            ArgParser.Count("index", a[1..], kw, 1, 3);
            long start = a.Length > 2 && a[2] is not PyNone ? ArgParser.Int(a[2], "index") : 0;
            long? stop = a.Length > 3 && a[3] is not PyNone ? ArgParser.Int(a[3], "index") : null;
            if (start < 0) start = Math.Max(Ops.Len(a[0]) + start, 0);
            if (stop < 0) stop += Ops.Len(a[0]);
            long i = SequenceIndex(a[0], a[1], start, stop);
            return i >= 0 ? PyInt.From(i) : throw Err.NewArgs(ExcTypes.ValueError);
        });
        M(sequence, "Sequence", "count", (a, kw) =>
        {
            ArgParser.Count("count", a[1..], kw, 1, 1);
            long n = 0;
            foreach (var v in Ops.ToList(a[0])) if (Ops.Eq(v, a[1])) n++;
            return PyInt.From(n);
        });

        var mutableSequence = For("MutableSequence");
        M(mutableSequence, "MutableSequence", "append", (a, kw) => { Call(a[0], "insert", PyInt.From(Ops.Len(a[0])), a[1]); return None; });
        M(mutableSequence, "MutableSequence", "clear", (a, kw) =>
        {
            try { while (true) { Call(a[0], "pop"); Vm.Current!.Charge(1); } }
            catch (PythonException e) when (e.Value.Is(ExcTypes.IndexError)) { }
            return None;
        });
        M(mutableSequence, "MutableSequence", "reverse", (a, kw) =>
        {
            long n = Ops.Len(a[0]);
            for (long i = 0; i < n / 2; i++)
            {
                var (x, y) = (Ops.GetItem(a[0], PyInt.From(i)), Ops.GetItem(a[0], PyInt.From(n - i - 1)));
                Ops.SetItem(a[0], PyInt.From(i), y);
                Ops.SetItem(a[0], PyInt.From(n - i - 1), x);
            }
            return None;
        });
        BuiltinFn extend = (a, kw) =>
        {
            foreach (var v in Ops.ToList(a[1])) Call(a[0], "append", v);
            return a[0];
        };
        M(mutableSequence, "MutableSequence", "extend", (a, kw) => { extend(a, kw); return None; });
        M(mutableSequence, "MutableSequence", "__iadd__", extend);
        M(mutableSequence, "MutableSequence", "pop", (a, kw) =>
        {
            ArgParser.Count("pop", a[1..], kw, 0, 1);
            var index = a.Length > 1 ? a[1] : PyInt.From(-1);
            var v = Ops.GetItem(a[0], index);
            Ops.DelItem(a[0], index);
            return v;
        });
        M(mutableSequence, "MutableSequence", "remove", (a, kw) => { Ops.DelItem(a[0], Call(a[0], "index", a[1])); return None; });

        var mapping = For("Mapping");
        M(mapping, "Mapping", "get", (a, kw) =>
        {
            ArgParser.Count("get", a[1..], kw, 1, 2);
            try { return Ops.GetItem(a[0], a[1]); }
            catch (PythonException e) when (e.Value.Is(ExcTypes.KeyError)) { return a.Length > 2 ? a[2] : None; }
        });
        M(mapping, "Mapping", "__contains__", (a, kw) =>
        {
            try { Ops.GetItem(a[0], a[1]); return PyBool.True; }
            catch (PythonException e) when (e.Value.Is(ExcTypes.KeyError)) { return PyBool.False; }
        });
        M(mapping, "Mapping", "keys", (a, kw) => new PyMappingView(CollectionsTypes.KeysView, a[0]));
        M(mapping, "Mapping", "items", (a, kw) => new PyMappingView(CollectionsTypes.ItemsView, a[0]));
        M(mapping, "Mapping", "values", (a, kw) => new PyMappingView(CollectionsTypes.ValuesView, a[0]));
        M(mapping, "Mapping", "__eq__", (a, kw) => MappingProtocol.Equal(a[0], a[1], negate: false));
        mapping["__reversed__"] = None;
        mapping["__hash__"] = None;

        var mutableMapping = For("MutableMapping");
        M(mutableMapping, "MutableMapping", "pop", (a, kw) =>
        {
            ArgParser.Count("pop", a[1..], kw, 1, 2);
            PyObject value;
            try { value = Ops.GetItem(a[0], a[1]); }
            catch (PythonException e) when (e.Value.Is(ExcTypes.KeyError) && a.Length > 2) { return a[2]; }
            Ops.DelItem(a[0], a[1]);
            return value;
        });
        M(mutableMapping, "MutableMapping", "popitem", (a, kw) =>
        {
            var key = Ops.Next(Ops.GetIter(a[0])) ?? throw Err.NewArgs(ExcTypes.KeyError);
            var value = Ops.GetItem(a[0], key);
            Ops.DelItem(a[0], key);
            return new PyTuple(new[] { key, value });
        });
        M(mutableMapping, "MutableMapping", "clear", (a, kw) =>
        {
            try { while (true) { Call(a[0], "popitem"); Vm.Current!.Charge(1); } }
            catch (PythonException e) when (e.Value.Is(ExcTypes.KeyError)) { }
            return None;
        });
        M(mutableMapping, "MutableMapping", "update", (a, kw) => { MappingProtocol.Update(a[0], a[1..], kw, "MutableMapping"); return None; });
        M(mutableMapping, "MutableMapping", "setdefault", (a, kw) =>
        {
            ArgParser.Count("setdefault", a[1..], kw, 1, 2);
            try { return Ops.GetItem(a[0], a[1]); }
            catch (PythonException e) when (e.Value.Is(ExcTypes.KeyError))
            {
                var v = a.Length > 2 ? a[2] : None;
                Ops.SetItem(a[0], a[1], v);
                return v;
            }
        });

        var set = For("Set");
        M(set, "Set", "__le__", (a, kw) => !IsSet(a[1]) ? PyNotImplemented.Instance : PyBool.From(SubsetOf(a[0], a[1])));
        M(set, "Set", "__lt__", (a, kw) => !IsSet(a[1]) ? PyNotImplemented.Instance : PyBool.From(Ops.Len(a[0]) < Ops.Len(a[1]) && SubsetOf(a[0], a[1])));
        M(set, "Set", "__ge__", (a, kw) => !IsSet(a[1]) ? PyNotImplemented.Instance : PyBool.From(SubsetOf(a[1], a[0])));
        M(set, "Set", "__gt__", (a, kw) => !IsSet(a[1]) ? PyNotImplemented.Instance : PyBool.From(Ops.Len(a[0]) > Ops.Len(a[1]) && SubsetOf(a[1], a[0])));
        M(set, "Set", "__eq__", (a, kw) => !IsSet(a[1]) ? PyNotImplemented.Instance : PyBool.From(Ops.Len(a[0]) == Ops.Len(a[1]) && SubsetOf(a[0], a[1])));
        M(set, "Set", "__and__", (a, kw) => SetOp(a[0], a[1], BinaryOpKind.And, reflected: false));
        M(set, "Set", "__rand__", (a, kw) => SetOp(a[0], a[1], BinaryOpKind.And, reflected: true));
        M(set, "Set", "__or__", (a, kw) => SetOp(a[0], a[1], BinaryOpKind.Or, reflected: false));
        M(set, "Set", "__ror__", (a, kw) => SetOp(a[0], a[1], BinaryOpKind.Or, reflected: true));
        M(set, "Set", "__sub__", (a, kw) => SetOp(a[0], a[1], BinaryOpKind.Sub, reflected: false));
        M(set, "Set", "__rsub__", (a, kw) => SetOp(a[0], a[1], BinaryOpKind.Sub, reflected: true));
        M(set, "Set", "__xor__", (a, kw) => SetOp(a[0], a[1], BinaryOpKind.Xor, reflected: false));
        M(set, "Set", "__rxor__", (a, kw) => SetOp(a[0], a[1], BinaryOpKind.Xor, reflected: true));
        M(set, "Set", "isdisjoint", (a, kw) =>
        {
            foreach (var v in Ops.ToList(a[1])) if (Ops.Contains(a[0], v)) return PyBool.False;
            return PyBool.True;
        });
        set["__hash__"] = None;

        var mutableSet = For("MutableSet");
        M(mutableSet, "MutableSet", "remove", (a, kw) =>
        {
            if (!Ops.Contains(a[0], a[1])) throw Err.KeyError(a[1]);
            Call(a[0], "discard", a[1]);
            return None;
        });
        M(mutableSet, "MutableSet", "pop", (a, kw) =>
        {
            var v = Ops.Next(Ops.GetIter(a[0])) ?? throw Err.NewArgs(ExcTypes.KeyError);
            Call(a[0], "discard", v);
            return v;
        });
        M(mutableSet, "MutableSet", "clear", (a, kw) =>
        {
            try { while (true) { Call(a[0], "pop"); Vm.Current!.Charge(1); } }
            catch (PythonException e) when (e.Value.Is(ExcTypes.KeyError)) { }
            return None;
        });
        M(mutableSet, "MutableSet", "__ior__", (a, kw) => { foreach (var v in Ops.ToList(a[1])) Call(a[0], "add", v); return a[0]; });
        M(mutableSet, "MutableSet", "__isub__", (a, kw) => { foreach (var v in Ops.ToList(a[1])) Call(a[0], "discard", v); return a[0]; });
        M(mutableSet, "MutableSet", "__iand__", (a, kw) =>
        {
            var keep = MappingViewBinding.ToSet(a[1]);
            foreach (var v in Ops.ToList(a[0])) if (!keep.Contains(v)) Call(a[0], "discard", v);
            return a[0];
        });
        return all;
    }

    /// <summary>
    /// The native base of every ABC class: it owns the shared mixin functions, so the runtime
    /// dispatches their dunders and accepts instances of any class derived from an ABC as their
    /// <c>self</c>. Its instances are plain objects.
    /// </summary>
    public static PyType Base => s_base;

    // The owner of every mixin function: the shared base.
    private static PyType Owner(string abc) => s_base;

    private static PyType NewBase()
    {
        var t = PyType.NewNative("_AbcBase", "collections.abc");
        t.Subclassable = true;
        t.NewInstance = cls =>
        {
            CheckAbstract(cls);
            return new PyInstance(cls);
        };
        return t;
    }

    /// <summary>
    /// Refuses to instantiate a class that leaves an ABC's abstract method unimplemented: a method
    /// counts when a class before that ABC in the MRO defines it (the ABCs themselves define none).
    /// </summary>
    private static void CheckAbstract(PyType cls)
    {
        var mro = cls.Mro;
        SortedSet<string>? missing = null;
        for (int i = 0; i < mro.Length; i++)
        {
            if (!AbcMeta.IsAbcClass(mro[i]) || !mro[i].Members.TryGetValue("__abstractmethods__", out var am) || am is not PySet names) continue;
            foreach (var n in names.Items())
            {
                string name = ((PyStr)n).Value;
                int at = Array.FindIndex(mro, b => b.Members.ContainsKey(name));
                if (at < 0 || at >= i) (missing ??= new SortedSet<string>(StringComparer.Ordinal)).Add(name);
            }
        }
        if (missing is null) return;
        string list = string.Join(", ", missing.Select(n => $"'{n}'"));
        throw Err.TypeError($"Can't instantiate abstract class {cls.Name} without an implementation for abstract method{(missing.Count == 1 ? "" : "s")} {list}");
    }

    private static PyObject Call(PyObject self, string method, params PyObject[] args) => Vm.Current!.Call(Ops.GetAttr(self, method), args);

    private static PyObject SequenceIter(PyObject self, bool reverse)
    {
        long i = reverse ? Ops.Len(self) - 1 : 0;
        return new PyFuncIterator(PyGenerator.TypeObject, () =>
        {
            if (i < 0) return null;
            try { return Ops.GetItem(self, PyInt.From(reverse ? i-- : i++)); }
            catch (PythonException e) when (e.Value.Is(ExcTypes.IndexError)) { i = -1; return null; }
        });
    }

    private static long SequenceIndex(PyObject self, PyObject value, long start, long? stop)
    {
        var vm = Vm.Current!;
        for (long i = start; stop is null || i < stop; i++)
        {
            vm.Charge(1);
            PyObject v;
            try { v = Ops.GetItem(self, PyInt.From(i)); }
            catch (PythonException e) when (e.Value.Is(ExcTypes.IndexError)) { break; }
            if (Ops.Eq(v, value)) return i;
        }
        return -1;
    }

    private static bool IsSet(PyObject o) => MappingViewBinding.IsSetLike(o) || AbcMeta.IsVirtual(o.Type, "Set");

    private static bool SubsetOf(PyObject a, PyObject b)
    {
        if (Ops.Len(a) > Ops.Len(b)) return false;
        foreach (var v in Ops.ToList(a)) if (!Ops.Contains(b, v)) return false;
        return true;
    }

    // Set.__and__ and friends: the result is cls(iterable), as _from_iterable makes it.
    private static PyObject SetOp(PyObject self, PyObject other, BinaryOpKind op, bool reflected)
    {
        if (Ops.TryGetIter(other) is null) return PyNotImplemented.Instance;
        var x = reflected ? other : self;
        var y = reflected ? self : other;
        var items = new List<PyObject>();
        var xs = Ops.ToList(x);
        var ys = Ops.ToList(y);
        bool InY(PyObject v) => IsSet(y) ? Ops.Contains(y, v) : ys.Any(w => Ops.Eq(v, w));
        bool InX(PyObject v) => IsSet(x) ? Ops.Contains(x, v) : xs.Any(w => Ops.Eq(v, w));
        switch (op)
        {
            case BinaryOpKind.And: foreach (var v in ys) if (InX(v)) items.Add(v); break;
            case BinaryOpKind.Or: items.AddRange(xs); items.AddRange(ys); break;
            case BinaryOpKind.Sub: foreach (var v in xs) if (!InY(v)) items.Add(v); break;
            default:
                foreach (var v in xs) if (!InY(v)) items.Add(v);
                foreach (var v in ys) if (!InX(v)) items.Add(v);
                break;
        }
        return Vm.Current!.Call(self.Type, new PyList(items));
    }
}
