using RuleSandbox.Engine.Compiler;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Runtime;

/// <summary>
/// Python classes derived from <c>int</c>, <c>str</c>, <c>tuple</c>, <c>list</c> and <c>dict</c>.
/// </summary>
/// <remarks>
/// An instance of such a class keeps the builtin's C# layout (<see cref="PyIntSub"/>,
/// <see cref="PyDictSub"/>...), so every builtin and native module that accepts the builtin accepts
/// it. What makes it a subclass is dispatch: the operators first look for a method the subclass
/// defines (see <see cref="ISubclassInstance"/>), and the builtin types expose their own behaviour
/// as dunder methods (<c>dict.__setitem__</c>, <c>int.__new__</c>, <c>tuple.__repr__</c>...) so that
/// <c>super().__setitem__(k, v)</c> reaches the builtin without dispatching back to the override.
/// Immutable types are built by <c>__new__</c> (<c>int.__new__(cls, '12')</c>); mutable ones by
/// an empty <c>__new__</c> then <c>__init__</c>, as in CPython.
/// </remarks>
public static partial class Builtins
{
    private static readonly string[] s_binaryNames =
        { "add", "sub", "mul", "matmul", "truediv", "mod", "pow", "lshift", "rshift", "or", "xor", "and", "floordiv" };

    private static readonly string[] s_compareNames = { "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__" };

    private static void InitSubclassableTypes()
    {
        InitIntSubclassing();
        InitFloatSubclassing();
        InitStrSubclassing();
        InitTupleSubclassing();
        InitListSubclassing();
        InitDictSubclassing();
    }

    // ------------------------------------------------------------------ int

    private static void InitIntSubclassing()
    {
        var t = PyInt.TypeObject;
        t.Subclassable = true;
        DefineNew(t, (cls, value) => new PyIntSub(cls, (PyInt)value));
        Method(t, "__repr__", (a, kw) => PyStr.From(IntOps.ToDecimal((PyInt)a[0])));
        Method(t, "__hash__", (a, kw) => PyInt.From(Ops.Hash(PyInt.Exact((PyInt)a[0]))));
        Method(t, "__bool__", (a, kw) => PyBool.From(((PyInt)a[0]) is var i && (i.IsBig || i.Small != 0)));
        Method(t, "__float__", (a, kw) => PyFloat.From(IntOps.ToDouble((PyInt)a[0])));
        Method(t, "__neg__", (a, kw) => Ops.Negative(PyInt.Exact((PyInt)a[0])));
        Method(t, "__pos__", (a, kw) => PyInt.Exact((PyInt)a[0]));
        Method(t, "__abs__", (a, kw) => { var i = PyInt.Exact((PyInt)a[0]); return i.Big.Sign < 0 ? Ops.Negative(i) : i; });
        Method(t, "__invert__", (a, kw) => Ops.Invert(PyInt.Exact((PyInt)a[0])));
        // int's operators take only ints (int.__add__(3, 2.5) is NotImplemented, as in CPython).
        Func<PyObject, PyObject?> asInt = o => o is PyInt i ? PyInt.Exact(i) : null;
        DefineComparisons(t, asInt);
        DefineArithmetic(t, asInt, _ => true);
    }

    // ------------------------------------------------------------------ float

    private static void InitFloatSubclassing()
    {
        var t = PyFloat.TypeObject;
        t.Subclassable = true;
        DefineNew(t, (cls, value) => new PyFloatSub(cls, (PyFloat)value));
        Method(t, "__repr__", (a, kw) => PyStr.From(Ops.FloatRepr(((PyFloat)a[0]).Value)));
        Method(t, "__hash__", (a, kw) => PyInt.From(Ops.HashDouble(((PyFloat)a[0]).Value)));
        Method(t, "__bool__", (a, kw) => PyBool.From(((PyFloat)a[0]).Value != 0.0));
        Method(t, "__neg__", (a, kw) => PyFloat.From(-((PyFloat)a[0]).Value));
        Method(t, "__pos__", (a, kw) => PyFloat.From(((PyFloat)a[0]).Value));
        Method(t, "__abs__", (a, kw) => PyFloat.From(Math.Abs(((PyFloat)a[0]).Value)));
        Func<PyObject, PyObject?> asNumber = o => o switch { PyFloat f => PyFloat.From(f.Value), PyInt i => PyInt.Exact(i), _ => null };
        DefineComparisons(t, asNumber);
        DefineArithmetic(t, asNumber, kind => kind is not (BinaryOpKind.LShift or BinaryOpKind.RShift or BinaryOpKind.Or
            or BinaryOpKind.Xor or BinaryOpKind.And or BinaryOpKind.MatMul));
    }

    // ------------------------------------------------------------------ str

    private static void InitStrSubclassing()
    {
        var t = PyStr.TypeObject;
        t.Subclassable = true;
        DefineNew(t, (cls, value) => new PyStrSub(cls, (PyStr)value));
        Method(t, "__str__", (a, kw) => ExactStr((PyStr)a[0]));
        Method(t, "__repr__", (a, kw) => PyStr.From(Syntax.LiteralRepr.Str(((PyStr)a[0]).Value)));
        Method(t, "__hash__", (a, kw) => PyInt.From(((PyStr)a[0]).Hash));
        Method(t, "__len__", (a, kw) => PyInt.From(((PyStr)a[0]).Length));
        Method(t, "__getitem__", (a, kw) => Ops.GetItemBuiltin(a[0], a[1]));
        Method(t, "__contains__", (a, kw) => PyBool.From(Ops.ContainsBuiltin(a[0], a[1])));
        Method(t, "__iter__", (a, kw) => Ops.TryGetIterBuiltin(a[0])!);
        Method(t, "__add__", (a, kw) => a[1] is PyStr other ? PyStr.Concat(ExactStr((PyStr)a[0]), ExactStr(other)) : PyNotImplemented.Instance);
        Method(t, "__mod__", (a, kw) => Formatting.Percent(ExactStr((PyStr)a[0]), a[1]));
        DefineComparisons(t, o => o is PyStr s ? ExactStr(s) : null);
    }

    private static PyStr ExactStr(PyStr s) => s.GetType() == typeof(PyStr) ? s : PyStr.From(s.Value);

    // ------------------------------------------------------------------ tuple

    private static void InitTupleSubclassing()
    {
        var t = PyTuple.TypeObject;
        t.Subclassable = true;
        DefineNew(t, (cls, value) => new PyTupleSub(cls, ((PyTuple)value).Items));
        DefineContainerDunders(t);
        Method(t, "__hash__", (a, kw) => PyInt.From(Ops.Hash(new PyTuple(((PyTuple)a[0]).Items))));
        Method(t, "__add__", (a, kw) => a[1] is PyTuple other ? PyTuple.From(((PyTuple)a[0]).Items.Concat(other.Items).ToArray()) : PyNotImplemented.Instance);
        DefineComparisons(t, o => o is PyTuple tu ? new PyTuple(tu.Items) : null);
    }

    // ------------------------------------------------------------------ list

    private static void InitListSubclassing()
    {
        var t = PyList.TypeObject;
        t.Subclassable = true;
        t.NewInstance = cls => new PyListSub(cls);
        DefineEmptyNew(t, () => new PyList());
        t.Members["__init__"] = new PyBuiltinFunction("__init__", (a, kw) =>
        {
            ArgParser.Count("list", a[1..], kw, 0, 1);
            var l = (PyList)a[0];
            var items = a.Length > 1 ? Ops.ToList(a[1]) : new List<PyObject>();
            l.Items.Clear();
            l.Items.AddRange(items);
            return None;
        }, t);
        DefineContainerDunders(t);
        Method(t, "__setitem__", (a, kw) => { Ops.SetItemBuiltin(a[0], a[1], a[2]); return None; });
        Method(t, "__delitem__", (a, kw) => { Ops.DelItemBuiltin(a[0], a[1]); return None; });
        Method(t, "__add__", (a, kw) => a[1] is PyList other ? new PyList(((PyList)a[0]).Items.Concat(other.Items).ToList()) : PyNotImplemented.Instance);
        DefineComparisons(t, o => o as PyList);
    }

    // ------------------------------------------------------------------ dict

    private static void InitDictSubclassing()
    {
        var t = PyDict.TypeObject;
        t.Subclassable = true;
        t.NewInstance = cls => new PyDictSub(cls);
        DefineEmptyNew(t, () => new PyDict());
        t.Members["__init__"] = new PyBuiltinFunction("__init__", (a, kw) =>
        {
            int nkw = kw?.Length ?? 0;
            int npos = a.Length - 1 - nkw;
            if (npos > 1) throw Err.TypeError($"dict expected at most 1 argument, got {npos}");
            var d = (PyDict)a[0];
            if (npos == 1) DictUpdate(d, a[1]);
            for (int k = 0; k < nkw; k++) d.Set(kw![k], a[1 + npos + k]);
            return None;
        }, t);
        Method(t, "__delitem__", (a, kw) => { Ops.DelItemBuiltin(a[0], a[1]); return None; });
        Method(t, "__iter__", (a, kw) => Ops.TryGetIterBuiltin(a[0])!);
        Method(t, "__repr__", (a, kw) => PyStr.From(Ops.BuiltinRepr(a[0])));
        DefineComparisons(t, o => o as PyDict);
    }

    // ------------------------------------------------------------------ shared

    /// <summary>
    /// <c>T.__new__(cls, *args)</c> for an immutable type: the builtin's constructor makes the value,
    /// <paramref name="wrap"/> gives it the subclass when <c>cls</c> is one.
    /// </summary>
    private static void DefineNew(PyType t, Func<PyType, PyObject, PyObject> wrap)
    {
        var ctor = t.Constructor!;
        t.Members["__new__"] = new PyBuiltinFunction("__new__", (a, kw) =>
        {
            var cls = NewTarget(t, a);
            var value = ctor(a[1..], kw);
            return ReferenceEquals(cls, t) ? value : wrap(cls, value);
        }, t) { IsStatic = true };
    }

    /// <summary><c>T.__new__(cls, *args, **kwargs)</c> for a mutable type: an empty instance, filled by <c>__init__</c>.</summary>
    private static void DefineEmptyNew(PyType t, Func<PyObject> empty)
    {
        t.Members["__new__"] = new PyBuiltinFunction("__new__", (a, kw) =>
        {
            var cls = NewTarget(t, a);
            return ReferenceEquals(cls, t) ? empty() : TypeCall.CreateInstance(cls, ReadOnlySpan<PyObject>.Empty);
        }, t) { IsStatic = true };
    }

    private static PyType NewTarget(PyType t, ReadOnlySpan<PyObject> a)
    {
        if (a.Length == 0) throw Err.TypeError($"{t.Name}.__new__(): not enough arguments");
        if (a[0] is not PyType cls) throw Err.TypeError($"{t.Name}.__new__(X): X is not a type object ({Ops.TypeName(a[0])})");
        if (!cls.IsSubtypeOf(t)) throw Err.TypeError($"{t.Name}.__new__({cls.Name}): {cls.Name} is not a subtype of {t.Name}");
        return cls;
    }

    /// <summary>The sequence protocol of <c>tuple</c> and <c>list</c> as methods.</summary>
    private static void DefineContainerDunders(PyType t)
    {
        Method(t, "__getitem__", (a, kw) => Ops.GetItemBuiltin(a[0], a[1]));
        Method(t, "__len__", (a, kw) => PyInt.From(Ops.LenBuiltin(a[0])));
        Method(t, "__contains__", (a, kw) => PyBool.From(Ops.ContainsBuiltin(a[0], a[1])));
        Method(t, "__iter__", (a, kw) => Ops.TryGetIterBuiltin(a[0])!);
        Method(t, "__repr__", (a, kw) => PyStr.From(Ops.BuiltinRepr(a[0])));
    }

    /// <summary>
    /// <c>__add__</c>/<c>__radd__</c>... for the operators <paramref name="supported"/> accepts: the
    /// builtin arithmetic on the plain values, NotImplemented when the other operand is not of a kind
    /// the type computes with (<paramref name="asBuiltin"/> returns null).
    /// </summary>
    private static void DefineArithmetic(PyType t, Func<PyObject, PyObject?> asBuiltin, Func<BinaryOpKind, bool> supported)
    {
        for (int op = 0; op < s_binaryNames.Length; op++)
        {
            var kind = (BinaryOpKind)op;
            if (!supported(kind)) continue;
            string name = $"__{s_binaryNames[op]}__", reflected = $"__r{s_binaryNames[op]}__";
            Method(t, name, (a, kw) =>
            {
                OneOperand(name, a, kw);
                return asBuiltin(a[1]) is { } other ? Ops.BuiltinBinary(kind, asBuiltin(a[0])!, other) ?? PyNotImplemented.Instance : PyNotImplemented.Instance;
            });
            Method(t, reflected, (a, kw) =>
            {
                OneOperand(reflected, a, kw);
                return asBuiltin(a[1]) is { } other ? Ops.BuiltinBinary(kind, other, asBuiltin(a[0])!) ?? PyNotImplemented.Instance : PyNotImplemented.Instance;
            });
        }
    }

    // A slot wrapper's argument check, in CPython's words.
    private static void OneOperand(string name, ReadOnlySpan<PyObject> a, string[]? kw)
    {
        if (kw is { Length: > 0 }) throw Err.TypeError($"wrapper {name}() takes no keyword arguments");
        if (a.Length != 2) throw Err.TypeError($"expected 1 argument, got {Math.Max(0, a.Length - 1)}");
    }

    /// <summary>
    /// <c>__eq__</c>, <c>__lt__</c>... comparing the builtin values; NotImplemented when the other
    /// operand is not of the builtin type (<paramref name="asBuiltin"/> returns null).
    /// </summary>
    private static void DefineComparisons(PyType t, Func<PyObject, PyObject?> asBuiltin)
    {
        for (int op = 0; op < s_compareNames.Length; op++)
        {
            var kind = (CompareKind)op;
            Method(t, s_compareNames[op], (a, kw) =>
            {
                OneOperand(s_compareNames[(int)kind], a, kw);
                var self = asBuiltin(a[0])!;
                var other = asBuiltin(a[1]);
                return other is null ? PyNotImplemented.Instance : Ops.BuiltinCompare(self, other, kind) ?? PyNotImplemented.Instance;
            });
        }
    }
}
