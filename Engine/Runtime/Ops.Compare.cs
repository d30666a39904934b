using RuleSandbox.Engine.Compiler;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Runtime;

public static partial class Ops
{
    private static readonly string[] s_cmpDunder = { "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__" };
    private static readonly string[] s_cmpSymbol = { "<", "<=", "==", "!=", ">", ">=" };
    private static readonly CompareKind[] s_swapped = { CompareKind.Gt, CompareKind.Ge, CompareKind.Eq, CompareKind.Ne, CompareKind.Lt, CompareKind.Le };

    private static PyBool CmpResult(CompareKind op, int c) => PyBool.From(op switch
    {
        CompareKind.Lt => c < 0,
        CompareKind.Le => c <= 0,
        CompareKind.Eq => c == 0,
        CompareKind.Ne => c != 0,
        CompareKind.Gt => c > 0,
        _ => c >= 0,
    });

    /// <summary>A rich comparison (<c>x &lt; y</c>, <c>x == y</c>...), CPython's do_richcompare.</summary>
    public static PyObject RichCompare(PyObject a, PyObject b, CompareKind op)
    {
        if (a is PyInt ia && b is PyInt ib && ia.IsPlainSmall && ib.IsPlainSmall) return CmpResult(op, ia.Small.CompareTo(ib.Small));
        if (a.GetType() == typeof(PyFloat) && b.GetType() == typeof(PyFloat)) return FloatCmp(op, ((PyFloat)a).Value, ((PyFloat)b).Value);
        if (a.GetType() == typeof(PyStr) && b.GetType() == typeof(PyStr)) return CmpResult(op, CompareStr((PyStr)a, (PyStr)b));

        var ta = a.Type; var tb = b.Type;
        bool checkedReflected = false;
        if (!ReferenceEquals(ta, tb) && tb.IsSubtypeOf(ta) && (tb.IsHeapType || tb.NativeDunders))
        {
            var rm = UserDunder(b, s_cmpDunder[(int)s_swapped[(int)op]]);
            if (rm is not null)
            {
                checkedReflected = true;
                var r = CallMethod(b, rm, a);
                if (r is not PyNotImplemented) return r;
            }
        }
        {
            var m = UserDunder(a, s_cmpDunder[(int)op]);
            var r = m is not null ? CallMethod(a, m, b) : BuiltinCompare(a, b, op);
            if (r is not null && r is not PyNotImplemented) return r;
        }
        if (!checkedReflected)
        {
            var rm = UserDunder(b, s_cmpDunder[(int)s_swapped[(int)op]]);
            var r = rm is not null ? CallMethod(b, rm, a) : BuiltinCompare(b, a, s_swapped[(int)op]);
            if (r is not null && r is not PyNotImplemented) return r;
        }
        switch (op)
        {
            case CompareKind.Eq: return PyBool.From(ReferenceEquals(a, b));
            case CompareKind.Ne:
            {
                // Default __ne__ inverts a user-defined __eq__.
                var eq = UserDunder(a, "__eq__");
                if (eq is not null)
                {
                    var r = CallMethod(a, eq, b);
                    if (r is not PyNotImplemented) return PyBool.From(!IsTrue(r));
                }
                return PyBool.From(!ReferenceEquals(a, b));
            }
        }
        throw Err.TypeError($"'{s_cmpSymbol[(int)op]}' not supported between instances of '{ta.Name}' and '{tb.Name}'");
    }

    private static PyObject FloatCmp(CompareKind op, double x, double y) => PyBool.From(op switch
    {
        CompareKind.Lt => x < y,
        CompareKind.Le => x <= y,
        CompareKind.Eq => x == y,
        CompareKind.Ne => x != y,
        CompareKind.Gt => x > y,
        _ => x >= y,
    });

    /// <summary>Compares two strings by code point.</summary>
    public static int CompareStr(PyStr a, PyStr b)
    {
        if (a.IsSimple && b.IsSimple) return Math.Sign(string.CompareOrdinal(a.Value, b.Value));
        var x = a.CodePoints; var y = b.CodePoints;
        int n = Math.Min(x.Length, y.Length);
        for (int i = 0; i < n; i++) if (x[i] != y[i]) return x[i] < y[i] ? -1 : 1;
        return x.Length.CompareTo(y.Length);
    }

    internal static PyObject? BuiltinCompare(PyObject a, PyObject b, CompareKind op)
    {
        switch (a)
        {
            case PyInt ia:
                if (b is PyInt ib) return CmpResult(op, ia.Big.CompareTo(ib.Big));
                if (b is PyFloat fb)
                {
                    int c = IntOps.CompareIntFloat(ia, fb.Value);
                    return c == 2 ? PyBool.From(op == CompareKind.Ne) : CmpResult(op, c);
                }
                if (b is PyComplex cb && op is CompareKind.Eq or CompareKind.Ne) return PyBool.From((cb.Imag == 0 && IntOps.CompareIntFloat(ia, cb.Real) == 0) == (op == CompareKind.Eq));
                return null;
            case PyFloat fa:
                if (b is PyFloat fb2) return FloatCmp(op, fa.Value, fb2.Value);
                if (b is PyInt ib2)
                {
                    int c = IntOps.CompareIntFloat(ib2, fa.Value);
                    return c == 2 ? PyBool.From(op == CompareKind.Ne) : CmpResult(op, -c);
                }
                if (b is PyComplex cb2 && op is CompareKind.Eq or CompareKind.Ne) return PyBool.From((cb2.Imag == 0 && cb2.Real == fa.Value) == (op == CompareKind.Eq));
                return null;
            case PyComplex ca:
                if (op is not (CompareKind.Eq or CompareKind.Ne)) return null;
                if (b is PyComplex cb3) return PyBool.From((ca.Real == cb3.Real && ca.Imag == cb3.Imag) == (op == CompareKind.Eq));
                return null;
            case PyStr sa:
                return b is PyStr sb ? CmpResult(op, CompareStr(sa, sb)) : null;
            case PyTuple ta:
                return b is PyTuple tb ? SequenceCompare(ta.Items, tb.Items, op) : null;
            case PyList la:
                return b is PyList lb ? SequenceCompare(la.Items.ToArray(), lb.Items.ToArray(), op) : null;
            case PyBytes or PyByteArray:
                // bytes and bytearray compare with each other by content, in both directions.
                if (b is PyBytes or PyByteArray)
                    return CmpResult(op, Math.Sign(Builtins.BytesView(a).SequenceCompareTo(Builtins.BytesView(b))));
                return null;
            case PyDict da:
                if (b is not PyDict db || op is not (CompareKind.Eq or CompareKind.Ne)) return null;
                return PyBool.From(DictEqual(da, db) == (op == CompareKind.Eq));
            case PySet sa2:
                if (b is not PySet sb2) return null;
                return op switch
                {
                    CompareKind.Eq => PyBool.From(sa2.Count == sb2.Count && IsSubset(sa2, sb2)),
                    CompareKind.Ne => PyBool.From(!(sa2.Count == sb2.Count && IsSubset(sa2, sb2))),
                    CompareKind.Le => PyBool.From(IsSubset(sa2, sb2)),
                    CompareKind.Lt => PyBool.From(sa2.Count < sb2.Count && IsSubset(sa2, sb2)),
                    CompareKind.Ge => PyBool.From(IsSubset(sb2, sa2)),
                    _ => PyBool.From(sa2.Count > sb2.Count && IsSubset(sb2, sa2)),
                };
            case PyRange ra:
                if (b is not PyRange rb || op is not (CompareKind.Eq or CompareKind.Ne)) return null;
                bool same = ra.Length == rb.Length && (ra.Length == 0 || (ra.Start == rb.Start && (ra.Length == 1 || ra.Step == rb.Step)));
                return PyBool.From(same == (op == CompareKind.Eq));
            case PyDictView va:
                if (b is PyDictView vb && va.Kind != DictViewKind.Values && op is CompareKind.Eq or CompareKind.Ne)
                    return PyBool.From(SetEqualViews(va, vb) == (op == CompareKind.Eq));
                if (b is PySet && va.Kind == DictViewKind.Keys && op is CompareKind.Eq or CompareKind.Ne)
                    return PyBool.From(SetEqualViews(va, b) == (op == CompareKind.Eq));
                return null;
        }
        return null;
    }

    private static bool SetEqualViews(PyObject a, PyObject b)
    {
        var sa = new PySet(); foreach (var x in ToList(a)) sa.Add(x);
        var sb = new PySet(); foreach (var x in ToList(b)) sb.Add(x);
        return sa.Count == sb.Count && IsSubset(sa, sb);
    }

    private static bool IsSubset(PySet a, PySet b)
    {
        if (a.Count > b.Count) return false;
        foreach (var x in a.Items()) if (!b.Contains(x)) return false;
        return true;
    }

    private static bool DictEqual(PyDict a, PyDict b)
    {
        if (a.Count != b.Count) return false;
        foreach (var kv in a.Items())
        {
            var v = b.Get(kv.Key);
            if (v is null || !Eq(kv.Value, v)) return false;
        }
        return true;
    }

    private static PyObject SequenceCompare(PyObject[] x, PyObject[] y, CompareKind op)
    {
        int n = Math.Min(x.Length, y.Length);
        int i = 0;
        for (; i < n; i++) if (!Eq(x[i], y[i])) break;
        if (i >= n)
        {
            return CmpResult(op, x.Length.CompareTo(y.Length));
        }
        if (op == CompareKind.Eq) return PyBool.False;
        if (op == CompareKind.Ne) return PyBool.True;
        return RichCompare(x[i], y[i], op);
    }

    /// <summary><c>x &lt; y</c> as a C# bool (sorting, min, max).</summary>
    public static bool LessThan(PyObject a, PyObject b)
    {
        if (a is PyInt ia && b is PyInt ib && ia.IsPlainSmall && ib.IsPlainSmall) return ia.Small < ib.Small;
        if (a.GetType() == typeof(PyStr) && b.GetType() == typeof(PyStr)) return CompareStr((PyStr)a, (PyStr)b) < 0;
        if (a.GetType() == typeof(PyFloat) && b.GetType() == typeof(PyFloat)) return ((PyFloat)a).Value < ((PyFloat)b).Value;
        return IsTrue(RichCompare(a, b, CompareKind.Lt));
    }
}
