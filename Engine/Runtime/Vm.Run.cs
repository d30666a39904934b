using System.Runtime.CompilerServices;
using RuleSandbox.Engine.Compiler;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Runtime;

public sealed partial class Vm
{
    private const int MaxNesting = 400;

    internal void RunClassBody(Frame frame)
    {
        PushDepth();
        RunFrame(frame);
    }

    private static PythonException UnboundLocal(string name)
        => Err.UnboundLocalError($"cannot access local variable '{name}' where it is not associated with a value");

    private PythonException UnboundDeref(CodeObject co, int arg)
    {
        int ncell = co.CellVars.Length;
        if (arg < ncell) return UnboundLocal(co.CellVars[arg]);
        return Err.NameError($"cannot access free variable '{co.FreeVars[arg - ncell]}' where it is not associated with a value in enclosing scope");
    }

    private static string DerefName(CodeObject co, int arg)
        => arg < co.CellVars.Length ? co.CellVars[arg] : co.FreeVars[arg - co.CellVars.Length];

    private static readonly HashSet<string> s_stdlibNames = new(StringComparer.Ordinal)
    {
        "math", "json", "re", "os", "sys", "random", "datetime", "collections", "itertools", "functools", "string",
        "time", "decimal", "fractions", "statistics", "operator", "copy", "heapq", "bisect", "enum", "typing",
        "dataclasses", "textwrap", "hashlib", "base64",
    };

    private PythonException NameNotDefined(string name)
    {
        var e = Err.NameError($"name '{name}' is not defined");
        var f = CurrentFrame;
        if (f is not null)
        {
            var candidates = new List<string>();
            var co = f.Code;
            for (int i = 0; i < co.VarNames.Length; i++) if (f.Locals[i].V is not null) candidates.Add(co.VarNames[i]);
            if (f.LocalsDict is { } ld) foreach (var kv in ld.Items()) if (kv.Key is PyStr k) candidates.Add(k.Value);
            foreach (var kv in f.Globals.Items()) if (kv.Key is PyStr k) candidates.Add(k.Value);
            foreach (var kv in f.Builtins.Items()) if (kv.Key is PyStr k) candidates.Add(k.Value);
            var s = Suggestions.Closest(name, candidates);
            string hint = s is null ? "" : $". Did you mean: '{s}'?";
            if (s_stdlibNames.Contains(name)) hint += s is null ? $". Did you forget to import '{name}'" : $" Or did you forget to import '{name}'";
            if (hint.Length > 0) Suggestions.Hint(e.Value, hint);
        }
        return e;
    }

    /// <summary>
    /// The interpreter loop. Runs <paramref name="entry"/> and every Python frame it calls (they
    /// are pushed on the explicit frame chain, not on the .NET stack) until <paramref name="entry"/>
    /// returns or yields. The caller has already counted <paramref name="entry"/> in the depth.
    /// </summary>
    internal PyObject RunFrame(Frame entry, PyBaseException? throwIn = null)
    {
        EnsureStack();
        if (++_nesting > MaxNesting)
        {
            _nesting--;
            _depth--;
            throw new LimitExceededException(LimitKind.Recursion, "recursion limit exceeded (nested calls from builtins too deep)");
        }
        var savedCurrent = CurrentFrame;
        entry.Back = null;
        Frame f = entry;
        PyBaseException? exc = throwIn;
        bool addTb = true;
        string[]? kwnames = null;
        CodeObject co;
        int[] code;
        PyObject[] consts;
        PyStr[] names;
        Slot[] locals;
        Slot[] stack;
        int pc, sp;
        try
        {
        load:
            co = f.Code;
            code = co.Code;
            consts = f.Consts;
            names = f.Names;
            locals = f.Locals;
            stack = f.Stack;
            pc = f.Pc;
            sp = f.Sp;
            CurrentFrame = f;
            if (exc is not null) goto handle;
        restart:
            try
            {
                while (true)
                {
                    if (--_budget <= 0) Poll();
                    int instr = code[pc++];
                    int arg = instr >> 8;
                    switch ((Opcode)(instr & 0xFF))
                    {
                        case Opcode.Nop:
                            break;
                        case Opcode.PopTop:
                            stack[--sp].V = null;
                            break;
                        case Opcode.Copy:
                            stack[sp].V = stack[sp - arg].V;
                            sp++;
                            break;
                        case Opcode.Swap:
                            (stack[sp - 1].V, stack[sp - arg].V) = (stack[sp - arg].V, stack[sp - 1].V);
                            break;
                        case Opcode.PushNull:
                            stack[sp++].V = null;
                            break;
                        case Opcode.LoadConst:
                            stack[sp++].V = consts[arg];
                            break;
                        case Opcode.LoadFast:
                            stack[sp++].V = locals[arg].V ?? throw UnboundLocal(co.VarNames[arg]);
                            break;
                        case Opcode.StoreFast:
                            locals[arg].V = stack[--sp].V;
                            break;
                        case Opcode.DeleteFast:
                            if (locals[arg].V is null) throw UnboundLocal(co.VarNames[arg]);
                            locals[arg].V = null;
                            break;
                        case Opcode.LoadDeref:
                            stack[sp++].V = ((PyCell)locals[co.VarNames.Length + arg].V!).Value ?? throw UnboundDeref(co, arg);
                            break;
                        case Opcode.StoreDeref:
                            ((PyCell)locals[co.VarNames.Length + arg].V!).Value = stack[--sp].V;
                            break;
                        case Opcode.DeleteDeref:
                        {
                            var cell = (PyCell)locals[co.VarNames.Length + arg].V!;
                            if (cell.Value is null) throw UnboundDeref(co, arg);
                            cell.Value = null;
                            break;
                        }
                        case Opcode.LoadClosure:
                            stack[sp++].V = locals[co.VarNames.Length + arg].V;
                            break;
                        case Opcode.LoadClassDeref:
                        {
                            var name = DerefName(co, arg);
                            var v = f.LocalsDict?.Get(name) ?? ((PyCell)locals[co.VarNames.Length + arg].V!).Value ?? throw UnboundDeref(co, arg);
                            stack[sp++].V = v;
                            break;
                        }
                        case Opcode.LoadGlobal:
                        {
                            var n = names[arg];
                            stack[sp++].V = f.Globals.Table.Get(n, n.Hash) ?? f.Builtins.Table.Get(n, n.Hash) ?? throw NameNotDefined(n.Value);
                            break;
                        }
                        case Opcode.StoreGlobal:
                        {
                            var n = names[arg];
                            f.Globals.Table.Set(n, n.Hash, stack[--sp].V);
                            break;
                        }
                        case Opcode.DeleteGlobal:
                        {
                            var n = names[arg];
                            if (!f.Globals.Table.Remove(n, n.Hash, out _)) throw NameNotDefined(n.Value);
                            break;
                        }
                        case Opcode.LoadName:
                        {
                            var n = names[arg];
                            stack[sp++].V = f.LocalsDict!.Table.Get(n, n.Hash) ?? f.Globals.Table.Get(n, n.Hash) ?? f.Builtins.Table.Get(n, n.Hash) ?? throw NameNotDefined(n.Value);
                            break;
                        }
                        case Opcode.StoreName:
                        {
                            var n = names[arg];
                            f.LocalsDict!.Table.Set(n, n.Hash, stack[--sp].V);
                            break;
                        }
                        case Opcode.DeleteName:
                        {
                            var n = names[arg];
                            if (!f.LocalsDict!.Table.Remove(n, n.Hash, out _)) throw NameNotDefined(n.Value);
                            break;
                        }
                        case Opcode.LoadAttr:
                        {
                            var obj = stack[sp - 1].V!;
                            if (obj is PyInstance inst && inst.InstanceDict is { } idict)
                            {
                                var n = names[arg];
                                var v = idict.Table.Get(n, n.Hash);
                                if (v is not null && inst.Type.Lookup(n.Value) is null or PyFunction)
                                {
                                    stack[sp - 1].V = v;
                                    break;
                                }
                            }
                            stack[sp - 1].V = Ops.GetAttr(obj, names[arg].Value);
                            break;
                        }
                        case Opcode.StoreAttr:
                        {
                            var obj = stack[--sp].V!;
                            var v = stack[--sp].V!;
                            stack[sp].V = stack[sp + 1].V = null;
                            if (obj is PyInstance inst && inst.InstanceDict is { } idict)
                            {
                                var t = inst.Type;
                                var n = names[arg];
                                var d = t.Lookup(n.Value);
                                if ((d is null || d is PyFunction) && t.Lookup("__setattr__") is null or PyBuiltinFunction { OwnerType.NativeDunders: false })
                                {
                                    idict.Table.Set(n, n.Hash, v);
                                    break;
                                }
                            }
                            Ops.SetAttr(obj, names[arg].Value, v);
                            break;
                        }
                        case Opcode.DeleteAttr:
                            Ops.DelAttr(stack[--sp].V!, names[arg].Value);
                            stack[sp].V = null;
                            break;
                        case Opcode.LoadMethod:
                        {
                            var obj = stack[sp - 1].V!;
                            if (obj is not (PyType or PySuper or PyModule))
                            {
                                var t = obj.Type;
                                var n = names[arg];
                                var d = t.Lookup(n.Value);
                                if ((d is PyFunction || d is PyBuiltinFunction { IsMethod: true }) && !t.IsHeapType)
                                {
                                    stack[sp - 1].V = d;
                                    stack[sp++].V = obj;
                                    break;
                                }
                                if (d is PyFunction && (obj.Dict is not { } od || od.Table.Find(n, n.Hash) < 0)
                                    && t.Lookup("__getattribute__") is null or PyBuiltinFunction)
                                {
                                    stack[sp - 1].V = d;
                                    stack[sp++].V = obj;
                                    break;
                                }
                            }
                            stack[sp - 1].V = Ops.GetAttr(obj, names[arg].Value);
                            stack[sp++].V = null;
                            break;
                        }
                        case Opcode.KwNames:
                            kwnames = (string[])co.Constants[arg]!;
                            break;
                        case Opcode.Call:
                        {
                            var kw = kwnames;
                            kwnames = null;
                            int argBase = sp - arg;
                            var self = stack[argBase - 1].V;
                            var callable = stack[argBase - 2].V!;
                            int start = self is null ? argBase : argBase - 1;
                            var span = Slot.Span(stack, start, sp - start);
                            Frame? nf = null;
                            PyObject? result = null;
                            switch (callable)
                            {
                                case PyFunction fn when (fn.Code.Flags & CodeFlags.Generator) == 0:
                                    nf = BindArguments(fn, span, kw, null);
                                    break;
                                case PyBoundMethod { Func: PyFunction bfn } bm when (bfn.Code.Flags & CodeFlags.Generator) == 0:
                                    nf = BindArguments(bfn, span, kw, bm.Self);
                                    break;
                                case PyBuiltinFunction bf:
                                    if (--_budget <= 0) Poll();
                                    if (bf.IsMethod && !bf.IsClassMethod) CheckDescriptorSelf(bf, span);
                                    result = bf.Fn(span, kw);
                                    break;
                                case PyType { Constructor: { } ctor }:
                                    if (--_budget <= 0) Poll();
                                    result = ctor(span, kw);
                                    break;
                                case PyType { IsHeapType: true } ht when ht.Type == PyType.TypeType && ReferenceEquals(ht.Lookup("__new__"), TypeCall.ObjectNew)
                                                                     && ht.Lookup("__init__") is PyFunction initFn && (initFn.Code.Flags & CodeFlags.Generator) == 0:
                                {
                                    var obj = TypeCall.CreateInstance(ht, ReadOnlySpan<PyObject>.Empty);
                                    nf = BindArguments(initFn, span, kw, obj);
                                    nf.InitSelf = obj;
                                    break;
                                }
                                default:
                                    result = Call(callable, span, kw);
                                    break;
                            }
                            for (int k = argBase - 2; k < sp; k++) stack[k].V = null;
                            sp = argBase - 2;
                            if (nf is not null)
                            {
                                f.Pc = pc;
                                f.Sp = sp;
                                PushDepth();
                                nf.Back = f;
                                f = nf;
                                goto load;
                            }
                            stack[sp++].V = result;
                            break;
                        }
                        case Opcode.CallEx:
                        {
                            PyDict? kwargs = (arg & 1) != 0 ? (PyDict)stack[--sp].V! : null;
                            var posArgs = (PyTuple)stack[--sp].V!;
                            sp--; // NULL
                            var callable = stack[--sp].V!;
                            int nkw = kwargs?.Count ?? 0;
                            var all = new PyObject[posArgs.Count + nkw];
                            posArgs.Items.CopyTo(all, 0);
                            string[]? kw = null;
                            if (nkw > 0)
                            {
                                kw = new string[nkw];
                                int k = 0;
                                foreach (var item in kwargs!.Items())
                                {
                                    kw[k] = (item.Key as PyStr)?.Value ?? throw Err.TypeError("keywords must be strings");
                                    all[posArgs.Count + k] = item.Value;
                                    k++;
                                }
                            }
                            Frame? nf = null;
                            PyObject? result = null;
                            if (callable is PyFunction fn && (fn.Code.Flags & CodeFlags.Generator) == 0)
                                nf = BindArguments(fn, all, kw, null);
                            else if (callable is PyBoundMethod { Func: PyFunction bfn } bm && (bfn.Code.Flags & CodeFlags.Generator) == 0)
                                nf = BindArguments(bfn, all, kw, bm.Self);
                            else
                                result = Call(callable, all, kw);
                            if (nf is not null)
                            {
                                f.Pc = pc;
                                f.Sp = sp;
                                PushDepth();
                                nf.Back = f;
                                f = nf;
                                goto load;
                            }
                            stack[sp++].V = result;
                            break;
                        }
                        case Opcode.BinaryOp:
                        {
                            var b = stack[--sp].V!;
                            var a = stack[sp - 1].V!;
                            stack[sp].V = null;
                            if (a is PyInt ia && b is PyInt ib && ia.IsPlainSmall && ib.IsPlainSmall)
                            {
                                long x = ia.Small, y = ib.Small;
                                switch ((BinaryOpKind)arg)
                                {
                                    case BinaryOpKind.Add or BinaryOpKind.InplaceAdd:
                                    {
                                        long r = x + y;
                                        if (((x ^ r) & (y ^ r)) >= 0) { stack[sp - 1].V = PyInt.From(r); continue; }
                                        break;
                                    }
                                    case BinaryOpKind.Sub or BinaryOpKind.InplaceSub:
                                    {
                                        long r = x - y;
                                        if (((x ^ y) & (x ^ r)) >= 0) { stack[sp - 1].V = PyInt.From(r); continue; }
                                        break;
                                    }
                                }
                            }
                            stack[sp - 1].V = Ops.Binary((BinaryOpKind)arg, a, b);
                            break;
                        }
                        case Opcode.UnaryNegative:
                            stack[sp - 1].V = Ops.Negative(stack[sp - 1].V!);
                            break;
                        case Opcode.UnaryPositive:
                            stack[sp - 1].V = Ops.Positive(stack[sp - 1].V!);
                            break;
                        case Opcode.UnaryNot:
                            stack[sp - 1].V = PyBool.From(!Ops.IsTrue(stack[sp - 1].V!));
                            break;
                        case Opcode.UnaryInvert:
                            stack[sp - 1].V = Ops.Invert(stack[sp - 1].V!);
                            break;
                        case Opcode.CompareOp:
                        {
                            var b = stack[--sp].V!;
                            var a = stack[sp - 1].V!;
                            stack[sp].V = null;
                            if (a is PyInt ia && b is PyInt ib && ia.IsPlainSmall && ib.IsPlainSmall)
                            {
                                long x = ia.Small, y = ib.Small;
                                stack[sp - 1].V = PyBool.From((CompareKind)arg switch
                                {
                                    CompareKind.Lt => x < y,
                                    CompareKind.Le => x <= y,
                                    CompareKind.Eq => x == y,
                                    CompareKind.Ne => x != y,
                                    CompareKind.Gt => x > y,
                                    _ => x >= y,
                                });
                                break;
                            }
                            stack[sp - 1].V = Ops.RichCompare(a, b, (CompareKind)arg);
                            break;
                        }
                        case Opcode.IsOp:
                        {
                            var b = stack[--sp].V;
                            stack[sp].V = null;
                            stack[sp - 1].V = PyBool.From(ReferenceEquals(stack[sp - 1].V, b) ^ (arg == 1));
                            break;
                        }
                        case Opcode.ContainsOp:
                        {
                            var container = stack[--sp].V!;
                            stack[sp].V = null;
                            stack[sp - 1].V = PyBool.From(Ops.Contains(container, stack[sp - 1].V!) ^ (arg == 1));
                            break;
                        }
                        case Opcode.BinarySubscr:
                        {
                            var key = stack[--sp].V!;
                            stack[sp].V = null;
                            var c = stack[sp - 1].V!;
                            if (c.GetType() == typeof(PyList) && Unsafe.As<PyList>(c) is var l && key is PyInt ki && !ki.IsBig && (ulong)ki.Small < (ulong)l.Items.Count)
                                stack[sp - 1].V = l.Items[(int)ki.Small];
                            else
                                stack[sp - 1].V = Ops.GetItem(c, key);
                            break;
                        }
                        case Opcode.StoreSubscr:
                        {
                            var key = stack[--sp].V!;
                            var c = stack[--sp].V!;
                            var v = stack[--sp].V!;
                            stack[sp].V = stack[sp + 1].V = stack[sp + 2].V = null;
                            if (c.GetType() == typeof(PyList) && Unsafe.As<PyList>(c) is var l && key is PyInt ki && !ki.IsBig && (ulong)ki.Small < (ulong)l.Items.Count)
                                l.Items[(int)ki.Small] = v;
                            else
                                Ops.SetItem(c, key, v);
                            break;
                        }
                        case Opcode.DeleteSubscr:
                        {
                            var key = stack[--sp].V!;
                            var c = stack[--sp].V!;
                            stack[sp].V = stack[sp + 1].V = null;
                            Ops.DelItem(c, key);
                            break;
                        }
                        case Opcode.BuildSlice:
                        {
                            PyObject step = arg == 3 ? stack[--sp].V! : PyNone.Instance;
                            var stop = stack[--sp].V!;
                            var start = stack[sp - 1].V!;
                            stack[sp - 1].V = new PySlice(start, stop, step);
                            break;
                        }
                        case Opcode.BuildTuple:
                        {
                            var items = new PyObject[arg];
                            sp -= arg;
                            for (int k = 0; k < arg; k++) { items[k] = stack[sp + k].V!; stack[sp + k].V = null; }
                            stack[sp++].V = PyTuple.From(items);
                            break;
                        }
                        case Opcode.BuildList:
                        {
                            var items = new List<PyObject>(Math.Max(arg, 4));
                            sp -= arg;
                            for (int k = 0; k < arg; k++) { items.Add(stack[sp + k].V!); stack[sp + k].V = null; }
                            stack[sp++].V = new PyList(items);
                            break;
                        }
                        case Opcode.BuildSet:
                        {
                            var s = new PySet();
                            sp -= arg;
                            for (int k = 0; k < arg; k++) { s.Add(stack[sp + k].V!); stack[sp + k].V = null; }
                            stack[sp++].V = s;
                            break;
                        }
                        case Opcode.BuildMap:
                        {
                            var d = new PyDict(arg);
                            sp -= 2 * arg;
                            for (int k = 0; k < arg; k++)
                            {
                                d.Set(stack[sp + 2 * k].V!, stack[sp + 2 * k + 1].V!);
                                stack[sp + 2 * k].V = stack[sp + 2 * k + 1].V = null;
                            }
                            stack[sp++].V = d;
                            break;
                        }
                        case Opcode.BuildString:
                        {
                            sp -= arg;
                            // f-strings: most have two or three parts; concatenate without a builder,
                            // and keep the parts' surrogate state instead of rescanning the result.
                            bool simple = true;
                            long length = 0;
                            for (int k = 0; k < arg; k++) { var part = (PyStr)stack[sp + k].V!; simple &= part.IsSimple; length += part.Value.Length; }
                            ChargeAllocation(length * 2L);
                            string joined;
                            if (arg == 2) joined = string.Concat(((PyStr)stack[sp].V!).Value, ((PyStr)stack[sp + 1].V!).Value);
                            else if (arg == 3) joined = string.Concat(((PyStr)stack[sp].V!).Value, ((PyStr)stack[sp + 1].V!).Value, ((PyStr)stack[sp + 2].V!).Value);
                            else
                            {
                                var sb = new System.Text.StringBuilder((int)length);
                                for (int k = 0; k < arg; k++) sb.Append(((PyStr)stack[sp + k].V!).Value);
                                joined = sb.ToString();
                            }
                            for (int k = 0; k < arg; k++) stack[sp + k].V = null;
                            stack[sp++].V = PyStr.FromKnown(joined, simple);
                            break;
                        }
                        case Opcode.ListAppend:
                        {
                            var v = stack[--sp].V!;
                            stack[sp].V = null;
                            ((PyList)stack[sp - arg].V!).Items.Add(v);
                            break;
                        }
                        case Opcode.SetAdd:
                        {
                            var v = stack[--sp].V!;
                            stack[sp].V = null;
                            ((PySet)stack[sp - arg].V!).Add(v);
                            break;
                        }
                        case Opcode.MapAdd:
                        {
                            var v = stack[--sp].V!;
                            var k = stack[--sp].V!;
                            stack[sp].V = stack[sp + 1].V = null;
                            ((PyDict)stack[sp - arg].V!).Set(k, v);
                            break;
                        }
                        case Opcode.ListExtend:
                        {
                            var it = stack[--sp].V!;
                            stack[sp].V = null;
                            int depth = arg & 0xFF;
                            var l = (PyList)stack[sp - depth].V!;
                            if (it is not PyList && it is not PyTuple && Ops.TryGetIter(it) is null)
                            {
                                if ((arg & 0x100) != 0 && stack[sp - depth - 2].V is { } callee)
                                    throw Err.TypeError($"{Runtime.Builtins.CallableName(callee)} argument after * must be an iterable, not {Ops.TypeName(it)}");
                                throw Err.TypeError($"Value after * must be an iterable, not {Ops.TypeName(it)}");
                            }
                            l.Items.AddRange(Ops.ToList(it));
                            break;
                        }
                        case Opcode.SetUpdate:
                        {
                            var it = stack[--sp].V!;
                            stack[sp].V = null;
                            var s = (PySet)stack[sp - arg].V!;
                            foreach (var x in Ops.ToList(it)) s.Add(x);
                            break;
                        }
                        case Opcode.DictUpdate:
                        {
                            var m = stack[--sp].V!;
                            stack[sp].V = null;
                            var d = (PyDict)stack[sp - arg].V!;
                            if (m is not PyDict && Ops.TryGetAttr(m, "keys") is null)
                                throw Err.TypeError($"'{Ops.TypeName(m)}' object is not a mapping");
                            Runtime.Builtins.DictUpdate(d, m);
                            break;
                        }
                        case Opcode.DictMerge:
                        {
                            var m = stack[--sp].V!;
                            stack[sp].V = null;
                            var d = (PyDict)stack[sp - arg].V!;
                            var callee = stack[sp - arg - 3].V;
                            string fname = callee is null ? "function" : Runtime.Builtins.CallableName(callee);
                            if (m is not PyDict && Ops.TryGetAttr(m, "keys") is null)
                                throw Err.TypeError($"{fname} argument after ** must be a mapping, not {Ops.TypeName(m)}");
                            var src = m as PyDict ?? Runtime.Builtins.ToDict(m);
                            foreach (var kv in src.Items())
                            {
                                if (kv.Key is not PyStr ks) throw Err.TypeError("keywords must be strings");
                                if (d.ContainsKey(ks)) throw Err.TypeError($"{fname} got multiple values for keyword argument '{ks.Value}'");
                                d.Set(ks, kv.Value);
                            }
                            break;
                        }
                        case Opcode.ListToTuple:
                            stack[sp - 1].V = PyTuple.From(((PyList)stack[sp - 1].V!).Items.ToArray());
                            break;
                        case Opcode.FormatValue:
                        {
                            string spec = (arg & 4) != 0 ? ((PyStr)stack[--sp].V!).Value : "";
                            var v = stack[sp - 1].V!;
                            switch (arg & 3)
                            {
                                case 1: v = Ops.StrObj(v); break;
                                case 2: v = PyStr.From(Ops.Repr(v)); break;
                                case 3: v = PyStr.From(Runtime.Builtins.Ascii(Ops.Repr(v))); break;
                            }
                            if (spec.Length == 0 && v.GetType() == typeof(PyStr)) { }
                            else if (spec.Length == 0 && v is PyInt fi && fi.IsPlainSmall && v is not PyBool) v = PyStr.FromKnown(fi.Small.ToString(System.Globalization.CultureInfo.InvariantCulture), true);
                            else v = PyStr.From(Ops.Format(v, spec));
                            stack[sp - 1].V = v;
                            break;
                        }
                        case Opcode.Jump:
                            pc = arg;
                            break;
                        case Opcode.PopJumpIfFalse:
                        {
                            var v = stack[--sp].V!;
                            stack[sp].V = null;
                            if (ReferenceEquals(v, PyBool.False) || (!ReferenceEquals(v, PyBool.True) && !Ops.IsTrue(v))) pc = arg;
                            break;
                        }
                        case Opcode.PopJumpIfTrue:
                        {
                            var v = stack[--sp].V!;
                            stack[sp].V = null;
                            if (ReferenceEquals(v, PyBool.True) || (!ReferenceEquals(v, PyBool.False) && Ops.IsTrue(v))) pc = arg;
                            break;
                        }
                        case Opcode.JumpIfFalseOrPop:
                            if (!Ops.IsTrue(stack[sp - 1].V!)) pc = arg;
                            else stack[--sp].V = null;
                            break;
                        case Opcode.JumpIfTrueOrPop:
                            if (Ops.IsTrue(stack[sp - 1].V!)) pc = arg;
                            else stack[--sp].V = null;
                            break;
                        case Opcode.PopJumpIfNone:
                            if (stack[--sp].V is PyNone) pc = arg;
                            stack[sp].V = null;
                            break;
                        case Opcode.PopJumpIfNotNone:
                            if (stack[--sp].V is not PyNone) pc = arg;
                            stack[sp].V = null;
                            break;
                        case Opcode.GetIter:
                            stack[sp - 1].V = Ops.GetIter(stack[sp - 1].V!);
                            break;
                        case Opcode.ForIter:
                        {
                            var it = stack[sp - 1].V!;
                            PyObject? v;
                            if (it is PyGenerator g && !g.Running && !g.Finished)
                            {
                                var gf = g.Frame;
                                if (!g.Started) g.Started = true;
                                else gf.Stack[gf.Sp++].V = PyNone.Instance;
                                g.Running = true;
                                gf.Yielded = false;
                                gf.InlineForIter = true;
                                f.Pc = pc;
                                f.Sp = sp;
                                PushDepth();
                                gf.Back = f;
                                f = gf;
                                goto load;
                            }
                            v = it is PyIterator pit ? pit.Next() : Ops.Next(it);
                            if (v is not null) stack[sp++].V = v;
                            else
                            {
                                stack[--sp].V = null;
                                pc = arg;
                            }
                            break;
                        }
                        case Opcode.UnpackSequence:
                        {
                            var seq = stack[--sp].V!;
                            stack[sp].V = null;
                            PyObject[] items = seq switch
                            {
                                PyTuple t => t.Items,
                                PyList l => l.Items.ToArray(),
                                _ => UnpackIterable(seq, arg),
                            };
                            if (items.Length != arg)
                            {
                                if (items.Length < arg) throw Err.ValueError($"not enough values to unpack (expected {arg}, got {items.Length})");
                                throw Err.ValueError($"too many values to unpack (expected {arg})");
                            }
                            for (int k = arg - 1; k >= 0; k--) stack[sp++].V = items[k];
                            break;
                        }
                        case Opcode.UnpackEx:
                        {
                            int before = arg & 0xFF, after = arg >> 8;
                            var seq = stack[--sp].V!;
                            stack[sp].V = null;
                            if (Ops.TryGetIter(seq) is null) throw Err.TypeError($"cannot unpack non-iterable {Ops.TypeName(seq)} object");
                            var items = Ops.ToList(seq);
                            if (items.Count < before + after)
                                throw Err.ValueError($"not enough values to unpack (expected at least {before + after}, got {items.Count})");
                            for (int k = 0; k < after; k++) stack[sp++].V = items[items.Count - 1 - k];
                            stack[sp++].V = new PyList(items.GetRange(before, items.Count - before - after));
                            for (int k = before - 1; k >= 0; k--) stack[sp++].V = items[k];
                            break;
                        }
                        case Opcode.ReturnValue:
                        {
                            var v = stack[--sp].V!;
                            stack[sp].V = null;
                            _depth--;
                            var gen = f.Generator;
                            if (gen is not null)
                            {
                                f.Yielded = false;
                                f.Pc = pc;
                                f.Sp = sp;
                                if (f == entry) return v;
                                gen.Finished = true;
                                gen.Running = false;
                                var parent = f.Back!;
                                f.Back = null;
                                f = parent;
                                // The generator ended inside the parent's FOR_ITER: pop the iterator and leave the loop.
                                int forIter = f.Code.Code[f.Pc - 1];
                                f.Stack[--f.Sp].V = null;
                                f.Pc = Instr.Arg(forIter);
                                goto load;
                            }
                            if (f == entry) return v;
                            var back = f.Back!;
                            var initSelf = f.InitSelf;
                            f.Back = null;
                            f = back;
                            if (initSelf is not null)
                            {
                                if (v is not PyNone)
                                {
                                    exc = Err.TypeError($"__init__() should return None, not '{Ops.TypeName(v)}'").Value;
                                    addTb = true;
                                    goto load;
                                }
                                v = initSelf;
                            }
                            f.Stack[f.Sp++].V = v;
                            goto load;
                        }
                        case Opcode.YieldValue:
                        {
                            var v = stack[--sp].V!;
                            stack[sp].V = null;
                            f.Pc = pc;
                            f.Sp = sp;
                            f.Yielded = true;
                            _depth--;
                            if (f == entry) return v;
                            var g = f.Generator!;
                            g.Running = false;
                            var parent = f.Back!;
                            f.Back = null;
                            f = parent;
                            f.Stack[f.Sp++].V = v;
                            goto load;
                        }
                        case Opcode.Send:
                        {
                            var sent = stack[--sp].V!;
                            stack[sp].V = null;
                            var sub = stack[sp - 1].V!;
                            PyObject? v;
                            PyObject? ret = null;
                            if (sub is PyGenerator sg) v = ResumeGenerator(sg, sent, null, out ret);
                            else if (sent is PyNone) v = Ops.Next(sub);
                            else v = Call(Ops.GetAttr(sub, "send"), sent);
                            if (v is not null)
                            {
                                // Suspend; on resume SEND runs again with the new sent value.
                                f.Pc = pc - 1;
                                f.Sp = sp;
                                f.Yielded = true;
                                _depth--;
                                if (f == entry) return v;
                                f.Generator!.Running = false;
                                var parent = f.Back!;
                                f.Back = null;
                                f = parent;
                                f.Stack[f.Sp++].V = v;
                                goto load;
                            }
                            stack[sp - 1].V = ret ?? PyNone.Instance;
                            break;
                        }
                        case Opcode.GetYieldFromIter:
                            if (stack[sp - 1].V is not PyGenerator) stack[sp - 1].V = Ops.GetIter(stack[sp - 1].V!);
                            break;
                        case Opcode.RaiseVarargs:
                        {
                            if (arg == 0)
                            {
                                exc = HandledException ?? Err.RuntimeError("No active exception to reraise").Value;
                                addTb = HandledException is null;
                                goto handle;
                            }
                            PyObject? cause = arg == 2 ? stack[--sp].V : null;
                            var e = MakeException(stack[--sp].V!, "exceptions must derive from BaseException");
                            if (arg == 2)
                            {
                                e.Cause = cause is PyNone ? null : MakeException(cause!, "exception causes must derive from BaseException");
                                e.SuppressContext = true;
                            }
                            SetContext(e);
                            exc = e;
                            addTb = true;
                            goto handle;
                        }
                        case Opcode.Reraise:
                            exc = (PyBaseException)stack[--sp].V!;
                            addTb = false;
                            goto handle;
                        case Opcode.PushExcInfo:
                        {
                            var e = stack[sp - 1].V!;
                            stack[sp - 1].V = (PyObject?)HandledException ?? PyNone.Instance;
                            stack[sp++].V = e;
                            HandledException = (PyBaseException)e;
                            break;
                        }
                        case Opcode.PopExcept:
                            HandledException = stack[--sp].V as PyBaseException;
                            stack[sp].V = null;
                            break;
                        case Opcode.CheckExcMatch:
                        {
                            var t = stack[--sp].V!;
                            stack[sp].V = null;
                            stack[sp++].V = PyBool.From(ExceptionMatches((PyBaseException)stack[sp - 2].V!, t));
                            break;
                        }
                        case Opcode.PopExceptAndReraise:
                            exc = (PyBaseException)stack[--sp].V!;
                            HandledException = stack[--sp].V as PyBaseException;
                            addTb = false;
                            goto handle;
                        case Opcode.BeforeWith:
                        {
                            var mgr = stack[sp - 1].V!;
                            var t = mgr.Type;
                            var enter = t.Lookup("__enter__");
                            var exit = t.Lookup("__exit__");
                            if (enter is null || exit is null)
                                throw Err.TypeError($"'{t.Name}' object does not support the context manager protocol");
                            stack[sp - 1].V = Ops.BindDescriptor(exit, mgr, t);
                            stack[sp++].V = Ops.CallMethod(mgr, enter);
                            break;
                        }
                        case Opcode.WithExit:
                        {
                            var none = PyNone.Instance;
                            stack[sp - 1].V = Call(stack[sp - 1].V!, none, none, none);
                            break;
                        }
                        case Opcode.WithExceptStart:
                        {
                            var e = (PyBaseException)stack[sp - 1].V!;
                            var exit = stack[sp - 3].V!;
                            stack[sp++].V = Call(exit, e.Type, e, SpecialAttributes.TracebackToken);
                            break;
                        }
                        case Opcode.MakeFunction:
                        {
                            var codeRef = (PyCodeRef)stack[--sp].V!;
                            PyCell[]? closure = null;
                            if ((arg & 8) != 0)
                            {
                                var t = (PyTuple)stack[--sp].V!;
                                closure = new PyCell[t.Count];
                                for (int k = 0; k < closure.Length; k++) closure[k] = (PyCell)t.Items[k];
                            }
                            PyDict? annotations = (arg & 4) != 0 ? (PyDict)stack[--sp].V! : null;
                            PyDict? kwd = (arg & 2) != 0 ? (PyDict)stack[--sp].V! : null;
                            PyObject[] defs = (arg & 1) != 0 ? ((PyTuple)stack[--sp].V!).Items : Array.Empty<PyObject>();
                            var fn = new PyFunction(codeRef.Code, f.Globals, defs, kwd, closure) { Annotations = annotations };
                            if (codeRef.Code.Docstring is { } doc) fn.Doc = PyStr.From(doc);
                            stack[sp++].V = fn;
                            break;
                        }
                        case Opcode.LoadBuildClass:
                            stack[sp++].V = Runtime.Builtins.BuildClassFunction;
                            break;
                        case Opcode.ImportName:
                        {
                            stack[--sp].V = null; // fromlist
                            stack[sp - 1].V = Import(names[arg].Value);
                            break;
                        }
                        case Opcode.ImportFrom:
                        {
                            var mod = stack[sp - 1].V!;
                            var n = names[arg].Value;
                            stack[sp++].V = Ops.TryGetAttr(mod, n)
                                ?? throw Err.ImportError($"cannot import name '{n}' from '{(mod as PyModule)?.Name}' (unknown location)");
                            break;
                        }
                        case Opcode.ImportStar:
                        {
                            var mod = (PyModule)stack[--sp].V!;
                            stack[sp].V = null;
                            foreach (var kv in mod.ModuleDict.Items())
                                if (kv.Key is PyStr ks && !ks.Value.StartsWith('_')) (f.LocalsDict ?? f.Globals).Set(ks, kv.Value);
                            break;
                        }
                        case Opcode.LoadAssertionError:
                            stack[sp++].V = ExcTypes.AssertionError;
                            break;
                        case Opcode.GetLen:
                            stack[sp].V = PyInt.From(Ops.Len(stack[sp - 1].V!));
                            sp++;
                            break;
                        case Opcode.MatchMapping:
                            stack[sp].V = PyBool.From(Matching.IsMapping(stack[sp - 1].V!));
                            sp++;
                            break;
                        case Opcode.MatchSequence:
                            stack[sp].V = PyBool.From(Matching.IsSequence(stack[sp - 1].V!));
                            sp++;
                            break;
                        case Opcode.MatchKeys:
                            stack[sp].V = Matching.Keys(stack[sp - 2].V!, (PyTuple)stack[sp - 1].V!);
                            sp++;
                            break;
                        case Opcode.MatchClass:
                        {
                            var kwn = (PyTuple)stack[--sp].V!;
                            var cls = stack[--sp].V!;
                            var subject = stack[sp - 1].V!;
                            stack[sp].V = stack[sp + 1].V = null;
                            stack[sp - 1].V = Matching.Class(subject, cls, arg, kwn);
                            break;
                        }
                        case Opcode.CopyDictWithoutKeys:
                        {
                            var keys = (PyTuple)stack[sp - 1].V!;
                            var m = stack[sp - 2].V!;
                            var rest = new PyDict();
                            Runtime.Builtins.DictUpdate(rest, m);
                            foreach (var k in keys.Items) rest.Remove(k);
                            stack[sp - 1].V = rest;
                            break;
                        }
                        case Opcode.LoadLocals:
                            stack[sp++].V = f.LocalsDict ?? f.Globals;
                            break;
                        case Opcode.SetupAnnotations:
                        {
                            var ns = f.LocalsDict ?? f.Globals;
                            if (ns.Get("__annotations__") is null) ns.Set("__annotations__", new PyDict());
                            break;
                        }
                        case Opcode.StoreAnnotation:
                        {
                            var v = stack[--sp].V!;
                            stack[sp].V = null;
                            var ns = f.LocalsDict ?? f.Globals;
                            if (ns.Get("__annotations__") is PyDict ann) ann.Set(names[arg], v);
                            break;
                        }
                        default:
                            throw new InvalidOperationException($"bad opcode {instr & 0xFF} at {pc - 1} in {co.Name}");
                    }
                }
            }
            catch (PythonException pe)
            {
                exc = pe.Value;
                addTb = true;
                if (exc.Traceback.Count == 0) SetContext(exc);
            }

        handle:
            // Unwind: find a handler in this frame, else pop the frame and retry in its caller.
            while (true)
            {
                var ex = exc!;
                if (addTb && (co.Flags & CodeFlags.Comprehension) == 0)
                    ex.Traceback.Add(new TracebackEntry(co, co.LineOf(pc - 1)));
                int at = pc - 1;
                foreach (var h in co.ExceptionTable)
                {
                    if (at >= h.Start && at < h.End)
                    {
                        int depth = f.StackBase + h.Depth;
                        for (int k = depth; k < sp; k++) stack[k].V = null;
                        sp = depth;
                        stack[sp++].V = ex;
                        pc = h.Target;
                        exc = null;
                        goto restart;
                    }
                }
                _depth--;
                Array.Clear(stack);
                f.Sp = f.StackBase;
                var gen = f.Generator;
                if (gen is not null)
                {
                    gen.Finished = true;
                    gen.Running = false;
                    if (ex.Is(ExcTypes.StopIteration))
                    {
                        var re = Err.RuntimeError("generator raised StopIteration").Value;
                        re.Cause = ex;
                        re.Context = ex;
                        re.SuppressContext = true;
                        ex = re;
                        exc = re;
                    }
                }
                if (f == entry) throw new PythonException(ex);
                var back = f.Back!;
                f.Back = null;
                f = back;
                co = f.Code;
                code = co.Code;
                consts = f.Consts;
                names = f.Names;
                locals = f.Locals;
                stack = f.Stack;
                pc = f.Pc;
                sp = f.Sp;
                CurrentFrame = f;
                addTb = true;
            }
        }
        finally
        {
            _nesting--;
            CurrentFrame = savedCurrent;
        }
    }

    private void SetContext(PyBaseException e)
    {
        var handled = HandledException;
        if (handled is null || ReferenceEquals(handled, e)) return;
        // Break cycles as CPython does: drop e from the chain that will hang below it.
        var o = handled;
        while (o.Context is { } next)
        {
            if (ReferenceEquals(next, e)) { o.Context = null; break; }
            o = next;
        }
        e.Context = handled;
    }

    private static PyObject[] UnpackIterable(PyObject seq, int expected)
    {
        var it = Ops.TryGetIter(seq) ?? throw Err.TypeError($"cannot unpack non-iterable {Ops.TypeName(seq)} object");
        var items = new List<PyObject>(expected);
        while (Ops.Next(it) is { } x)
        {
            items.Add(x);
            if (items.Count > expected) break;
        }
        return items.ToArray();
    }

    /// <summary>Turns the operand of <c>raise</c> into an exception instance.</summary>
    internal PyBaseException MakeException(PyObject v, string message)
    {
        if (v is PyBaseException e) return e;
        if (v is PyType t && t.IsSubtypeOf(ExcTypes.BaseException))
        {
            var inst = Call(t, Array.Empty<PyObject>(), null);
            if (inst is PyBaseException ie) return ie;
            throw Err.TypeError($"calling {Ops.Repr(t)} should have returned an instance of BaseException, not {Ops.TypeName(inst)}");
        }
        throw Err.TypeError(message);
    }

    private static bool ExceptionMatches(PyBaseException e, PyObject t)
    {
        if (t is PyTuple tup)
        {
            foreach (var item in tup.Items) if (ExceptionMatches(e, item)) return true;
            return false;
        }
        if (t is PyType pt && pt.IsSubtypeOf(ExcTypes.BaseException)) return e.Type.IsSubtypeOf(pt);
        throw Err.TypeError("catching classes that do not inherit from BaseException is not allowed");
    }

    /// <summary><c>import name</c>: only the native modules the host made available exist.</summary>
    internal PyObject Import(string name)
    {
        if (Modules.TryGetValue(name, out var m)) return m;
        if (ModuleFactories.TryGetValue(name, out var factory))
        {
            m = factory();
            Modules[name] = m;
            return m;
        }
        var e = Err.New(ExcTypes.ModuleNotFoundError, $"No module named '{name}'");
        throw e;
    }
}
