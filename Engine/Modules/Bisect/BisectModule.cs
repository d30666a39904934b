using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Bisect;

using Math = System.Math;

/// <summary>
/// The <c>bisect</c> module (CPython's <c>_bisect</c>): binary search and insertion in sorted
/// sequences, with <c>lo</c>/<c>hi</c> bounds and a <c>key</c> function. <c>bisect</c> and
/// <c>insort</c> are the same objects as <c>bisect_right</c> and <c>insort_right</c>, as in CPython.
/// </summary>
public static class BisectModule
{
    private static readonly string[] s_params = { "a", "x", "lo", "hi", "key" };

    private static readonly List<KeyValuePair<string, PyObject>> s_entries = Build();

    /// <summary>A fresh <c>bisect</c> module for one execution.</summary>
    public static PyModule Create()
    {
        var d = new PyDict(s_entries.Count + 4);
        foreach (var kv in s_entries) d.Set(kv.Key, kv.Value);
        return new PyModule("bisect", d);
    }

    private static List<KeyValuePair<string, PyObject>> Build()
    {
        var right = new PyBuiltinFunction("bisect_right", (a, kw) => Bisect("bisect_right", a, kw, right: true, insert: false));
        var left = new PyBuiltinFunction("bisect_left", (a, kw) => Bisect("bisect_left", a, kw, right: false, insert: false));
        var insRight = new PyBuiltinFunction("insort_right", (a, kw) => Bisect("insort_right", a, kw, right: true, insert: true));
        var insLeft = new PyBuiltinFunction("insort_left", (a, kw) => Bisect("insort_left", a, kw, right: false, insert: true));
        return new()
        {
            new("bisect", right), new("bisect_left", left), new("bisect_right", right),
            new("insort", insRight), new("insort_left", insLeft), new("insort_right", insRight),
        };
    }

    private static PyObject Bisect(string fname, ReadOnlySpan<PyObject> args, string[]? kwnames, bool right, bool insert)
    {
        // (a, x, lo=0, hi=None, *, key=None): key is keyword-only.
        int nkw = kwnames?.Length ?? 0;
        if (args.Length - nkw > 4) throw Err.TypeError($"{fname}() takes at most 4 positional arguments ({args.Length - nkw} given)");
        if (kwnames is not null)
            foreach (var k in kwnames)
                if (Array.IndexOf(s_params, k) < 0) throw Err.TypeError($"'{k}' is an invalid keyword argument for {fname}()");
        var p = ArgParser.Parse(fname, args, kwnames, s_params, 2, posOnly: 0, kwOnlyFrom: 4);
        var seq = p[0]!;
        var x = p[1]!;
        long lo = p[2] is null ? 0 : ArgParser.Int(p[2]!, fname);
        var key = p[4] is null or PyNone ? null : p[4];
        if (lo < 0) throw Err.ValueError("lo must be non-negative");
        long hi = p[3] is null or PyNone ? Ops.Len(seq) : Hi(p[3]!);
        // insort compares key(x) with key(a[mid]); bisect compares x itself with key(a[mid]).
        var probe = insert && key is not null ? Vm.Current!.Call(key, x) : x;
        long pos = Search(seq, probe, lo, hi, key, right);
        if (!insert) return PyInt.From(pos);
        if (seq is PyList list)
        {
            Vm.Current!.Charge(1 + (list.Count >> 4));
            list.Items.Insert((int)Math.Min(pos, list.Count), x);
        }
        else
        {
            Vm.Current!.Call(Ops.GetAttr(seq, "insert"), PyInt.From(pos), x);
        }
        return PyNone.Instance;
    }

    // hi goes through _Py_convert_optional_to_ssize_t: its own wording for non-integers.
    private static long Hi(PyObject o)
    {
        if (o is not PyInt && Ops.UserDunder(o, "__index__") is null)
            throw Err.TypeError($"argument should be integer or None, not '{Ops.TypeName(o)}'");
        var i = Ops.AsIndex(o);
        if (i.IsBig) throw Err.OverflowError("cannot fit 'int' into an index-sized integer");
        return i.Small;
    }

    private static long Search(PyObject seq, PyObject x, long lo, long hi, PyObject? key, bool right)
    {
        var vm = Vm.Current!;
        while (lo < hi)
        {
            vm.Charge(1);
            long mid = (long)((ulong)(lo + hi) / 2);
            var item = seq is PyList l && mid < l.Count ? l.Items[(int)mid] : Ops.GetItem(seq, PyInt.From(mid));
            if (key is not null) item = vm.Call(key, item);
            if (right)
            {
                if (Ops.LessThan(x, item)) hi = mid; else lo = mid + 1;
            }
            else
            {
                if (Ops.LessThan(item, x)) lo = mid + 1; else hi = mid;
            }
        }
        return lo;
    }
}
