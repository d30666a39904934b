using System.Numerics;
using System.Text;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Runtime;

/// <summary>
/// The <c>builtins</c> module: functions (<c>len</c>, <c>sorted</c>, <c>print</c>...), the
/// builtin classes and their methods. Built once per process and shared read-only by every
/// execution; each execution gets its own copy of the namespace dict.
/// </summary>
public static partial class Builtins
{
    private static readonly List<KeyValuePair<string, PyObject>> s_entries = new();

    internal static readonly PyBuiltinFunction BuildClassFunction = new("__build_class__", TypeCall.BuildClass);
    internal static PyBuiltinFunction ObjectInit = null!;

    internal static readonly PyType EnumerateType = PyType.NewBuiltin("enumerate", null);
    internal static readonly PyType ZipType = PyType.NewBuiltin("zip", null);
    internal static readonly PyType MapType = PyType.NewBuiltin("map", null);
    internal static readonly PyType FilterType = PyType.NewBuiltin("filter", null);
    internal static readonly PyType ReversedType = PyType.NewBuiltin("reversed", null);
    internal static readonly PyType ListReverseIteratorType = PyType.NewBuiltin("list_reverseiterator", null);

    static Builtins()
    {
        InitObjectAndType();
        InitFunctions();
        InitConstructors();
        InitListMethods();
        InitDictMethods();
        InitSetMethods();
        InitSequenceMethods();
        InitStrMethods();
        InitBytesMethods();
        InitNumberMethods();
        InitExceptionMethods();
        InitMiscMethods();
        InitSubclassableTypes();

        Add("None", PyNone.Instance);
        Add("True", PyBool.True);
        Add("False", PyBool.False);
        Add("Ellipsis", PyEllipsis.Instance);
        Add("NotImplemented", PyNotImplemented.Instance);
        Add("__build_class__", BuildClassFunction);
        foreach (var t in new[]
        {
            PyType.ObjectType, PyType.TypeType, PyInt.TypeObject, PyBool.BoolType, PyFloat.TypeObject, PyComplex.TypeObject,
            PyStr.TypeObject, PyBytes.TypeObject, PyByteArray.TypeObject, PyList.TypeObject, PyTuple.TypeObject,
            PyDict.TypeObject, PySet.SetType, PySet.FrozenSetType, PyRange.TypeObject, PySlice.TypeObject,
            PyProperty.TypeObject, PyClassMethod.TypeObject, PyStaticMethod.TypeObject, PySuper.TypeObject,
            EnumerateType, ZipType, MapType, FilterType, ReversedType,
        })
            Add(t.Name, t);
        foreach (var t in ExcTypes.All) Add(t.Name, t);
        Add("EnvironmentError", ExcTypes.OSError);
        Add("IOError", ExcTypes.OSError);
    }

    private static void Add(string name, PyObject value) => s_entries.Add(new(name, value));

    private static void Def(string name, BuiltinFn fn) => Add(name, new PyBuiltinFunction(name, fn));

    internal static void Method(PyType type, string name, BuiltinFn fn) => type.Members[name] = new PyBuiltinFunction(name, fn, type);

    private static void ClassMethod(PyType type, string name, BuiltinFn fn) => type.Members[name] = new PyBuiltinFunction(name, fn, type) { IsClassMethod = true };

    /// <summary>A fresh builtins namespace for one execution.</summary>
    public static PyDict CreateModuleDict()
    {
        var d = new PyDict(s_entries.Count + 8);
        foreach (var kv in s_entries) d.Set(kv.Key, kv.Value);
        d.Set("__name__", PyStr.From("builtins"));
        return d;
    }

    internal static Vm Vm => Vm.Current!;

    internal static PyObject None => PyNone.Instance;

    /// <summary>A callable's name for messages (<c>f()</c>, <c>Foo.bar()</c>).</summary>
    internal static string CallableName(PyObject o) => o switch
    {
        PyFunction f => QualifiedFunctionName(f) + "()",
        PyBoundMethod { Func: PyFunction bf } => QualifiedFunctionName(bf) + "()",
        PyBuiltinFunction b => b.Name + "()",
        PyType t => t.Name + "()",
        _ => Ops.TypeName(o) + " object",
    };

    // CPython's _PyObject_FunctionStr: module-qualified unless the module is builtins.
    private static string QualifiedFunctionName(PyFunction f)
        => f.Module is PyStr m && m.Value != "builtins" ? m.Value + "." + f.QualName : f.QualName;

    /// <summary>ascii(): the repr with non-ASCII characters escaped.</summary>
    internal static string Ascii(string repr)
    {
        var sb = new StringBuilder();
        foreach (var cp in PyStr.ToCodePoints(repr))
        {
            if (cp < 128) sb.Append((char)cp);
            else if (cp < 0x100) sb.Append("\\x").Append(cp.ToString("x2"));
            else if (cp < 0x10000) sb.Append("\\u").Append(cp.ToString("x4"));
            else sb.Append("\\U").Append(cp.ToString("x8"));
        }
        return sb.ToString();
    }

    /// <summary>dict.update semantics: a mapping (keys()) or an iterable of pairs.</summary>
    internal static void DictUpdate(PyDict d, PyObject other)
    {
        if (other is PyDict od)
        {
            Vm.Charge(od.Count);
            foreach (var kv in od.Items().ToList()) d.Set(kv.Key, kv.Value);
            return;
        }
        var keys = Ops.TryGetAttr(other, "keys");
        if (keys is not null)
        {
            foreach (var k in Ops.ToList(Vm.Call(keys)))
                d.Set(k, Ops.GetItem(other, k));
            return;
        }
        int i = 0;
        foreach (var item in Ops.ToList(other))
        {
            var pair = Ops.TryGetIter(item) is null
                ? throw Err.TypeError($"cannot convert dictionary update sequence element #{i} to a sequence")
                : Ops.ToList(item);
            if (pair.Count != 2)
                throw Err.ValueError($"dictionary update sequence element #{i} has length {pair.Count}; 2 is required");
            d.Set(pair[0], pair[1]);
            i++;
        }
    }

    internal static PyDict ToDict(PyObject m)
    {
        var d = new PyDict();
        DictUpdate(d, m);
        return d;
    }

    private static bool IsInstance(PyObject obj, PyObject cls)
    {
        if (cls is PyType t)
        {
            if (obj.Type.IsSubtypeOf(t)) return true;
            // A metaclass defined in Python or natively (collections.abc's ABCMeta) may widen the test.
            if (t.IsHeapType && (t.Type.IsHeapType || t.Type.NativeDunders) && t.Type.Lookup("__instancecheck__") is { } ic)
                return Ops.IsTrue(Ops.CallMethod(t, ic, obj));
            return false;
        }
        if (cls is PyTuple tup)
        {
            foreach (var c in tup.Items) if (IsInstance(obj, c)) return true;
            return false;
        }
        // Native objects that answer isinstance themselves (typing.Union[int, str]).
        if (Ops.UserDunder(cls, "__instancecheck__") is { } nic) return Ops.IsTrue(Ops.CallMethod(cls, nic, obj));
        throw Err.TypeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    private static bool IsSubclass(PyObject sub, PyObject cls)
    {
        if (sub is not PyType st) throw Err.TypeError("issubclass() arg 1 must be a class");
        if (cls is PyType t)
        {
            if (st.IsSubtypeOf(t)) return true;
            if (t.IsHeapType && (t.Type.IsHeapType || t.Type.NativeDunders) && t.Type.Lookup("__subclasscheck__") is { } sc)
                return Ops.IsTrue(Ops.CallMethod(t, sc, st));
            return false;
        }
        if (cls is PyTuple tup)
        {
            foreach (var c in tup.Items) if (IsSubclass(sub, c)) return true;
            return false;
        }
        if (Ops.UserDunder(cls, "__subclasscheck__") is { } nsc) return Ops.IsTrue(Ops.CallMethod(cls, nsc, sub));
        throw Err.TypeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }

    private static void InitFunctions()
    {
        Def("print", (a, kw) =>
        {
            int nkw = kw?.Length ?? 0;
            int npos = a.Length - nkw;
            string sep = " ", end = "\n";
            for (int k = 0; k < nkw; k++)
            {
                var v = a[npos + k];
                switch (kw![k])
                {
                    case "sep":
                        if (v is PyStr ss) sep = ss.Value;
                        else if (v is not PyNone) throw Err.TypeError($"sep must be None or a string, not {Ops.TypeName(v)}");
                        break;
                    case "end":
                        if (v is PyStr es) end = es.Value;
                        else if (v is not PyNone) throw Err.TypeError($"end must be None or a string, not {Ops.TypeName(v)}");
                        break;
                    case "file":
                        if (v is not PyNone) throw Err.TypeError("print() to a file is not available in the sandbox");
                        break;
                    case "flush":
                        break;
                    default:
                        throw Err.TypeError($"'{kw[k]}' is an invalid keyword argument for print()");
                }
            }
            var sb = new StringBuilder();
            for (int i = 0; i < npos; i++)
            {
                if (i > 0) sb.Append(sep);
                sb.Append(Ops.Str(a[i]));
            }
            sb.Append(end);
            Vm.Write(sb.ToString());
            return None;
        });
        Def("len", (a, kw) => { ArgParser.Count("len", a, kw, 1, 1); return PyInt.From(Ops.Len(a[0])); });
        Def("repr", (a, kw) => { ArgParser.Count("repr", a, kw, 1, 1); return PyStr.From(Ops.Repr(a[0])); });
        Def("ascii", (a, kw) => { ArgParser.Count("ascii", a, kw, 1, 1); return PyStr.From(Ascii(Ops.Repr(a[0]))); });
        Def("abs", (a, kw) =>
        {
            ArgParser.Count("abs", a, kw, 1, 1);
            var x = a[0];
            switch (x)
            {
                case PyInt i: return i.IsBig ? PyInt.From(BigInteger.Abs(i.Big)) : (i.Small < 0 ? IntOps.Neg(i) : (x is PyBool ? PyInt.From(i.Small) : i));
                case PyFloat f: return PyFloat.From(Math.Abs(f.Value));
                case PyComplex c: return PyFloat.From(Complex.Abs(new Complex(c.Real, c.Imag)));
            }
            var m = Ops.UserDunder(x, "__abs__");
            if (m is not null) return Ops.CallMethod(x, m);
            throw Err.TypeError($"bad operand type for abs(): '{Ops.TypeName(x)}'");
        });
        Def("all", (a, kw) =>
        {
            ArgParser.Count("all", a, kw, 1, 1);
            var it = Ops.GetIter(a[0]);
            while (Ops.Next(it) is { } x) { Vm.Charge(1); if (!Ops.IsTrue(x)) return PyBool.False; }
            return PyBool.True;
        });
        Def("any", (a, kw) =>
        {
            ArgParser.Count("any", a, kw, 1, 1);
            var it = Ops.GetIter(a[0]);
            while (Ops.Next(it) is { } x) { Vm.Charge(1); if (Ops.IsTrue(x)) return PyBool.True; }
            return PyBool.False;
        });
        Def("bin", (a, kw) => { ArgParser.Count("bin", a, kw, 1, 1); return PyStr.From(IntToBase(Ops.AsIndex(a[0]).Big, 2, "0b")); });
        Def("oct", (a, kw) => { ArgParser.Count("oct", a, kw, 1, 1); return PyStr.From(IntToBase(Ops.AsIndex(a[0]).Big, 8, "0o")); });
        Def("hex", (a, kw) => { ArgParser.Count("hex", a, kw, 1, 1); return PyStr.From(IntToBase(Ops.AsIndex(a[0]).Big, 16, "0x")); });
        Def("callable", (a, kw) =>
        {
            ArgParser.Count("callable", a, kw, 1, 1);
            var x = a[0];
            return PyBool.From(x is PyFunction or PyBuiltinFunction or PyBoundMethod or PyType || ((x.Type.IsHeapType || x.Type.NativeDunders) && x.Type.Lookup("__call__") is not null));
        });
        Def("chr", (a, kw) =>
        {
            ArgParser.Count("chr", a, kw, 1, 1);
            var i = Ops.AsIndex(a[0]);
            if (i.IsBig || i.Small < 0 || i.Small > 0x10FFFF) throw Err.ValueError("chr() arg not in range(0x110000)");
            return PyStr.FromCodePoint((int)i.Small);
        });
        Def("ord", (a, kw) =>
        {
            ArgParser.Count("ord", a, kw, 1, 1);
            switch (a[0])
            {
                case PyStr s:
                    if (s.Length != 1) throw Err.TypeError($"ord() expected a character, but string of length {s.Length} found");
                    return PyInt.From(s.CodePointAt(0));
                case PyBytes b:
                    if (b.Value.Length != 1) throw Err.TypeError($"ord() expected a character, but string of length {b.Value.Length} found");
                    return PyInt.From(b.Value[0]);
            }
            throw Err.TypeError($"ord() expected string of length 1, but {Ops.TypeName(a[0])} found");
        });
        Def("divmod", (a, kw) =>
        {
            ArgParser.Count("divmod", a, kw, 2, 2);
            var x = a[0]; var y = a[1];
            if (x is PyInt && y is PyInt || x is PyFloat or PyInt && y is PyFloat or PyInt)
            {
                try
                {
                    return new PyTuple(new[] { Ops.Binary(Compiler.BinaryOpKind.FloorDiv, x, y), Ops.Binary(Compiler.BinaryOpKind.Mod, x, y) });
                }
                catch (PythonException e) when (e.Value.Is(ExcTypes.ZeroDivisionError) && x is PyInt && y is PyInt)
                {
                    throw Err.ZeroDivisionError("integer division or modulo by zero");
                }
            }
            var m = Ops.UserDunder(x, "__divmod__");
            if (m is not null) return Ops.CallMethod(x, m, y);
            var rm = Ops.UserDunder(y, "__rdivmod__");
            if (rm is not null) return Ops.CallMethod(y, rm, x);
            throw Err.TypeError($"unsupported operand type(s) for divmod(): '{Ops.TypeName(x)}' and '{Ops.TypeName(y)}'");
        });
        Def("format", (a, kw) =>
        {
            ArgParser.Count("format", a, kw, 1, 2);
            string spec = a.Length > 1 ? (a[1] as PyStr ?? throw Err.TypeError($"format() argument 2 must be str, not {Ops.TypeName(a[1])}")).Value : "";
            return PyStr.From(Ops.Format(a[0], spec));
        });
        Def("getattr", (a, kw) =>
        {
            ArgParser.Count("getattr", a, kw, 2, 3);
            if (a[1] is not PyStr name) throw Err.TypeError("attribute name must be string, not '" + Ops.TypeName(a[1]) + "'");
            if (a.Length == 3)
            {
                try { return Ops.TryGetAttr(a[0], name.Value) ?? a[2]; }
                catch (PythonException e) when (e.Value.Is(ExcTypes.AttributeError)) { return a[2]; }
            }
            return Ops.GetAttr(a[0], name.Value);
        });
        Def("setattr", (a, kw) =>
        {
            ArgParser.Count("setattr", a, kw, 3, 3);
            if (a[1] is not PyStr name) throw Err.TypeError("attribute name must be string, not '" + Ops.TypeName(a[1]) + "'");
            Ops.SetAttr(a[0], name.Value, a[2]);
            return None;
        });
        Def("delattr", (a, kw) =>
        {
            ArgParser.Count("delattr", a, kw, 2, 2);
            if (a[1] is not PyStr name) throw Err.TypeError("attribute name must be string, not '" + Ops.TypeName(a[1]) + "'");
            Ops.DelAttr(a[0], name.Value);
            return None;
        });
        Def("hasattr", (a, kw) =>
        {
            ArgParser.Count("hasattr", a, kw, 2, 2);
            if (a[1] is not PyStr name) throw Err.TypeError("attribute name must be string, not '" + Ops.TypeName(a[1]) + "'");
            try { return PyBool.From(Ops.TryGetAttr(a[0], name.Value) is not null); }
            catch (PythonException e) when (e.Value.Is(ExcTypes.AttributeError)) { return PyBool.False; }
        });
        Def("hash", (a, kw) => { ArgParser.Count("hash", a, kw, 1, 1); return PyInt.From(Ops.Hash(a[0])); });
        Def("id", (a, kw) => { ArgParser.Count("id", a, kw, 1, 1); return PyInt.From(Ops.Id(a[0])); });
        Def("isinstance", (a, kw) => { ArgParser.Count("isinstance", a, kw, 2, 2); return PyBool.From(IsInstance(a[0], a[1])); });
        Def("issubclass", (a, kw) => { ArgParser.Count("issubclass", a, kw, 2, 2); return PyBool.From(IsSubclass(a[0], a[1])); });
        Def("iter", (a, kw) =>
        {
            ArgParser.Count("iter", a, kw, 1, 2);
            if (a.Length == 1) return Ops.GetIter(a[0]);
            var fn = a[0]; var sentinel = a[1];
            return new PyFuncIterator(Ops.CallableIteratorType, () =>
            {
                var v = Vm.Call(fn);
                return Ops.Eq(v, sentinel) ? null : v;
            });
        });
        Def("next", (a, kw) =>
        {
            ArgParser.Count("next", a, kw, 1, 2);
            var it = a[0];
            if (it is not PyIterator && Ops.UserDunder(it, "__next__") is null)
                throw Err.TypeError($"'{Ops.TypeName(it)}' object is not an iterator");
            if (it is PyGenerator g)
            {
                var v = Vm.ResumeGenerator(g, PyNone.Instance, null, out var ret);
                if (v is not null) return v;
                if (a.Length > 1) return a[1];
                throw ret is null or PyNone ? Err.StopIteration() : Err.NewArgs(ExcTypes.StopIteration, ret);
            }
            if (it is PyIterator pi)
            {
                var v = pi.Next();
                if (v is not null) return v;
                if (a.Length > 1) return a[1];
                throw Err.StopIteration();
            }
            if (a.Length > 1)
            {
                try { return Ops.CallMethod(it, Ops.UserDunder(it, "__next__")!); }
                catch (PythonException e) when (e.Value.Is(ExcTypes.StopIteration)) { return a[1]; }
            }
            return Ops.CallMethod(it, Ops.UserDunder(it, "__next__")!);
        });
        Def("max", (a, kw) => MinMax("max", a, kw, true));
        Def("min", (a, kw) => MinMax("min", a, kw, false));
        Def("sum", (a, kw) =>
        {
            var p = ArgParser.Parse("sum", a, kw, new[] { "iterable", "start" }, 1, posOnly: 1);
            PyObject acc = p[1] ?? PyInt.From(0);
            if (acc is PyStr) throw Err.TypeError("sum() can't sum strings [use ''.join(seq) instead]");
            if (acc is PyBytes) throw Err.TypeError("sum() can't sum bytes [use b''.join(seq) instead]");
            var it = Ops.GetIter(p[0]!);
            var vm = Vm;
            // Floats are summed with compensation as CPython does (Neumaier), so sum([0.1]*10) matches.
            if (acc is PyInt or PyFloat)
            {
                double fsum = 0, comp = 0;
                bool inFloat = acc is PyFloat;
                if (inFloat) fsum = ((PyFloat)acc).Value;
                while (Ops.Next(it) is { } x)
                {
                    vm.Charge(1);
                    if (inFloat)
                    {
                        if (x is PyFloat xf || x is PyInt)
                        {
                            double v = x is PyFloat xf2 ? xf2.Value : IntOps.ToDouble((PyInt)x);
                            double t = fsum + v;
                            if (Math.Abs(fsum) >= Math.Abs(v)) comp += (fsum - t) + v; else comp += (v - t) + fsum;
                            fsum = t;
                            continue;
                        }
                        acc = PyFloat.From(fsum + comp);
                        inFloat = false;
                        acc = Ops.Binary(Compiler.BinaryOpKind.Add, acc, x);
                        continue;
                    }
                    if (acc is PyInt && x is PyFloat xf3 && acc is not PyBool)
                    {
                        fsum = IntOps.ToDouble((PyInt)acc);
                        comp = 0;
                        inFloat = true;
                        double t = fsum + xf3.Value;
                        if (Math.Abs(fsum) >= Math.Abs(xf3.Value)) comp += (fsum - t) + xf3.Value; else comp += (xf3.Value - t) + fsum;
                        fsum = t;
                        continue;
                    }
                    acc = Ops.Binary(Compiler.BinaryOpKind.Add, acc, x);
                    if (acc is not (PyInt or PyFloat))
                    {
                        while (Ops.Next(it) is { } y) { vm.Charge(1); acc = Ops.Binary(Compiler.BinaryOpKind.Add, acc, y); }
                        return acc;
                    }
                    if (acc is PyFloat af) { fsum = af.Value; comp = 0; inFloat = true; }
                }
                return inFloat ? PyFloat.From(fsum + comp) : acc;
            }
            while (Ops.Next(it) is { } x)
            {
                vm.Charge(1);
                acc = Ops.Binary(Compiler.BinaryOpKind.Add, acc, x);
            }
            return acc;
        });
        Def("sorted", (a, kw) =>
        {
            var p = ArgParser.Parse("sorted", a, kw, new[] { "iterable", "key", "reverse" }, 1, posOnly: 1, kwOnlyFrom: 1);
            var items = Ops.ToList(p[0]!);
            SortList(items, p[1], p[2] is not null && Ops.IsTrue(p[2]!));
            return new PyList(items);
        });
        Def("pow", (a, kw) =>
        {
            var p = ArgParser.Parse("pow", a, kw, new[] { "base", "exp", "mod" }, 2);
            if (p[2] is null or PyNone) return Ops.Binary(Compiler.BinaryOpKind.Pow, p[0]!, p[1]!);
            if (p[0] is PyInt b && p[1] is PyInt e && p[2] is PyInt m) return IntOps.PowMod(b, e, m);
            return TernaryPow(p[0]!, p[1]!, p[2]!);
        });
        Def("round", (a, kw) =>
        {
            var p = ArgParser.Parse("round", a, kw, new[] { "number", "ndigits" }, 1);
            return Round(p[0]!, p[1] is PyNone ? null : p[1]);
        });
        Def("globals", (a, kw) => { ArgParser.Count("globals", a, kw, 0, 0); return Vm.CurrentFrame!.Globals; });
        Def("locals", (a, kw) =>
        {
            ArgParser.Count("locals", a, kw, 0, 0);
            var f = Vm.CurrentFrame!;
            return f.LocalsDict ?? FrameLocals(f);
        });
        Def("vars", (a, kw) =>
        {
            ArgParser.Count("vars", a, kw, 0, 1);
            if (a.Length == 0) { var f = Vm.CurrentFrame!; return f.LocalsDict ?? FrameLocals(f); }
            return Ops.TryGetAttr(a[0], "__dict__") ?? throw Err.TypeError("vars() argument must have __dict__ attribute");
        });
        Def("dir", (a, kw) =>
        {
            ArgParser.Count("dir", a, kw, 0, 1);
            var names = new SortedSet<string>(StringComparer.Ordinal);
            if (a.Length == 0)
            {
                var f = Vm.CurrentFrame!;
                foreach (var kv in (f.LocalsDict ?? FrameLocals(f)).Items()) if (kv.Key is PyStr s) names.Add(s.Value);
            }
            else
            {
                var o = a[0];
                if (o.Dict is { } d) foreach (var kv in d.Items()) if (kv.Key is PyStr s) names.Add(s.Value);
                var t = o as PyType ?? o.Type;
                foreach (var c in t.Mro) foreach (var k in c.Members.Keys) names.Add(k);
            }
            return new PyList(names.Select(n => (PyObject)PyStr.From(n)).ToList());
        });
        Def("input", (a, kw) => throw Err.New(ExcTypes.OSError, "input() is not available in the sandbox"));
        Def("open", (a, kw) => throw Err.New(ExcTypes.OSError, "open() is not available in the sandbox"));
        Def("exit", (a, kw) => throw Err.NewArgs(ExcTypes.SystemExit, a.ToArray()));
        Def("quit", (a, kw) => throw Err.NewArgs(ExcTypes.SystemExit, a.ToArray()));
    }

    private static PyDict FrameLocals(Frame f)
    {
        var d = new PyDict();
        var co = f.Code;
        for (int i = 0; i < co.VarNames.Length; i++)
            if (f.Locals[i].V is { } v) d.Set(co.VarNames[i], v);
        for (int i = 0; i < co.CellVars.Length + co.FreeVars.Length; i++)
        {
            var name = i < co.CellVars.Length ? co.CellVars[i] : co.FreeVars[i - co.CellVars.Length];
            if (f.Locals[co.VarNames.Length + i].V is PyCell { Value: { } cv }) d.Set(name, cv);
        }
        return d;
    }

    internal static string IntToBase(BigInteger v, int b, string prefix)
    {
        bool neg = v.Sign < 0;
        v = BigInteger.Abs(v);
        if (v.IsZero) return prefix + "0";
        var sb = new StringBuilder();
        while (!v.IsZero)
        {
            int d = (int)(v % b);
            sb.Insert(0, "0123456789abcdef"[d]);
            v /= b;
        }
        return (neg ? "-" : "") + prefix + sb;
    }

    private static PyObject MinMax(string name, ReadOnlySpan<PyObject> a, string[]? kw, bool isMax)
    {
        int nkw = kw?.Length ?? 0;
        int npos = a.Length - nkw;
        PyObject? key = null, dflt = null;
        for (int k = 0; k < nkw; k++)
        {
            if (kw![k] == "key") key = a[npos + k] is PyNone ? null : a[npos + k];
            else if (kw[k] == "default") dflt = a[npos + k];
            else throw Err.TypeError($"{name}() got an unexpected keyword argument '{kw[k]}'");
        }
        if (npos == 0) throw Err.TypeError($"{name} expected at least 1 argument, got 0");
        List<PyObject> items;
        if (npos == 1) items = Ops.ToList(a[0]);
        else
        {
            if (dflt is not null) throw Err.TypeError($"Cannot specify a default for {name}() with multiple positional arguments");
            items = a[..npos].ToArray().ToList();
        }
        if (items.Count == 0)
        {
            if (dflt is not null) return dflt;
            throw Err.ValueError($"{name}() iterable argument is empty");
        }
        var best = items[0];
        var bestKey = key is null ? best : Vm.Call(key, best);
        for (int i = 1; i < items.Count; i++)
        {
            var x = items[i];
            var xk = key is null ? x : Vm.Call(key, x);
            if (isMax ? Ops.LessThan(bestKey, xk) : Ops.LessThan(xk, bestKey)) { best = x; bestKey = xk; }
        }
        return best;
    }

    /// <summary>A stable merge sort with Python comparisons (exceptions from key or &lt; propagate unchanged).</summary>
    internal static void SortList(List<PyObject> items, PyObject? key, bool reverse)
    {
        if (key is PyNone) key = null;
        int n = items.Count;
        if (n < 2) return;
        var vm = Vm;
        var keys = new PyObject[n];
        for (int i = 0; i < n; i++) keys[i] = key is null ? items[i] : vm.Call(key, items[i]);
        var idx = new int[n];
        for (int i = 0; i < n; i++) idx[i] = i;
        var tmp = new int[n];
        // Bottom-up merge sort: stable, O(n log n) comparisons, charged one unit each.
        for (int width = 1; width < n; width *= 2)
        {
            for (int lo = 0; lo < n; lo += 2 * width)
            {
                int mid = Math.Min(lo + width, n), hi = Math.Min(lo + 2 * width, n);
                int i = lo, j = mid, k = lo;
                while (i < mid && j < hi)
                {
                    vm.Charge(1);
                    bool takeRight = reverse ? Ops.LessThan(keys[idx[i]], keys[idx[j]]) : Ops.LessThan(keys[idx[j]], keys[idx[i]]);
                    tmp[k++] = takeRight ? idx[j++] : idx[i++];
                }
                while (i < mid) tmp[k++] = idx[i++];
                while (j < hi) tmp[k++] = idx[j++];
            }
            (idx, tmp) = (tmp, idx);
        }
        var src = items.ToArray();
        for (int i = 0; i < n; i++) items[i] = src[idx[i]];
    }

    /// <summary>
    /// Three-argument <c>pow</c> on objects that are not all ints, as CPython's ternary_op: the
    /// base's <c>__pow__(exp, mod)</c>, then a native exponent type's <c>__rpow__(base, mod)</c>
    /// (a native type's slot serves both positions, as decimal's does); Python classes only get
    /// the base's <c>__pow__</c>, since CPython's three-argument power never calls <c>__rpow__</c>.
    /// </summary>
    private static PyObject TernaryPow(PyObject b, PyObject e, PyObject m)
    {
        if (b.Type.IsHeapType || b.Type.NativeDunders)
        {
            if (b.Type.Lookup("__pow__") is { } pow)
            {
                var r = Ops.CallMethod(b, pow, e, m);
                if (r is not PyNotImplemented) return r;
            }
        }
        if (e.Type != b.Type && e.Type.NativeDunders && e.Type.Lookup("__rpow__") is { } rpow)
        {
            var r = Ops.CallMethod(e, rpow, b, m);
            if (r is not PyNotImplemented) return r;
        }
        if (b is PyFloat || e is PyFloat || m is PyFloat)
            throw Err.TypeError("pow() 3rd argument not allowed unless all arguments are integers");
        throw Err.TypeError($"unsupported operand type(s) for ** or pow(): '{Ops.TypeName(b)}', '{Ops.TypeName(e)}', '{Ops.TypeName(m)}'");
    }

    private static PyObject Round(PyObject x, PyObject? nd)
    {
        switch (x)
        {
            case PyInt i:
            {
                if (nd is null) return x is PyBool ? PyInt.From(i.Small) : i;
                long n = ArgParser.Int(nd, "round");
                if (n >= 0) return x is PyBool ? PyInt.From(i.Small) : i;
                var pow = BigInteger.Pow(10, (int)Math.Min(-n, 10000));
                var v = i.Big;
                var q = BigInteger.DivRem(v, pow, out var r);
                if (r.Sign < 0) { q -= 1; r += pow; }
                var twice = r * 2;
                if (twice > pow || (twice == pow && !q.IsEven)) q += 1;
                return PyInt.From(q * pow);
            }
            case PyFloat f:
            {
                double d = f.Value;
                if (nd is null)
                {
                    if (double.IsNaN(d)) throw Err.ValueError("cannot convert float NaN to integer");
                    if (double.IsInfinity(d)) throw Err.OverflowError("cannot convert float infinity to integer");
                    return PyInt.From(Text.FloatFormatter.RoundToInteger(d));
                }
                long n = ArgParser.Int(nd, "round");
                if (double.IsNaN(d) || double.IsInfinity(d) || d == 0) return f;
                return PyFloat.From(TextBridge.Run(() => Text.FloatFormatter.Round(d, n)));
            }
        }
        var m = Ops.UserDunder(x, "__round__");
        if (m is not null) return nd is null ? Ops.CallMethod(x, m) : Ops.CallMethod(x, m, nd);
        throw Err.TypeError($"type {Ops.TypeName(x)} doesn't define __round__ method");
    }

    /// <summary>Correctly rounded round(x, n): decided on the exact binary value, half to even.</summary>
    internal static double FloatRound(double d, int n)
    {
        // Exact value of d = m * 2^e; compare against decimal grid 10^-n using big integers.
        long bits = BitConverter.DoubleToInt64Bits(d);
        bool neg = bits < 0;
        int exp = (int)((bits >> 52) & 0x7FF);
        long mant = bits & 0xFFFFFFFFFFFFFL;
        if (exp == 0) exp = 1; else mant |= 1L << 52;
        exp -= 1075;
        BigInteger num = mant, den = 1;
        if (exp > 0) num <<= exp; else den <<= -exp;
        // scaled = d * 10^n
        if (n >= 0) num *= BigInteger.Pow(10, n); else den *= BigInteger.Pow(10, -n);
        var q = BigInteger.DivRem(num, den, out var rem);
        var twice = rem * 2;
        if (twice > den || (twice == den && !q.IsEven)) q += 1;
        double result = n >= 0 ? (double)q / Math.Pow(10, n) : (double)(q * BigInteger.Pow(10, -n));
        if (n >= 0 && n > 22)
        {
            result = double.Parse(q.ToString() + "e-" + n, System.Globalization.CultureInfo.InvariantCulture);
        }
        else if (n >= 0)
        {
            result = double.Parse(q.ToString() + "e-" + n, System.Globalization.CultureInfo.InvariantCulture);
        }
        return neg ? -result : result;
    }
}
