namespace RuleSandbox.Engine.Compiler;

/// <summary>
/// Emits the instructions of one code object: labels and jump fix-ups, the per-instruction line
/// table, the active exception handler of every instruction (compressed into the exception table
/// at the end, as CPython does) and the maximum stack depth (by flow analysis over the result).
/// </summary>
internal sealed class CodeBuilder
{
    private readonly List<int> _code = new();
    private readonly List<int> _lines = new();
    private readonly List<int> _handlerOf = new(); // index into _handlers, or -1
    private readonly List<(int Label, int Depth)> _handlers = new();
    private readonly Stack<int> _active = new();
    private readonly List<int> _labelPos = new();
    private readonly List<(int At, int Label)> _fixups = new();
    private readonly List<object?> _consts = new();
    private readonly Dictionary<(Type, object), int> _constIndex = new();
    private readonly List<string> _names = new();
    private readonly Dictionary<string, int> _nameIndex = new(StringComparer.Ordinal);

    /// <summary>Line attributed to the next instruction.</summary>
    public int Line;

    public int Count => _code.Count;

    public int NewLabel()
    {
        _labelPos.Add(-1);
        return _labelPos.Count - 1;
    }

    public void Mark(int label) => _labelPos[label] = _code.Count;

    public void Emit(Opcode op, int arg = 0)
    {
        if (arg < 0 || arg > Instr.MaxArg) throw new InvalidOperationException($"argument {arg} out of range for {op}");
        _code.Add(Instr.Make(op, arg));
        _lines.Add(Line);
        _handlerOf.Add(_active.Count > 0 ? _active.Peek() : -1);
    }

    public void EmitJump(Opcode op, int label)
    {
        _fixups.Add((_code.Count, label));
        Emit(op, 0);
    }

    /// <summary>Makes <paramref name="label"/> (with the stack cut to <paramref name="depth"/>) the handler of the instructions emitted next.</summary>
    public void PushHandler(int label, int depth)
    {
        _handlers.Add((label, depth));
        _active.Push(_handlers.Count - 1);
    }

    public int PopHandler() => _active.Pop();

    public void RestoreHandler(int handler) => _active.Push(handler);

    public int Const(object? value)
    {
        // Keyed by type so 1, 1.0 and True stay distinct constants.
        var key = (value?.GetType() ?? typeof(void), value ?? (object)"<None>");
        if (value is not (CodeObject or object[] or string[] or byte[]) && _constIndex.TryGetValue(key, out var ix)) return ix;
        _consts.Add(value);
        ix = _consts.Count - 1;
        if (value is not (CodeObject or object[] or string[] or byte[])) _constIndex[key] = ix;
        return ix;
    }

    public int Name(string name)
    {
        if (_nameIndex.TryGetValue(name, out var ix)) return ix;
        _names.Add(name);
        _nameIndex[name] = _names.Count - 1;
        return _names.Count - 1;
    }

    public (int[] Code, int[] Lines, object?[] Consts, string[] Names, ExceptionTableEntry[] Table, int MaxStack) Finish()
    {
        var code = _code.ToArray();
        foreach (var (at, label) in _fixups)
        {
            int target = _labelPos[label];
            if (target < 0) throw new InvalidOperationException("unmarked label");
            code[at] = Instr.Make(Instr.Op(code[at]), target);
        }
        var table = new List<ExceptionTableEntry>();
        int i = 0;
        while (i < code.Length)
        {
            int h = _handlerOf[i];
            if (h < 0) { i++; continue; }
            int start = i;
            while (i < code.Length && _handlerOf[i] == h) i++;
            var (label, depth) = _handlers[h];
            table.Add(new ExceptionTableEntry(start, i, _labelPos[label], depth));
        }
        int maxStack = ComputeMaxStack(code, table);
        return (code, _lines.ToArray(), _consts.ToArray(), _names.ToArray(), table.ToArray(), maxStack);
    }

    private static bool IsTerminal(Opcode op) => op is Opcode.ReturnValue or Opcode.RaiseVarargs or Opcode.Reraise or Opcode.PopExceptAndReraise or Opcode.Jump;

    private static int Effect(Opcode op, int arg, bool jump) => op switch
    {
        Opcode.Nop or Opcode.Swap or Opcode.DeleteFast or Opcode.DeleteDeref or Opcode.DeleteGlobal or Opcode.DeleteName
            or Opcode.LoadAttr or Opcode.KwNames or Opcode.UnaryNegative or Opcode.UnaryPositive or Opcode.UnaryNot
            or Opcode.UnaryInvert or Opcode.ListToTuple or Opcode.Jump or Opcode.GetIter or Opcode.GetYieldFromIter
            or Opcode.CheckExcMatch or Opcode.WithExit or Opcode.CopyDictWithoutKeys or Opcode.SetupAnnotations
            or Opcode.YieldValue => 0,
        Opcode.PopTop or Opcode.StoreFast or Opcode.StoreDeref or Opcode.StoreGlobal or Opcode.StoreName or Opcode.DeleteAttr
            or Opcode.BinaryOp or Opcode.CompareOp or Opcode.IsOp or Opcode.ContainsOp or Opcode.BinarySubscr
            or Opcode.ListAppend or Opcode.SetAdd or Opcode.ListExtend or Opcode.SetUpdate or Opcode.DictUpdate
            or Opcode.DictMerge or Opcode.PopJumpIfFalse or Opcode.PopJumpIfTrue or Opcode.PopJumpIfNone
            or Opcode.PopJumpIfNotNone or Opcode.ReturnValue or Opcode.Reraise or Opcode.PopExcept or Opcode.ImportName
            or Opcode.ImportStar or Opcode.StoreAnnotation or Opcode.Send => -1,
        Opcode.Copy or Opcode.PushNull or Opcode.LoadConst or Opcode.LoadFast or Opcode.LoadDeref or Opcode.LoadClosure
            or Opcode.LoadClassDeref or Opcode.LoadGlobal or Opcode.LoadName or Opcode.LoadMethod or Opcode.PushExcInfo
            or Opcode.BeforeWith or Opcode.WithExceptStart or Opcode.LoadBuildClass or Opcode.ImportFrom
            or Opcode.LoadAssertionError or Opcode.GetLen or Opcode.MatchMapping or Opcode.MatchSequence
            or Opcode.MatchKeys or Opcode.LoadLocals => 1,
        Opcode.StoreAttr or Opcode.DeleteSubscr or Opcode.MapAdd or Opcode.PopExceptAndReraise or Opcode.MatchClass => -2,
        Opcode.StoreSubscr => -3,
        Opcode.Call => -arg - 1,
        Opcode.CallEx => -(3 + (arg & 1)) + 1,
        Opcode.BuildSlice => 1 - arg,
        Opcode.BuildTuple or Opcode.BuildList or Opcode.BuildSet or Opcode.BuildString => 1 - arg,
        Opcode.BuildMap => 1 - 2 * arg,
        Opcode.FormatValue => (arg & 4) != 0 ? -1 : 0,
        Opcode.JumpIfFalseOrPop or Opcode.JumpIfTrueOrPop => jump ? 0 : -1,
        Opcode.ForIter => jump ? -1 : 1,
        Opcode.UnpackSequence => arg - 1,
        Opcode.UnpackEx => (arg & 0xFF) + (arg >> 8),
        Opcode.RaiseVarargs => -arg,
        Opcode.MakeFunction => -(((arg & 1) != 0 ? 1 : 0) + ((arg & 2) != 0 ? 1 : 0) + ((arg & 4) != 0 ? 1 : 0) + ((arg & 8) != 0 ? 1 : 0)),
        _ => throw new InvalidOperationException($"no stack effect for {op}"),
    };

    private static bool IsJump(Opcode op) => op is Opcode.Jump or Opcode.PopJumpIfFalse or Opcode.PopJumpIfTrue or Opcode.JumpIfFalseOrPop
        or Opcode.JumpIfTrueOrPop or Opcode.PopJumpIfNone or Opcode.PopJumpIfNotNone or Opcode.ForIter;

    private static int ComputeMaxStack(int[] code, List<ExceptionTableEntry> table)
    {
        var depth = new int[code.Length + 1];
        Array.Fill(depth, -1);
        var work = new Stack<int>();
        int max = 0;
        void Reach(int pc, int d)
        {
            if (pc >= code.Length || d < 0) return;
            if (depth[pc] >= d) return;
            depth[pc] = d;
            if (d > max) max = d;
            work.Push(pc);
        }
        Reach(0, 0);
        foreach (var e in table) Reach(e.Target, e.Depth + 1);
        while (work.Count > 0)
        {
            int pc = work.Pop();
            int d = depth[pc];
            var op = Instr.Op(code[pc]);
            int arg = Instr.Arg(code[pc]);
            if (IsJump(op)) Reach(arg, d + Effect(op, arg, true));
            if (!IsTerminal(op))
            {
                int nd = d + Effect(op, arg, false);
                if (nd > max) max = nd;
                Reach(pc + 1, nd);
            }
            // Handlers reached from here are seeded above; instructions inside a try can be at any depth ≥ handler depth.
        }
        return max + 2;
    }
}
