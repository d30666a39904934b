using System.Diagnostics;
using RuleSandbox.Engine.Modules.Datetime;
using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Time;

// The math module's namespace (RuleSandbox.Engine.Modules.Math) would hide System.Math here.
using Math = System.Math;

/// <summary>
/// The <c>time</c> module. The clocks that measure durations (monotonic, perf_counter,
/// process_time) and <c>sleep</c> are always there: they reveal nothing about the world outside.
/// Reading the wall clock (time, time_ns, and gmtime/localtime/ctime/asctime/strftime without an
/// explicit time) is the wall-clock capability, the same one as <c>datetime.now()</c>:
/// <see cref="Create"/> builds the module without it, <see cref="WithClock"/> grants it.
/// </summary>
/// <remarks>
/// The sandbox's local time zone is UTC: localtime equals gmtime (tm_zone 'UTC'), mktime is its
/// inverse, timezone/altzone/daylight are 0 and tzname is ('UTC', 'UTC').
/// </remarks>
public static class TimeModule
{
    /// <summary>One origin for the duration clocks, so their values do not reveal the machine's uptime.</summary>
    private static readonly long s_origin = Stopwatch.GetTimestamp();

    /// <summary>Slices of a sleep between checks of cancellation and the deadline.</summary>
    private static readonly TimeSpan s_sleepSlice = TimeSpan.FromMilliseconds(20);

    private static readonly Lazy<List<KeyValuePair<string, PyObject>>> s_entries = new(Build);

    /// <summary>Builds the module for one execution, without the wall clock.</summary>
    public static PyModule Create() => CreateCore(null);

    /// <summary>A factory whose modules read the wall clock from <paramref name="clock"/> (a granted capability, shared with datetime.now()).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public static Func<PyModule> WithClock(Func<DateTimeOffset> clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return () => CreateCore(clock);
    }

    private static PyModule CreateCore(Func<DateTimeOffset>? clock)
    {
        if (clock is not null) DatetimeClock.Grant(clock);
        var entries = s_entries.Value;
        var d = new PyDict(entries.Count + 4);
        foreach (var kv in entries) d.Set(kv.Key, kv.Value);
        return new PyModule("time", d);
    }

    private static Int128 ElapsedNanos() => (Int128)(Stopwatch.GetTimestamp() - s_origin) * 1_000_000_000 / Stopwatch.Frequency;

    private static Int128 ProcessNanos() => (Int128)(Vm.Current?.Elapsed.Ticks ?? 0) * 100;

    /// <summary>The wall clock as nanoseconds since the epoch, or the refusal naming <paramref name="what"/>.</summary>
    private static Int128 WallNanos(string what) => (Int128)(DatetimeClock.Now(what).UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) * 100;

    private static long WallSeconds(string what) => (long)Int128.DivRem(WallNanos(what) - (WallNanos(what) < 0 ? 999_999_999 : 0), 1_000_000_000).Quotient;

    private static List<KeyValuePair<string, PyObject>> Build()
    {
        StructTimeBinding.Init();
        var e = new List<KeyValuePair<string, PyObject>>();
        void Def(string name, BuiltinFn fn) => e.Add(new(name, new PyBuiltinFunction(name, fn)));
        void Clock(string name, Func<Int128> nanos)
        {
            Def(name, (a, kw) => { ArgParser.Count("time." + name, a, kw, 0, 0); return PyFloat.From((double)nanos() / 1e9); });
            Def(name + "_ns", (a, kw) => { ArgParser.Count("time." + name + "_ns", a, kw, 0, 0); return PyInt.From((long)nanos()); });
        }

        Clock("monotonic", ElapsedNanos);
        Clock("perf_counter", ElapsedNanos);
        Clock("process_time", ProcessNanos);
        Clock("thread_time", ProcessNanos);
        Def("time", (a, kw) => { ArgParser.Count("time.time", a, kw, 0, 0); return PyFloat.From((double)WallNanos("time.time()") / 1e9); });
        Def("time_ns", (a, kw) => { ArgParser.Count("time.time_ns", a, kw, 0, 0); return PyInt.From((long)WallNanos("time.time_ns()")); });
        Def("sleep", (a, kw) => { ArgParser.Count("time.sleep", a, kw, 1, 1); Sleep(a[0]); return PyNone.Instance; });

        Def("gmtime", (a, kw) =>
        {
            ArgParser.Count("gmtime", a, kw, 0, 1);
            long secs = a.Length == 0 || a[0] is PyNone ? WallSeconds("time.gmtime()") : Timestamp(a[0]);
            return StructTimeBinding.FromSeconds(CheckYear(secs), "GMT");
        });
        Def("localtime", (a, kw) =>
        {
            ArgParser.Count("localtime", a, kw, 0, 1);
            long secs = a.Length == 0 || a[0] is PyNone ? WallSeconds("time.localtime()") : Timestamp(a[0]);
            return StructTimeBinding.FromSeconds(CheckYear(secs), "UTC");
        });
        Def("mktime", (a, kw) =>
        {
            ArgParser.Count("mktime", a, kw, 1, 1);
            var t = StructTimeBinding.ToTm(a[0], "mktime");
            // timegm: out-of-range fields carry over, as C's mktime normalizes them.
            long months = t.Year * 12 + t.Mon;
            long year = Math.DivRem(months, 12, out long mon);
            if (mon < 0) { mon += 12; year--; }
            long days = TimeCalendar.DaysFromCivil(year, mon + 1, 1) + t.MDay - 1;
            return PyFloat.From(days * 86400.0 + t.Hour * 3600L + t.Min * 60L + t.Sec);
        });
        Def("asctime", (a, kw) =>
        {
            ArgParser.Count("asctime", a, kw, 0, 1);
            var t = a.Length == 0 ? Local(WallSeconds("time.asctime()")) : StructTimeBinding.ToTm(a[0], "asctime");
            return PyStr.From(TimeText.AscTime(StructTimeBinding.Check(t)));
        });
        Def("ctime", (a, kw) =>
        {
            ArgParser.Count("ctime", a, kw, 0, 1);
            long secs = a.Length == 0 || a[0] is PyNone ? WallSeconds("time.ctime()") : Timestamp(a[0]);
            return PyStr.From(TimeText.AscTime(Local(CheckYear(secs))));
        });
        Def("strftime", (a, kw) =>
        {
            ArgParser.Count("strftime", a, kw, 1, 2);
            if (a[0] is not PyStr fmt) throw Err.TypeError($"strftime() argument 1 must be str, not {Ops.TypeName(a[0])}");
            var t = a.Length == 1 ? Local(WallSeconds("time.strftime()")) : StructTimeBinding.ToTm(a[1], "strftime");
            t = StructTimeBinding.Check(t);
            var vm = Vm.Current!;
            vm.Charge(fmt.Value.Length);
            string text = TimeText.Strftime(fmt.Value, t);
            vm.ChargeAllocation(text.Length * 2L);
            return PyStr.From(text);
        });
        Def("strptime", (a, kw) =>
        {
            ArgParser.Count("strptime", a, kw, 1, 2);
            if (a[0] is not PyStr data) throw Err.TypeError($"strptime() argument 0 must be str, not {Ops.TypeName(a[0])}");
            string format = "%a %b %d %H:%M:%S %Y";
            if (a.Length == 2)
            {
                if (a[1] is not PyStr f) throw Err.TypeError($"strptime() argument 1 must be str, not {Ops.TypeName(a[1])}");
                format = f.Value;
            }
            Vm.Current!.Charge(data.Value.Length + format.Length);
            var p = DatetimeText.Strptime(data.Value, format);
            long days = TimeCalendar.DaysFromCivil(p.Year, p.Month, p.Day);
            var cal = TimeCalendar.FromSeconds(days * 86400);
            var fields = new PyObject[]
            {
                PyInt.From(p.Year), PyInt.From(p.Month), PyInt.From(p.Day), PyInt.From(p.Hour), PyInt.From(p.Minute), PyInt.From(p.Second),
                PyInt.From(cal.WDay), PyInt.From(cal.YDay), PyInt.From(-1),
            };
            PyObject zone = p.TzName is null ? PyNone.Instance : PyStr.From(p.TzName);
            PyObject off = p.OffsetMicros is { } us ? PyInt.From(us / 1_000_000) : PyNone.Instance;
            return new PyStructTime(fields, zone, off);
        });

        e.Add(new("struct_time", TimeTypes.StructTime));
        e.Add(new("timezone", PyInt.From(0)));
        e.Add(new("altzone", PyInt.From(0)));
        e.Add(new("daylight", PyInt.From(0)));
        e.Add(new("tzname", PyTuple.From(new PyObject[] { PyStr.From("UTC"), PyStr.From("UTC") })));
        return e;
    }

    private static TimeText.Tm Local(long secs)
    {
        var f = TimeCalendar.FromSeconds(secs);
        return new TimeText.Tm(f.Y, f.Mon - 1, f.D, f.H, f.Min, f.S, (f.WDay + 1) % 7, f.YDay - 1, 0, "UTC", 0);
    }

    /// <summary>glibc keeps tm_year in an int; beyond that gmtime fails.</summary>
    private static long CheckYear(long secs)
    {
        const long limit = 67_767_976_233_316_800L; // about year 2**31 - 1 + 1900, in seconds
        if (secs > limit || secs < -limit) throw Err.OverflowError("timestamp out of range for platform time_t");
        return secs;
    }

    /// <summary>CPython's _PyTime_ObjectToTime_t with ROUND_FLOOR: seconds as a time_t.</summary>
    private static long Timestamp(PyObject o)
    {
        if (o is PyFloat f)
        {
            if (double.IsNaN(f.Value)) throw Err.ValueError("Invalid value NaN (not a number)");
            double fl = Math.Floor(f.Value);
            if (!(fl >= -9.2233720368547758e18 && fl < 9.2233720368547758e18)) throw Err.OverflowError("timestamp out of range for platform time_t");
            return (long)fl;
        }
        var i = o is PyInt pi ? pi : Ops.AsIndex(o);
        if (i.IsBig) throw Err.OverflowError("timestamp out of range for platform time_t");
        return i.Small;
    }

    /// <summary>
    /// time.sleep, bounded by the execution's deadline: a sleep that would end after it ends the
    /// execution at once with the time limit (there is no point in waiting for a verdict that is
    /// already certain), and a shorter one wakes every few milliseconds to honour cancellation.
    /// </summary>
    private static void Sleep(PyObject o)
    {
        double secs;
        if (o is PyFloat f)
        {
            if (double.IsNaN(f.Value)) throw Err.ValueError("Invalid value NaN (not a number)");
            if (Math.Abs(f.Value) >= 9223372036.854775) throw Err.OverflowError("timestamp out of range for platform time_t");
            secs = f.Value;
        }
        else
        {
            var i = o is PyInt pi ? pi : Ops.AsIndex(o);
            if (i.IsBig || Math.Abs(i.Small) > 9223372036L) throw Err.OverflowError("timestamp too large to convert to C _PyTime_t");
            secs = i.Small;
        }
        if (secs < 0) throw Err.ValueError("sleep length must be non-negative");
        var vm = Vm.Current!;
        var remaining = vm.Limits.Timeout - vm.Elapsed;
        if (secs > remaining.TotalSeconds)
            throw new LimitExceededException(LimitKind.Time, $"time limit exceeded ({vm.Limits.Timeout.TotalSeconds:0.###} s): time.sleep({Ops.Repr(o)}) would end after the deadline");
        var until = vm.Elapsed + TimeSpan.FromSeconds(secs);
        while (true)
        {
            var left = until - vm.Elapsed;
            if (left <= TimeSpan.Zero) break;
            Thread.Sleep(left < s_sleepSlice ? left : s_sleepSlice);
            vm.Poll();
        }
    }
}
