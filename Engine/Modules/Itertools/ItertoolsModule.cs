using RuleSandbox.Engine.Compiler;
using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Itertools;

using Math = System.Math;

/// <summary>
/// The <c>itertools</c> module: every iterator is lazy (a native type with <c>__iter__</c> and
/// <c>__next__</c>) and charges fuel per step, with CPython 3.12's constructors, argument errors
/// and the reprs of <c>count</c> and <c>repeat</c>. The combinatoric iterators are in
/// <see cref="ItertoolsCombinatorics"/>, <c>groupby</c> and <c>tee</c> in <see cref="ItertoolsGrouping"/>.
/// </summary>
public static class ItertoolsModule
{
    private static readonly List<KeyValuePair<string, PyObject>> s_entries = Build();

    /// <summary>A fresh <c>itertools</c> module for one execution.</summary>
    public static PyModule Create()
    {
        var d = new PyDict(s_entries.Count + 4);
        foreach (var kv in s_entries) d.Set(kv.Key, kv.Value);
        return new PyModule("itertools", d);
    }

    private static Vm Vm => Vm.Current!;

    private static List<KeyValuePair<string, PyObject>> Build()
    {
        var e = new List<KeyValuePair<string, PyObject>>();
        void Def(string name, PyType t, BuiltinFn ctor)
        {
            t.Constructor = ctor;
            e.Add(new(name, t));
        }
        CountIterator.Register();
        RepeatIterator.Register();
        ItertoolsGrouping.Register();
        Def("count", ItertoolsTypes.Count, NewCount);
        Def("cycle", ItertoolsTypes.Cycle, NewCycle);
        Def("repeat", ItertoolsTypes.Repeat, NewRepeat);
        Def("accumulate", ItertoolsTypes.Accumulate, NewAccumulate);
        Def("batched", ItertoolsTypes.Batched, NewBatched);
        Def("chain", ItertoolsTypes.Chain, (a, kw) => { ItertoolsTypes.NoKw("chain", kw); return Chain(Ops.GetIter(new PyTuple(a.ToArray()))); });
        ItertoolsTypes.Chain.Members["from_iterable"] = new PyBuiltinFunction("from_iterable", (a, kw) =>
        {
            ArgParser.Count("chain.from_iterable", a[1..], kw, 1, 1);
            return Chain(Ops.GetIter(a[1]));
        }, ItertoolsTypes.Chain) { IsClassMethod = true };
        Def("compress", ItertoolsTypes.Compress, NewCompress);
        Def("dropwhile", ItertoolsTypes.DropWhile, (a, kw) => Predicate("dropwhile", a, kw, drop: true));
        Def("takewhile", ItertoolsTypes.TakeWhile, (a, kw) => Predicate("takewhile", a, kw, drop: false));
        Def("filterfalse", ItertoolsTypes.FilterFalse, NewFilterFalse);
        Def("groupby", ItertoolsTypes.GroupBy, ItertoolsGrouping.NewGroupBy);
        Def("islice", ItertoolsTypes.ISlice, NewISlice);
        Def("pairwise", ItertoolsTypes.Pairwise, NewPairwise);
        Def("starmap", ItertoolsTypes.StarMap, NewStarMap);
        e.Add(new("tee", new PyBuiltinFunction("tee", ItertoolsGrouping.Tee)));
        ItertoolsTypes.Tee.Constructor = (a, kw) => throw Err.TypeError("cannot create 'itertools._tee' instances");
        Def("zip_longest", ItertoolsTypes.ZipLongest, NewZipLongest);
        Def("product", ItertoolsTypes.Product, ItertoolsCombinatorics.NewProduct);
        Def("permutations", ItertoolsTypes.Permutations, ItertoolsCombinatorics.NewPermutations);
        Def("combinations", ItertoolsTypes.Combinations, (a, kw) => ItertoolsCombinatorics.NewCombinations("combinations", a, kw, replace: false));
        Def("combinations_with_replacement", ItertoolsTypes.CombinationsWithReplacement, (a, kw) => ItertoolsCombinatorics.NewCombinations("combinations_with_replacement", a, kw, replace: true));
        return e;
    }

    // ------------------------------------------------------------------ infinite iterators

    private static bool IsNumber(PyObject o)
        => o is PyInt or PyFloat or PyComplex || Ops.UserDunder(o, "__index__") is not null
           || Ops.UserDunder(o, "__float__") is not null || Ops.UserDunder(o, "__int__") is not null;

    private static PyObject NewCount(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        var p = ItertoolsTypes.Parse("count", a, kw, new[] { "start", "step" });
        var start = p[0] ?? PyInt.From(0);
        var step = p[1] ?? PyInt.From(1);
        if (!IsNumber(start) || !IsNumber(step)) throw Err.TypeError("a number is required");
        return new CountIterator(start, step);
    }

    private static PyObject NewCycle(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        ItertoolsTypes.ArgCount("cycle", a, kw, 1, 1);
        var it = Ops.GetIter(a[0]);
        var saved = new List<PyObject>();
        bool firstPass = true;
        int index = 0;
        return new FuncIterator(ItertoolsTypes.Cycle, () =>
        {
            if (firstPass)
            {
                var v = Ops.Next(it);
                if (v is not null)
                {
                    saved.Add(v);
                    if ((saved.Count & 0x3FF) == 0) Vm.ChargeAllocation(1024 * 8);
                    return v;
                }
                firstPass = false;
            }
            if (saved.Count == 0) return null;
            var r = saved[index];
            index = (index + 1) % saved.Count;
            return r;
        });
    }

    private static PyObject NewRepeat(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        var p = ArgParser.Parse("repeat", a, kw, new[] { "object", "times" }, 1);
        long times = p[1] is null ? -1 : Math.Max(0, ArgParser.Int(p[1]!, "repeat"));
        return new RepeatIterator(p[0]!, times);
    }

    // ------------------------------------------------------------------ finite iterators

    private static PyObject NewAccumulate(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        int npos = a.Length - (kw?.Length ?? 0);
        if (npos > 2) throw Err.TypeError($"accumulate() takes at most 2 positional arguments ({npos} given)");
        var p = ArgParser.Parse("accumulate", a, kw, new[] { "iterable", "func", "initial" }, 1, kwOnlyFrom: 2);
        var it = Ops.GetIter(p[0]!);
        var func = p[1] is null or PyNone ? null : p[1];
        PyObject? total = p[2] is null or PyNone ? null : p[2];
        bool initialPending = total is not null;
        return new FuncIterator(ItertoolsTypes.Accumulate, () =>
        {
            if (initialPending) { initialPending = false; return total; }
            var v = Ops.Next(it);
            if (v is null) return null;
            total = total is null ? v : func is null ? Ops.Binary(BinaryOpKind.Add, total, v) : Vm.Call(func, total, v);
            return total;
        });
    }

    private static PyObject NewBatched(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        var p = ArgParser.Parse("batched", a, kw, new[] { "iterable", "n" }, 2);
        long n = ArgParser.Int(p[1]!, "batched");
        if (n < 1) throw Err.ValueError("n must be at least one");
        var it = Ops.GetIter(p[0]!);
        return new FuncIterator(ItertoolsTypes.Batched, () =>
        {
            var batch = new List<PyObject>();
            while (batch.Count < n && Ops.Next(it) is { } v)
            {
                batch.Add(v);
                if ((batch.Count & 0x3FF) == 0) Vm.ChargeAllocation(1024 * 8);
            }
            return batch.Count == 0 ? null : new PyTuple(batch.ToArray());
        });
    }

    private static PyObject Chain(PyObject sources)
    {
        PyObject? current = null;
        return new FuncIterator(ItertoolsTypes.Chain, () =>
        {
            while (true)
            {
                if (current is null)
                {
                    var next = Ops.Next(sources);
                    if (next is null) return null;
                    current = Ops.GetIter(next);
                }
                var v = Ops.Next(current);
                if (v is not null) return v;
                current = null;
                Vm.Charge(1);
            }
        });
    }

    private static PyObject NewCompress(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        var p = ArgParser.Parse("compress", a, kw, new[] { "data", "selectors" }, 2);
        var data = Ops.GetIter(p[0]!);
        var sel = Ops.GetIter(p[1]!);
        return new FuncIterator(ItertoolsTypes.Compress, () =>
        {
            while (Ops.Next(data) is { } d)
            {
                var s = Ops.Next(sel);
                if (s is null) return null;
                if (Ops.IsTrue(s)) return d;
                Vm.Charge(1);
            }
            return null;
        });
    }

    private static PyObject Predicate(string name, ReadOnlySpan<PyObject> a, string[]? kw, bool drop)
    {
        ItertoolsTypes.ArgCount(name, a, kw, 2, 2);
        var pred = a[0];
        var it = Ops.GetIter(a[1]);
        bool dropping = drop;
        return new FuncIterator(drop ? ItertoolsTypes.DropWhile : ItertoolsTypes.TakeWhile, () =>
        {
            var v = Ops.Next(it);
            if (drop)
            {
                while (dropping && v is not null)
                {
                    if (!Ops.IsTrue(Vm.Call(pred, v))) { dropping = false; break; }
                    Vm.Charge(1);
                    v = Ops.Next(it);
                }
                return v;
            }
            if (v is null || !Ops.IsTrue(Vm.Call(pred, v))) return null;
            return v;
        });
    }

    private static PyObject NewFilterFalse(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        ItertoolsTypes.ArgCount("filterfalse", a, kw, 2, 2);
        var pred = a[0] is PyNone ? null : a[0];
        var it = Ops.GetIter(a[1]);
        return new FuncIterator(ItertoolsTypes.FilterFalse, () =>
        {
            while (Ops.Next(it) is { } v)
            {
                if (!Ops.IsTrue(pred is null ? v : Vm.Call(pred, v))) return v;
                Vm.Charge(1);
            }
            return null;
        });
    }

    // islice's bounds are non-negative machine integers; anything else gets one of three messages.
    private static long SliceBound(PyObject o)
    {
        try
        {
            if (o is PyFloat) return -1;
            var i = Ops.AsIndex(o);
            return i.IsBig ? -1 : i.Small;
        }
        catch (PythonException e) when (e.Value.Is(ExcTypes.TypeError)) { return -1; }
    }

    private static PyObject NewISlice(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        ItertoolsTypes.ArgCount("islice", a, kw, 2, 4);
        const string stopMsg = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
        long start = 0, stop = -1, step = 1;
        var stopArg = a.Length == 2 ? a[1] : a[2];
        if (a.Length > 2 && a[1] is not PyNone) start = SliceBound(a[1]);
        if (stopArg is not PyNone)
        {
            stop = SliceBound(stopArg);
            if (stop == -1) throw Err.ValueError(stopMsg);
        }
        if (start < 0 || stop < -1) throw Err.ValueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
        if (a.Length == 4 && a[3] is not PyNone) step = SliceBound(a[3]);
        if (step < 1) throw Err.ValueError("Step for islice() must be a positive integer or None.");
        var it = Ops.GetIter(a[0]);
        long count = 0, next = start;
        return new FuncIterator(ItertoolsTypes.ISlice, () =>
        {
            while (count < next)
            {
                if (Ops.Next(it) is null) return null;
                count++;
                Vm.Charge(1);
            }
            if (stop != -1 && count >= stop) return null;
            var v = Ops.Next(it);
            if (v is null) return null;
            count++;
            long old = next;
            next += step;
            if (next < old || (stop != -1 && next > stop)) next = stop;
            return v;
        });
    }

    private static PyObject NewPairwise(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        ItertoolsTypes.ArgCount("pairwise", a, kw, 1, 1);
        var it = Ops.GetIter(a[0]);
        PyObject? old = null;
        return new FuncIterator(ItertoolsTypes.Pairwise, () =>
        {
            old ??= Ops.Next(it);
            if (old is null) return null;
            var v = Ops.Next(it);
            if (v is null) return null;
            var r = new PyTuple(new[] { old, v });
            old = v;
            return r;
        });
    }

    private static PyObject NewStarMap(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        ItertoolsTypes.ArgCount("starmap", a, kw, 2, 2);
        var func = a[0];
        var it = Ops.GetIter(a[1]);
        return new FuncIterator(ItertoolsTypes.StarMap, () =>
        {
            var v = Ops.Next(it);
            return v is null ? null : Vm.Call(func, Ops.ToArray(v));
        });
    }

    private static PyObject NewZipLongest(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        int nkw = kw?.Length ?? 0, npos = a.Length - nkw;
        PyObject fill = PyNone.Instance;
        for (int k = 0; k < nkw; k++)
        {
            if (kw![k] != "fillvalue") throw Err.TypeError("zip_longest() got an unexpected keyword argument");
            fill = a[npos + k];
        }
        var iters = new PyObject?[npos];
        for (int i = 0; i < npos; i++) iters[i] = Ops.GetIter(a[i]);
        int active = npos;
        return new FuncIterator(ItertoolsTypes.ZipLongest, () =>
        {
            if (active == 0) return null;
            var r = new PyObject[iters.Length];
            for (int i = 0; i < iters.Length; i++)
            {
                var v = iters[i] is null ? null : Ops.Next(iters[i]!);
                if (v is null && iters[i] is not null)
                {
                    iters[i] = null;
                    if (--active == 0) return null;
                }
                r[i] = v ?? fill;
            }
            Vm.Charge(iters.Length);
            return new PyTuple(r);
        });
    }
}
