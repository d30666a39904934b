using System.Numerics;
using RuleSandbox.Engine.Compiler;
using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Random;

// The math module's namespace (RuleSandbox.Engine.Modules.Math) would hide System.Math here.
using Math = System.Math;

internal static partial class RandomBinding
{
    private static void InitSequences()
    {
        var t = RandomTypes.Random;

        Def(t, "randrange", new[] { "self", "start", "stop", "step" }, 2, (r, a) => RandRange(r, a[1]!, a[2], a[3], "random.randrange()"));

        Def(t, "randint", new[] { "self", "a", "b" }, 3, (r, a) =>
            RandRange(r, a[1]!, Bin(BinaryOpKind.Add, a[2]!, PyInt.From(1)), null, "random.randint()"));

        Def(t, "choice", new[] { "self", "seq" }, 2, (r, a) =>
        {
            var seq = a[1]!;
            long n = Ops.Len(seq);
            if (n == 0) throw Err.IndexError("Cannot choose from an empty sequence");
            return Ops.GetItem(seq, PyInt.From(r.RandBelow(n, "random.choice()")));
        });

        Def(t, "shuffle", new[] { "self", "x" }, 2, (r, a) =>
        {
            Shuffle(r, a[1]!);
            return PyNone.Instance;
        });

        Def(t, "sample", new[] { "self", "population", "k", "counts" }, 3, (r, a) => Sample(r, a[1]!, a[2]!, a[3]), kwOnlyFrom: 3);

        Def(t, "choices", new[] { "self", "population", "weights", "cum_weights", "k" }, 2, (r, a) => Choices(r, a[1]!, a[2], a[3], a[4]), kwOnlyFrom: 3);
    }

    /// <summary>random.py's randrange; the messages quote the arguments as given.</summary>
    private static PyObject RandRange(PyRandom r, PyObject start, PyObject? stop, PyObject? step, string what)
    {
        var istart = Index(start);
        if (stop is null || stop is PyNone)
        {
            // random.py tests `step is not _ONE`: any int 1 is that cached object, True is not.
            if (step is not null && !(step is PyInt { IsBig: false, Small: 1 } && step is not PyBool))
                throw Err.TypeError("Missing a non-None stop argument");
            if (istart > 0) return Int(RandBelow(r, istart, what));
            throw Err.ValueError("empty range for randrange()");
        }
        var istop = Index(stop);
        var width = istop - istart;
        var istep = step is null ? BigInteger.One : Index(step);
        if (istep.IsOne)
        {
            if (width > 0) return Int(istart + RandBelow(r, width, what));
            throw Err.ValueError($"empty range in randrange({Ops.Str(start)}, {Ops.Str(stop)})");
        }
        BigInteger n;
        if (istep > 0) n = FloorDiv(width + istep - 1, istep);
        else if (istep < 0) n = FloorDiv(width + istep + 1, istep);
        else throw Err.ValueError("zero step for randrange()");
        if (n <= 0) throw Err.ValueError($"empty range in randrange({Ops.Str(start)}, {Ops.Str(stop)}, {Ops.Str(step!)})");
        return Int(istart + istep * RandBelow(r, n, what));
    }

    private static BigInteger FloorDiv(BigInteger a, BigInteger b)
    {
        var q = BigInteger.DivRem(a, b, out var rem);
        if (!rem.IsZero && (rem.Sign < 0) != (b.Sign < 0)) q -= 1;
        return q;
    }

    private static BigInteger RandBelow(PyRandom r, BigInteger n, string what)
        => n <= (1L << 62) ? r.RandBelow((long)n, what) : r.RandBelow(n, what);

    private static void Shuffle(PyRandom r, PyObject x)
    {
        var vm = Vm.Current!;
        long n = Ops.Len(x);
        if (x is PyList list)
        {
            for (long i = n - 1; i >= 1; i--)
            {
                vm.Charge(2);
                int j = (int)r.RandBelow(i + 1, "random.shuffle()");
                // The list may have shrunk if a rule's __eq__ ran meanwhile; random.py would raise IndexError too.
                var items = list.Items;
                if (i >= items.Count || j >= items.Count) throw Err.IndexError("list index out of range");
                (items[(int)i], items[j]) = (items[j], items[(int)i]);
            }
            return;
        }
        for (long i = n - 1; i >= 1; i--)
        {
            vm.Charge(2);
            long j = r.RandBelow(i + 1, "random.shuffle()");
            PyObject pi = PyInt.From(i), pj = PyInt.From(j);
            var xi = Ops.GetItem(x, pi);
            var xj = Ops.GetItem(x, pj);
            Ops.SetItem(x, pi, xj);
            Ops.SetItem(x, pj, xi);
        }
    }

    /// <summary>collections.abc.Sequence for the builtin types a rule can pass.</summary>
    private static bool IsSequence(PyObject o) => o is PyList or PyTuple or PyStr or PyRange or PyBytes or PyByteArray;

    /// <summary>itertools.accumulate(xs) into a list.</summary>
    private static List<PyObject> Accumulate(PyObject iterable)
    {
        var vm = Vm.Current!;
        var result = new List<PyObject>();
        var it = Ops.GetIter(iterable);
        PyObject? total = null;
        while (Ops.Next(it) is { } x)
        {
            vm.Charge(1);
            total = total is null ? x : Bin(BinaryOpKind.Add, total, x);
            result.Add(total);
        }
        return result;
    }

    /// <summary>bisect.bisect_right(a, x, lo, hi).</summary>
    private static int BisectRight(List<PyObject> a, PyObject x, int lo, int hi)
    {
        double xd = x is PyFloat xf ? xf.Value : double.NaN;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            var am = a[mid];
            bool less = am is PyFloat af && x is PyFloat ? xd < af.Value : Cmp(x, am, CompareKind.Lt);
            if (less) hi = mid; else lo = mid + 1;
        }
        return lo;
    }

    private static PyObject Sample(PyRandom r, PyObject population, PyObject k, PyObject? counts)
    {
        var vm = Vm.Current!;
        if (!IsSequence(population)) throw Err.TypeError("Population must be a sequence.  For dicts or sets, use sorted(d).");
        long n = Ops.Len(population);
        if (counts is not null && counts is not PyNone)
        {
            var cum = Accumulate(counts);
            if (cum.Count != n) throw Err.ValueError("The number of counts does not match the population");
            if (cum.Count == 0) throw Err.IndexError("pop from empty list");
            var total = cum[^1];
            cum.RemoveAt(cum.Count - 1);
            if (total is not PyInt totalInt) throw Err.TypeError("Counts must be integers");
            if (totalInt.Big <= 0) throw Err.ValueError("Total of counts must be greater than zero");
            if (totalInt.IsBig) throw Err.OverflowError("Python int too large to convert to C ssize_t");
            var selections = (PyList)Sample(r, new PyRange(0, totalInt.Small, 1), k, null);
            var picked = new List<PyObject>(selections.Count);
            foreach (var s in selections.Items)
            {
                vm.Charge(2);
                picked.Add(Ops.GetItem(population, PyInt.From(BisectRight(cum, s, 0, cum.Count))));
            }
            return new PyList(picked);
        }
        if (k is not PyInt ki)
        {
            if (k is PyFloat kf)
            {
                if (!(kf.Value >= 0 && kf.Value <= n)) throw Err.ValueError("Sample larger than population or is negative");
                throw Err.TypeError("can't multiply sequence by non-int of type 'float'");
            }
            throw Err.TypeError($"'<=' not supported between instances of 'int' and '{Ops.TypeName(k)}'");
        }
        if (ki.IsBig || ki.Small < 0 || ki.Small > n) throw Err.ValueError("Sample larger than population or is negative");
        int count = (int)ki.Small;
        vm.ChargeAllocation(count * 8L);
        var result = new PyObject[count];
        // random.py picks the algorithm by comparing the population with the size of the set
        // the set-based one would need; the choice changes the values, so it is copied exactly.
        BigInteger setSize = 21;
        if (count > 5) setSize += BigInteger.Pow(4, (int)Math.Ceiling(Math.Log(count * 3.0) / Math.Log(4.0)));
        string what = "random.sample()";
        if (n <= setSize)
        {
            vm.ChargeAllocation(n * 8);
            var pool = Ops.ToList(population);
            for (int i = 0; i < count; i++)
            {
                vm.Charge(2);
                int j = (int)r.RandBelow(n - i, what);
                result[i] = pool[j];
                pool[j] = pool[(int)(n - i - 1)];
            }
        }
        else
        {
            var selected = new HashSet<long>();
            for (int i = 0; i < count; i++)
            {
                vm.Charge(2);
                long j = r.RandBelow(n, what);
                while (selected.Contains(j)) j = r.RandBelow(n, what);
                selected.Add(j);
                result[i] = Ops.GetItem(population, PyInt.From(j));
            }
        }
        return new PyList(result.ToList());
    }

    private static PyObject Choices(PyRandom r, PyObject population, PyObject? weights, PyObject? cumWeights, PyObject? k)
    {
        var vm = Vm.Current!;
        string what = "random.choices()";
        long n = Ops.Len(population);
        if (weights is PyNone) weights = null;
        if (cumWeights is PyNone) cumWeights = null;
        List<PyObject> cum;
        if (cumWeights is null)
        {
            if (weights is null)
            {
                long count = Repeat(k);
                vm.ChargeAllocation(count * 8);
                var picked = new List<PyObject>((int)count);
                double nf = n;
                for (long i = 0; i < count; i++)
                {
                    vm.Charge(2);
                    picked.Add(Ops.GetItem(population, Int(new BigInteger(Math.Floor(r.NextDouble(what) * nf)))));
                }
                return new PyList(picked);
            }
            try
            {
                cum = Accumulate(weights);
            }
            catch (PythonException e) when (e.Value.Type.IsSubtypeOf(ExcTypes.TypeError) && weights is PyInt)
            {
                throw Err.TypeError($"The number of choices must be a keyword argument: k={Ops.Repr(weights)}");
            }
        }
        else if (weights is not null)
        {
            throw Err.TypeError("Cannot specify both weights and cumulative weights");
        }
        else
        {
            long len = Ops.Len(cumWeights);
            vm.ChargeAllocation(len * 8);
            cum = Ops.ToList(cumWeights);
        }
        if (cum.Count != n) throw Err.ValueError("The number of weights does not match the population");
        if (cum.Count == 0) throw Err.IndexError("list index out of range");
        var total = Bin(BinaryOpKind.Add, cum[^1], PyFloat.From(0.0));
        if (Cmp(total, PyFloat.From(0.0), CompareKind.Le)) throw Err.ValueError("Total of weights must be greater than zero");
        if (!double.IsFinite(Real(total))) throw Err.ValueError("Total of weights must be finite");
        long times = Repeat(k);
        vm.ChargeAllocation(times * 8);
        var result = new List<PyObject>((int)times);
        int hi = (int)n - 1;
        for (long i = 0; i < times; i++)
        {
            vm.Charge(4);
            var x = Bin(BinaryOpKind.Mul, PyFloat.From(r.NextDouble(what)), total);
            result.Add(Ops.GetItem(population, PyInt.From(BisectRight(cum, x, 0, hi))));
        }
        return new PyList(result);
    }

    /// <summary>The count of <c>itertools.repeat(None, k)</c>: an index, negative meaning none.</summary>
    private static long Repeat(PyObject? k)
    {
        if (k is null) return 1;
        var i = k is PyInt pi ? pi : Ops.AsIndex(k);
        if (i.IsBig) throw i.Big.Sign < 0 ? Err.OverflowError("Python int too large to convert to C ssize_t") : Vm.Current!.MemoryLimit("choices() of more items than memory holds");
        return Math.Max(0, i.Small);
    }
}
