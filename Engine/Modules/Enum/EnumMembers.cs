using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Enums;

/// <summary>
/// The methods of <c>enum.Enum</c> (value lookup, <c>_missing_</c>, repr/str/format/hash, the
/// <c>name</c> and <c>value</c> properties). The implementations are shared; the function objects
/// are made per execution by <see cref="EnumBases"/> because they belong to that execution's
/// <c>Enum</c> class.
/// </summary>
internal static class EnumMembers
{
    /// <summary><c>Enum.__new__(cls, value)</c>: the member with that value, via <c>_missing_</c> if needed.</summary>
    public static PyObject Lookup(PyType cls, PyObject value)
    {
        if (ReferenceEquals(value.Type, cls)) return value;
        var found = EnumState.ByValue(cls, value);
        if (found is not null) return found;
        if (EnumState.MemberMap(cls).Count == 0) throw Err.TypeError($"{Ops.Repr(cls)} has no members defined");
        PythonException? exc = null;
        PyObject result = PyNone.Instance;
        try
        {
            result = Vm.Current!.Call(Ops.GetAttr(cls, "_missing_"), value);
        }
        catch (PythonException e) when (e.Value.Is(ExcTypes.Exception))
        {
            exc = e;
        }
        if (exc is null && result.Type.IsSubtypeOf(cls)) return result;
        if (exc is null && result is PyInt && EnumState.IsFlag(cls) && BoundaryIs(cls, "eject")) return result;
        var ve = Err.ValueError($"{Ops.Repr(value)} is not a valid {EnumState.QualName(cls)}");
        if (exc is null && result is PyNone) throw ve;
        exc ??= Err.TypeError($"error in {cls.Name}._missing_: returned {Ops.Repr(result)} instead of None or a valid member");
        if (!exc.Value.Is(ExcTypes.ValueError)) exc.Value.Context = ve.Value;
        throw exc;
    }

    /// <summary>Whether a flag class's <c>_boundary_</c> is the given FlagBoundary value.</summary>
    public static bool BoundaryIs(PyType cls, string boundary)
        => cls.Lookup("_boundary_") is PyStr s && s.Value == boundary;

    /// <summary><c>Enum.__repr__</c>: <c>&lt;Color.RED: 1&gt;</c>.</summary>
    public static string Repr(PyObject self)
    {
        var cls = self.Type;
        return $"<{cls.Name}.{Ops.Str(EnumState.NameOf(self))}: {ValueRepr(cls, EnumState.ValueOf(self))}>";
    }

    /// <summary>The value part of a member's repr (the data type's repr for mixed-in enums).</summary>
    public static string ValueRepr(PyType cls, PyObject value)
    {
        var vr = cls.Lookup("_value_repr_");
        if (vr is null || vr is PyNone || vr is PyBuiltinFunction) return Ops.Repr(value);
        var r = Vm.Current!.Call(vr, value);
        return r is PyStr s ? s.Value : Ops.Str(r);
    }

    /// <summary><c>Enum.__str__</c>: <c>Color.RED</c>.</summary>
    public static string Str(PyObject self) => $"{self.Type.Name}.{Ops.Str(EnumState.NameOf(self))}";

    /// <summary><c>_generate_next_value_</c> of Enum: one more than the last value (start when none).</summary>
    public static PyObject GenerateNext(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        var p = ArgParser.Parse("_generate_next_value_", a, kw, new[] { "name", "start", "count", "last_values" }, 4);
        var last = Ops.ToList(p[3]!);
        if (last.Count == 0) return p[1]!;
        Vm.Current?.Charge(last.Count);
        var lastValue = last[^1];
        try
        {
            var sorted = new List<PyObject>(last);
            sorted.Sort((x, y) => Ops.LessThan(x, y) ? -1 : Ops.LessThan(y, x) ? 1 : 0);
            if (Ops.Eq(lastValue, sorted[^1])) return Ops.Binary(Compiler.BinaryOpKind.Add, lastValue, PyInt.From(1));
        }
        catch (PythonException e) when (e.Value.Is(ExcTypes.TypeError))
        {
            // fall through to the old method, as CPython does (it warns; rules see no warnings)
        }
        for (int i = last.Count - 1; i >= 0; i--)
        {
            try { return Ops.Binary(Compiler.BinaryOpKind.Add, last[i], PyInt.From(1)); }
            catch (PythonException e) when (e.Value.Is(ExcTypes.TypeError)) { }
        }
        return p[1]!;
    }

    /// <summary>A member of an int/str/float-based enum as the exact builtin value it carries.</summary>
    public static PyObject Exact(PyObject self) => self switch
    {
        PyBool => self,
        PyInt i => PyInt.Exact(i),
        PyStr s => s.GetType() == typeof(PyStr) ? s : PyStr.From(s.Value),
        PyFloat f => PyFloat.From(f.Value),
        _ => EnumState.ValueOf(self),
    };

    /// <summary>
    /// The data type's <c>__str__</c> for ReprEnum classes (IntEnum: <c>str(Tier.GOLD) == '3'</c>),
    /// as a builtin the runtime dispatches (the builtin types' own methods are not dispatched).
    /// </summary>
    public static PyBuiltinFunction DataStr(PyType owner)
        => new("__str__", (a, kw) => PyStr.From(Ops.Str(Exact(a[0]))), owner);

    /// <summary>The data type's <c>__format__</c> for ReprEnum classes.</summary>
    public static PyBuiltinFunction DataFormat(PyType owner)
        => new("__format__", (a, kw) =>
        {
            ArgParser.Count("__format__", a[1..], kw, 1, 1);
            return PyStr.From(Ops.Format(Exact(a[0]), Ops.Str(a[1])));
        }, owner);

    /// <summary><c>unique(enumeration)</c>: ValueError naming every alias.</summary>
    public static PyObject Unique(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        ArgParser.Count("unique", a, kw, 1, 1);
        var cls = a[0] as PyType ?? throw Err.AttributeError($"'{Ops.TypeName(a[0])}' object has no attribute '__members__'");
        var dups = new List<string>();
        foreach (var kv in EnumState.MemberMap(cls).Items())
        {
            var canonical = Ops.Str(EnumState.NameOf(kv.Value));
            var alias = Ops.Str(kv.Key);
            if (alias != canonical) dups.Add($"{alias} -> {canonical}");
        }
        if (dups.Count > 0) throw Err.ValueError($"duplicate values found in {Ops.Repr(cls)}: {string.Join(", ", dups)}");
        return cls;
    }
}
