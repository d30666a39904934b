using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Itertools;

/// <summary>
/// <c>product</c>, <c>permutations</c>, <c>combinations</c> and
/// <c>combinations_with_replacement</c>: the index algorithms of CPython's documentation, run
/// lazily, so results come out in CPython's order. Each result tuple is charged by its length.
/// </summary>
internal static class ItertoolsCombinatorics
{
    private static Vm Vm => Vm.Current!;

    private static PyTuple Pick(PyObject[] pool, int[] indices, int count)
    {
        Vm.ChargeAllocation(8L * count + 32);
        var r = new PyObject[count];
        for (int i = 0; i < count; i++) r[i] = pool[indices[i]];
        return PyTuple.From(r);
    }

    /// <summary><c>product(*iterables, repeat=1)</c>.</summary>
    public static PyObject NewProduct(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        int nkw = kw?.Length ?? 0, npos = a.Length - nkw;
        long repeat = 1;
        for (int k = 0; k < nkw; k++)
        {
            if (kw![k] != "repeat") throw Err.TypeError($"'{kw[k]}' is an invalid keyword argument for product()");
            repeat = ArgParser.Int(a[npos + k], "product");
        }
        if (repeat < 0) throw Err.ValueError("repeat argument cannot be negative");
        var distinct = new PyObject[npos][];
        for (int i = 0; i < npos; i++) distinct[i] = Ops.ToArray(a[i]);
        long total = npos * repeat;
        if (npos == 0) total = 0;
        Vm.ChargeAllocation(total * 8);
        var pools = new PyObject[total][];
        for (long r = 0; r < repeat && npos > 0; r++)
            for (int i = 0; i < npos; i++) pools[r * npos + i] = distinct[i];
        int n = pools.Length;
        var indices = new int[n];
        bool first = true, done = false;
        foreach (var p in pools) if (p.Length == 0) done = true;
        return new FuncIterator(ItertoolsTypes.Product, () =>
        {
            if (done) return null;
            if (!first)
            {
                // Odometer: advance the rightmost index that can move, reset the ones after it.
                int i = n - 1;
                for (; i >= 0; i--)
                {
                    if (++indices[i] < pools[i].Length) break;
                    indices[i] = 0;
                }
                if (i < 0) { done = true; return null; }
            }
            first = false;
            Vm.ChargeAllocation(8L * n + 32);
            var r = new PyObject[n];
            for (int k = 0; k < n; k++) r[k] = pools[k][indices[k]];
            return PyTuple.From(r);
        });
    }

    /// <summary><c>permutations(iterable, r=None)</c>.</summary>
    public static PyObject NewPermutations(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        var p = ArgParser.Parse("permutations", a, kw, new[] { "iterable", "r" }, 1);
        var pool = Ops.ToArray(p[0]!);
        int n = pool.Length;
        long rl = n;
        if (p[1] is not null and not PyNone)
        {
            if (p[1] is not PyInt ri) throw Err.TypeError("Expected int as r");
            rl = ArgParser.Int(ri, "permutations");
            if (rl < 0) throw Err.ValueError("r must be non-negative");
        }
        if (rl > n) return new FuncIterator(ItertoolsTypes.Permutations, () => null);
        int r = (int)rl;
        var indices = new int[n];
        for (int i = 0; i < n; i++) indices[i] = i;
        var cycles = new int[r];
        for (int i = 0; i < r; i++) cycles[i] = n - i;
        bool first = true;
        return new FuncIterator(ItertoolsTypes.Permutations, () =>
        {
            if (first) { first = false; return Pick(pool, indices, r); }
            if (n == 0) return null;
            for (int i = r - 1; i >= 0; i--)
            {
                Vm.Charge(1);
                if (--cycles[i] == 0)
                {
                    // indices[i:] = indices[i+1:] + indices[i:i+1]
                    int moved = indices[i];
                    Array.Copy(indices, i + 1, indices, i, n - i - 1);
                    indices[n - 1] = moved;
                    cycles[i] = n - i;
                }
                else
                {
                    int j = cycles[i];
                    (indices[i], indices[n - j]) = (indices[n - j], indices[i]);
                    return Pick(pool, indices, r);
                }
            }
            return null;
        });
    }

    /// <summary><c>combinations(iterable, r)</c> and <c>combinations_with_replacement(iterable, r)</c>.</summary>
    public static PyObject NewCombinations(string name, ReadOnlySpan<PyObject> a, string[]? kw, bool replace)
    {
        var p = ArgParser.Parse(name, a, kw, new[] { "iterable", "r" }, 2);
        var pool = Ops.ToArray(p[0]!);
        long rl = ArgParser.Int(p[1]!, name);
        if (rl < 0) throw Err.ValueError("r must be non-negative");
        int n = pool.Length;
        var type = replace ? ItertoolsTypes.CombinationsWithReplacement : ItertoolsTypes.Combinations;
        if (replace ? (n == 0 && rl > 0) : rl > n) return new FuncIterator(type, () => null);
        Vm.ChargeAllocation(rl * 8);
        int r = (int)rl;
        var indices = new int[r];
        if (!replace) for (int i = 0; i < r; i++) indices[i] = i;
        bool first = true;
        return new FuncIterator(type, () =>
        {
            if (first) { first = false; return Pick(pool, indices, r); }
            int i = r - 1;
            for (; i >= 0; i--)
            {
                Vm.Charge(1);
                if (indices[i] != (replace ? n - 1 : i + n - r)) break;
            }
            if (i < 0) return null;
            if (replace)
            {
                int v = indices[i] + 1;
                for (int j = i; j < r; j++) indices[j] = v;
            }
            else
            {
                indices[i]++;
                for (int j = i + 1; j < r; j++) indices[j] = indices[j - 1] + 1;
            }
            return Pick(pool, indices, r);
        });
    }
}
