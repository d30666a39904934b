using System.Text;
using RuleSandbox.Engine.Compiler;
using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Time;

/// <summary>
/// The Python face of <c>time.struct_time</c> (constructor, fields, tuple behaviour, CPython's
/// repr) and the conversion of a time tuple to a C <c>struct tm</c> (CPython's gettmarg/checktm).
/// </summary>
internal static class StructTimeBinding
{
    private static void M(PyType t, string name, BuiltinFn fn) => t.Members[name] = new PyBuiltinFunction(name, fn, t);

    private static PyStructTime Self(ReadOnlySpan<PyObject> a) => a[0] as PyStructTime ?? throw Err.TypeError("descriptor requires a 'time.struct_time' object");

    public static void Init()
    {
        var t = TimeTypes.StructTime;
        t.Constructor = (a, kw) =>
        {
            ArgParser.NoKw("time.struct_time", kw);
            if (a.Length != 1) throw Err.TypeError($"time.struct_time() takes at most 2 arguments ({a.Length} given)");
            // PySequence_Fast: any iterable, with its own message for the rest.
            if (a[0] is not PyTuple && Ops.TryGetIter(a[0]) is null) throw Err.TypeError("constructor requires a sequence");
            var items = Ops.ToArray(a[0]);
            if (items.Length < 9) throw Err.TypeError($"time.struct_time() takes an at least 9-sequence ({items.Length}-sequence given)");
            if (items.Length > 11) throw Err.TypeError($"time.struct_time() takes an at most 11-sequence ({items.Length}-sequence given)");
            return new PyStructTime(items[..9], items.Length > 9 ? items[9] : PyNone.Instance, items.Length > 10 ? items[10] : PyNone.Instance);
        };
        for (int i = 0; i < PyStructTime.FieldNames.Length; i++)
        {
            int ix = i;
            string name = PyStructTime.FieldNames[i];
            t.Members[name] = new PyProperty(new PyBuiltinFunction(name, (a, kw) =>
            {
                var st = Self(a);
                return ix < 9 ? st.Fields[ix] : ix == 9 ? st.Zone : st.GmtOff;
            }), null, null, null) { Name = name };
        }
        t.Members["n_fields"] = PyInt.From(11);
        t.Members["n_sequence_fields"] = PyInt.From(9);
        t.Members["n_unnamed_fields"] = PyInt.From(0);
        M(t, "__repr__", (a, kw) =>
        {
            var st = Self(a);
            var sb = new StringBuilder("time.struct_time(");
            for (int i = 0; i < 9; i++)
            {
                if (i > 0) sb.Append(", ");
                sb.Append(PyStructTime.FieldNames[i]).Append('=').Append(Ops.Repr(st.Fields[i]));
            }
            return PyStr.From(sb.Append(')').ToString());
        });
        M(t, "__len__", (a, kw) => PyInt.From(9));
        M(t, "__getitem__", (a, kw) => Ops.GetItem(Self(a).ToTuple(), a[1]));
        M(t, "__iter__", (a, kw) => Ops.GetIter(Self(a).ToTuple()));
        M(t, "__contains__", (a, kw) => PyBool.From(Ops.Contains(Self(a).ToTuple(), a[1])));
        M(t, "__hash__", (a, kw) => PyInt.From(Ops.Hash(Self(a).ToTuple())));
        foreach (var (name, op) in new[] { ("__eq__", CompareKind.Eq), ("__ne__", CompareKind.Ne), ("__lt__", CompareKind.Lt), ("__le__", CompareKind.Le), ("__gt__", CompareKind.Gt), ("__ge__", CompareKind.Ge) })
        {
            M(t, name, (a, kw) =>
            {
                // struct_time is a tuple in CPython: it compares with tuples and other struct_times.
                PyObject? other = a[1] switch { PyStructTime o => o.ToTuple(), PyTuple tu => tu, _ => null };
                return other is null ? PyNotImplemented.Instance : Ops.RichCompare(Self(a).ToTuple(), other, op);
            });
        }
    }

    /// <summary>A struct_time of broken-down UTC time.</summary>
    public static PyStructTime FromSeconds(long secs, string zone)
    {
        var f = TimeCalendar.FromSeconds(secs);
        var fields = new PyObject[]
        {
            PyInt.From(f.Y), PyInt.From(f.Mon), PyInt.From(f.D), PyInt.From(f.H), PyInt.From(f.Min), PyInt.From(f.S),
            PyInt.From(f.WDay), PyInt.From(f.YDay), PyInt.From(0),
        };
        return new PyStructTime(fields, PyStr.From(zone), PyInt.From(0));
    }

    private static int CInt(PyObject o)
    {
        var i = o is PyInt pi ? pi : Ops.AsIndex(o);
        if (i.IsBig || i.Small > int.MaxValue) throw Err.OverflowError("signed integer is greater than maximum");
        if (i.Small < int.MinValue) throw Err.OverflowError("signed integer is less than minimum");
        return (int)i.Small;
    }

    /// <summary>CPython's gettmarg: a 9-tuple or struct_time as a <c>struct tm</c> (no range checks yet).</summary>
    public static TimeText.Tm ToTm(PyObject o, string func)
    {
        PyObject[] items;
        string? zone = null;
        long gmtoff = 0;
        if (o is PyStructTime st)
        {
            items = st.Fields;
            if (st.Zone is PyStr z) zone = z.Value;
            if (st.GmtOff is PyInt g && !g.IsBig) gmtoff = g.Small;
        }
        else if (o is PyTuple tu)
        {
            if (tu.Count != 9) throw Err.TypeError($"{func}(): illegal time tuple argument");
            items = tu.Items;
        }
        else
        {
            throw Err.TypeError("Tuple or struct_time argument required");
        }
        var v = new int[9];
        for (int i = 0; i < 9; i++) v[i] = CInt(items[i]);
        int wday = (v[6] + 1) % 7;
        if (wday < 0) throw Err.ValueError("day of week out of range");
        return new TimeText.Tm(v[0], v[1] - 1, v[2], v[3], v[4], v[5], wday, v[7] - 1, v[8], string.IsNullOrEmpty(zone) ? "UTC" : zone, gmtoff);
    }

    /// <summary>CPython's checktm: refuses fields that would index the name tables out of range; zeros become the lowest valid value.</summary>
    public static TimeText.Tm Check(TimeText.Tm t)
    {
        if (t.Mon == -1) t = t with { Mon = 0 };
        else if (t.Mon < 0 || t.Mon > 11) throw Err.ValueError("month out of range");
        if (t.MDay == 0) t = t with { MDay = 1 };
        else if (t.MDay < 0 || t.MDay > 31) throw Err.ValueError("day of month out of range");
        if (t.Hour < 0 || t.Hour > 23) throw Err.ValueError("hour out of range");
        if (t.Min < 0 || t.Min > 59) throw Err.ValueError("minute out of range");
        if (t.Sec < 0 || t.Sec > 61) throw Err.ValueError("seconds out of range");
        if (t.YDay == -1) t = t with { YDay = 0 };
        else if (t.YDay < 0 || t.YDay > 365) throw Err.ValueError("day of year out of range");
        return t;
    }
}
