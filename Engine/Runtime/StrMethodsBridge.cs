using RuleSandbox.Engine.Runtime.Objects;
using RuleSandbox.Engine.Runtime.Text;

namespace RuleSandbox.Engine.Runtime;

/// <summary>
/// Registers the <c>str</c> methods implemented by the text helpers (<see cref="StrMethods"/>):
/// this file only unpacks arguments with CPython's messages and wraps the results.
/// </summary>
internal static class StrMethodsBridge
{
    private static string Self(ReadOnlySpan<PyObject> a) => ((PyStr)a[0]).Value;

    private static PyStr R(string s) => PyStr.From(s);

    private static string Str(PyObject o, string what)
        => o is PyStr s ? s.Value : throw Err.TypeError($"{what}must be str, not {Ops.TypeName(o)}");

    private static string? StrOrNone(PyObject? o, string what)
        => o is null or PyNone ? null : o is PyStr s ? s.Value : throw Err.TypeError($"{what}must be str or None, not {Ops.TypeName(o)}");

    private static long? Index(PyObject? o)
        => o is null or PyNone ? null : Ops.IndexOf(o, "slice indices must be integers or None or have an __index__ method");

    private static long IntArg(PyObject? o, long dflt) => o is null ? dflt : ArgParser.Int(o, "");

    private static PyList List(List<string> items)
    {
        var l = new List<PyObject>(items.Count);
        foreach (var s in items) l.Add(PyStr.From(s));
        Vm.Current?.Charge(items.Count);
        return new PyList(l);
    }

    private static void Def(PyType t, string name, BuiltinFn fn) => Builtins.Method(t, name, fn);

    private static void Pred(PyType t, string name, Func<string, bool> f)
        => Def(t, name, (a, kw) => { ArgParser.Count($"str.{name}", a[1..], kw, 0, 0); return PyBool.From(f(Self(a))); });

    private static void Unary(PyType t, string name, Func<string, string> f)
        => Def(t, name, (a, kw) =>
        {
            ArgParser.Count($"str.{name}", a[1..], kw, 0, 0);
            var s = Self(a);
            Vm.Current?.Charge(s.Length / 16);
            return R(TextBridge.Run(() => f(s)));
        });

    private static BuiltinFn Finder(string name, Func<string, string, long?, long?, long> f) => (a, kw) =>
    {
        ArgParser.Count(name, a[1..], kw, 1, 3);
        var s = Self(a);
        var sub = Str(a[1], "");
        var start = a.Length > 2 ? Index(a[2]) : null;
        var end = a.Length > 3 ? Index(a[3]) : null;
        Vm.Current?.Charge(s.Length / 16);
        return PyInt.From(TextBridge.Run(() => f(s, sub, start, end)));
    };

    private static BuiltinFn Affix(string name, bool atEnd) => (a, kw) =>
    {
        ArgParser.Count(name, a[1..], kw, 1, 3);
        var s = Self(a);
        var start = a.Length > 2 ? Index(a[2]) : null;
        var end = a.Length > 3 ? Index(a[3]) : null;
        bool Test(string x) => atEnd ? StrMethods.EndsWith(s, x, start, end) : StrMethods.StartsWith(s, x, start, end);
        if (a[1] is PyTuple t)
        {
            foreach (var item in t.Items)
            {
                if (item is not PyStr ps) throw Err.TypeError($"tuple for {name} must only contain str, not {Ops.TypeName(item)}");
                if (Test(ps.Value)) return PyBool.True;
            }
            return PyBool.False;
        }
        if (a[1] is not PyStr p) throw Err.TypeError($"{name} first arg must be str or a tuple of str, not {Ops.TypeName(a[1])}");
        return PyBool.From(Test(p.Value));
    };

    private static BuiltinFn Justify(string name, Func<string, long, string, string> f) => (a, kw) =>
    {
        ArgParser.Count(name, a[1..], kw, 1, 2);
        long width = ArgParser.Int(a[1], name);
        string fill = " ";
        if (a.Length > 2)
        {
            if (a[2] is not PyStr fs || fs.Length != 1)
                throw Err.TypeError(a[2] is PyStr ? "The fill character must be exactly one character long" : $"{name}() argument 2 must be str of length 1, not {Ops.TypeName(a[2])}");
            fill = fs.Value;
        }
        Vm.Current?.ChargeAllocation(Math.Max(0, width) * 2);
        var s = Self(a);
        return R(TextBridge.Run(() => f(s, width, fill)));
    };

    public static void Register(PyType t)
    {
        Def(t, "find", Finder("find", StrMethods.Find));
        Def(t, "rfind", Finder("rfind", StrMethods.RFind));
        Def(t, "index", Finder("index", StrMethods.Index));
        Def(t, "rindex", Finder("rindex", StrMethods.RIndex));
        Def(t, "count", Finder("count", StrMethods.Count));
        Def(t, "startswith", Affix("startswith", atEnd: false));
        Def(t, "endswith", Affix("endswith", atEnd: true));
        Def(t, "split", (a, kw) =>
        {
            var p = ArgParser.Parse("split", a[1..], kw, new[] { "sep", "maxsplit" }, 0);
            var s = Self(a);
            var sep = StrOrNone(p[0], "");
            long max = IntArg(p[1], -1);
            return List(TextBridge.Run(() => StrMethods.Split(s, sep, max)));
        });
        Def(t, "rsplit", (a, kw) =>
        {
            var p = ArgParser.Parse("rsplit", a[1..], kw, new[] { "sep", "maxsplit" }, 0);
            var s = Self(a);
            var sep = StrOrNone(p[0], "");
            long max = IntArg(p[1], -1);
            return List(TextBridge.Run(() => StrMethods.RSplit(s, sep, max)));
        });
        Def(t, "splitlines", (a, kw) =>
        {
            var p = ArgParser.Parse("splitlines", a[1..], kw, new[] { "keepends" }, 0);
            var s = Self(a);
            return List(StrMethods.SplitLines(s, p[0] is not null && Ops.IsTrue(p[0]!)));
        });
        Def(t, "partition", (a, kw) =>
        {
            ArgParser.Count("partition", a[1..], kw, 1, 1);
            var s = Self(a);
            var sep = Str(a[1], "");
            var (x, y, z) = TextBridge.Run(() => StrMethods.Partition(s, sep));
            return new PyTuple(new PyObject[] { R(x), R(y), R(z) });
        });
        Def(t, "rpartition", (a, kw) =>
        {
            ArgParser.Count("rpartition", a[1..], kw, 1, 1);
            var s = Self(a);
            var sep = Str(a[1], "");
            var (x, y, z) = TextBridge.Run(() => StrMethods.RPartition(s, sep));
            return new PyTuple(new PyObject[] { R(x), R(y), R(z) });
        });
        foreach (var (name, f) in new (string, Func<string, string?, string>)[] { ("strip", StrMethods.Strip), ("lstrip", StrMethods.LStrip), ("rstrip", StrMethods.RStrip) })
        {
            Def(t, name, (a, kw) =>
            {
                ArgParser.Count($"{name}", a[1..], kw, 0, 1);
                var s = Self(a);
                var chars = a.Length > 1 ? StrOrNone(a[1], $"{name} arg ") : null;
                return R(f(s, chars));
            });
        }
        Def(t, "removeprefix", (a, kw) => { ArgParser.Count("removeprefix", a[1..], kw, 1, 1); return R(StrMethods.RemovePrefix(Self(a), Str(a[1], ""))); });
        Def(t, "removesuffix", (a, kw) => { ArgParser.Count("removesuffix", a[1..], kw, 1, 1); return R(StrMethods.RemoveSuffix(Self(a), Str(a[1], ""))); });
        Def(t, "replace", (a, kw) =>
        {
            ArgParser.Count("replace", a[1..], kw, 2, 3);
            var s = Self(a);
            if (a[1] is not PyStr o) throw Err.TypeError($"replace() argument 1 must be str, not {Ops.TypeName(a[1])}");
            if (a[2] is not PyStr n) throw Err.TypeError($"replace() argument 2 must be str, not {Ops.TypeName(a[2])}");
            long count = a.Length > 3 ? ArgParser.Int(a[3], "replace") : -1;
            long len = TextBridge.Run(() => StrMethods.ReplacedLength(s, o.Value, n.Value, count));
            Vm.Current?.ChargeAllocation(len * 2);
            return R(TextBridge.Run(() => StrMethods.Replace(s, o.Value, n.Value, count)));
        });
        Unary(t, "upper", StrMethods.Upper);
        Unary(t, "lower", StrMethods.Lower);
        Unary(t, "casefold", StrMethods.CaseFold);
        Unary(t, "swapcase", StrMethods.SwapCase);
        Unary(t, "title", StrMethods.Title);
        Unary(t, "capitalize", StrMethods.Capitalize);
        Def(t, "center", Justify("center", StrMethods.Center));
        Def(t, "ljust", Justify("ljust", StrMethods.LJust));
        Def(t, "rjust", Justify("rjust", StrMethods.RJust));
        Def(t, "zfill", (a, kw) =>
        {
            ArgParser.Count("zfill", a[1..], kw, 1, 1);
            long w = ArgParser.Int(a[1], "zfill");
            Vm.Current?.ChargeAllocation(Math.Max(0, w) * 2);
            var s = Self(a);
            return R(TextBridge.Run(() => StrMethods.ZFill(s, w)));
        });
        Def(t, "expandtabs", (a, kw) =>
        {
            var p = ArgParser.Parse("expandtabs", a[1..], kw, new[] { "tabsize" }, 0);
            var s = Self(a);
            long ts = IntArg(p[0], 8);
            return R(TextBridge.Run(() => StrMethods.ExpandTabs(s, ts)));
        });
        Pred(t, "isascii", StrMethods.IsAscii);
        Pred(t, "isdigit", StrMethods.IsDigit);
        Pred(t, "isdecimal", StrMethods.IsDecimal);
        Pred(t, "isnumeric", StrMethods.IsNumeric);
        Pred(t, "isalpha", StrMethods.IsAlpha);
        Pred(t, "isalnum", StrMethods.IsAlnum);
        Pred(t, "isspace", StrMethods.IsSpace);
        Pred(t, "isprintable", StrMethods.IsPrintable);
        Pred(t, "isidentifier", StrMethods.IsIdentifier);
        Pred(t, "islower", StrMethods.IsLower);
        Pred(t, "isupper", StrMethods.IsUpper);
        Pred(t, "istitle", StrMethods.IsTitle);
        Def(t, "translate", (a, kw) =>
        {
            ArgParser.Count("translate", a[1..], kw, 1, 1);
            var table = a[1];
            var s = Self(a);
            bool Lookup(int cp, out string? replacement)
            {
                PyObject v;
                try { v = Ops.GetItem(table, PyInt.From(cp)); }
                catch (PythonException e) when (e.Value.Is(ExcTypes.LookupError)) { replacement = null; return false; }
                switch (v)
                {
                    case PyNone: replacement = null; return true;
                    case PyStr rs: replacement = rs.Value; return true;
                    case PyInt ri:
                        if (ri.IsBig || ri.Small < 0 || ri.Small > 0x10FFFF) throw Err.ValueError("character mapping must be in range(0x110000)");
                        replacement = PyStr.FromCodePoint((int)ri.Small).Value;
                        return true;
                }
                throw Err.TypeError("character mapping must return integer, None or str");
            }
            return R(TextBridge.Run(() => StrMethods.Translate(s, Lookup)));
        });
        t.Members["maketrans"] = new PyBuiltinFunction("maketrans", (a, kw) =>
        {
            ArgParser.Count("maketrans", a, kw, 1, 3);
            var d = new PyDict();
            if (a.Length == 1)
            {
                if (a[0] is not PyDict src) throw Err.TypeError("if you give only one argument to maketrans it must be a dict");
                foreach (var kv in src.Items())
                {
                    if (kv.Key is PyStr ks)
                    {
                        if (ks.Length != 1) throw Err.ValueError("string keys in translate table must be of length 1");
                        d.Set(PyInt.From(ks.CodePointAt(0)), kv.Value);
                    }
                    else if (kv.Key is PyInt) d.Set(kv.Key, kv.Value);
                    else throw Err.TypeError("keys in translate table must be strings or integers");
                }
                return d;
            }
            var x = Str(a[0], "maketrans() argument 1 "); var y = Str(a[1], "maketrans() argument 2 ");
            var z = a.Length > 2 ? Str(a[2], "maketrans() argument 3 ") : null;
            foreach (var (from, to) in TextBridge.Run(() => StrMethods.MakeTrans(x, y, z)))
                d.Set(PyInt.From(from), to is null ? PyNone.Instance : PyInt.From(to.Value));
            return d;
        }, t) { IsStatic = true };
    }
}
