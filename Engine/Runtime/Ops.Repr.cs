using System.Text;
using RuleSandbox.Engine.Syntax;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Runtime;

public static partial class Ops
{
    /// <summary><c>repr(x)</c>.</summary>
    public static string Repr(PyObject o)
    {
        if (o is ISubclassInstance && UserDunder(o, "__repr__") is { } over) return StrResult(CallMethod(o, over), "__repr__");
        switch (o)
        {
            case PyStr s: return LiteralRepr.Str(s.Value);
            case PyBool b: return b.Value ? "True" : "False";
            case PyInt i: return IntOps.ToDecimal(i);
            case PyFloat f: return FloatRepr(f.Value);
            case PyNone: return "None";
        }
        var user = UserDunder(o, "__repr__");
        if (user is not null) return StrResult(CallMethod(o, user), "__repr__");
        return BuiltinRepr(o);
    }

    /// <summary>The repr of a float (<c>str(float)</c> is the same in Python 3).</summary>
    public static string FloatRepr(double d) => LiteralRepr.Float(d);

    private static string StrResult(PyObject r, string method)
    {
        if (r is PyStr s) return s.Value;
        throw Err.TypeError($"{method} returned non-string (type {TypeName(r)})");
    }

    private static string Addr(PyObject o) => "0x" + Id(o).ToString("x12", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary><c>object.__repr__</c> and the builtin types' reprs.</summary>
    internal static string BuiltinRepr(PyObject o)
    {
        switch (o)
        {
            case PyList l:
                return ReprContainer(o, "[", "]", l.Items.Count, k => Repr(l.Items[k]), "[...]");
            case PyTuple t:
                if (t.Count == 1) return ReprContainer(o, "(", ",)", 1, k => Repr(t.Items[k]), "(...)");
                return ReprContainer(o, "(", ")", t.Count, k => Repr(t.Items[k]), "(...)");
            case PyDict d:
            {
                var items = d.Items().ToList();
                return ReprContainer(o, "{", "}", items.Count, k => Repr(items[k].Key) + ": " + Repr(items[k].Value), "{...}");
            }
            case PySet s:
            {
                var items = s.Items().ToList();
                if (items.Count == 0) return s.Frozen ? "frozenset()" : "set()";
                var inner = ReprContainer(o, "{", "}", items.Count, k => Repr(items[k]), "...");
                return s.Frozen ? $"frozenset({inner})" : inner;
            }
            case PyDictView v:
            {
                var items = ToList(v);
                string name = v.Type.Name;
                return name + "(" + ReprContainer(o, "[", "]", items.Count, k => Repr(items[k]), "...") + ")";
            }
            case PyRange r:
                return r.Step == 1 ? $"range({r.Start}, {r.Stop})" : $"range({r.Start}, {r.Stop}, {r.Step})";
            case PySlice sl:
                return $"slice({Repr(sl.Start)}, {Repr(sl.Stop)}, {Repr(sl.Step)})";
            case PyComplex c:
                return ComplexRepr(c.Real, c.Imag);
            case PyBytes b:
                return LiteralRepr.Bytes(b.Value);
            case PyByteArray ba:
                return "bytearray(" + LiteralRepr.Bytes(ba.Items.ToArray()) + ")";
            case PyEllipsis: return "Ellipsis";
            case PyNotImplemented: return "NotImplemented";
            case PyType t:
                if (t.IsHeapType) return $"<class '{ModuleOf(t)}.{t.QualName}'>";
                // Native types named like CPython's C types ("datetime.date") carry their module already.
                return t.Module == "builtins" || t.Name.Contains('.') ? $"<class '{t.Name}'>" : $"<class '{t.Module}.{t.Name}'>";
            case PyFunction f:
                return $"<function {f.QualName} at {Addr(f)}>";
            case PyBuiltinFunction bf:
                return bf.IsMethod ? $"<method '{bf.Name}' of '{bf.OwnerType!.Name}' objects>" : $"<built-in function {bf.Name}>";
            case PyBoundMethod bm:
                if (bm.Func is PyBuiltinFunction bbf)
                    return $"<built-in method {bbf.Name} of {TypeName(bm.Self)} object at {Addr(bm.Self)}>";
                return $"<bound method {(bm.Func as PyFunction)?.QualName ?? "?"} of {Repr(bm.Self)}>";
            case PyBaseException e:
                return ExceptionRepr(e);
            case PyModule m:
                return $"<module '{m.Name}' (built-in)>";
            case PyGenerator g:
                return $"<generator object {g.Function.QualName} at {Addr(g)}>";
            case PyProperty:
                return $"<property object at {Addr(o)}>";
            case PyCell:
                return $"<cell at {Addr(o)}>";
        }
        var type = o.Type;
        if (type.IsHeapType) return $"<{ModuleOf(type)}.{type.QualName} object at {Addr(o)}>";
        return $"<{type.Name} object at {Addr(o)}>";
    }

    internal static string ModuleOf(PyType t)
        => t.Members.TryGetValue("__module__", out var m) && m is PyStr ms ? ms.Value : "builtins";

    private static string ExceptionRepr(PyBaseException e)
    {
        var name = e.Type.Name;
        if (e.Args.Count == 1) return $"{name}({Repr(e.Args.Items[0])})";
        return name + ReprContainer(e.Args, "(", ")", e.Args.Count, k => Repr(e.Args.Items[k]), "(...)");
    }

    /// <summary>CPython's complex repr.</summary>
    public static string ComplexRepr(double re, double im)
    {
        string F(double d)
        {
            var s = LiteralRepr.Float(d);
            return s.EndsWith(".0", StringComparison.Ordinal) ? s[..^2] : s;
        }
        if (re == 0 && !double.IsNegative(re)) return F(im) + "j";
        string sign = im >= 0 || double.IsNaN(im) ? "+" : "-";
        return $"({F(re)}{sign}{F(Math.Abs(im))}j)";
    }

    private static string ReprContainer(PyObject o, string open, string close, int count, Func<int, string> item, string recursive)
    {
        var vm = Vm;
        if (!vm.ReprEnter(o)) return recursive;
        try
        {
            var sb = new StringBuilder(open);
            for (int k = 0; k < count; k++)
            {
                if (k > 0) sb.Append(", ");
                sb.Append(item(k));
                vm.Charge(1);
                if (sb.Length > 4096 && (k & 0xFF) == 0) vm.ChargeAllocation(sb.Length);
            }
            sb.Append(close);
            return sb.ToString();
        }
        finally { vm.ReprLeave(o); }
    }

    /// <summary><c>str(x)</c>.</summary>
    public static string Str(PyObject o)
    {
        if (o is ISubclassInstance)
        {
            // str defines __str__; int, tuple, list and dict inherit object.__str__, which is repr().
            if (UserDunder(o, "__str__") is { } over) return StrResult(CallMethod(o, over), "__str__");
            return o is PyStr sub ? sub.Value : Repr(o);
        }
        switch (o)
        {
            case PyStr s: return s.Value;
            case PyBool b: return b.Value ? "True" : "False";
            case PyInt i: return IntOps.ToDecimal(i);
            case PyFloat f: return FloatRepr(f.Value);
        }
        var user = UserDunder(o, "__str__");
        if (user is not null) return StrResult(CallMethod(o, user), "__str__");
        if (o is PyBaseException e) return ExceptionStr(e);
        return Repr(o);
    }

    /// <summary><c>BaseException.__str__</c> (KeyError shows the repr of its key).</summary>
    public static string ExceptionStr(PyBaseException e)
    {
        if (e.Args.Count == 0) return "";
        if (e.Args.Count == 1)
            return e.Is(ExcTypes.KeyError) ? Repr(e.Args.Items[0]) : Str(e.Args.Items[0]);
        return Repr(e.Args);
    }

    /// <summary><c>str(x)</c> as a str object (no copy when x is already a str).</summary>
    public static PyStr StrObj(PyObject o) => o.GetType() == typeof(PyStr) ? (PyStr)o : PyStr.From(Str(o));

    /// <summary><c>format(x, spec)</c>.</summary>
    public static string Format(PyObject o, string spec)
    {
        var user = UserDunder(o, "__format__");
        if (user is not null) return StrResult(CallMethod(o, user, PyStr.From(spec)), "__format__");
        if (spec.Length == 0) return Str(o);
        return Formatting.FormatBuiltin(o, spec);
    }
}
