using RuleSandbox.Engine.Compiler;
using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Datetime;

// The math module's namespace (RuleSandbox.Engine.Modules.Math) would hide System.Math here.
using Math = System.Math;

internal static partial class DatetimeBinding
{
    // ------------------------------------------------------------------ date

    private static void InitDate()
    {
        var t = DatetimeTypes.Date;
        t.Constructor = (a, kw) =>
        {
            var p = Required(ArgParser.Parse("function", a, kw, new[] { "year", "month", "day" }, 0), 3, "year", "month", "day");
            int y = IntArg(p[0], 0), m = IntArg(p[1], 0), d = IntArg(p[2], 0);
            CheckDate(y, m, d);
            return new PyDate(y, m, d);
        };
        Attr(t, "year", o => PyInt.From(((PyDate)o).Year));
        Attr(t, "month", o => PyInt.From(((PyDate)o).Month));
        Attr(t, "day", o => PyInt.From(((PyDate)o).Day));
        M(t, "__repr__", (a, kw) => { var d = (PyDate)a[0]; return PyStr.From($"datetime.date({d.Year}, {d.Month}, {d.Day})"); });
        M(t, "__str__", (a, kw) => { var d = (PyDate)a[0]; return PyStr.From(DatetimeText.IsoDate(d.Year, d.Month, d.Day)); });
        M(t, "isoformat", (a, kw) => { var d = (PyDate)a[0]; return PyStr.From(DatetimeText.IsoDate(d.Year, d.Month, d.Day)); });
        M(t, "__hash__", (a, kw) => PyInt.From(Ops.Hash(PyInt.From(((PyDate)a[0]).Ordinal))));
        M(t, "toordinal", (a, kw) => PyInt.From(((PyDate)a[0]).Ordinal));
        M(t, "weekday", (a, kw) => { var d = (PyDate)a[0]; return PyInt.From(CivilCalendar.Weekday(d.Year, d.Month, d.Day)); });
        M(t, "isoweekday", (a, kw) => { var d = (PyDate)a[0]; return PyInt.From(CivilCalendar.Weekday(d.Year, d.Month, d.Day) + 1); });
        M(t, "isocalendar", (a, kw) =>
        {
            var d = (PyDate)a[0];
            var (y, w, wd) = CivilCalendar.IsoCalendar(d.Year, d.Month, d.Day);
            return new PyIsoCalendarDate(y, w, wd);
        });
        M(t, "ctime", (a, kw) =>
        {
            var f = Fields(a[0]);
            int wd = CivilCalendar.Weekday(f.Year, f.Month, f.Day);
            return PyStr.From($"{DatetimeText.DayAbbr[wd]} {DatetimeText.MonthAbbr[f.Month]} {f.Day,2} {f.Hour:00}:{f.Minute:00}:{f.Second:00} {f.Year:0000}");
        });
        M(t, "strftime", (a, kw) =>
        {
            ArgParser.Count("strftime", a[1..], kw, 1, 1);
            if (a[1] is not PyStr f) throw Err.TypeError($"strftime() argument 1 must be str, not {Ops.TypeName(a[1])}");
            return PyStr.From(DatetimeText.Strftime(f.Value, Fields(a[0])));
        });
        M(t, "__format__", (a, kw) =>
        {
            if (a[1] is not PyStr f) throw Err.TypeError($"must be str, not {Ops.TypeName(a[1])}");
            return f.Value.Length == 0 ? PyStr.From(Ops.Str(a[0])) : PyStr.From(DatetimeText.Strftime(f.Value, Fields(a[0])));
        });
        M(t, "timetuple", (a, kw) => throw Err.NotImplementedError("timetuple() is not supported by RuleSandbox"));
        M(t, "replace", (a, kw) =>
        {
            var d = (PyDate)a[0];
            var p = ParseReplace(a[1..], kw, new[] { "year", "month", "day" }, int.MaxValue);
            int y = IntArg(p[0], d.Year), m = IntArg(p[1], d.Month), dd = IntArg(p[2], d.Day);
            CheckDate(y, m, dd);
            return new PyDate(y, m, dd);
        });
        M(t, "__add__", (a, kw) => a[1] is PyTimedelta td ? AddToDate(a[0], td, false) : PyNotImplemented.Instance);
        M(t, "__radd__", (a, kw) => a[1] is PyTimedelta td ? AddToDate(a[0], td, true) : PyNotImplemented.Instance);
        M(t, "__sub__", (a, kw) => a[1] switch
        {
            // date - timedelta uses only the whole days, as CPython does.
            PyTimedelta td => AddToDate(a[0], new PyTimedelta(-(Int128)td.Days * PyTimedelta.DayMicros), false),
            PyDateTime => PyNotImplemented.Instance,
            PyDate o => Td((Int128)(((PyDate)a[0]).Ordinal - o.Ordinal) * PyTimedelta.DayMicros),
            _ => PyNotImplemented.Instance,
        });
        Comparisons(t, (x, y, op) =>
        {
            if (y is not PyDate o || y is PyDateTime) return op switch { CompareKind.Eq => PyBool.False, CompareKind.Ne => PyBool.True, _ => PyNotImplemented.Instance };
            return CmpResult(op, ((PyDate)x).Ordinal.CompareTo(o.Ordinal));
        });
        ClassM(t, "today", (a, kw) =>
        {
            var now = DatetimeClock.Now("date.today()").UtcDateTime;
            return new PyDate(now.Year, now.Month, now.Day);
        });
        ClassM(t, "fromordinal", (a, kw) =>
        {
            ArgParser.Count("fromordinal", a[1..], kw, 1, 1);
            int n = IntArg(a[1], 0);
            if (n < 1 || n > CivilCalendar.MaxOrdinal) throw Err.ValueError($"ordinal must be >= 1");
            var (y, m, d) = CivilCalendar.FromOrdinal(n);
            return a[0] == DatetimeTypes.DateTime ? new PyDateTime(y, m, d, 0, 0, 0, 0, null) : new PyDate(y, m, d);
        });
        ClassM(t, "fromisoformat", (a, kw) =>
        {
            ArgParser.Count("fromisoformat", a[1..], kw, 1, 1);
            if (a[1] is not PyStr s) throw Err.TypeError("fromisoformat: argument must be str");
            if (a[0] == DatetimeTypes.DateTime) return DateTimeFromIso(s.Value);
            var r = DatetimeText.ParseIsoDate(s.Value) ?? throw Err.ValueError($"Invalid isoformat string: {DatetimeText.PyRepr(s.Value)}");
            CheckDate(r.Item1, r.Item2, r.Item3);
            return new PyDate(r.Item1, r.Item2, r.Item3);
        });
        ClassM(t, "fromisocalendar", (a, kw) =>
        {
            ArgParser.Count("fromisocalendar", a[1..], kw, 3, 3);
            int y = IntArg(a[1], 0), w = IntArg(a[2], 0), d = IntArg(a[3], 0);
            if (y < 1 || y > 9999) throw Err.ValueError($"Year is out of range: {y}");
            if (w < 1 || w > 53 || (w == 53 && CivilCalendar.IsoCalendar(y, 12, 28).Week != 53)) throw Err.ValueError($"Invalid week: {w}");
            if (d < 1 || d > 7) throw Err.ValueError($"Invalid weekday: {d} (range is [1, 7])");
            var (yy, mm, dd) = CivilCalendar.FromOrdinal(CivilCalendar.IsoWeek1Monday(y) + (w - 1) * 7 + d - 1);
            return a[0] == DatetimeTypes.DateTime ? new PyDateTime(yy, mm, dd, 0, 0, 0, 0, null) : new PyDate(yy, mm, dd);
        });
        t.Members["min"] = new PyDate(1, 1, 1);
        t.Members["max"] = new PyDate(9999, 12, 31);
        t.Members["resolution"] = new PyTimedelta(PyTimedelta.DayMicros);

        var ic = DatetimeTypes.IsoCalendarDate;
        M(ic, "__repr__", (a, kw) =>
        {
            var it = ((PyIsoCalendarDate)a[0]).Items;
            return PyStr.From($"datetime.IsoCalendarDate(year={Ops.Repr(it[0])}, week={Ops.Repr(it[1])}, weekday={Ops.Repr(it[2])})");
        });
        M(ic, "__len__", (a, kw) => PyInt.From(3));
        M(ic, "__getitem__", (a, kw) => Ops.GetItem(new PyTuple(((PyIsoCalendarDate)a[0]).Items), a[1]));
        M(ic, "__iter__", (a, kw) => Ops.GetIter(new PyTuple(((PyIsoCalendarDate)a[0]).Items)));
        M(ic, "__eq__", (a, kw) => a[1] switch
        {
            PyIsoCalendarDate o => Ops.RichCompare(new PyTuple(((PyIsoCalendarDate)a[0]).Items), new PyTuple(o.Items), CompareKind.Eq),
            PyTuple o => Ops.RichCompare(new PyTuple(((PyIsoCalendarDate)a[0]).Items), o, CompareKind.Eq),
            _ => PyNotImplemented.Instance,
        });
        ic.Members["__hash__"] = PyNone.Instance;
        string[] names = { "year", "week", "weekday" };
        for (int i = 0; i < 3; i++)
        {
            int ix = i;
            Attr(ic, names[i], o => ((PyIsoCalendarDate)o).Items[ix]);
        }
    }

    // CPython's C constructors name themselves "function" in this message (no parentheses).
    private static PyObject?[] Required(PyObject?[] p, int count, params string[] names)
    {
        for (int i = 0; i < count; i++)
            if (p[i] is null) throw Err.TypeError($"function missing required argument '{names[i]}' (pos {i + 1})");
        return p;
    }

    // replace() reports unknown keywords with CPython's own words.
    private static PyObject?[] ParseReplace(ReadOnlySpan<PyObject> a, string[]? kw, string[] names, int kwOnlyFrom)
    {
        if (kw is not null)
            foreach (var k in kw)
                if (Array.IndexOf(names, k) < 0) throw Err.TypeError($"'{k}' is an invalid keyword argument for replace()");
        return ArgParser.Parse("replace", a, kw, names, 0, kwOnlyFrom: kwOnlyFrom);
    }

    private static DatetimeText.Fields Fields(PyObject o) => o switch
    {
        PyDateTime dt => new(dt.Year, dt.Month, dt.Day, dt.Hour, dt.Minute, dt.Second, dt.Microsecond, dt.Tz, dt.Tz is null ? null : TzName(dt.Tz)),
        PyDate d => new(d.Year, d.Month, d.Day, 0, 0, 0, 0, null, null),
        PyTime tm => new(1900, 1, 1, tm.Hour, tm.Minute, tm.Second, tm.Microsecond, tm.Tz, tm.Tz is null ? null : TzName(tm.Tz)),
        _ => throw Err.TypeError("expected a date or time"),
    };

    // ------------------------------------------------------------------ datetime

    private static readonly string[] s_dtArgs = { "year", "month", "day", "hour", "minute", "second", "microsecond", "tzinfo", "fold" };

    private static void InitDateTime()
    {
        var t = DatetimeTypes.DateTime;
        t.Constructor = (a, kw) =>
        {
            var p = Required(ArgParser.Parse("function", a, kw, s_dtArgs, 0, kwOnlyFrom: 8), 3, s_dtArgs);
            int y = IntArg(p[0], 0), m = IntArg(p[1], 0), d = IntArg(p[2], 0);
            int h = IntArg(p[3], 0), mi = IntArg(p[4], 0), s = IntArg(p[5], 0), us = IntArg(p[6], 0), fold = IntArg(p[8], 0);
            CheckDate(y, m, d);
            CheckTime(h, mi, s, us, fold);
            return new PyDateTime(y, m, d, h, mi, s, us, TzArg(p[7]), fold);
        };
        Attr(t, "hour", o => PyInt.From(((PyDateTime)o).Hour));
        Attr(t, "minute", o => PyInt.From(((PyDateTime)o).Minute));
        Attr(t, "second", o => PyInt.From(((PyDateTime)o).Second));
        Attr(t, "microsecond", o => PyInt.From(((PyDateTime)o).Microsecond));
        Attr(t, "tzinfo", o => TzOrNone(((PyDateTime)o).Tz));
        Attr(t, "fold", o => PyInt.From(((PyDateTime)o).Fold));
        M(t, "__repr__", (a, kw) =>
        {
            var dt = (PyDateTime)a[0];
            string s = $"datetime.datetime({dt.Year}, {dt.Month}, {dt.Day}, {dt.Hour}, {dt.Minute}";
            if (dt.Microsecond != 0) s += $", {dt.Second}, {dt.Microsecond}";
            else if (dt.Second != 0) s += $", {dt.Second}";
            if (dt.Fold != 0) s += $", fold={dt.Fold}";
            return PyStr.From(s + TzRepr(dt.Tz) + ")");
        });
        M(t, "__str__", (a, kw) => PyStr.From(DtIso((PyDateTime)a[0], " ", "auto")));
        M(t, "isoformat", (a, kw) =>
        {
            var p = ArgParser.Parse("isoformat", a[1..], kw, new[] { "sep", "timespec" }, 0);
            string sep = p[0] is PyStr s ? s.Value : "T";
            if (p[0] is not null and not PyStr) throw Err.TypeError($"isoformat() argument 1 must be a unicode character, not {Ops.TypeName(p[0]!)}");
            string spec = p[1] is PyStr ts ? ts.Value : "auto";
            return PyStr.From(DtIso((PyDateTime)a[0], sep, spec));
        });
        M(t, "__hash__", (a, kw) => PyInt.From(HashMicros(((PyDateTime)a[0]).UtcMicros)));
        M(t, "date", (a, kw) => { var dt = (PyDateTime)a[0]; return new PyDate(dt.Year, dt.Month, dt.Day); });
        M(t, "time", (a, kw) => { var dt = (PyDateTime)a[0]; return new PyTime(dt.Hour, dt.Minute, dt.Second, dt.Microsecond, null, dt.Fold); });
        M(t, "timetz", (a, kw) => { var dt = (PyDateTime)a[0]; return new PyTime(dt.Hour, dt.Minute, dt.Second, dt.Microsecond, dt.Tz, dt.Fold); });
        M(t, "utcoffset", (a, kw) => ((PyDateTime)a[0]).Tz is { } tz ? new PyTimedelta(tz.OffsetMicros) : PyNone.Instance);
        M(t, "tzname", (a, kw) => ((PyDateTime)a[0]).Tz is { } tz ? PyStr.From(TzName(tz)) : PyNone.Instance);
        M(t, "dst", (a, kw) => ((PyDateTime)a[0]).Tz is not null ? new PyTimedelta(0) : PyNone.Instance);
        M(t, "replace", (a, kw) =>
        {
            var dt = (PyDateTime)a[0];
            var p = ParseReplace(a[1..], kw, s_dtArgs, 8);
            int y = IntArg(p[0], dt.Year), m = IntArg(p[1], dt.Month), d = IntArg(p[2], dt.Day);
            int h = IntArg(p[3], dt.Hour), mi = IntArg(p[4], dt.Minute), s = IntArg(p[5], dt.Second), us = IntArg(p[6], dt.Microsecond), fold = IntArg(p[8], dt.Fold);
            CheckDate(y, m, d);
            CheckTime(h, mi, s, us, fold);
            return new PyDateTime(y, m, d, h, mi, s, us, p[7] is null ? dt.Tz : TzArg(p[7]), fold);
        });
        M(t, "astimezone", (a, kw) =>
        {
            var dt = (PyDateTime)a[0];
            var p = ArgParser.Parse("astimezone", a[1..], kw, new[] { "tz" }, 0);
            // The sandbox has no local zone: naive datetimes are taken as UTC, and the local zone is UTC.
            var target = TzArg(p[0]) ?? PyTimezone.Utc;
            return FromWallMicros(dt.UtcMicros + target.OffsetMicros, target);
        });
        M(t, "timestamp", (a, kw) =>
        {
            var dt = (PyDateTime)a[0];
            return PyFloat.From((double)(dt.UtcMicros - s_epochMicros) / 1e6);
        });
        M(t, "__add__", (a, kw) => a[1] is PyTimedelta td ? AddToDate(a[0], td, false) : PyNotImplemented.Instance);
        M(t, "__radd__", (a, kw) => a[1] is PyTimedelta td ? AddToDate(a[0], td, true) : PyNotImplemented.Instance);
        M(t, "__sub__", (a, kw) =>
        {
            var dt = (PyDateTime)a[0];
            switch (a[1])
            {
                case PyTimedelta td: return FromWallMicros(dt.WallMicros - td.Micros, dt.Tz);
                case PyDateTime o:
                    if ((dt.Tz is null) != (o.Tz is null)) throw Err.TypeError("can't subtract offset-naive and offset-aware datetimes");
                    return Td(dt.UtcMicros - o.UtcMicros);
                default: return PyNotImplemented.Instance;
            }
        });
        Comparisons(t, (x, y, op) =>
        {
            var dt = (PyDateTime)x;
            if (y is not PyDateTime o)
            {
                if (y is PyDate && op is not (CompareKind.Eq or CompareKind.Ne))
                    throw Err.TypeError($"can't compare {Ops.TypeName(x)} to {Ops.TypeName(y)}");
                return op switch { CompareKind.Eq => PyBool.False, CompareKind.Ne => PyBool.True, _ => PyNotImplemented.Instance };
            }
            if ((dt.Tz is null) != (o.Tz is null))
            {
                if (op is CompareKind.Eq or CompareKind.Ne) return PyBool.From(op == CompareKind.Ne);
                throw Err.TypeError("can't compare offset-naive and offset-aware datetimes");
            }
            return CmpResult(op, dt.UtcMicros.CompareTo(o.UtcMicros));
        });
        ClassM(t, "now", (a, kw) =>
        {
            var p = ArgParser.Parse("now", a[1..], kw, new[] { "tz" }, 0);
            var tz = TzArg(p[0]);
            var now = DatetimeClock.Now("datetime.now()");
            var utc = (Int128)(now.UtcTicks - DateTime.MinValue.Ticks) / 10;
            return FromWallMicros(utc + (tz?.OffsetMicros ?? 0), tz);
        });
        ClassM(t, "today", (a, kw) =>
        {
            var now = DatetimeClock.Now("datetime.today()");
            return FromWallMicros((Int128)(now.UtcTicks - DateTime.MinValue.Ticks) / 10, null);
        });
        ClassM(t, "utcnow", (a, kw) =>
        {
            var now = DatetimeClock.Now("datetime.utcnow()");
            return FromWallMicros((Int128)(now.UtcTicks - DateTime.MinValue.Ticks) / 10, null);
        });
        ClassM(t, "fromtimestamp", (a, kw) =>
        {
            var p = ArgParser.Parse("fromtimestamp", a[1..], kw, new[] { "timestamp", "tz" }, 1);
            var tz = TzArg(p[1]);
            return FromWallMicros(TimestampMicros(p[0]!) + s_epochMicros + (tz?.OffsetMicros ?? 0), tz, "year is out of range");
        });
        ClassM(t, "combine", (a, kw) =>
        {
            var p = ArgParser.Parse("combine", a[1..], kw, new[] { "date", "time", "tzinfo" }, 2);
            if (p[0] is not PyDate d) throw Err.TypeError($"combine() argument 1 must be datetime.date, not {Ops.TypeName(p[0]!)}");
            if (p[1] is not PyTime tm) throw Err.TypeError($"combine() argument 2 must be datetime.time, not {Ops.TypeName(p[1]!)}");
            var tz = p[2] is null ? tm.Tz : TzArg(p[2]);
            return new PyDateTime(d.Year, d.Month, d.Day, tm.Hour, tm.Minute, tm.Second, tm.Microsecond, tz, tm.Fold);
        });
        ClassM(t, "strptime", (a, kw) =>
        {
            ArgParser.Count("strptime", a[1..], kw, 2, 2);
            if (a[1] is not PyStr s) throw Err.TypeError($"strptime() argument 1 must be str, not {Ops.TypeName(a[1])}");
            if (a[2] is not PyStr f) throw Err.TypeError($"strptime() argument 2 must be str, not {Ops.TypeName(a[2])}");
            var r = DatetimeText.Strptime(s.Value, f.Value);
            var tz = r.OffsetMicros is long off ? (off == 0 ? PyTimezone.Utc : new PyTimezone(off, null)) : null;
            return new PyDateTime(r.Year, r.Month, r.Day, r.Hour, r.Minute, r.Second, r.Micro, tz);
        });
        t.Members["min"] = new PyDateTime(1, 1, 1, 0, 0, 0, 0, null);
        t.Members["max"] = new PyDateTime(9999, 12, 31, 23, 59, 59, 999999, null);
        t.Members["resolution"] = new PyTimedelta(1);
    }

    private static Int128 TimestampMicros(PyObject ts)
    {
        switch (ts)
        {
            case PyInt i:
                return (Int128)(i.Big * 1_000_000);
            case PyFloat f:
            {
                if (double.IsNaN(f.Value)) throw Err.ValueError("Invalid value NaN (not a number)");
                if (double.IsInfinity(f.Value) || System.Math.Abs(f.Value) > 1e14) throw Err.OverflowError("timestamp out of range for platform time_t");
                double whole = System.Math.Floor(f.Value);
                double frac = f.Value - whole;
                long us = (long)System.Math.Round(frac * 1e6, MidpointRounding.ToEven);
                return (Int128)(long)whole * 1_000_000 + us;
            }
            default:
                throw Err.TypeError($"'{Ops.TypeName(ts)}' object cannot be interpreted as an integer");
        }
    }

    private static string DtIso(PyDateTime dt, string sep, string timespec)
    {
        string s = DatetimeText.IsoDate(dt.Year, dt.Month, dt.Day) + sep + DatetimeText.IsoTime(dt.Hour, dt.Minute, dt.Second, dt.Microsecond, timespec);
        if (dt.Tz is not null) s += DatetimeText.Offset(dt.Tz.OffsetMicros, ":");
        return s;
    }

    private static PyObject DateTimeFromIso(string s)
    {
        PythonException Bad() => Err.ValueError($"Invalid isoformat string: {DatetimeText.PyRepr(s)}");
        string datePart = s.Length >= 10 && s[4] == '-' ? s[..10] : s.Length >= 8 ? s[..8] : s;
        var d = DatetimeText.ParseIsoDate(datePart) ?? throw Bad();
        CheckDate(d.Item1, d.Item2, d.Item3);
        if (s.Length == datePart.Length) return new PyDateTime(d.Item1, d.Item2, d.Item3, 0, 0, 0, 0, null);
        var tm = DatetimeText.ParseIsoTime(s[(datePart.Length + 1)..]) ?? throw Bad();
        CheckTime(tm.H, tm.M, tm.S, tm.Us, 0);
        var tz = tm.Offset is long off ? (off == 0 ? PyTimezone.Utc : new PyTimezone(off, null)) : null;
        return new PyDateTime(d.Item1, d.Item2, d.Item3, tm.H, tm.M, tm.S, tm.Us, tz);
    }

    // ------------------------------------------------------------------ time

    private static void InitTime()
    {
        var t = DatetimeTypes.Time;
        t.Constructor = (a, kw) =>
        {
            var p = ArgParser.Parse("function", a, kw, new[] { "hour", "minute", "second", "microsecond", "tzinfo", "fold" }, 0, kwOnlyFrom: 5);
            int h = IntArg(p[0], 0), mi = IntArg(p[1], 0), s = IntArg(p[2], 0), us = IntArg(p[3], 0), fold = IntArg(p[5], 0);
            CheckTime(h, mi, s, us, fold);
            return new PyTime(h, mi, s, us, TzArg(p[4]), fold);
        };
        Attr(t, "hour", o => PyInt.From(((PyTime)o).Hour));
        Attr(t, "minute", o => PyInt.From(((PyTime)o).Minute));
        Attr(t, "second", o => PyInt.From(((PyTime)o).Second));
        Attr(t, "microsecond", o => PyInt.From(((PyTime)o).Microsecond));
        Attr(t, "tzinfo", o => TzOrNone(((PyTime)o).Tz));
        Attr(t, "fold", o => PyInt.From(((PyTime)o).Fold));
        M(t, "__repr__", (a, kw) =>
        {
            var tm = (PyTime)a[0];
            string s = $"datetime.time({tm.Hour}, {tm.Minute}";
            if (tm.Microsecond != 0) s += $", {tm.Second}, {tm.Microsecond}";
            else if (tm.Second != 0) s += $", {tm.Second}";
            if (tm.Fold != 0) s += $", fold={tm.Fold}";
            return PyStr.From(s + TzRepr(tm.Tz) + ")");
        });
        BuiltinFn iso = (a, kw) =>
        {
            var tm = (PyTime)a[0];
            var p = ArgParser.Parse("isoformat", a[1..], kw, new[] { "timespec" }, 0);
            string spec = p[0] is PyStr ts ? ts.Value : "auto";
            string s = DatetimeText.IsoTime(tm.Hour, tm.Minute, tm.Second, tm.Microsecond, spec);
            if (tm.Tz is not null) s += DatetimeText.Offset(tm.Tz.OffsetMicros, ":");
            return PyStr.From(s);
        };
        M(t, "isoformat", iso);
        M(t, "__str__", iso);
        M(t, "strftime", (a, kw) =>
        {
            ArgParser.Count("strftime", a[1..], kw, 1, 1);
            if (a[1] is not PyStr f) throw Err.TypeError($"strftime() argument 1 must be str, not {Ops.TypeName(a[1])}");
            return PyStr.From(DatetimeText.Strftime(f.Value, Fields(a[0])));
        });
        M(t, "__format__", (a, kw) =>
        {
            if (a[1] is not PyStr f) throw Err.TypeError($"must be str, not {Ops.TypeName(a[1])}");
            return f.Value.Length == 0 ? PyStr.From(Ops.Str(a[0])) : PyStr.From(DatetimeText.Strftime(f.Value, Fields(a[0])));
        });
        M(t, "__hash__", (a, kw) => PyInt.From(HashMicros(((PyTime)a[0]).DayMicros - (((PyTime)a[0]).Tz?.OffsetMicros ?? 0))));
        M(t, "__bool__", (a, kw) => PyBool.True);
        M(t, "utcoffset", (a, kw) => ((PyTime)a[0]).Tz is { } tz ? new PyTimedelta(tz.OffsetMicros) : PyNone.Instance);
        M(t, "tzname", (a, kw) => ((PyTime)a[0]).Tz is { } tz ? PyStr.From(TzName(tz)) : PyNone.Instance);
        M(t, "replace", (a, kw) =>
        {
            var tm = (PyTime)a[0];
            var p = ParseReplace(a[1..], kw, new[] { "hour", "minute", "second", "microsecond", "tzinfo", "fold" }, 5);
            int h = IntArg(p[0], tm.Hour), mi = IntArg(p[1], tm.Minute), s = IntArg(p[2], tm.Second), us = IntArg(p[3], tm.Microsecond), fold = IntArg(p[5], tm.Fold);
            CheckTime(h, mi, s, us, fold);
            return new PyTime(h, mi, s, us, p[4] is null ? tm.Tz : TzArg(p[4]), fold);
        });
        Comparisons(t, (x, y, op) =>
        {
            if (y is not PyTime o) return op switch { CompareKind.Eq => PyBool.False, CompareKind.Ne => PyBool.True, _ => PyNotImplemented.Instance };
            var a = (PyTime)x;
            if ((a.Tz is null) != (o.Tz is null))
            {
                if (op is CompareKind.Eq or CompareKind.Ne) return PyBool.From(op == CompareKind.Ne);
                throw Err.TypeError("can't compare offset-naive and offset-aware times");
            }
            return CmpResult(op, (a.DayMicros - (a.Tz?.OffsetMicros ?? 0)).CompareTo(o.DayMicros - (o.Tz?.OffsetMicros ?? 0)));
        });
        ClassM(t, "fromisoformat", (a, kw) =>
        {
            ArgParser.Count("fromisoformat", a[1..], kw, 1, 1);
            if (a[1] is not PyStr s) throw Err.TypeError("fromisoformat: argument must be str");
            var tm = DatetimeText.ParseIsoTime(s.Value) ?? throw Err.ValueError($"Invalid isoformat string: {DatetimeText.PyRepr(s.Value)}");
            CheckTime(tm.H, tm.M, tm.S, tm.Us, 0);
            var tz = tm.Offset is long off ? (off == 0 ? PyTimezone.Utc : new PyTimezone(off, null)) : null;
            return new PyTime(tm.H, tm.M, tm.S, tm.Us, tz);
        });
        t.Members["min"] = new PyTime(0, 0, 0, 0, null);
        t.Members["max"] = new PyTime(23, 59, 59, 999999, null);
        t.Members["resolution"] = new PyTimedelta(1);
    }

    // ------------------------------------------------------------------ timezone

    private static void InitTimezone()
    {
        var t = DatetimeTypes.Timezone;
        t.Constructor = (a, kw) =>
        {
            var p = ArgParser.Parse("timezone", a, kw, new[] { "offset", "name" }, 1);
            if (p[0] is not PyTimedelta td) throw Err.TypeError($"timezone() argument 1 must be datetime.timedelta, not {Ops.TypeName(p[0]!)}");
            if (p[1] is not null and not PyStr) throw Err.TypeError($"timezone() argument 2 must be str, not {Ops.TypeName(p[1]!)}");
            if (td.Micros <= -PyTimedelta.DayMicros || td.Micros >= PyTimedelta.DayMicros)
                throw Err.ValueError($"offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not {Ops.Repr(td)}.");
            string? name = (p[1] as PyStr)?.Value;
            if (td.Micros == 0 && name is null) return PyTimezone.Utc;
            return new PyTimezone((long)td.Micros, name);
        };
        M(t, "__repr__", (a, kw) =>
        {
            var tz = (PyTimezone)a[0];
            if (ReferenceEquals(tz, PyTimezone.Utc)) return PyStr.From("datetime.timezone.utc");
            string s = "datetime.timezone(" + Ops.Repr(new PyTimedelta(tz.OffsetMicros));
            if (tz.Name is not null) s += ", " + DatetimeText.PyRepr(tz.Name);
            return PyStr.From(s + ")");
        });
        M(t, "__str__", (a, kw) => PyStr.From(TzName((PyTimezone)a[0])));
        M(t, "utcoffset", (a, kw) => new PyTimedelta(((PyTimezone)a[0]).OffsetMicros));
        M(t, "tzname", (a, kw) => PyStr.From(TzName((PyTimezone)a[0])));
        M(t, "dst", (a, kw) => PyNone.Instance);
        M(t, "__hash__", (a, kw) => PyInt.From(HashMicros(((PyTimezone)a[0]).OffsetMicros)));
        Comparisons(t, (x, y, op) =>
        {
            if (op is not (CompareKind.Eq or CompareKind.Ne) || y is not PyTimezone o) return op switch { CompareKind.Eq => PyBool.False, CompareKind.Ne => PyBool.True, _ => PyNotImplemented.Instance };
            bool eq = ((PyTimezone)x).OffsetMicros == o.OffsetMicros;
            return PyBool.From(op == CompareKind.Eq ? eq : !eq);
        });
        t.Members["utc"] = PyTimezone.Utc;
        t.Members["min"] = new PyTimezone(-PyTimedelta.DayMicros + 60_000_000, null);
        t.Members["max"] = new PyTimezone(PyTimedelta.DayMicros - 60_000_000, null);
    }
}
