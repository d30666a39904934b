using RuleSandbox.Engine.Syntax.Ast;
using Attribute = RuleSandbox.Engine.Syntax.Ast.Attribute;

namespace RuleSandbox.Engine.Compiler;

public sealed partial class PythonCompiler
{
    private static BinaryOpKind BinOpKind(Operator op) => op switch
    {
        Operator.Add => BinaryOpKind.Add,
        Operator.Sub => BinaryOpKind.Sub,
        Operator.Mult => BinaryOpKind.Mul,
        Operator.MatMult => BinaryOpKind.MatMul,
        Operator.Div => BinaryOpKind.TrueDiv,
        Operator.Mod => BinaryOpKind.Mod,
        Operator.Pow => BinaryOpKind.Pow,
        Operator.LShift => BinaryOpKind.LShift,
        Operator.RShift => BinaryOpKind.RShift,
        Operator.BitOr => BinaryOpKind.Or,
        Operator.BitXor => BinaryOpKind.Xor,
        Operator.BitAnd => BinaryOpKind.And,
        _ => BinaryOpKind.FloorDiv,
    };

    private void CompileExpr(Expr e)
    {
        Guard(e);
        int savedLine = B.Line;
        B.Line = e.Span.Line;
        switch (e)
        {
            case Constant c:
                B.Emit(Opcode.LoadConst, B.Const(ConstOf(c.Value)));
                break;
            case Name n:
                NameOp(n.Id, ExprContext.Load);
                break;
            case Attribute at:
                CompileExpr(at.Value);
                B.Line = e.Span.Line;
                B.Emit(Opcode.LoadAttr, B.Name(Mangle(at.Attr)));
                break;
            case Subscript sub:
                CompileExpr(sub.Value);
                CompileSubscriptKey(sub.Slice);
                B.Line = e.Span.Line;
                B.Emit(Opcode.BinarySubscr);
                break;
            case BinOp b:
                CompileExpr(b.Left);
                CompileExpr(b.Right);
                B.Line = e.Span.Line;
                B.Emit(Opcode.BinaryOp, (int)BinOpKind(b.Op));
                break;
            case UnaryOp u:
                CompileExpr(u.Operand);
                B.Line = e.Span.Line;
                B.Emit(u.Op switch
                {
                    UnaryOperator.Not => Opcode.UnaryNot,
                    UnaryOperator.USub => Opcode.UnaryNegative,
                    UnaryOperator.UAdd => Opcode.UnaryPositive,
                    _ => Opcode.UnaryInvert,
                });
                break;
            case BoolOp bo:
            {
                var end = B.NewLabel();
                for (int i = 0; i < bo.Values.Count; i++)
                {
                    CompileExpr(bo.Values[i]);
                    if (i < bo.Values.Count - 1)
                        B.EmitJump(bo.Op == BoolOperator.And ? Opcode.JumpIfFalseOrPop : Opcode.JumpIfTrueOrPop, end);
                }
                B.Mark(end);
                break;
            }
            case Compare cmp:
                CompileCompare(cmp);
                break;
            case Call call:
                CompileCall(call);
                break;
            case IfExp ie:
            {
                var orelse = B.NewLabel();
                var end = B.NewLabel();
                CompileJumpIf(ie.Test, false, orelse);
                CompileExpr(ie.Body);
                B.EmitJump(Opcode.Jump, end);
                B.Mark(orelse);
                CompileExpr(ie.Orelse);
                B.Mark(end);
                break;
            }
            case Lambda lam:
                CompileLambda(lam);
                break;
            case NamedExpr ne:
                CompileExpr(ne.Value);
                B.Emit(Opcode.Copy, 1);
                CompileStore(ne.Target);
                break;
            case Syntax.Ast.List l:
                CompileSequence(l.Elts, Opcode.BuildList, toTuple: false);
                break;
            case Syntax.Ast.Tuple t:
                if (t.Elts.All(x => x is Constant) && t.Elts.Count > 0)
                {
                    B.Emit(Opcode.LoadConst, B.Const(t.Elts.Select(x => ConstOf(((Constant)x).Value)).ToArray()));
                    break;
                }
                CompileSequence(t.Elts, Opcode.BuildTuple, toTuple: true);
                break;
            case Set s:
                CompileSequence(s.Elts, Opcode.BuildSet, toTuple: false);
                break;
            case Dict d:
                CompileDict(d);
                break;
            case ListComp lc:
                CompileComprehension(lc, "<listcomp>", lc.Generators, lc.Elt, null, Opcode.BuildList);
                break;
            case SetComp sc:
                CompileComprehension(sc, "<setcomp>", sc.Generators, sc.Elt, null, Opcode.BuildSet);
                break;
            case DictComp dc:
                CompileComprehension(dc, "<dictcomp>", dc.Generators, dc.Key, dc.Value, Opcode.BuildMap);
                break;
            case GeneratorExp ge:
                CompileComprehension(ge, "<genexpr>", ge.Generators, ge.Elt, null, Opcode.Nop);
                break;
            case Yield y:
                if (y.Value is not null) CompileExpr(y.Value);
                else B.Emit(Opcode.LoadConst, B.Const(null));
                B.Line = e.Span.Line;
                B.Emit(Opcode.YieldValue);
                break;
            case YieldFrom yf:
                CompileExpr(yf.Value);
                B.Line = e.Span.Line;
                B.Emit(Opcode.GetYieldFromIter);
                B.Emit(Opcode.LoadConst, B.Const(null));
                B.Emit(Opcode.Send);
                break;
            case JoinedStr js:
                CompileJoinedStr(js);
                break;
            case FormattedValue fv:
                CompileFormattedValue(fv);
                break;
            case Starred st:
                throw Error("can't use starred expression here", st);
            case Slice sl:
                CompileSlice(sl);
                break;
            default:
                throw Error($"unsupported expression {e.PythonName}", e);
        }
        B.Line = savedLine;
    }

    private void CompileSubscriptKey(Expr key)
    {
        if (key is Slice sl) CompileSlice(sl);
        else CompileExpr(key);
    }

    private void CompileSlice(Slice sl)
    {
        if (sl.Lower is not null) CompileExpr(sl.Lower); else B.Emit(Opcode.LoadConst, B.Const(null));
        if (sl.Upper is not null) CompileExpr(sl.Upper); else B.Emit(Opcode.LoadConst, B.Const(null));
        if (sl.Step is not null)
        {
            CompileExpr(sl.Step);
            B.Emit(Opcode.BuildSlice, 3);
        }
        else B.Emit(Opcode.BuildSlice, 2);
    }

    private void CompileCompare(Compare cmp)
    {
        CompileExpr(cmp.Left);
        int n = cmp.Ops.Count;
        if (n == 1)
        {
            CompileExpr(cmp.Comparators[0]);
            B.Line = cmp.Span.Line;
            EmitCompare(cmp.Ops[0]);
            return;
        }
        var cleanup = B.NewLabel();
        var end = B.NewLabel();
        for (int i = 0; i < n - 1; i++)
        {
            CompileExpr(cmp.Comparators[i]);
            B.Line = cmp.Span.Line;
            B.Emit(Opcode.Swap, 2);
            B.Emit(Opcode.Copy, 2);
            EmitCompare(cmp.Ops[i]);
            B.EmitJump(Opcode.JumpIfFalseOrPop, cleanup);
        }
        CompileExpr(cmp.Comparators[n - 1]);
        B.Line = cmp.Span.Line;
        EmitCompare(cmp.Ops[n - 1]);
        B.EmitJump(Opcode.Jump, end);
        B.Mark(cleanup);
        B.Emit(Opcode.Swap, 2);
        B.Emit(Opcode.PopTop);
        B.Mark(end);
    }

    private void EmitCompare(CompareOperator op)
    {
        switch (op)
        {
            case CompareOperator.Eq: B.Emit(Opcode.CompareOp, (int)CompareKind.Eq); break;
            case CompareOperator.NotEq: B.Emit(Opcode.CompareOp, (int)CompareKind.Ne); break;
            case CompareOperator.Lt: B.Emit(Opcode.CompareOp, (int)CompareKind.Lt); break;
            case CompareOperator.LtE: B.Emit(Opcode.CompareOp, (int)CompareKind.Le); break;
            case CompareOperator.Gt: B.Emit(Opcode.CompareOp, (int)CompareKind.Gt); break;
            case CompareOperator.GtE: B.Emit(Opcode.CompareOp, (int)CompareKind.Ge); break;
            case CompareOperator.Is: B.Emit(Opcode.IsOp, 0); break;
            case CompareOperator.IsNot: B.Emit(Opcode.IsOp, 1); break;
            case CompareOperator.In: B.Emit(Opcode.ContainsOp, 0); break;
            case CompareOperator.NotIn: B.Emit(Opcode.ContainsOp, 1); break;
        }
    }

    private void CompileCall(Call call)
    {
        bool simple = !call.Args.Any(a => a is Starred) && call.Keywords.All(k => k.Arg is not null);
        if (simple && call.Func is Attribute at)
        {
            CompileExpr(at.Value);
            B.Line = at.Span.EndLine;
            B.Emit(Opcode.LoadMethod, B.Name(Mangle(at.Attr)));
            CompileCallArgs(0, call.Args, call.Keywords, call);
            return;
        }
        CompileExpr(call.Func);
        B.Emit(Opcode.PushNull);
        CompileCallArgs(0, call.Args, call.Keywords, call);
    }

    /// <summary>Pushes the arguments and emits the call; <paramref name="extra"/> positional arguments are already on the stack.</summary>
    private void CompileCallArgs(int extra, IReadOnlyList<Expr> args, IReadOnlyList<Keyword> keywords, Node call)
    {
        bool simple = !args.Any(a => a is Starred) && keywords.All(k => k.Arg is not null);
        if (simple)
        {
            foreach (var a in args) CompileExpr(a);
            foreach (var k in keywords) CompileExpr(k.Value);
            B.Line = call.Span.Line;
            if (keywords.Count > 0) B.Emit(Opcode.KwNames, B.Const(keywords.Select(k => k.Arg!).ToArray()));
            B.Emit(Opcode.Call, extra + args.Count + keywords.Count);
            return;
        }
        B.Emit(Opcode.BuildList, extra);
        foreach (var a in args)
        {
            if (a is Starred st)
            {
                CompileExpr(st.Value);
                // Bit 8: a lone *arg, which CPython passes straight to the call, so the error names the callee.
                B.Emit(Opcode.ListExtend, extra == 0 && args.Count == 1 ? 1 | 0x100 : 1);
            }
            else
            {
                CompileExpr(a);
                B.Emit(Opcode.ListAppend, 1);
            }
        }
        B.Emit(Opcode.ListToTuple);
        if (keywords.Count > 0)
        {
            B.Emit(Opcode.BuildMap, 0);
            foreach (var k in keywords)
            {
                if (k.Arg is null)
                {
                    CompileExpr(k.Value);
                    B.Emit(Opcode.DictMerge, 1);
                }
                else
                {
                    B.Emit(Opcode.LoadConst, B.Const(k.Arg));
                    CompileExpr(k.Value);
                    B.Emit(Opcode.BuildMap, 1);
                    B.Emit(Opcode.DictMerge, 1);
                }
            }
            B.Line = call.Span.Line;
            B.Emit(Opcode.CallEx, 1);
        }
        else
        {
            B.Line = call.Span.Line;
            B.Emit(Opcode.CallEx, 0);
        }
    }

    private void CompileSequence(IReadOnlyList<Expr> elts, Opcode build, bool toTuple)
    {
        if (!elts.Any(x => x is Starred))
        {
            foreach (var x in elts) CompileExpr(x);
            B.Emit(build, elts.Count);
            return;
        }
        bool isSet = build == Opcode.BuildSet;
        B.Emit(isSet ? Opcode.BuildSet : Opcode.BuildList, 0);
        foreach (var x in elts)
        {
            if (x is Starred st)
            {
                CompileExpr(st.Value);
                B.Emit(isSet ? Opcode.SetUpdate : Opcode.ListExtend, 1);
            }
            else
            {
                CompileExpr(x);
                B.Emit(isSet ? Opcode.SetAdd : Opcode.ListAppend, 1);
            }
        }
        if (toTuple) B.Emit(Opcode.ListToTuple);
    }

    private void CompileDict(Dict d)
    {
        if (d.Keys.All(k => k is not null))
        {
            for (int i = 0; i < d.Keys.Count; i++)
            {
                CompileExpr(d.Keys[i]!);
                CompileExpr(d.Values[i]);
            }
            B.Emit(Opcode.BuildMap, d.Keys.Count);
            return;
        }
        B.Emit(Opcode.BuildMap, 0);
        for (int i = 0; i < d.Keys.Count; i++)
        {
            if (d.Keys[i] is null)
            {
                CompileExpr(d.Values[i]);
                B.Emit(Opcode.DictUpdate, 1);
            }
            else
            {
                CompileExpr(d.Keys[i]!);
                CompileExpr(d.Values[i]);
                B.Emit(Opcode.MapAdd, 1);
            }
        }
    }

    private void CompileComprehension(Expr node, string name, IReadOnlyList<Comprehension> gens, Expr elt, Expr? value, Opcode build)
    {
        var scope = _symbols.ScopeOf(node);
        var outer = _u;
        _u = NewUnit(scope, ChildQualName(name), outer.PrivateName);
        B.Line = node.Span.Line;
        bool isGen = build == Opcode.Nop;
        if (!isGen) B.Emit(build, 0);
        CompileComprehensionLevel(gens, 0, elt, value, build, isGen);
        if (isGen) B.Emit(Opcode.LoadConst, B.Const(null));
        B.Emit(Opcode.ReturnValue);
        var flags = CodeFlags.Optimized | (isGen ? 0 : CodeFlags.Comprehension);
        var code = Finish(_u, name, node.Span.Line, flags, 1, 0, 0, null);
        _u = outer;
        B.Line = node.Span.Line;
        MakeClosure(code, 0);
        B.Emit(Opcode.PushNull);
        CompileExpr(gens[0].Iter);
        B.Line = node.Span.Line;
        B.Emit(Opcode.GetIter);
        B.Emit(Opcode.Call, 1);
    }

    private void CompileComprehensionLevel(IReadOnlyList<Comprehension> gens, int level, Expr elt, Expr? value, Opcode build, bool isGen)
    {
        var g = gens[level];
        var start = B.NewLabel();
        var end = B.NewLabel();
        if (level == 0) B.Emit(Opcode.LoadFast, _u.VarIndex[".0"]);
        else
        {
            CompileExpr(g.Iter);
            B.Emit(Opcode.GetIter);
        }
        B.Mark(start);
        B.Line = g.Iter.Span.Line;
        B.EmitJump(Opcode.ForIter, end);
        CompileStore(g.Target);
        foreach (var cond in g.Ifs) CompileJumpIf(cond, false, start);
        if (level + 1 < gens.Count) CompileComprehensionLevel(gens, level + 1, elt, value, build, isGen);
        else
        {
            int depth = gens.Count + 1;
            if (isGen)
            {
                CompileExpr(elt);
                B.Emit(Opcode.YieldValue);
                B.Emit(Opcode.PopTop);
            }
            else if (build == Opcode.BuildMap)
            {
                CompileExpr(elt);
                CompileExpr(value!);
                B.Emit(Opcode.MapAdd, depth);
            }
            else
            {
                CompileExpr(elt);
                B.Emit(build == Opcode.BuildList ? Opcode.ListAppend : Opcode.SetAdd, depth);
            }
        }
        B.EmitJump(Opcode.Jump, start);
        B.Mark(end);
    }

    private void CompileJoinedStr(JoinedStr js)
    {
        int n = 0;
        foreach (var v in js.Values)
        {
            if (v is Constant c) B.Emit(Opcode.LoadConst, B.Const(c.Value.Str));
            else CompileExpr(v);
            n++;
        }
        if (n == 1 && js.Values[0] is FormattedValue) return;
        if (n == 0) B.Emit(Opcode.LoadConst, B.Const(""));
        else if (n > 1) B.Emit(Opcode.BuildString, n);
    }

    private void CompileFormattedValue(FormattedValue fv)
    {
        CompileExpr(fv.Value);
        int flags = fv.Conversion switch { 's' => 1, 'r' => 2, 'a' => 3, _ => 0 };
        if (fv.FormatSpec is not null)
        {
            CompileExpr(fv.FormatSpec);
            flags |= 4;
        }
        B.Line = fv.Span.Line;
        B.Emit(Opcode.FormatValue, flags);
    }
}
