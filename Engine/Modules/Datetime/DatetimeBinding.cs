using System.Globalization;
using System.Numerics;
using RuleSandbox.Engine.Compiler;
using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Datetime;

// The math module's namespace (RuleSandbox.Engine.Modules.Math) would hide System.Math here.
using Math = System.Math;

/// <summary>
/// The Python face of the datetime module's types: constructors, attributes, arithmetic,
/// comparisons and text forms, with CPython's reprs and error messages.
/// </summary>
internal static partial class DatetimeBinding
{
    private static readonly Int128 s_maxTdMicros = (Int128)1_000_000_000L * PyTimedelta.DayMicros - 1;
    private static readonly Int128 s_minTdMicros = -(Int128)999_999_999L * PyTimedelta.DayMicros;
    private static readonly Int128 s_epochMicros = (Int128)(CivilCalendar.ToOrdinal(1970, 1, 1) - 1) * PyTimedelta.DayMicros;

    public static void Init()
    {
        InitTimedelta();
        InitDate();
        InitDateTime();
        InitTime();
        InitTimezone();
    }

    // ------------------------------------------------------------------ helpers

    private static void M(PyType t, string name, BuiltinFn fn) => t.Members[name] = new PyBuiltinFunction(name, fn, t);

    private static void ClassM(PyType t, string name, BuiltinFn fn) => t.Members[name] = new PyBuiltinFunction(name, fn, t) { IsClassMethod = true };

    private static void Attr(PyType t, string name, Func<PyObject, PyObject> get)
        => t.Members[name] = new PyProperty(new PyBuiltinFunction(name, (a, kw) => get(a[0])), null, null, null) { Name = name };

    private static PyObject Bool(bool b) => PyBool.From(b);

    private static int IntArg(PyObject? o, int dflt)
    {
        if (o is null) return dflt;
        if (o is PyFloat) throw Err.TypeError("'float' object cannot be interpreted as an integer");
        if (o is not PyInt) throw Err.TypeError($"'{Ops.TypeName(o)}' object cannot be interpreted as an integer");
        long v = ArgParser.Int(o, "datetime");
        if (v > int.MaxValue || v < int.MinValue) throw Err.OverflowError("signed integer is greater than maximum");
        return (int)v;
    }

    public static PyTimedelta Td(Int128 micros)
    {
        if (micros < s_minTdMicros || micros > s_maxTdMicros)
        {
            var days = (micros - (micros < 0 ? PyTimedelta.DayMicros - 1 : 0)) / PyTimedelta.DayMicros;
            throw Err.OverflowError($"days={days}; must have magnitude <= 999999999");
        }
        return new PyTimedelta(micros);
    }

    private static void CheckDate(int y, int m, int d)
    {
        if (y < CivilCalendar.MinYear || y > CivilCalendar.MaxYear) throw Err.ValueError($"year {y} is out of range");
        if (m < 1 || m > 12) throw Err.ValueError("month must be in 1..12");
        if (d < 1 || d > CivilCalendar.DaysInMonth(y, m)) throw Err.ValueError("day is out of range for month");
    }

    private static void CheckTime(int h, int mi, int s, int us, int fold)
    {
        if (h < 0 || h > 23) throw Err.ValueError("hour must be in 0..23");
        if (mi < 0 || mi > 59) throw Err.ValueError("minute must be in 0..59");
        if (s < 0 || s > 59) throw Err.ValueError("second must be in 0..59");
        if (us < 0 || us > 999999) throw Err.ValueError("microsecond must be in 0..999999");
        if (fold is not (0 or 1)) throw Err.ValueError("fold must be either 0 or 1");
    }

    private static PyTimezone? TzArg(PyObject? o) => o switch
    {
        null or PyNone => null,
        PyTimezone tz => tz,
        _ => throw Err.TypeError($"tzinfo argument must be None or of a tzinfo subclass, not type '{Ops.TypeName(o)}'"),
    };

    private static string TzRepr(PyTimezone? tz) => tz is null ? "" : $", tzinfo={Ops.Repr(tz)}";

    private static PyObject TzOrNone(PyTimezone? tz) => tz is null ? PyNone.Instance : tz;

    private static string TzName(PyTimezone tz)
    {
        if (tz.Name is not null) return tz.Name;
        if (tz.OffsetMicros == 0) return "UTC";
        return "UTC" + DatetimeText.Offset(tz.OffsetMicros, ":");
    }

    private static PyDateTime FromWallMicros(Int128 micros, PyTimezone? tz, string overflow = "date value out of range")
    {
        if (micros < 0 || micros >= (Int128)CivilCalendar.MaxOrdinal * PyTimedelta.DayMicros) throw Err.OverflowError(overflow);
        int ord = (int)(micros / PyTimedelta.DayMicros) + 1;
        long rest = (long)(micros % PyTimedelta.DayMicros);
        var (y, m, d) = CivilCalendar.FromOrdinal(ord);
        int us = (int)(rest % 1_000_000); rest /= 1_000_000;
        int s = (int)(rest % 60); rest /= 60;
        return new PyDateTime(y, m, d, (int)(rest / 60), (int)(rest % 60), s, us, tz);
    }

    private static PyObject CmpResult(CompareKind op, int c) => PyBool.From(op switch
    {
        CompareKind.Lt => c < 0,
        CompareKind.Le => c <= 0,
        CompareKind.Eq => c == 0,
        CompareKind.Ne => c != 0,
        CompareKind.Gt => c > 0,
        _ => c >= 0,
    });

    private static void Comparisons(PyType t, Func<PyObject, PyObject, CompareKind, PyObject> cmp)
    {
        (string, CompareKind)[] ops = { ("__lt__", CompareKind.Lt), ("__le__", CompareKind.Le), ("__eq__", CompareKind.Eq), ("__ne__", CompareKind.Ne), ("__gt__", CompareKind.Gt), ("__ge__", CompareKind.Ge) };
        foreach (var (name, op) in ops) M(t, name, (a, kw) => cmp(a[0], a[1], op));
    }

    private static long HashMicros(Int128 v) => Ops.Hash(PyInt.From((BigInteger)v));

    // ------------------------------------------------------------------ timedelta

    private static readonly string[] s_tdArgs = { "days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks" };
    private static readonly long[] s_tdUnits = { PyTimedelta.DayMicros, 1_000_000, 1, 1000, 60_000_000, 3_600_000_000, 7 * PyTimedelta.DayMicros };

    private static void InitTimedelta()
    {
        var t = DatetimeTypes.Timedelta;
        t.Constructor = (a, kw) =>
        {
            var p = ArgParser.Parse("timedelta", a, kw, s_tdArgs, 0);
            BigInteger whole = 0;
            double frac = 0;
            bool anyFloat = false;
            for (int i = 0; i < p.Length; i++)
            {
                switch (p[i])
                {
                    case null: break;
                    case PyInt n: whole += n.Big * s_tdUnits[i]; break;
                    case PyFloat f:
                    {
                        anyFloat = true;
                        if (double.IsNaN(f.Value) || double.IsInfinity(f.Value)) throw Err.ValueError("cannot convert float NaN to integer");
                        double ip = System.Math.Truncate(f.Value);
                        whole += new BigInteger(ip) * s_tdUnits[i];
                        frac += (f.Value - ip) * s_tdUnits[i];
                        break;
                    }
                    default:
                        throw Err.TypeError($"unsupported type for timedelta {s_tdArgs[i]} component: {Ops.TypeName(p[i]!)}");
                }
            }
            if (anyFloat) whole += new BigInteger(System.Math.Round(frac, MidpointRounding.ToEven));
            if (whole > (BigInteger)s_maxTdMicros || whole < (BigInteger)s_minTdMicros)
            {
                var days = BigInteger.Divide(whole - (whole.Sign < 0 ? PyTimedelta.DayMicros - 1 : 0), PyTimedelta.DayMicros);
                throw Err.OverflowError($"days={days}; must have magnitude <= 999999999");
            }
            return new PyTimedelta((Int128)whole);
        };
        Attr(t, "days", o => PyInt.From(((PyTimedelta)o).Days));
        Attr(t, "seconds", o => PyInt.From(((PyTimedelta)o).Seconds));
        Attr(t, "microseconds", o => PyInt.From(((PyTimedelta)o).Microseconds));
        M(t, "total_seconds", (a, kw) => PyFloat.From((double)((PyTimedelta)a[0]).Micros / 1e6));
        M(t, "__repr__", (a, kw) =>
        {
            var td = (PyTimedelta)a[0];
            var parts = new List<string>();
            if (td.Days != 0) parts.Add($"days={td.Days}");
            if (td.Seconds != 0) parts.Add($"seconds={td.Seconds}");
            if (td.Microseconds != 0) parts.Add($"microseconds={td.Microseconds}");
            return PyStr.From("datetime.timedelta(" + (parts.Count == 0 ? "0" : string.Join(", ", parts)) + ")");
        });
        M(t, "__str__", (a, kw) => PyStr.From(TdStr((PyTimedelta)a[0])));
        M(t, "__hash__", (a, kw) => PyInt.From(HashMicros(((PyTimedelta)a[0]).Micros)));
        M(t, "__bool__", (a, kw) => Bool(((PyTimedelta)a[0]).Micros != 0));
        M(t, "__neg__", (a, kw) => Td(-((PyTimedelta)a[0]).Micros));
        M(t, "__pos__", (a, kw) => a[0]);
        M(t, "__abs__", (a, kw) => Td(Int128.Abs(((PyTimedelta)a[0]).Micros)));
        M(t, "__add__", (a, kw) => a[1] is PyTimedelta o ? Td(((PyTimedelta)a[0]).Micros + o.Micros) : AddToDate(a[1], (PyTimedelta)a[0], reflected: true));
        M(t, "__radd__", (a, kw) => a[1] is PyTimedelta o ? Td(((PyTimedelta)a[0]).Micros + o.Micros) : AddToDate(a[1], (PyTimedelta)a[0], reflected: true));
        M(t, "__sub__", (a, kw) => a[1] is PyTimedelta o ? Td(((PyTimedelta)a[0]).Micros - o.Micros) : PyNotImplemented.Instance);
        M(t, "__rsub__", (a, kw) => a[1] is PyTimedelta o ? Td(o.Micros - ((PyTimedelta)a[0]).Micros) : PyNotImplemented.Instance);
        BuiltinFn mul = (a, kw) =>
        {
            var td = (PyTimedelta)a[0];
            return a[1] switch
            {
                PyInt n => Td(CheckedMul(td.Micros, n.Big)),
                PyFloat f => Td(RoundDiv((BigInteger)td.Micros, f.Value, multiply: true)),
                _ => PyNotImplemented.Instance,
            };
        };
        M(t, "__mul__", mul);
        M(t, "__rmul__", mul);
        M(t, "__truediv__", (a, kw) =>
        {
            var td = (PyTimedelta)a[0];
            switch (a[1])
            {
                case PyTimedelta o:
                    if (o.Micros == 0) throw Err.ZeroDivisionError("division by zero");
                    return PyFloat.From((double)(BigInteger)td.Micros / (double)(BigInteger)o.Micros);
                case PyInt n:
                    if (n.Big.IsZero) throw Err.ZeroDivisionError("integer division or modulo by zero");
                    return Td((Int128)RoundHalfEvenDiv((BigInteger)td.Micros, n.Big));
                case PyFloat f:
                    if (f.Value == 0) throw Err.ZeroDivisionError("division by zero");
                    return Td(RoundDiv((BigInteger)td.Micros, f.Value, multiply: false));
                default:
                    return PyNotImplemented.Instance;
            }
        });
        M(t, "__floordiv__", (a, kw) =>
        {
            var td = (PyTimedelta)a[0];
            switch (a[1])
            {
                case PyTimedelta o:
                    if (o.Micros == 0) throw Err.ZeroDivisionError("integer division or modulo by zero");
                    return PyInt.From(FloorDiv((BigInteger)td.Micros, (BigInteger)o.Micros));
                case PyInt n:
                    if (n.Big.IsZero) throw Err.ZeroDivisionError("integer division or modulo by zero");
                    return Td((Int128)FloorDiv((BigInteger)td.Micros, n.Big));
                default:
                    return PyNotImplemented.Instance;
            }
        });
        M(t, "__mod__", (a, kw) =>
        {
            if (a[1] is not PyTimedelta o) return PyNotImplemented.Instance;
            if (o.Micros == 0) throw Err.ZeroDivisionError("integer division or modulo by zero");
            var x = (BigInteger)((PyTimedelta)a[0]).Micros;
            var y = (BigInteger)o.Micros;
            return Td((Int128)(x - FloorDiv(x, y) * y));
        });
        M(t, "__divmod__", (a, kw) =>
        {
            if (a[1] is not PyTimedelta o) return PyNotImplemented.Instance;
            if (o.Micros == 0) throw Err.ZeroDivisionError("integer division or modulo by zero");
            var x = (BigInteger)((PyTimedelta)a[0]).Micros;
            var y = (BigInteger)o.Micros;
            var q = FloorDiv(x, y);
            return new PyTuple(new PyObject[] { PyInt.From(q), Td((Int128)(x - q * y)) });
        });
        Comparisons(t, (x, y, op) =>
        {
            if (y is not PyTimedelta o) return op is CompareKind.Eq or CompareKind.Ne ? (op == CompareKind.Ne ? PyBool.True : PyBool.False) : PyNotImplemented.Instance;
            return CmpResult(op, ((PyTimedelta)x).Micros.CompareTo(o.Micros));
        });
        t.Members["min"] = new PyTimedelta(s_minTdMicros);
        t.Members["max"] = new PyTimedelta(s_maxTdMicros);
        t.Members["resolution"] = new PyTimedelta(1);
    }

    private static Int128 CheckedMul(Int128 micros, BigInteger n)
    {
        var r = (BigInteger)micros * n;
        if (r > (BigInteger)s_maxTdMicros || r < (BigInteger)s_minTdMicros)
        {
            var days = BigInteger.Divide(r - (r.Sign < 0 ? PyTimedelta.DayMicros - 1 : 0), PyTimedelta.DayMicros);
            throw Err.OverflowError($"days={days}; must have magnitude <= 999999999");
        }
        return (Int128)r;
    }

    private static BigInteger FloorDiv(BigInteger x, BigInteger y)
    {
        var q = BigInteger.DivRem(x, y, out var r);
        if (!r.IsZero && (r.Sign < 0) != (y.Sign < 0)) q -= 1;
        return q;
    }

    private static BigInteger RoundHalfEvenDiv(BigInteger x, BigInteger y)
    {
        var q = FloorDiv(x, y);
        var r = x - q * y;
        var twice = 2 * r;
        int c = y.Sign > 0 ? twice.CompareTo(y) : (-twice).CompareTo(-y);
        if (c > 0 || (c == 0 && !q.IsEven)) q += 1;
        return q;
    }

    // CPython multiplies/divides by the float's exact integer ratio and rounds half to even.
    private static Int128 RoundDiv(BigInteger micros, double f, bool multiply)
    {
        if (double.IsNaN(f) || double.IsInfinity(f)) throw Err.ValueError("cannot convert float NaN to integer");
        long bits = BitConverter.DoubleToInt64Bits(f);
        bool neg = bits < 0;
        int exp = (int)((bits >> 52) & 0x7FF);
        long mant = bits & 0xFFFFFFFFFFFFFL;
        if (exp == 0) exp = 1; else mant |= 1L << 52;
        exp -= 1075;
        BigInteger num = mant, den = 1;
        if (exp > 0) num <<= exp; else den <<= -exp;
        if (neg) num = -num;
        var r = multiply ? RoundHalfEvenDiv(micros * num, den) : RoundHalfEvenDiv(micros * den, num);
        if (r > (BigInteger)s_maxTdMicros || r < (BigInteger)s_minTdMicros)
        {
            var days = BigInteger.Divide(r - (r.Sign < 0 ? PyTimedelta.DayMicros - 1 : 0), PyTimedelta.DayMicros);
            throw Err.OverflowError($"days={days}; must have magnitude <= 999999999");
        }
        return (Int128)r;
    }

    public static string TdStr(PyTimedelta td)
    {
        long days = td.Days, secs = td.Seconds, us = td.Microseconds;
        string s = $"{secs / 3600}:{secs / 60 % 60:00}:{secs % 60:00}";
        if (us != 0) s += $".{us:000000}";
        if (days != 0) s = $"{days} day{(System.Math.Abs(days) != 1 ? "s" : "")}, " + s;
        return s;
    }

    private static PyObject AddToDate(PyObject other, PyTimedelta td, bool reflected)
    {
        switch (other)
        {
            case PyDateTime dt:
                return FromWallMicros(dt.WallMicros + td.Micros, dt.Tz);
            case PyDate d:
            {
                var days = td.Days;
                long ord = d.Ordinal + days;
                if (ord < 1 || ord > CivilCalendar.MaxOrdinal) throw Err.OverflowError("date value out of range");
                var (y, m, dd) = CivilCalendar.FromOrdinal((int)ord);
                return new PyDate(y, m, dd);
            }
            default:
                return PyNotImplemented.Instance;
        }
    }
}
