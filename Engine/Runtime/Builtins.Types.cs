using System.Globalization;
using System.Numerics;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Runtime;

public static partial class Builtins
{
    private static void InitObjectAndType()
    {
        var o = PyType.ObjectType;
        TypeCall.ObjectNew = new PyBuiltinFunction("__new__", (a, kw) =>
        {
            if (a.Length == 0 || a[0] is not PyType t) throw Err.TypeError("object.__new__(X): X is not a type object");
            return TypeCall.CreateInstance(t, a[1..]);
        }, o) { IsStatic = true };
        o.Members["__new__"] = TypeCall.ObjectNew;
        ObjectInit = new PyBuiltinFunction("__init__", (a, kw) => None, o);
        o.Members["__init__"] = ObjectInit;
        Method(o, "__repr__", (a, kw) => PyStr.From(Ops.BuiltinRepr(a[0])));
        Method(o, "__str__", (a, kw) => PyStr.From(Ops.Repr(a[0])));
        Method(o, "__eq__", (a, kw) => ReferenceEquals(a[0], a[1]) ? PyBool.True : PyNotImplemented.Instance);
        Method(o, "__ne__", (a, kw) =>
        {
            var eq = Ops.RichCompare(a[0], a[1], Compiler.CompareKind.Eq);
            return eq is PyNotImplemented ? eq : PyBool.From(!Ops.IsTrue(eq));
        });
        foreach (var name in new[] { "__lt__", "__le__", "__gt__", "__ge__" })
            Method(o, name, (a, kw) => PyNotImplemented.Instance);
        Method(o, "__hash__", (a, kw) => PyInt.From(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(a[0])));
        Method(o, "__setattr__", (a, kw) =>
        {
            ArgParser.Count("__setattr__", a, kw, 3, 3);
            Ops.GenericSetAttr(a[0], ((PyStr)a[1]).Value, a[2]);
            return None;
        });
        Method(o, "__delattr__", (a, kw) => { Ops.GenericDelAttr(a[0], ((PyStr)a[1]).Value); return None; });
        Method(o, "__getattribute__", (a, kw) =>
        {
            var obj = a[0];
            var name = ((PyStr)a[1]).Value;
            // Generic lookup without re-entering a user __getattribute__.
            var t = obj.Type;
            var desc = t.Lookup(name);
            if (desc is PyProperty or PySlotDescriptor) return Ops.BindDescriptor(desc, obj, t);
            if (obj.Dict?.Get(name) is { } v) return v;
            if (desc is not null) return Ops.BindDescriptor(desc, obj, t);
            return SpecialAttributes.Get(obj, name) ?? throw Ops.AttributeMissing(obj, name);
        });
        Method(o, "__format__", (a, kw) =>
        {
            var spec = ((PyStr)a[1]).Value;
            if (spec.Length > 0) throw Err.TypeError($"unsupported format string passed to {Ops.TypeName(a[0])}.__format__");
            return PyStr.From(Ops.Str(a[0]));
        });
        Method(o, "__dir__", (a, kw) => Vm.Call(Vm.Builtins.Get("dir")!, a[0]));
        o.Members["__init_subclass__"] = new PyBuiltinFunction("__init_subclass__", (a, kw) => None, o) { IsClassMethod = true };
        o.Members["__class_getitem__"] = new PyBuiltinFunction("__class_getitem__", (a, kw) => a[0], o) { IsClassMethod = true };
        o.Members.Remove("__class_getitem__");

        var tt = PyType.TypeType;
        tt.Members["__new__"] = new PyBuiltinFunction("__new__", (a, kw) =>
        {
            int nkw = kw?.Length ?? 0;
            int npos = a.Length - nkw;
            if (npos == 2) return a[1].Type;
            if (npos != 4 || a[0] is not PyType meta) throw Err.TypeError("type.__new__() takes exactly 3 arguments");
            return TypeCall.TypeNew(meta, a[1], a[2], a[3], kw, a[npos..]);
        }, tt) { IsStatic = true };
        tt.Members["__init__"] = new PyBuiltinFunction("__init__", (a, kw) => None, tt);
        Method(tt, "mro", (a, kw) => new PyList(((PyType)a[0]).Mro.Cast<PyObject>().ToList()));
        Method(tt, "__call__", (a, kw) => a[0] is PyType called
            ? TypeCall.CallDefault(Vm, called, a[1..], kw)
            : throw Err.TypeError($"descriptor '__call__' requires a 'type' object but received a '{Ops.TypeName(a[0])}'"));
        Method(tt, "__subclasscheck__", (a, kw) => PyBool.From(a[1] is PyType s && s.IsSubtypeOf((PyType)a[0])));
        Method(tt, "__instancecheck__", (a, kw) => PyBool.From(a[1].Type.IsSubtypeOf((PyType)a[0])));
    }

    private static void Ctor(PyType t, BuiltinFn fn)
    {
        TypeCall.Constructors[t] = fn;
        t.Constructor = fn;
    }

    private static void InitConstructors()
    {
        Ctor(PyType.ObjectType, (a, kw) =>
        {
            if (a.Length > 0) throw Err.TypeError("object() takes no arguments");
            return new PyInstance(PyType.ObjectType);
        });
        Ctor(PyInt.TypeObject, (a, kw) =>
        {
            if (a.Length == 1 && kw is null) return ToInt(a[0], null);
            var p = ArgParser.Parse("int", a, kw, new[] { "x", "base" }, 0, posOnly: 1);
            if (p[0] is null)
            {
                if (p[1] is not null) throw Err.TypeError("int() missing string argument");
                return PyInt.From(0);
            }
            return ToInt(p[0]!, p[1]);
        });
        Ctor(PyBool.BoolType, (a, kw) => { ArgParser.Count("bool", a, kw, 0, 1); return PyBool.From(a.Length == 1 && Ops.IsTrue(a[0])); });
        Ctor(PyFloat.TypeObject, (a, kw) => { ArgParser.Count("float", a, kw, 0, 1); return a.Length == 0 ? PyFloat.From(0) : ToFloat(a[0]); });
        Ctor(PyStr.TypeObject, (a, kw) =>
        {
            if (a.Length == 1 && kw is null) return Ops.StrObj(a[0]);
            var p = ArgParser.Parse("str", a, kw, new[] { "object", "encoding", "errors" }, 0);
            if (p[0] is null) return PyStr.Empty;
            if (p[1] is not null || p[2] is not null)
            {
                var bytes = Ops.BytesOf(p[0]!);
                return PyStr.From(Decode(bytes, p[1] is PyStr enc ? enc.Value : "utf-8"));
            }
            return Ops.StrObj(p[0]!);
        });
        Ctor(PyList.TypeObject, (a, kw) => { ArgParser.Count("list", a, kw, 0, 1); return a.Length == 0 ? new PyList() : new PyList(Ops.ToList(a[0])); });
        Ctor(PyTuple.TypeObject, (a, kw) => { ArgParser.Count("tuple", a, kw, 0, 1); return a.Length == 0 ? PyTuple.Empty : a[0].GetType() == typeof(PyTuple) ? a[0] : PyTuple.From(Ops.ToList(a[0]).ToArray()); });
        Ctor(PyDict.TypeObject, (a, kw) =>
        {
            int nkw = kw?.Length ?? 0;
            int npos = a.Length - nkw;
            if (npos > 1) throw Err.TypeError($"dict expected at most 1 argument, got {npos}");
            var d = new PyDict();
            if (npos == 1) DictUpdate(d, a[0]);
            for (int k = 0; k < nkw; k++) d.Set(kw![k], a[npos + k]);
            return d;
        });
        Ctor(PySet.SetType, (a, kw) =>
        {
            ArgParser.Count("set", a, kw, 0, 1);
            var s = new PySet();
            if (a.Length == 1) foreach (var x in Ops.ToList(a[0])) s.Add(x);
            return s;
        });
        Ctor(PySet.FrozenSetType, (a, kw) =>
        {
            ArgParser.Count("frozenset", a, kw, 0, 1);
            if (a.Length == 1 && a[0] is PySet { Frozen: true } fs) return fs;
            var s = new PySet(frozen: true);
            if (a.Length == 1) foreach (var x in Ops.ToList(a[0])) s.Add(x);
            return s;
        });
        Ctor(PyRange.TypeObject, (a, kw) =>
        {
            ArgParser.NoKw("range", kw);
            if (a.Length == 0) throw Err.TypeError("range expected at least 1 argument, got 0");
            if (a.Length > 3) throw Err.TypeError($"range expected at most 3 arguments, got {a.Length}");
            long RangeArg(PyObject o)
            {
                if (o is PyInt i)
                {
                    if (i.IsBig) throw Err.OverflowError("Python int too large to convert to C ssize_t");
                    return i.Small;
                }
                var idx = Ops.UserDunder(o, "__index__") is not null ? Ops.AsIndex(o) : throw Err.TypeError($"'{Ops.TypeName(o)}' object cannot be interpreted as an integer");
                return idx.Small;
            }
            if (a.Length == 1) return new PyRange(0, RangeArg(a[0]), 1);
            long step = a.Length == 3 ? RangeArg(a[2]) : 1;
            if (step == 0) throw Err.ValueError("range() arg 3 must not be zero");
            return new PyRange(RangeArg(a[0]), RangeArg(a[1]), step);
        });
        Ctor(PySlice.TypeObject, (a, kw) =>
        {
            ArgParser.Count("slice", a, kw, 1, 3);
            return a.Length switch
            {
                1 => new PySlice(None, a[0], None),
                2 => new PySlice(a[0], a[1], None),
                _ => new PySlice(a[0], a[1], a[2]),
            };
        });
        Ctor(PyProperty.TypeObject, (a, kw) =>
        {
            var p = ArgParser.Parse("property", a, kw, new[] { "fget", "fset", "fdel", "doc" }, 0);
            static PyObject? N(PyObject? x) => x is PyNone ? null : x;
            return new PyProperty(N(p[0]), N(p[1]), N(p[2]), N(p[3]));
        });
        Ctor(PyClassMethod.TypeObject, (a, kw) => { ArgParser.Count("classmethod", a, kw, 1, 1); return new PyClassMethod(a[0]); });
        Ctor(PyStaticMethod.TypeObject, (a, kw) => { ArgParser.Count("staticmethod", a, kw, 1, 1); return new PyStaticMethod(a[0]); });
        Ctor(PySuper.TypeObject, (a, kw) => MakeSuper(a, kw));
        Ctor(EnumerateType, (a, kw) =>
        {
            var p = ArgParser.Parse("enumerate", a, kw, new[] { "iterable", "start" }, 1);
            var it = Ops.GetIter(p[0]!);
            var start = p[1] is null ? PyInt.From(0) : Ops.AsIndex(p[1]!);
            if (!start.IsBig)
            {
                long i = start.Small;
                return new PyFuncIterator(EnumerateType, () => Ops.Next(it) is { } x ? new PyTuple(new[] { PyInt.From(i++), x }) : null);
            }
            PyObject n = start;
            return new PyFuncIterator(EnumerateType, () =>
            {
                if (Ops.Next(it) is not { } x) return null;
                var r = new PyTuple(new[] { n, x });
                n = Ops.Binary(Compiler.BinaryOpKind.Add, n, PyInt.From(1));
                return r;
            });
        });
        Ctor(ZipType, (a, kw) =>
        {
            int nkw = kw?.Length ?? 0;
            int npos = a.Length - nkw;
            bool strict = false;
            for (int k = 0; k < nkw; k++)
            {
                if (kw![k] != "strict") throw Err.TypeError($"zip() got an unexpected keyword argument '{kw[k]}'");
                strict = Ops.IsTrue(a[npos + k]);
            }
            var its = new PyObject[npos];
            for (int i = 0; i < npos; i++)
            {
                its[i] = Ops.TryGetIter(a[i]) ?? throw Err.TypeError($"'{Ops.TypeName(a[i])}' object is not iterable");
            }
            if (npos == 0) return new PyFuncIterator(ZipType, () => null);
            return new PyFuncIterator(ZipType, () =>
            {
                var items = new PyObject[its.Length];
                for (int i = 0; i < its.Length; i++)
                {
                    var x = Ops.Next(its[i]);
                    if (x is null)
                    {
                        if (strict)
                        {
                            if (i > 0) throw Err.ValueError($"zip() argument {i + 1} is shorter than argument{(i == 1 ? "" : "s")} 1{(i == 1 ? "" : "-" + i)}");
                            for (int j = 1; j < its.Length; j++)
                                if (Ops.Next(its[j]) is not null)
                                    throw Err.ValueError($"zip() argument {j + 1} is longer than argument{(j == 1 ? "" : "s")} 1{(j == 1 ? "" : "-" + j)}");
                        }
                        return null;
                    }
                    items[i] = x;
                }
                return new PyTuple(items);
            });
        });
        Ctor(MapType, (a, kw) =>
        {
            ArgParser.NoKw("map", kw);
            if (a.Length < 2) throw Err.TypeError("map() must have at least two arguments.");
            var fn = a[0];
            var its = new PyObject[a.Length - 1];
            for (int i = 0; i < its.Length; i++) its[i] = Ops.GetIter(a[i + 1]);
            return new PyFuncIterator(MapType, () =>
            {
                var args = new PyObject[its.Length];
                for (int i = 0; i < its.Length; i++)
                {
                    var x = Ops.Next(its[i]);
                    if (x is null) return null;
                    args[i] = x;
                }
                return Vm.Call(fn, args);
            });
        });
        Ctor(FilterType, (a, kw) =>
        {
            ArgParser.Count("filter", a, kw, 2, 2);
            var fn = a[0];
            var it = Ops.GetIter(a[1]);
            return new PyFuncIterator(FilterType, () =>
            {
                while (Ops.Next(it) is { } x)
                {
                    Vm.Charge(1);
                    if (fn is PyNone ? Ops.IsTrue(x) : Ops.IsTrue(Vm.Call(fn, x))) return x;
                }
                return null;
            });
        });
        Ctor(ReversedType, (a, kw) =>
        {
            ArgParser.Count("reversed", a, kw, 1, 1);
            var s = a[0];
            switch (s)
            {
                case PyList l:
                {
                    int i = l.Count - 1;
                    return new PyFuncIterator(ListReverseIteratorType, () => i >= 0 && i < l.Count ? l.Items[i--] : null);
                }
                case PyRange r:
                    return new PyRangeIterator(r.Start + (r.Length - 1) * r.Step, r.Length, -r.Step);
                case PyTuple or PyStr or PyBytes:
                {
                    var items = Ops.ToList(s);
                    int i = items.Count - 1;
                    return new PyFuncIterator(ReversedType, () => i >= 0 ? items[i--] : null);
                }
                case PyDict d:
                {
                    var keys = Ops.ToList(d);
                    int i = keys.Count - 1;
                    return new PyFuncIterator(ReversedType, () => i >= 0 ? keys[i--] : null);
                }
            }
            var rv = Ops.UserDunder(s, "__reversed__");
            if (rv is not null) return Ops.CallMethod(s, rv);
            if (Ops.UserDunder(s, "__len__") is not null && Ops.UserDunder(s, "__getitem__") is { } gi)
            {
                long i = Ops.Len(s) - 1;
                return new PyFuncIterator(ReversedType, () => i >= 0 ? Ops.CallMethod(s, gi, PyInt.From(i--)) : null);
            }
            throw Err.TypeError($"'{Ops.TypeName(s)}' object is not reversible");
        });
        Ctor(PyBytes.TypeObject, (a, kw) =>
        {
            var p = ArgParser.Parse("bytes", a, kw, new[] { "source", "encoding", "errors" }, 0);
            if (p[0] is null) return new PyBytes(Array.Empty<byte>());
            return new PyBytes(BytesFrom(p[0]!, p[1]));
        });
        Ctor(PyByteArray.TypeObject, (a, kw) =>
        {
            var p = ArgParser.Parse("bytearray", a, kw, new[] { "source", "encoding", "errors" }, 0);
            return new PyByteArray(p[0] is null ? Array.Empty<byte>() : BytesFrom(p[0]!, p[1]));
        });
        Ctor(PyComplex.TypeObject, (a, kw) =>
        {
            var p = ArgParser.Parse("complex", a, kw, new[] { "real", "imag" }, 0);
            double re = 0, im = 0;
            if (p[0] is PyComplex c0) { re = c0.Real; im = c0.Imag; }
            else if (p[0] is not null) re = ((PyFloat)ToFloat(p[0]!)).Value;
            if (p[1] is PyComplex c1) { re -= c1.Imag; im += c1.Real; }
            else if (p[1] is not null) im += ((PyFloat)ToFloat(p[1]!)).Value;
            return new PyComplex(re, im);
        });
    }

    private static byte[] BytesFrom(PyObject src, PyObject? encoding)
    {
        switch (src)
        {
            case PyStr s:
                if (encoding is not PyStr) throw Err.TypeError("string argument without an encoding");
                return System.Text.Encoding.UTF8.GetBytes(s.Value);
            case PyInt n:
                if (n.IsBig || n.Small < 0) throw Err.ValueError("negative count");
                Vm.ChargeAllocation(n.Small);
                return new byte[n.Small];
            case PyBytes b: return (byte[])b.Value.Clone();
            case PyByteArray ba: return ba.Items.ToArray();
        }
        return Ops.ToList(src).Select(Ops.ByteValue).ToArray();
    }

    internal static string Decode(byte[] bytes, string encoding)
    {
        var enc = encoding.ToLowerInvariant().Replace('_', '-');
        try
        {
            return enc switch
            {
                "utf-8" or "utf8" => new System.Text.UTF8Encoding(false, true).GetString(bytes),
                "ascii" => new string(bytes.Select(b => b < 128 ? (char)b : throw Err.New(ExcTypes.UnicodeDecodeError, $"'ascii' codec can't decode byte 0x{b:x2}: ordinal not in range(128)")).ToArray()),
                "latin-1" or "latin1" or "iso-8859-1" => new string(bytes.Select(b => (char)b).ToArray()),
                _ => throw Err.New(ExcTypes.LookupError, $"unknown encoding: {encoding}"),
            };
        }
        catch (System.Text.DecoderFallbackException)
        {
            throw Err.New(ExcTypes.UnicodeDecodeError, "'utf-8' codec can't decode bytes: invalid utf-8");
        }
    }

    private static PyObject MakeSuper(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        ArgParser.Count("super", a, kw, 0, 2);
        PyType thisType;
        PyObject obj;
        if (a.Length == 0)
        {
            var f = Vm.CurrentFrame ?? throw Err.RuntimeError("super(): no current frame");
            var co = f.Code;
            if (co.ArgCount == 0 && (co.Flags & Compiler.CodeFlags.VarArgs) == 0) throw Err.RuntimeError("super(): no arguments");
            int classIx = Array.IndexOf(co.FreeVars, "__class__");
            if (classIx < 0) throw Err.RuntimeError("super(): __class__ cell not found");
            var cell = (PyCell)f.Locals[co.VarNames.Length + co.CellVars.Length + classIx].V!;
            thisType = cell.Value as PyType ?? throw Err.RuntimeError("super(): empty __class__ cell");
            var first = f.Locals[0].V;
            if (first is null)
            {
                int c = Array.IndexOf(co.CellVars, co.VarNames[0]);
                first = c >= 0 ? ((PyCell)f.Locals[co.VarNames.Length + c].V!).Value : null;
            }
            obj = first ?? throw Err.RuntimeError("super(): arg[0] deleted");
        }
        else
        {
            thisType = a[0] as PyType ?? throw Err.TypeError($"super() argument 1 must be a type, not {Ops.TypeName(a[0])}");
            if (a.Length == 1) return new PySuper(thisType, PyNone.Instance, thisType);
            obj = a[1];
        }
        PyType objType;
        if (obj is PyType ot && ot.IsSubtypeOf(thisType)) objType = ot;
        else if (obj.Type.IsSubtypeOf(thisType)) objType = obj.Type;
        else throw Err.TypeError("super(type, obj): obj must be an instance or subtype of type");
        return new PySuper(thisType, obj, objType);
    }

    /// <summary><c>int(x)</c> / <c>int(s, base)</c>.</summary>
    internal static PyObject ToInt(PyObject x, PyObject? baseObj)
    {
        if (baseObj is not null)
        {
            if (x is not (PyStr or PyBytes or PyByteArray)) throw Err.TypeError("int() can't convert non-string with explicit base");
            long b = ArgParser.Int(baseObj, "int");
            string s = x is PyStr xs ? xs.Value : System.Text.Encoding.Latin1.GetString(Ops.BytesOf(x));
            return ParseInt(s, (int)b, x);
        }
        switch (x)
        {
            case PyBool bo: return PyInt.From(bo.Small);
            case PyInt i: return PyInt.Exact(i);
            case PyFloat f:
                if (double.IsNaN(f.Value)) throw Err.ValueError("cannot convert float NaN to integer");
                if (double.IsInfinity(f.Value)) throw Err.OverflowError("cannot convert float infinity to integer");
                return PyInt.From(new BigInteger(Math.Truncate(f.Value)));
            case PyStr s: return ParseInt(s.Value, 10, x);
            case PyBytes or PyByteArray: return ParseInt(System.Text.Encoding.Latin1.GetString(Ops.BytesOf(x)), 10, x);
        }
        foreach (var name in new[] { "__int__", "__index__", "__trunc__" })
        {
            var m = Ops.UserDunder(x, name);
            if (m is not null)
            {
                var r = Ops.CallMethod(x, m);
                if (r is PyInt ri) return ri;
                throw Err.TypeError($"{name} returned non-int (type {Ops.TypeName(r)})");
            }
        }
        throw Err.TypeError($"int() argument must be a string, a bytes-like object or a real number, not '{Ops.TypeName(x)}'");
    }

    private static PyInt ParseInt(string text, int b, PyObject original)
    {
        var vm = Vm.Current;
        vm?.Charge(text.Length / 8);
        int limit = vm?.Limits.MaxIntDigits ?? Text.NumberFormatter.DefaultMaxStrDigits;
        if (original is not PyStr)
        {
            // bytes: CPython reports the bytes repr in the message.
            try { return PyInt.From(Text.NumberParser.ParseInt(text, b, limit)); }
            catch (Text.TextError e) when (e.Message.StartsWith("invalid literal", StringComparison.Ordinal))
            {
                throw Err.ValueError($"invalid literal for int() with base {b}: {Ops.Repr(original)}");
            }
            catch (Text.TextError e) { throw TextBridge.ToPython(e); }
        }
        return PyInt.From(TextBridge.Run(() => Text.NumberParser.ParseInt(text, b, limit)));
    }

    /// <summary><c>float(x)</c>.</summary>
    internal static PyObject ToFloat(PyObject x)
    {
        switch (x)
        {
            case PyFloat f: return f.GetType() == typeof(PyFloat) ? f : PyFloat.From(f.Value);
            case PyInt i: return PyFloat.From(IntOps.ToDouble(i));
            case PyStr s: return PyFloat.From(ParseFloat(s.Value, x));
        }
        var m = Ops.UserDunder(x, "__float__");
        if (m is not null)
        {
            var r = Ops.CallMethod(x, m);
            if (r is PyFloat rf) return rf;
            throw Err.TypeError($"{Ops.TypeName(x)}.__float__ returned non-float (type {Ops.TypeName(r)})");
        }
        var ix = Ops.UserDunder(x, "__index__");
        if (ix is not null) return PyFloat.From(IntOps.ToDouble(Ops.AsIndex(x)));
        throw Err.TypeError($"float() argument must be a string or a real number, not '{Ops.TypeName(x)}'");
    }

    internal static double ParseFloat(string text, PyObject original)
        => TextBridge.Run(() => Text.NumberParser.ParseFloat(text));
}
