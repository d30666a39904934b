using RuleSandbox.Engine.Syntax.Ast;
using Attribute = RuleSandbox.Engine.Syntax.Ast.Attribute;

namespace RuleSandbox.Engine.Compiler;

public sealed partial class PythonCompiler
{
    private void CompileStmts(IReadOnlyList<Stmt> body)
    {
        foreach (var s in body) CompileStmt(s);
    }

    private void CompileStmt(Stmt s)
    {
        Guard(s);
        B.Line = s.Span.Line;
        switch (s)
        {
            case ExprStmt e:
                CompileExpr(e.Value);
                B.Emit(Opcode.PopTop);
                break;
            case Assign a:
                CompileExpr(a.Value);
                for (int i = 0; i < a.Targets.Count; i++)
                {
                    if (i < a.Targets.Count - 1) B.Emit(Opcode.Copy, 1);
                    CompileStore(a.Targets[i]);
                }
                break;
            case AugAssign aa:
                CompileAugAssign(aa);
                break;
            case AnnAssign ann:
                if (ann.Value is not null)
                {
                    CompileExpr(ann.Value);
                    CompileStore(ann.Target);
                }
                if (ann.Simple != 0 && ann.Target is Name an && _u.Scope.Kind is ScopeKind.Module or ScopeKind.Class)
                {
                    B.Line = ann.Span.Line;
                    CompileExpr(ann.Annotation);
                    B.Emit(Opcode.StoreAnnotation, B.Name(Mangle(an.Id)));
                }
                break;
            case Pass:
                B.Emit(Opcode.Nop);
                break;
            case If i:
                CompileIf(i);
                break;
            case While w:
                CompileWhile(w);
                break;
            case For f:
                CompileFor(f);
                break;
            case Break br:
                CompileBreakContinue(br, isBreak: true);
                break;
            case Continue co:
                CompileBreakContinue(co, isBreak: false);
                break;
            case Return r:
                CompileReturn(r);
                break;
            case FunctionDef fd:
                CompileFunctionDef(fd);
                break;
            case ClassDef cd:
                CompileClassDef(cd);
                break;
            case Delete d:
                foreach (var t in d.Targets) CompileDelete(t);
                break;
            case Raise r:
            {
                int n = 0;
                if (r.Exc is not null) { CompileExpr(r.Exc); n = 1; }
                if (r.Cause is not null) { CompileExpr(r.Cause); n = 2; }
                B.Line = r.Span.Line;
                B.Emit(Opcode.RaiseVarargs, n);
                break;
            }
            case Try t:
                if (t.Finalbody.Count > 0) CompileTryFinally(t);
                else CompileTryExcept(t);
                break;
            case With w:
                CompileWith(w, 0);
                break;
            case Assert a:
            {
                var end = B.NewLabel();
                CompileExpr(a.Test);
                B.EmitJump(Opcode.PopJumpIfTrue, end);
                B.Line = a.Span.Line;
                B.Emit(Opcode.LoadAssertionError);
                if (a.Msg is not null)
                {
                    CompileExpr(a.Msg);
                    B.Line = a.Span.Line;
                    B.Emit(Opcode.Call, 0);
                }
                B.Emit(Opcode.RaiseVarargs, 1);
                B.Mark(end);
                break;
            }
            case Import imp:
                foreach (var al in imp.Names)
                {
                    B.Emit(Opcode.LoadConst, B.Const(System.Numerics.BigInteger.Zero));
                    B.Emit(Opcode.LoadConst, B.Const(null));
                    var top = al.Name.Split('.')[0];
                    B.Emit(Opcode.ImportName, B.Name(al.Asname is null ? top : al.Name));
                    StoreName(al.Asname ?? top);
                }
                break;
            case ImportFrom imf:
            {
                if ((imf.Level ?? 0) > 0) throw Error("attempted relative import with no known parent package", imf);
                B.Emit(Opcode.LoadConst, B.Const(System.Numerics.BigInteger.Zero));
                B.Emit(Opcode.LoadConst, B.Const(null));
                B.Emit(Opcode.ImportName, B.Name(imf.Module ?? ""));
                if (imf.Names.Count == 1 && imf.Names[0].Name == "*")
                {
                    B.Emit(Opcode.ImportStar);
                    break;
                }
                foreach (var al in imf.Names)
                {
                    B.Emit(Opcode.ImportFrom, B.Name(al.Name));
                    StoreName(al.Asname ?? al.Name);
                }
                B.Emit(Opcode.PopTop);
                break;
            }
            case Global or Nonlocal:
                break;
            case Match m:
                CompileMatch(m);
                break;
            default:
                throw Error($"unsupported statement {s.PythonName}", s);
        }
    }

    private void CompileAugAssign(AugAssign aa)
    {
        var op = (BinaryOpKind)((int)BinOpKind(aa.Op) + 13);
        switch (aa.Target)
        {
            case Name n:
                NameOp(n.Id, ExprContext.Load);
                CompileExpr(aa.Value);
                B.Line = aa.Span.Line;
                B.Emit(Opcode.BinaryOp, (int)op);
                NameOp(n.Id, ExprContext.Store);
                break;
            case Attribute at:
                CompileExpr(at.Value);
                B.Emit(Opcode.Copy, 1);
                B.Emit(Opcode.LoadAttr, B.Name(Mangle(at.Attr)));
                CompileExpr(aa.Value);
                B.Line = aa.Span.Line;
                B.Emit(Opcode.BinaryOp, (int)op);
                B.Emit(Opcode.Swap, 2);
                B.Emit(Opcode.StoreAttr, B.Name(Mangle(at.Attr)));
                break;
            case Subscript sub:
                CompileExpr(sub.Value);
                CompileSubscriptKey(sub.Slice);
                B.Emit(Opcode.Copy, 2);
                B.Emit(Opcode.Copy, 2);
                B.Emit(Opcode.BinarySubscr);
                CompileExpr(aa.Value);
                B.Line = aa.Span.Line;
                B.Emit(Opcode.BinaryOp, (int)op);
                B.Emit(Opcode.Swap, 3);
                B.Emit(Opcode.Swap, 2);
                B.Emit(Opcode.StoreSubscr);
                break;
            default:
                throw Error("illegal expression for augmented assignment", aa);
        }
    }

    private void CompileStore(Expr target)
    {
        switch (target)
        {
            case Name n:
                NameOp(n.Id, ExprContext.Store);
                break;
            case Attribute at:
                CompileExpr(at.Value);
                B.Line = at.Span.Line;
                B.Emit(Opcode.StoreAttr, B.Name(Mangle(at.Attr)));
                break;
            case Subscript sub:
                CompileExpr(sub.Value);
                CompileSubscriptKey(sub.Slice);
                B.Line = sub.Span.Line;
                B.Emit(Opcode.StoreSubscr);
                break;
            case Syntax.Ast.Tuple t:
                CompileUnpack(t.Elts, t);
                break;
            case Syntax.Ast.List l:
                CompileUnpack(l.Elts, l);
                break;
            case Starred st:
                throw Error("starred assignment target must be in a list or tuple", st);
            default:
                throw Error($"cannot assign to {target.PythonName}", target);
        }
    }

    private void CompileUnpack(IReadOnlyList<Expr> elts, Expr at)
    {
        int star = -1;
        for (int i = 0; i < elts.Count; i++)
        {
            if (elts[i] is Starred)
            {
                if (star >= 0) throw Error("multiple starred expressions in assignment", elts[i]);
                star = i;
            }
        }
        B.Line = at.Span.Line;
        if (star < 0) B.Emit(Opcode.UnpackSequence, elts.Count);
        else B.Emit(Opcode.UnpackEx, star | ((elts.Count - star - 1) << 8));
        foreach (var e in elts) CompileStore(e is Starred s ? s.Value : e);
    }

    private void CompileDelete(Expr target)
    {
        switch (target)
        {
            case Name n:
                NameOp(n.Id, ExprContext.Del);
                break;
            case Attribute at:
                CompileExpr(at.Value);
                B.Line = at.Span.Line;
                B.Emit(Opcode.DeleteAttr, B.Name(Mangle(at.Attr)));
                break;
            case Subscript sub:
                CompileExpr(sub.Value);
                CompileSubscriptKey(sub.Slice);
                B.Line = sub.Span.Line;
                B.Emit(Opcode.DeleteSubscr);
                break;
            case Syntax.Ast.Tuple t:
                foreach (var e in t.Elts) CompileDelete(e);
                break;
            case Syntax.Ast.List l:
                foreach (var e in l.Elts) CompileDelete(e);
                break;
            default:
                throw Error($"cannot delete {target.PythonName}", target);
        }
    }

    private void CompileIf(If i)
    {
        var end = B.NewLabel();
        var orelse = i.Orelse.Count > 0 ? B.NewLabel() : end;
        CompileJumpIf(i.Test, false, orelse);
        CompileStmts(i.Body);
        if (i.Orelse.Count > 0)
        {
            B.EmitJump(Opcode.Jump, end);
            B.Mark(orelse);
            CompileStmts(i.Orelse);
        }
        B.Mark(end);
    }

    /// <summary>Evaluates <paramref name="test"/> and jumps to <paramref name="label"/> when its truth equals <paramref name="when"/>.</summary>
    private void CompileJumpIf(Expr test, bool when, int label)
    {
        switch (test)
        {
            case UnaryOp { Op: UnaryOperator.Not } not:
                CompileJumpIf(not.Operand, !when, label);
                return;
            case BoolOp bo:
            {
                bool isAnd = bo.Op == BoolOperator.And;
                if (isAnd != when)
                {
                    // and/jump-if-false or or/jump-if-true: any operand decides.
                    foreach (var v in bo.Values) CompileJumpIf(v, when, label);
                }
                else
                {
                    var skip = B.NewLabel();
                    for (int k = 0; k < bo.Values.Count - 1; k++) CompileJumpIf(bo.Values[k], !when, skip);
                    CompileJumpIf(bo.Values[^1], when, label);
                    B.Mark(skip);
                }
                return;
            }
        }
        CompileExpr(test);
        B.EmitJump(when ? Opcode.PopJumpIfTrue : Opcode.PopJumpIfFalse, label);
    }

    private FBlock PushBlock(BlockKind kind, int stackItems)
    {
        var b = new FBlock { Kind = kind, StackItems = stackItems };
        _u.Blocks.Add(b);
        return b;
    }

    private void PopBlock() => _u.Blocks.RemoveAt(_u.Blocks.Count - 1);

    private void CompileWhile(While w)
    {
        var start = B.NewLabel();
        var orelse = B.NewLabel();
        var end = B.NewLabel();
        B.Mark(start);
        CompileJumpIf(w.Test, false, orelse);
        var blk = PushBlock(BlockKind.WhileLoop, 0);
        blk.ContinueLabel = start;
        blk.BreakLabel = end;
        CompileStmts(w.Body);
        PopBlock();
        B.Line = w.Span.Line;
        B.EmitJump(Opcode.Jump, start);
        B.Mark(orelse);
        CompileStmts(w.Orelse);
        B.Mark(end);
    }

    private void CompileFor(For f)
    {
        var start = B.NewLabel();
        var exhausted = B.NewLabel();
        var end = B.NewLabel();
        CompileExpr(f.Iter);
        B.Line = f.Span.Line;
        B.Emit(Opcode.GetIter);
        B.Mark(start);
        B.Line = f.Span.Line;
        B.EmitJump(Opcode.ForIter, exhausted);
        var blk = PushBlock(BlockKind.ForLoop, 1);
        blk.ContinueLabel = start;
        blk.BreakLabel = end;
        CompileStore(f.Target);
        CompileStmts(f.Body);
        PopBlock();
        B.Line = f.Span.Line;
        B.EmitJump(Opcode.Jump, start);
        B.Mark(exhausted);
        CompileStmts(f.Orelse);
        B.Mark(end);
    }

    /// <summary>
    /// Emits the clean-up of the blocks from the innermost down to (excluding) index <paramref name="stopAt"/>.
    /// Their handlers are removed while emitting and the removed blocks are returned for restoring.
    /// </summary>
    private List<(FBlock Block, int Handler)> UnwindBlocks(int stopAt, bool preserveTop)
    {
        var removed = new List<(FBlock, int)>();
        while (_u.Blocks.Count > stopAt)
        {
            var b = _u.Blocks[^1];
            _u.Blocks.RemoveAt(_u.Blocks.Count - 1);
            int h = -1;
            if (b.Handler >= 0) h = B.PopHandler();
            removed.Add((b, h));
            switch (b.Kind)
            {
                case BlockKind.ForLoop:
                    if (preserveTop) B.Emit(Opcode.Swap, 2);
                    B.Emit(Opcode.PopTop);
                    break;
                case BlockKind.FinallyTry:
                    CompileStmts(b.FinalBody!);
                    break;
                case BlockKind.FinallyEnd:
                    if (preserveTop) B.Emit(Opcode.Swap, 2);
                    B.Emit(Opcode.PopTop);
                    if (preserveTop) B.Emit(Opcode.Swap, 2);
                    B.Emit(Opcode.PopExcept);
                    break;
                case BlockKind.ExceptOuter:
                    if (preserveTop) B.Emit(Opcode.Swap, 2);
                    B.Emit(Opcode.PopExcept);
                    break;
                case BlockKind.HandlerName:
                    B.Emit(Opcode.LoadConst, B.Const(null));
                    StoreName(b.Name!);
                    NameOp(b.Name!, ExprContext.Del);
                    break;
                case BlockKind.With:
                    if (preserveTop) B.Emit(Opcode.Swap, 2);
                    B.Emit(Opcode.WithExit);
                    B.Emit(Opcode.PopTop);
                    break;
            }
        }
        return removed;
    }

    private void RestoreBlocks(List<(FBlock Block, int Handler)> removed)
    {
        for (int i = removed.Count - 1; i >= 0; i--)
        {
            _u.Blocks.Add(removed[i].Block);
            if (removed[i].Handler >= 0) B.RestoreHandler(removed[i].Handler);
        }
    }

    private void CompileBreakContinue(Stmt s, bool isBreak)
    {
        int loop = -1;
        for (int i = _u.Blocks.Count - 1; i >= 0; i--)
        {
            if (_u.Blocks[i].Kind is BlockKind.WhileLoop or BlockKind.ForLoop) { loop = i; break; }
        }
        if (loop < 0) throw Error(isBreak ? "'break' outside loop" : "'continue' not properly in loop", s);
        var target = _u.Blocks[loop];
        var removed = UnwindBlocks(isBreak ? loop : loop + 1, preserveTop: false);
        B.Line = s.Span.Line;
        B.EmitJump(Opcode.Jump, isBreak ? target.BreakLabel : target.ContinueLabel);
        RestoreBlocks(removed);
    }

    private void CompileReturn(Return r)
    {
        if (!_u.Scope.IsFunctionLike) throw Error("'return' outside function", r);
        if (r.Value is not null) CompileExpr(r.Value);
        else B.Emit(Opcode.LoadConst, B.Const(null));
        var removed = UnwindBlocks(0, preserveTop: true);
        B.Line = r.Span.Line;
        B.Emit(Opcode.ReturnValue);
        RestoreBlocks(removed);
    }

    private void CompileTryExcept(Try t)
    {
        var handler = B.NewLabel();
        var end = B.NewLabel();
        int baseDepth = _u.BaseDepth;
        B.PushHandler(handler, baseDepth);
        var body = PushBlock(BlockKind.TryExcept, 0);
        body.Handler = 1;
        CompileStmts(t.Body);
        PopBlock();
        B.PopHandler();
        CompileStmts(t.Orelse);
        B.EmitJump(Opcode.Jump, end);
        CompileHandlers(t.Handlers, handler, end, baseDepth);
        B.Mark(end);
    }

    private void CompileHandlers(IReadOnlyList<ExceptHandlerBase> handlers, int handlerLabel, int end, int baseDepth)
    {
        var cleanup = B.NewLabel();
        B.Mark(handlerLabel);
        B.Line = handlers[0].Span.Line;
        B.Emit(Opcode.PushExcInfo);
        B.PushHandler(cleanup, baseDepth + 1);
        foreach (ExceptHandler h in handlers)
        {
            B.Line = h.Span.Line;
            var next = B.NewLabel();
            if (h.Type is not null)
            {
                CompileExpr(h.Type);
                B.Line = h.Span.Line;
                B.Emit(Opcode.CheckExcMatch);
                B.EmitJump(Opcode.PopJumpIfFalse, next);
            }
            else if (h != handlers[^1])
            {
                throw Error("default 'except:' must be last", h);
            }
            var outer = PushBlock(BlockKind.ExceptOuter, 1);
            outer.Handler = 1;
            if (h.Name is not null)
            {
                StoreName(h.Name);
                var nameCleanup = B.NewLabel();
                B.PushHandler(nameCleanup, baseDepth + 1);
                var hb = PushBlock(BlockKind.HandlerName, 0);
                hb.Name = h.Name;
                hb.Handler = 1;
                CompileStmts(h.Body);
                PopBlock();
                B.PopHandler();
                PopBlock();
                B.Emit(Opcode.PopExcept);
                B.Emit(Opcode.LoadConst, B.Const(null));
                StoreName(h.Name);
                NameOp(h.Name, ExprContext.Del);
                B.EmitJump(Opcode.Jump, end);
                // An exception inside the handler body: unbind the name, then the outer cleanup.
                B.Mark(nameCleanup);
                B.Emit(Opcode.LoadConst, B.Const(null));
                StoreName(h.Name);
                NameOp(h.Name, ExprContext.Del);
                B.Emit(Opcode.Reraise);
            }
            else
            {
                B.Emit(Opcode.PopTop);
                CompileStmts(h.Body);
                PopBlock();
                B.Emit(Opcode.PopExcept);
                B.EmitJump(Opcode.Jump, end);
            }
            B.Mark(next);
        }
        B.Emit(Opcode.Reraise);
        B.PopHandler();
        B.Mark(cleanup);
        B.Emit(Opcode.PopExceptAndReraise);
    }

    private void CompileTryFinally(Try t)
    {
        var finHandler = B.NewLabel();
        var end = B.NewLabel();
        int baseDepth = _u.BaseDepth;
        B.PushHandler(finHandler, baseDepth);
        var blk = PushBlock(BlockKind.FinallyTry, 0);
        blk.FinalBody = t.Finalbody;
        blk.Handler = 1;
        if (t.Handlers.Count > 0)
        {
            var handler = B.NewLabel();
            var inner = B.NewLabel();
            B.PushHandler(handler, baseDepth);
            var tb = PushBlock(BlockKind.TryExcept, 0);
            tb.Handler = 1;
            CompileStmts(t.Body);
            PopBlock();
            B.PopHandler();
            CompileStmts(t.Orelse);
            B.EmitJump(Opcode.Jump, inner);
            CompileHandlers(t.Handlers, handler, inner, baseDepth);
            B.Mark(inner);
        }
        else
        {
            CompileStmts(t.Body);
        }
        PopBlock();
        B.PopHandler();
        CompileStmts(t.Finalbody);
        B.EmitJump(Opcode.Jump, end);

        var cleanup = B.NewLabel();
        B.Mark(finHandler);
        B.Line = t.Finalbody[0].Span.Line;
        B.Emit(Opcode.PushExcInfo);
        B.PushHandler(cleanup, baseDepth + 1);
        var fe = PushBlock(BlockKind.FinallyEnd, 2);
        fe.Handler = 1;
        CompileStmts(t.Finalbody);
        PopBlock();
        B.Emit(Opcode.Reraise);
        B.PopHandler();
        B.Mark(cleanup);
        B.Emit(Opcode.PopExceptAndReraise);
        B.Mark(end);
    }

    private void CompileWith(With w, int index)
    {
        var item = w.Items[index];
        var handler = B.NewLabel();
        var end = B.NewLabel();
        int baseDepth = _u.BaseDepth;
        CompileExpr(item.ContextExpr);
        B.Line = w.Span.Line;
        B.Emit(Opcode.BeforeWith);
        B.PushHandler(handler, baseDepth + 1);
        var blk = PushBlock(BlockKind.With, 1);
        blk.Handler = 1;
        if (item.OptionalVars is not null) CompileStore(item.OptionalVars);
        else B.Emit(Opcode.PopTop);
        if (index + 1 < w.Items.Count) CompileWith(w, index + 1);
        else CompileStmts(w.Body);
        PopBlock();
        B.PopHandler();
        B.Line = w.Span.Line;
        B.Emit(Opcode.WithExit);
        B.Emit(Opcode.PopTop);
        B.EmitJump(Opcode.Jump, end);

        var cleanup = B.NewLabel();
        var suppress = B.NewLabel();
        B.Mark(handler);
        B.Emit(Opcode.PushExcInfo);
        B.PushHandler(cleanup, baseDepth + 2);
        B.Emit(Opcode.WithExceptStart);
        B.EmitJump(Opcode.PopJumpIfTrue, suppress);
        B.Emit(Opcode.Reraise);
        B.PopHandler();
        B.Mark(suppress);
        B.Emit(Opcode.PopTop);
        B.Emit(Opcode.PopExcept);
        B.Emit(Opcode.PopTop);
        B.EmitJump(Opcode.Jump, end);
        B.Mark(cleanup);
        B.Emit(Opcode.PopExceptAndReraise);
        B.Mark(end);
    }
}
