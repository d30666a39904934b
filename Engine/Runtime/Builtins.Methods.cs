using System.Numerics;
using System.Text;
using RuleSandbox.Engine.Compiler;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Runtime;

public static partial class Builtins
{
    private static PyList L(PyObject o) => (PyList)o;
    private static PyDict D(PyObject o) => (PyDict)o;
    private static PySet S(PyObject o) => (PySet)o;

    private static void InitListMethods()
    {
        var t = PyList.TypeObject;
        Method(t, "append", (a, kw) => { ArgParser.Count("list.append", a[1..], kw, 1, 1); L(a[0]).Items.Add(a[1]); return None; });
        Method(t, "extend", (a, kw) =>
        {
            ArgParser.Count("list.extend", a[1..], kw, 1, 1);
            var items = Ops.ToList(a[1]);
            Vm.ChargeAllocation(items.Count * 8L);
            L(a[0]).Items.AddRange(items);
            return None;
        });
        Method(t, "insert", (a, kw) =>
        {
            ArgParser.Count("insert", a[1..], kw, 2, 2);
            var items = L(a[0]).Items;
            long i = ArgParser.Int(a[1], "insert");
            if (i < 0) i = Math.Max(0, i + items.Count);
            if (i > items.Count) i = items.Count;
            Vm.Charge(items.Count / 16);
            items.Insert((int)i, a[2]);
            return None;
        });
        Method(t, "pop", (a, kw) =>
        {
            ArgParser.Count("pop", a[1..], kw, 0, 1);
            var items = L(a[0]).Items;
            if (items.Count == 0) throw Err.IndexError("pop from empty list");
            long i = a.Length > 1 ? ArgParser.Int(a[1], "pop") : items.Count - 1;
            if (i < 0) i += items.Count;
            if (i < 0 || i >= items.Count) throw Err.IndexError("pop index out of range");
            var v = items[(int)i];
            items.RemoveAt((int)i);
            return v;
        });
        Method(t, "remove", (a, kw) =>
        {
            ArgParser.Count("list.remove", a[1..], kw, 1, 1);
            var items = L(a[0]).Items;
            for (int i = 0; i < items.Count; i++)
                if (Ops.Eq(items[i], a[1])) { items.RemoveAt(i); return None; }
            throw Err.ValueError("list.remove(x): x not in list");
        });
        Method(t, "index", (a, kw) =>
        {
            ArgParser.Count("index", a[1..], kw, 1, 3);
            var items = L(a[0]).Items;
            var (start, stop) = SliceBounds(a, items.Count);
            for (long i = start; i < stop && i < items.Count; i++)
                if (Ops.Eq(items[(int)i], a[1])) return PyInt.From(i);
            throw Err.ValueError($"{Ops.Repr(a[1])} is not in list");
        });
        Method(t, "count", (a, kw) =>
        {
            ArgParser.Count("count", a[1..], kw, 1, 1);
            long n = 0;
            foreach (var x in L(a[0]).Items) if (Ops.Eq(x, a[1])) n++;
            return PyInt.From(n);
        });
        Method(t, "clear", (a, kw) => { L(a[0]).Items.Clear(); return None; });
        Method(t, "copy", (a, kw) => new PyList(new List<PyObject>(L(a[0]).Items)));
        Method(t, "reverse", (a, kw) => { L(a[0]).Items.Reverse(); return None; });
        Method(t, "sort", (a, kw) =>
        {
            var p = ArgParser.Parse("sort", a[1..], kw, new[] { "key", "reverse" }, 0, kwOnlyFrom: 0);
            var list = L(a[0]);
            var items = list.Items;
            // CPython empties the list while sorting so mutation from a key function is detected.
            list.Items = new List<PyObject>();
            try { SortList(items, p[0], p[1] is not null && Ops.IsTrue(p[1]!)); }
            finally
            {
                bool mutated = list.Items.Count > 0;
                list.Items = items;
                if (mutated) throw Err.ValueError("list modified during sort");
            }
            return None;
        });
    }

    private static (long Start, long Stop) SliceBounds(ReadOnlySpan<PyObject> a, long len)
    {
        long start = a.Length > 2 ? ArgParser.Int(a[2], "index") : 0;
        long stop = a.Length > 3 ? ArgParser.Int(a[3], "index") : len;
        if (start < 0) start = Math.Max(0, start + len);
        if (stop < 0) stop = Math.Max(0, stop + len);
        return (start, Math.Min(stop, len));
    }

    private static void InitDictMethods()
    {
        var t = PyDict.TypeObject;
        Method(t, "keys", (a, kw) => new PyDictView(D(a[0]), DictViewKind.Keys));
        Method(t, "values", (a, kw) => new PyDictView(D(a[0]), DictViewKind.Values));
        Method(t, "items", (a, kw) => new PyDictView(D(a[0]), DictViewKind.Items));
        Method(t, "get", (a, kw) =>
        {
            ArgParser.Count("get", a[1..], kw, 1, 2);
            return D(a[0]).Get(a[1]) ?? (a.Length > 2 ? a[2] : None);
        });
        Method(t, "setdefault", (a, kw) =>
        {
            ArgParser.Count("setdefault", a[1..], kw, 1, 2);
            var d = D(a[0]);
            var v = d.Get(a[1]);
            if (v is not null) return v;
            v = a.Length > 2 ? a[2] : None;
            d.Set(a[1], v);
            return v;
        });
        Method(t, "pop", (a, kw) =>
        {
            ArgParser.Count("pop", a[1..], kw, 1, 2);
            var d = D(a[0]);
            if (d.Table.Remove(a[1], Ops.Hash(a[1]), out var v)) return v!;
            if (a.Length > 2) return a[2];
            throw Err.KeyError(a[1]);
        });
        Method(t, "popitem", (a, kw) =>
        {
            var d = D(a[0]);
            if (!d.Table.PopLast(out var k, out var v)) throw Err.New(ExcTypes.KeyError, "popitem(): dictionary is empty");
            return new PyTuple(new[] { k, v! });
        });
        Method(t, "update", (a, kw) =>
        {
            int nkw = kw?.Length ?? 0;
            int npos = a.Length - nkw - 1;
            if (npos > 1) throw Err.TypeError($"update expected at most 1 argument, got {npos}");
            var d = D(a[0]);
            if (npos == 1) DictUpdate(d, a[1]);
            for (int k = 0; k < nkw; k++) d.Set(kw![k], a[1 + npos + k]);
            return None;
        });
        Method(t, "clear", (a, kw) => { D(a[0]).Table.Clear(); return None; });
        Method(t, "copy", (a, kw) => D(a[0]).Copy());
        ClassMethod(t, "fromkeys", (a, kw) =>
        {
            ArgParser.Count("fromkeys", a[1..], kw, 1, 2);
            var d = new PyDict();
            var v = a.Length > 2 ? a[2] : None;
            foreach (var k in Ops.ToList(a[1])) d.Set(k, v);
            return d;
        });
        Method(t, "__getitem__", (a, kw) => Ops.GetItemBuiltin(a[0], a[1]));
        Method(t, "__setitem__", (a, kw) => { Ops.SetItemBuiltin(a[0], a[1], a[2]); return None; });
        Method(t, "__contains__", (a, kw) => PyBool.From(D(a[0]).ContainsKey(a[1])));
        Method(t, "__len__", (a, kw) => PyInt.From(D(a[0]).Count));
    }

    private static PySet SetArg(PyObject o) => o as PySet ?? FromIterable(o);

    private static PySet FromIterable(PyObject o)
    {
        var s = new PySet();
        foreach (var x in Ops.ToList(o)) s.Add(x);
        return s;
    }

    private static void InitSetMethods()
    {
        foreach (var t in new[] { PySet.SetType, PySet.FrozenSetType })
        {
            Method(t, "copy", (a, kw) => S(a[0]).Frozen ? a[0] : S(a[0]).Copy(false));
            Method(t, "union", (a, kw) =>
            {
                var r = S(a[0]).Copy(S(a[0]).Frozen);
                for (int i = 1; i < a.Length; i++) foreach (var x in Ops.ToList(a[i])) r.Add(x);
                return r;
            });
            Method(t, "intersection", (a, kw) =>
            {
                var r = S(a[0]).Copy(S(a[0]).Frozen);
                for (int i = 1; i < a.Length; i++)
                {
                    var o = SetArg(a[i]);
                    foreach (var x in r.Items().ToList()) if (!o.Contains(x)) r.Remove(x);
                }
                return r;
            });
            Method(t, "difference", (a, kw) =>
            {
                var r = S(a[0]).Copy(S(a[0]).Frozen);
                for (int i = 1; i < a.Length; i++) foreach (var x in Ops.ToList(a[i])) r.Remove(x);
                return r;
            });
            Method(t, "symmetric_difference", (a, kw) =>
            {
                var r = S(a[0]).Copy(S(a[0]).Frozen);
                foreach (var x in SetArg(a[1]).Items().ToList()) { if (!r.Remove(x)) r.Add(x); }
                return r;
            });
            Method(t, "issubset", (a, kw) => { var o = SetArg(a[1]); return PyBool.From(S(a[0]).Items().All(o.Contains)); });
            Method(t, "issuperset", (a, kw) => { var s = S(a[0]); return PyBool.From(Ops.ToList(a[1]).All(s.Contains)); });
            Method(t, "isdisjoint", (a, kw) => { var s = S(a[0]); return PyBool.From(!Ops.ToList(a[1]).Any(s.Contains)); });
        }
        var st = PySet.SetType;
        Method(st, "add", (a, kw) => { ArgParser.Count("set.add", a[1..], kw, 1, 1); S(a[0]).Add(a[1]); return None; });
        Method(st, "remove", (a, kw) => { if (!S(a[0]).Remove(a[1])) throw Err.KeyError(a[1]); return None; });
        Method(st, "discard", (a, kw) => { S(a[0]).Remove(a[1]); return None; });
        Method(st, "pop", (a, kw) =>
        {
            var s = S(a[0]);
            var first = s.Items().FirstOrDefault() ?? throw Err.New(ExcTypes.KeyError, "pop from an empty set");
            s.Remove(first);
            return first;
        });
        Method(st, "clear", (a, kw) => { S(a[0]).Table.Clear(); return None; });
        Method(st, "update", (a, kw) =>
        {
            for (int i = 1; i < a.Length; i++) foreach (var x in Ops.ToList(a[i])) S(a[0]).Add(x);
            return None;
        });
        Method(st, "intersection_update", (a, kw) =>
        {
            var s = S(a[0]);
            for (int i = 1; i < a.Length; i++) { var o = SetArg(a[i]); foreach (var x in s.Items().ToList()) if (!o.Contains(x)) s.Remove(x); }
            return None;
        });
        Method(st, "difference_update", (a, kw) =>
        {
            for (int i = 1; i < a.Length; i++) foreach (var x in Ops.ToList(a[i])) S(a[0]).Remove(x);
            return None;
        });
        Method(st, "symmetric_difference_update", (a, kw) =>
        {
            var s = S(a[0]);
            foreach (var x in SetArg(a[1]).Items().ToList()) { if (!s.Remove(x)) s.Add(x); }
            return None;
        });
    }

    private static void InitSequenceMethods()
    {
        var t = PyTuple.TypeObject;
        Method(t, "count", (a, kw) =>
        {
            long n = 0;
            foreach (var x in ((PyTuple)a[0]).Items) if (Ops.Eq(x, a[1])) n++;
            return PyInt.From(n);
        });
        Method(t, "index", (a, kw) =>
        {
            var items = ((PyTuple)a[0]).Items;
            var (start, stop) = SliceBounds(a, items.Length);
            for (long i = start; i < stop; i++) if (Ops.Eq(items[i], a[1])) return PyInt.From(i);
            throw Err.ValueError("tuple.index(x): x not in tuple");
        });
        var r = PyRange.TypeObject;
        Method(r, "count", (a, kw) => PyInt.From(Ops.Contains(a[0], a[1]) ? 1 : 0));
        Method(r, "index", (a, kw) =>
        {
            var rg = (PyRange)a[0];
            if (a[1] is PyInt i && !i.IsBig && Ops.Contains(rg, i)) return PyInt.From((i.Small - rg.Start) / rg.Step);
            throw Err.ValueError($"{Ops.Repr(a[1])} is not in range");
        });
        var b = PyBytes.TypeObject;
        Method(b, "decode", (a, kw) =>
        {
            var p = ArgParser.Parse("decode", a[1..], kw, new[] { "encoding", "errors" }, 0);
            return PyStr.From(Decode(((PyBytes)a[0]).Value, p[0] is PyStr e ? e.Value : "utf-8"));
        });
        Method(PyByteArray.TypeObject, "decode", (a, kw) => PyStr.From(Decode(((PyByteArray)a[0]).Items.ToArray(), a.Length > 1 && a[1] is PyStr e ? e.Value : "utf-8")));
    }

    private static void InitStrMethods()
    {
        var t = PyStr.TypeObject;
        Method(t, "join", (a, kw) =>
        {
            ArgParser.Count("str.join", a[1..], kw, 1, 1);
            var sep = ((PyStr)a[0]).Value;
            var items = Ops.ToList(a[1]);
            long total = 0;
            for (int i = 0; i < items.Count; i++)
            {
                if (items[i] is not PyStr s) throw Err.TypeError($"sequence item {i}: expected str instance, {Ops.TypeName(items[i])} found");
                total += s.Value.Length + sep.Length;
            }
            Vm.ChargeAllocation(total * 2);
            var sb = new StringBuilder((int)Math.Min(total, int.MaxValue / 2));
            for (int i = 0; i < items.Count; i++)
            {
                if (i > 0) sb.Append(sep);
                sb.Append(((PyStr)items[i]).Value);
            }
            return PyStr.From(sb.ToString());
        });
        Method(t, "encode", (a, kw) =>
        {
            var p = ArgParser.Parse("encode", a[1..], kw, new[] { "encoding", "errors" }, 0);
            var s = ((PyStr)a[0]).Value;
            var enc = p[0] is PyStr e ? e.Value.ToLowerInvariant() : "utf-8";
            return new PyBytes(enc is "ascii" or "latin-1" or "latin1" ? s.Select(c => c < (enc == "ascii" ? 128 : 256) ? (byte)c : throw Err.New(ExcTypes.UnicodeEncodeError, $"'{enc}' codec can't encode character")).ToArray() : Encoding.UTF8.GetBytes(s));
        });
        Method(t, "format", (a, kw) => PyStr.From(Formatting.StrFormat(((PyStr)a[0]).Value, a[1..], kw)));
        Method(t, "format_map", (a, kw) => PyStr.From(Formatting.StrFormatMap(((PyStr)a[0]).Value, a[1])));
        Method(t, "__format__", (a, kw) => PyStr.From(Formatting.FormatBuiltin(a[0], ((PyStr)a[1]).Value)));
        StrMethodsBridge.Register(t);
    }

    private static void InitNumberMethods()
    {
        var t = PyInt.TypeObject;
        Method(t, "bit_length", (a, kw) => PyInt.From(((PyInt)a[0]).IsBig ? (long)BigInteger.Abs(((PyInt)a[0]).Big).GetBitLength() : 64 - BitOperations.LeadingZeroCount((ulong)Math.Abs(((PyInt)a[0]).Small == long.MinValue ? long.MaxValue : ((PyInt)a[0]).Small)) + (((PyInt)a[0]).Small == long.MinValue ? 1 : 0)));
        Method(t, "bit_count", (a, kw) => PyInt.From(BigInteger.Abs(((PyInt)a[0]).Big).ToByteArray().Sum(x => BitOperations.PopCount(x))));
        Method(t, "conjugate", (a, kw) => a[0]);
        Method(t, "as_integer_ratio", (a, kw) => new PyTuple(new[] { a[0], PyInt.From(1) }));
        Method(t, "is_integer", (a, kw) => PyBool.True);
        Method(t, "__index__", (a, kw) => PyInt.Exact((PyInt)a[0]));
        Method(t, "__int__", (a, kw) => PyInt.Exact((PyInt)a[0]));
        Method(t, "to_bytes", (a, kw) =>
        {
            var p = ArgParser.Parse("to_bytes", a[1..], kw, new[] { "length", "byteorder", "signed" }, 0, kwOnlyFrom: 2);
            long len = p[0] is null ? 1 : ArgParser.Int(p[0]!, "to_bytes");
            bool little = p[1] is PyStr { Value: "little" };
            bool signed = p[2] is not null && Ops.IsTrue(p[2]!);
            var v = ((PyInt)a[0]).Big;
            if (!signed && v.Sign < 0) throw Err.OverflowError("can't convert negative int to unsigned");
            var bytes = v.ToByteArray(isUnsigned: !signed, isBigEndian: false);
            if (bytes.Length > len && !(bytes.Length == len + 1 && bytes[^1] == 0 && !signed)) throw Err.OverflowError("int too big to convert");
            var r = new byte[len];
            byte fill = v.Sign < 0 ? (byte)0xFF : (byte)0;
            for (int i = 0; i < len; i++) r[i] = i < bytes.Length ? bytes[i] : fill;
            if (!little) Array.Reverse(r);
            return new PyBytes(r);
        });
        PyInt.TypeObject.Members["from_bytes"] = new PyBuiltinFunction("from_bytes", (a, kw) =>
        {
            var p = ArgParser.Parse("from_bytes", a[1..], kw, new[] { "bytes", "byteorder", "signed" }, 1, kwOnlyFrom: 2);
            var bytes = Ops.BytesOf(p[0]!);
            bool little = p[1] is PyStr { Value: "little" };
            bool signed = p[2] is not null && Ops.IsTrue(p[2]!);
            return PyInt.From(new BigInteger(bytes, isUnsigned: !signed, isBigEndian: !little));
        }, PyInt.TypeObject) { IsClassMethod = true };
        var f = PyFloat.TypeObject;
        Method(f, "is_integer", (a, kw) => { var d = ((PyFloat)a[0]).Value; return PyBool.From(!double.IsInfinity(d) && Math.Floor(d) == d); });
        Method(f, "conjugate", (a, kw) => a[0]);
        Method(f, "__float__", (a, kw) => a[0]);
        Method(f, "__int__", (a, kw) => ToInt(a[0], null));
        Method(f, "as_integer_ratio", (a, kw) =>
        {
            double d = ((PyFloat)a[0]).Value;
            if (double.IsInfinity(d)) throw Err.OverflowError("cannot convert Infinity to integer ratio");
            if (double.IsNaN(d)) throw Err.ValueError("cannot convert NaN to integer ratio");
            var m = Ops.Frexp(d, out int e);
            for (int i = 0; i < 300 && m != Math.Floor(m); i++) { m *= 2.0; e--; }
            BigInteger num = new(m), den = 1;
            if (e > 0) num <<= e; else den <<= -e;
            return new PyTuple(new PyObject[] { PyInt.From(num), PyInt.From(den) });
        });
        var c = PyComplex.TypeObject;
        Method(c, "conjugate", (a, kw) => new PyComplex(((PyComplex)a[0]).Real, -((PyComplex)a[0]).Imag));
    }

    private static void InitExceptionMethods()
    {
        var t = ExcTypes.BaseException;
        t.Members["__init__"] = new PyBuiltinFunction("__init__", (a, kw) =>
        {
            if (a[0] is PyBaseException e) e.Args = PyTuple.From(a[1..].ToArray());
            return None;
        }, t);
        t.Members["__new__"] = new PyBuiltinFunction("__new__", (a, kw) =>
            TypeCall.CreateInstance((PyType)a[0], a[1..]), t) { IsStatic = true };
        Method(t, "__str__", (a, kw) => PyStr.From(Ops.ExceptionStr((PyBaseException)a[0])));
        Method(t, "__repr__", (a, kw) => PyStr.From(Ops.BuiltinRepr(a[0])));
        Method(t, "with_traceback", (a, kw) => a[0]);
        Method(t, "add_note", (a, kw) =>
        {
            if (a.Length < 2 || a[1] is not PyStr note) throw Err.TypeError("note must be a str");
            ((((PyBaseException)a[0]).Notes) ??= new()).Add(note.Value);
            return None;
        });
    }

    private static void InitMiscMethods()
    {
        var g = PyGenerator.TypeObject;
        Method(g, "send", (a, kw) =>
        {
            var gen = (PyGenerator)a[0];
            var v = Vm.ResumeGenerator(gen, a.Length > 1 ? a[1] : None, null, out var ret);
            return v ?? throw (ret is null or PyNone ? Err.StopIteration() : Err.NewArgs(ExcTypes.StopIteration, ret));
        });
        Method(g, "__next__", (a, kw) =>
        {
            var v = Vm.ResumeGenerator((PyGenerator)a[0], None, null, out var ret);
            return v ?? throw (ret is null or PyNone ? Err.StopIteration() : Err.NewArgs(ExcTypes.StopIteration, ret));
        });
        Method(g, "throw", (a, kw) =>
        {
            var gen = (PyGenerator)a[0];
            var e = Vm.MakeException(a[1], "exceptions must derive from BaseException");
            if (a.Length > 2 && a[1] is PyType && a[2] is not PyNone) e = Vm.MakeException(Vm.Call(a[1], a[2]), "exceptions must derive from BaseException");
            var v = Vm.ResumeGenerator(gen, None, e, out var ret);
            return v ?? throw (ret is null or PyNone ? Err.StopIteration() : Err.NewArgs(ExcTypes.StopIteration, ret));
        });
        Method(g, "close", (a, kw) =>
        {
            var gen = (PyGenerator)a[0];
            if (gen.Finished || !gen.Started) { gen.Finished = true; return None; }
            try
            {
                var v = Vm.ResumeGenerator(gen, None, new PyBaseException(ExcTypes.GeneratorExit, PyTuple.Empty), out _);
                if (v is not null) throw Err.RuntimeError("generator ignored GeneratorExit");
            }
            catch (PythonException e) when (e.Value.Is(ExcTypes.GeneratorExit) || e.Value.Is(ExcTypes.StopIteration)) { }
            return None;
        });
        Method(g, "__iter__", (a, kw) => a[0]);

        var p = PyProperty.TypeObject;
        Method(p, "getter", (a, kw) => { var o = (PyProperty)a[0]; return new PyProperty(a[1], o.Set, o.Delete, o.Doc); });
        Method(p, "setter", (a, kw) => { var o = (PyProperty)a[0]; return new PyProperty(o.Get, a[1], o.Delete, o.Doc) { Name = o.Name }; });
        Method(p, "deleter", (a, kw) => { var o = (PyProperty)a[0]; return new PyProperty(o.Get, o.Set, a[1], o.Doc) { Name = o.Name }; });
        Method(p, "__get__", (a, kw) => a[1] is PyNone ? a[0] : Ops.BindDescriptor(a[0], a[1], a[1].Type));
        Method(p, "__set__", (a, kw) =>
        {
            var o = (PyProperty)a[0];
            if (o.Set is null) throw Err.AttributeError($"property '{o.Name}' of '{Ops.TypeName(a[1])}' object has no setter");
            Vm.Call(o.Set, a[1], a[2]);
            return None;
        });

        var dv = new[] { PyDictView.KeysType, PyDictView.ItemsType };
        foreach (var t in dv)
        {
            Method(t, "isdisjoint", (a, kw) => { var self = a[0]; return PyBool.From(!Ops.ToList(a[1]).Any(x => Ops.Contains(self, x))); });
        }
    }
}
