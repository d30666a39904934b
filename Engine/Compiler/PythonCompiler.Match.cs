using RuleSandbox.Engine.Syntax.Ast;

namespace RuleSandbox.Engine.Compiler;

public sealed partial class PythonCompiler
{
    /// <summary>
    /// Where a failing pattern goes: <c>Labels[k]</c> pops k stack items and continues at
    /// <see cref="Target"/> (the next case, or the next alternative of an or-pattern).
    /// </summary>
    private sealed class FailContext
    {
        public readonly SortedDictionary<int, int> Labels = new();
        public int Target;
    }

    private FailContext _fail = null!;

    private int FailLabel(int pops)
    {
        if (!_fail.Labels.TryGetValue(pops, out var l))
        {
            l = B.NewLabel();
            _fail.Labels[pops] = l;
        }
        return l;
    }

    /// <summary>Emits the pop chain of a fail context: label k pops one item and falls into label k-1.</summary>
    private void EmitFailChain(FailContext ctx)
    {
        var keys = ctx.Labels.Keys.OrderByDescending(k => k).ToList();
        if (keys.Count == 0) return;
        for (int k = keys[0]; k >= 0; k--)
        {
            if (ctx.Labels.TryGetValue(k, out var l)) B.Mark(l);
            if (k > 0) B.Emit(Opcode.PopTop);
        }
        B.EmitJump(Opcode.Jump, ctx.Target);
    }

    private void CompileMatch(Match m)
    {
        CompileExpr(m.Subject);
        var end = B.NewLabel();
        var saved = _fail;
        foreach (var c in m.Cases)
        {
            var next = B.NewLabel();
            _fail = new FailContext { Target = next };
            B.Line = c.Pattern.Span.Line;
            B.Emit(Opcode.Copy, 1);
            CompilePattern(c.Pattern, 0);
            if (c.Guard is not null)
            {
                CompileExpr(c.Guard);
                B.EmitJump(Opcode.PopJumpIfFalse, FailLabel(0));
            }
            B.Emit(Opcode.PopTop);
            CompileStmts(c.Body);
            B.EmitJump(Opcode.Jump, end);
            EmitFailChain(_fail);
            B.Mark(next);
        }
        _fail = saved;
        B.Emit(Opcode.PopTop);
        B.Mark(end);
    }

    /// <summary>
    /// Matches the value on top of the stack against <paramref name="p"/>, consuming it. On failure
    /// jumps to the fail context with <paramref name="extra"/> + the items this pattern left on the stack.
    /// </summary>
    private void CompilePattern(Pattern p, int extra)
    {
        Guard(p);
        B.Line = p.Span.Line;
        switch (p)
        {
            case MatchValue mv:
                CompileExpr(mv.Value);
                B.Emit(Opcode.CompareOp, (int)CompareKind.Eq);
                B.EmitJump(Opcode.PopJumpIfFalse, FailLabel(extra));
                break;
            case MatchSingleton ms:
                B.Emit(Opcode.LoadConst, B.Const(ConstOf(ms.Value)));
                B.Emit(Opcode.IsOp, 0);
                B.EmitJump(Opcode.PopJumpIfFalse, FailLabel(extra));
                break;
            case MatchAs ma:
                if (ma.Pattern is null)
                {
                    if (ma.Name is null) B.Emit(Opcode.PopTop);
                    else StoreName(ma.Name);
                    break;
                }
                B.Emit(Opcode.Copy, 1);
                CompilePattern(ma.Pattern, extra + 1);
                if (ma.Name is null) B.Emit(Opcode.PopTop);
                else StoreName(ma.Name);
                break;
            case MatchStar st:
                if (st.Name is null) B.Emit(Opcode.PopTop);
                else StoreName(st.Name);
                break;
            case MatchOr mo:
            {
                var success = B.NewLabel();
                var outer = _fail;
                for (int i = 0; i < mo.Patterns.Count; i++)
                {
                    if (i == mo.Patterns.Count - 1)
                    {
                        _fail = outer;
                        CompilePattern(mo.Patterns[i], extra);
                        break;
                    }
                    var nextAlt = B.NewLabel();
                    _fail = new FailContext { Target = nextAlt };
                    B.Emit(Opcode.Copy, 1);
                    CompilePattern(mo.Patterns[i], 0);
                    B.Emit(Opcode.PopTop);
                    B.EmitJump(Opcode.Jump, success);
                    EmitFailChain(_fail);
                    B.Mark(nextAlt);
                }
                _fail = outer;
                B.Mark(success);
                break;
            }
            case MatchSequence seq:
            {
                int n = seq.Patterns.Count;
                int star = -1;
                for (int i = 0; i < n; i++) if (seq.Patterns[i] is MatchStar) star = i;
                B.Emit(Opcode.MatchSequence);
                B.EmitJump(Opcode.PopJumpIfFalse, FailLabel(extra + 1));
                B.Emit(Opcode.GetLen);
                B.Emit(Opcode.LoadConst, B.Const(new System.Numerics.BigInteger(star < 0 ? n : n - 1)));
                B.Emit(Opcode.CompareOp, (int)(star < 0 ? CompareKind.Eq : CompareKind.Ge));
                B.EmitJump(Opcode.PopJumpIfFalse, FailLabel(extra + 1));
                if (star < 0) B.Emit(Opcode.UnpackSequence, n);
                else B.Emit(Opcode.UnpackEx, star | ((n - star - 1) << 8));
                for (int i = 0; i < n; i++) CompilePattern(seq.Patterns[i], extra + (n - 1 - i));
                break;
            }
            case MatchMapping mm:
            {
                int n = mm.Keys.Count;
                B.Emit(Opcode.MatchMapping);
                B.EmitJump(Opcode.PopJumpIfFalse, FailLabel(extra + 1));
                if (n > 0)
                {
                    B.Emit(Opcode.GetLen);
                    B.Emit(Opcode.LoadConst, B.Const(new System.Numerics.BigInteger(n)));
                    B.Emit(Opcode.CompareOp, (int)CompareKind.Ge);
                    B.EmitJump(Opcode.PopJumpIfFalse, FailLabel(extra + 1));
                }
                foreach (var k in mm.Keys) CompileExpr(k);
                B.Emit(Opcode.BuildTuple, n);
                B.Emit(Opcode.MatchKeys);
                B.Emit(Opcode.Copy, 1);
                B.EmitJump(Opcode.PopJumpIfNone, FailLabel(extra + 3));
                B.Emit(Opcode.UnpackSequence, n);
                for (int i = 0; i < n; i++) CompilePattern(mm.Patterns[i], extra + 2 + (n - 1 - i));
                if (mm.Rest is not null)
                {
                    B.Emit(Opcode.CopyDictWithoutKeys);
                    StoreName(mm.Rest);
                    B.Emit(Opcode.PopTop);
                }
                else
                {
                    B.Emit(Opcode.PopTop);
                    B.Emit(Opcode.PopTop);
                }
                break;
            }
            case MatchClass mc:
            {
                int npos = mc.Patterns.Count, nkw = mc.KwdAttrs.Count;
                CompileExpr(mc.Cls);
                B.Emit(Opcode.LoadConst, B.Const(mc.KwdAttrs.Cast<object?>().ToArray()));
                B.Emit(Opcode.MatchClass, npos);
                B.Emit(Opcode.Copy, 1);
                B.EmitJump(Opcode.PopJumpIfNone, FailLabel(extra + 1));
                int total = npos + nkw;
                B.Emit(Opcode.UnpackSequence, total);
                for (int i = 0; i < npos; i++) CompilePattern(mc.Patterns[i], extra + (total - 1 - i));
                for (int i = 0; i < nkw; i++) CompilePattern(mc.KwdPatterns[i], extra + (total - 1 - npos - i));
                break;
            }
            default:
                throw Error($"unsupported pattern {p.PythonName}", p);
        }
    }
}
