using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Heapq;

/// <summary>
/// <c>heapq.merge(*iterables, key=None, reverse=False)</c>: a lazy merge of sorted inputs. Equal
/// items come out in the order of the iterables that hold them (heapq.py breaks ties by input
/// position), so a linear scan over the current heads gives the same sequence as its heap.
/// </summary>
internal static class HeapqMerge
{
    private static readonly PyType s_generatorType = Itertools.ItertoolsIterator.NewType("generator", "builtins");

    /// <summary>The <c>merge</c> builtin.</summary>
    public static PyObject Merge(ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        int nkw = kwnames?.Length ?? 0, npos = args.Length - nkw;
        PyObject? key = null;
        bool reverse = false;
        for (int k = 0; k < nkw; k++)
        {
            var v = args[npos + k];
            switch (kwnames![k])
            {
                case "key": key = v is PyNone ? null : v; break;
                case "reverse": reverse = Ops.IsTrue(v); break;
                default: throw Err.TypeError($"merge() got an unexpected keyword argument '{kwnames[k]}'");
            }
        }
        var sources = args[..npos].ToArray();
        PyObject[]? iters = null;
        PyObject?[]? heads = null, keys = null;
        return new Itertools.FuncIterator(s_generatorType, () =>
        {
            var vm = Vm.Current!;
            if (iters is null)
            {
                iters = new PyObject[sources.Length];
                heads = new PyObject?[sources.Length];
                keys = new PyObject?[sources.Length];
                for (int i = 0; i < sources.Length; i++) iters[i] = Ops.GetIter(sources[i]);
                for (int i = 0; i < sources.Length; i++) Advance(i);
            }
            int best = -1;
            for (int i = 0; i < heads!.Length; i++)
            {
                if (heads[i] is null) continue;
                vm.Charge(1);
                if (best < 0 || (reverse ? Ops.LessThan(keys![best]!, keys[i]!) : Ops.LessThan(keys![i]!, keys[best]!))) best = i;
            }
            if (best < 0) return null;
            var value = heads[best];
            Advance(best);
            return value;
        });

        void Advance(int i)
        {
            var v = Ops.Next(iters![i]);
            heads![i] = v;
            keys![i] = v is null ? null : key is null ? v : Vm.Current!.Call(key, v);
        }
    }
}
