using RuleSandbox.Engine.Compiler;
using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Operator;

/// <summary>
/// The <c>operator</c> module: every operator as a function (with the <c>__add__</c>-style
/// aliases), and the callable objects <c>itemgetter</c>, <c>attrgetter</c> and
/// <c>methodcaller</c>. Each function goes through the same <see cref="Ops"/> protocol as the
/// operator syntax, so results and error messages are those of the expression itself.
/// </summary>
public static class OperatorModule
{
    private static readonly List<KeyValuePair<string, PyObject>> s_entries = Build();

    /// <summary>A fresh <c>operator</c> module for one execution.</summary>
    public static PyModule Create()
    {
        var d = new PyDict(s_entries.Count + 4);
        foreach (var kv in s_entries) d.Set(kv.Key, kv.Value);
        return new PyModule("operator", d);
    }

    private static Vm Vm => Vm.Current!;

    private static List<KeyValuePair<string, PyObject>> Build()
    {
        var e = new List<KeyValuePair<string, PyObject>>();
        // name: the public name; dunder: also published as __name__ (operator.__add__ is operator.add).
        void Def(string name, BuiltinFn fn, string? dunder = null)
        {
            var f = new PyBuiltinFunction(name, fn);
            e.Add(new(name, f));
            if (dunder is not null) e.Add(new($"__{dunder}__", f));
        }
        void Unary(string name, Func<PyObject, PyObject> f, string? dunder = null)
        {
            string qual = "_operator." + name;
            Def(name, (a, kw) => { ArgParser.Count(qual, a, kw, 1, 1); return f(a[0]); }, dunder);
        }
        void Binary(string name, Func<PyObject, PyObject, PyObject> f, string? dunder = null)
            => Def(name, (a, kw) => { ArgParser.NoKw("_operator." + name, kw); ArgParser.Count(name, a, null, 2, 2); return f(a[0], a[1]); }, dunder);
        void Arith(string name, BinaryOpKind op, string dunder) => Binary(name, (x, y) => Ops.Binary(op, x, y), dunder);
        void Compare(string name, CompareKind op) => Binary(name, (x, y) => Ops.RichCompare(x, y, op), name);

        Compare("lt", CompareKind.Lt);
        Compare("le", CompareKind.Le);
        Compare("eq", CompareKind.Eq);
        Compare("ne", CompareKind.Ne);
        Compare("ge", CompareKind.Ge);
        Compare("gt", CompareKind.Gt);

        Unary("not_", x => PyBool.From(!Ops.IsTrue(x)), "not");
        Unary("truth", x => PyBool.From(Ops.IsTrue(x)));
        Binary("is_", (x, y) => PyBool.From(ReferenceEquals(x, y)));
        Binary("is_not", (x, y) => PyBool.From(!ReferenceEquals(x, y)));

        Unary("abs", x => Vm.Call(Vm.Builtins.Get("abs")!, x), "abs");
        Unary("index", x => { var i = Ops.AsIndex(x); return i is PyBool ? PyInt.From(i.Big) : i; }, "index");
        Unary("inv", Ops.Invert, "inv");
        Unary("invert", Ops.Invert, "invert");
        Unary("neg", Ops.Negative, "neg");
        Unary("pos", Ops.Positive, "pos");

        Arith("add", BinaryOpKind.Add, "add");
        Arith("and_", BinaryOpKind.And, "and");
        Arith("floordiv", BinaryOpKind.FloorDiv, "floordiv");
        Arith("lshift", BinaryOpKind.LShift, "lshift");
        Arith("mod", BinaryOpKind.Mod, "mod");
        Arith("mul", BinaryOpKind.Mul, "mul");
        Arith("matmul", BinaryOpKind.MatMul, "matmul");
        Arith("or_", BinaryOpKind.Or, "or");
        Arith("pow", BinaryOpKind.Pow, "pow");
        Arith("rshift", BinaryOpKind.RShift, "rshift");
        Arith("sub", BinaryOpKind.Sub, "sub");
        Arith("truediv", BinaryOpKind.TrueDiv, "truediv");
        Arith("xor", BinaryOpKind.Xor, "xor");

        Arith("iadd", BinaryOpKind.InplaceAdd, "iadd");
        Arith("iand", BinaryOpKind.InplaceAnd, "iand");
        Arith("ifloordiv", BinaryOpKind.InplaceFloorDiv, "ifloordiv");
        Arith("ilshift", BinaryOpKind.InplaceLShift, "ilshift");
        Arith("imod", BinaryOpKind.InplaceMod, "imod");
        Arith("imul", BinaryOpKind.InplaceMul, "imul");
        Arith("imatmul", BinaryOpKind.InplaceMatMul, "imatmul");
        Arith("ior", BinaryOpKind.InplaceOr, "ior");
        Arith("ipow", BinaryOpKind.InplacePow, "ipow");
        Arith("irshift", BinaryOpKind.InplaceRShift, "irshift");
        Arith("isub", BinaryOpKind.InplaceSub, "isub");
        Arith("itruediv", BinaryOpKind.InplaceTrueDiv, "itruediv");
        Arith("ixor", BinaryOpKind.InplaceXor, "ixor");

        Binary("concat", (x, y) => Concat(x, y, BinaryOpKind.Add), "concat");
        Binary("iconcat", (x, y) => Concat(x, y, BinaryOpKind.InplaceAdd), "iconcat");
        Binary("contains", (x, y) => PyBool.From(Ops.Contains(x, y)), "contains");
        Binary("countOf", (x, y) =>
        {
            long n = 0;
            var it = Ops.TryGetIter(x) ?? throw Err.TypeError($"argument of type '{Ops.TypeName(x)}' is not iterable");
            while (Ops.Next(it) is { } v)
            {
                Vm.Charge(1);
                if (ReferenceEquals(v, y) || Ops.Eq(v, y)) n++;
            }
            return PyInt.From(n);
        });
        Binary("indexOf", (x, y) =>
        {
            long i = 0;
            var it = Ops.TryGetIter(x) ?? throw Err.TypeError($"argument of type '{Ops.TypeName(x)}' is not iterable");
            while (Ops.Next(it) is { } v)
            {
                Vm.Charge(1);
                if (ReferenceEquals(v, y) || Ops.Eq(v, y)) return PyInt.From(i);
                i++;
            }
            throw Err.ValueError("sequence.index(x): x not in sequence");
        });
        Binary("getitem", Ops.GetItem, "getitem");
        Def("setitem", (a, kw) => { ArgParser.NoKw("_operator.setitem", kw); ArgParser.Count("setitem", a, null, 3, 3); Ops.SetItem(a[0], a[1], a[2]); return PyNone.Instance; }, "setitem");
        Binary("delitem", (x, y) => { Ops.DelItem(x, y); return PyNone.Instance; }, "delitem");
        Def("length_hint", LengthHint);
        Def("call", (a, kw) =>
        {
            int npos = a.Length - (kw?.Length ?? 0);
            if (npos < 1) throw Err.TypeError($"call expected at least 1 argument, got {npos}");
            return Vm.Call(a[0], a[1..], kw);
        }, "call");

        e.Add(new("itemgetter", OperatorTypes.ItemGetter));
        e.Add(new("attrgetter", OperatorTypes.AttrGetter));
        e.Add(new("methodcaller", OperatorTypes.MethodCaller));
        return e;
    }

    private static bool IsSequence(PyObject o)
        => o is PyList or PyTuple or PyStr or PyBytes or PyByteArray or PyRange
           || (o is not PyDict && (o.Type.IsHeapType || o.Type.NativeDunders) && o.Type.Lookup("__getitem__") is not null);

    private static PyObject Concat(PyObject a, PyObject b, BinaryOpKind op)
    {
        if (!IsSequence(a)) throw Err.TypeError($"'{Ops.TypeName(a)}' object can't be concatenated");
        return Ops.Binary(op, a, b);
    }

    private static PyObject LengthHint(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        ArgParser.Count("length_hint", a, kw, 1, 2);
        var obj = a[0];
        long dflt = 0;
        if (a.Length == 2)
        {
            if (a[1] is not PyInt di) throw Err.TypeError($"'{Ops.TypeName(a[1])}' object cannot be interpreted as an integer");
            dflt = ArgParser.Int(di, "length_hint");
        }
        bool hasLen = obj is PyList or PyTuple or PyStr or PyDict or PySet or PyBytes or PyByteArray or PyRange or PyDictView
                      || Ops.UserDunder(obj, "__len__") is not null;
        if (hasLen) return PyInt.From(Ops.Len(obj));
        var hint = Ops.UserDunder(obj, "__length_hint__");
        if (hint is null) return PyInt.From(dflt);
        var r = Ops.CallMethod(obj, hint);
        if (r is PyNotImplemented) return PyInt.From(dflt);
        if (r is not PyInt ri) throw Err.TypeError($"__length_hint__ must be an integer, not {Ops.TypeName(r)}");
        long v = ArgParser.Int(ri, "length_hint");
        if (v < 0) throw Err.ValueError("__length_hint__() should return >= 0");
        return PyInt.From(v);
    }
}
