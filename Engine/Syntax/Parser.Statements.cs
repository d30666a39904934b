using RuleSandbox.Engine.Syntax.Ast;
using Attribute = RuleSandbox.Engine.Syntax.Ast.Attribute;
using Tuple = RuleSandbox.Engine.Syntax.Ast.Tuple;
using Keyword_ = RuleSandbox.Engine.Syntax.Ast.Keyword;

namespace RuleSandbox.Engine.Syntax;

internal sealed partial class Parser
{
    private static readonly IReadOnlyList<Expr> NoExprs = Array.Empty<Expr>();
    private static readonly IReadOnlyList<Stmt> NoStmts = Array.Empty<Stmt>();
    private static readonly IReadOnlyList<TypeParam> NoTypeParams = Array.Empty<TypeParam>();
    private static readonly IReadOnlyList<Keyword_> NoKeywords = Array.Empty<Keyword_>();

    private void ParseStatement(List<Stmt> into)
    {
        Enter();
        try
        {
            var t = Peek();
            if (t.Kind == TokenKind.Name)
            {
                switch (t.Keyword)
                {
                    case Keyword.Def: into.Add(ParseFunctionDef(NoExprs, null)); return;
                    case Keyword.Class: into.Add(ParseClassDef(NoExprs)); return;
                    case Keyword.If: into.Add(ParseIf()); return;
                    case Keyword.While: into.Add(ParseWhile()); return;
                    case Keyword.For: into.Add(ParseFor(null)); return;
                    case Keyword.Try: into.Add(ParseTry()); return;
                    case Keyword.With: into.Add(ParseWith(null)); return;
                    case Keyword.Async:
                        {
                            var next = Peek(1);
                            if (next.Kind == TokenKind.Name && next.Keyword is Keyword.Def or Keyword.For or Keyword.With)
                            {
                                var asyncTok = Advance();
                                into.Add(next.Keyword switch
                                {
                                    Keyword.Def => ParseFunctionDef(NoExprs, asyncTok),
                                    Keyword.For => ParseFor(asyncTok),
                                    _ => ParseWith(asyncTok),
                                });
                                return;
                            }
                            throw InvalidSyntax();
                        }
                    case Keyword.None:
                        if (AtSoft("match") && TryParseMatch(out var match)) { into.Add(match); return; }
                        break;
                }
            }
            else if (t.Kind == TokenKind.At)
            {
                into.Add(ParseDecorated());
                return;
            }
            ParseSimpleStatements(into);
        }
        finally { Leave(); }
    }

    private void ParseSimpleStatements(List<Stmt> into)
    {
        while (true)
        {
            into.Add(ParseSimpleStatement());
            if (Accept(TokenKind.Semi))
            {
                if (At(TokenKind.Newline)) break;
                continue;
            }
            break;
        }
        if (!Accept(TokenKind.Newline))
            throw SimpleStatementEndError(into[^1]);
    }

    /// <summary>What CPython says when a simple statement is followed by something unexpected.</summary>
    private PythonSyntaxError SimpleStatementEndError(Stmt last)
    {
        var t = Peek();
        if (t.Kind == TokenKind.Indent) return ErrorAt(t, "unexpected indent", "IndentationError");
        if (last is ExprStmt { Value: Name { Id: "print" or "exec" } nm } && t.Kind is TokenKind.Name or TokenKind.Number or TokenKind.String or TokenKind.FStringStart)
        {
            // print "x": CPython suggests the call (invalid_legacy_expression).
            int save = _p;
            try
            {
                var arg = ParseStarExpressions();
                if (At(TokenKind.Newline) || At(TokenKind.Semi))
                    return ErrorRange(nm, arg, $"Missing parentheses in call to '{nm.Id}'. Did you mean {nm.Id}(...)?");
            }
            catch (PythonSyntaxError) { }
            _p = save;
        }
        if (last is ExprStmt { Value: var v } && IsCommaCandidate(v) && StartsExpression(t) && t.Kind != TokenKind.LPar && t.Kind != TokenKind.LSqb)
        {
            // "invalid syntax. Perhaps you forgot a comma?" applies only inside brackets.
        }
        if (t.Kind == TokenKind.Name && t.Keyword == Keyword.None && last is ExprStmt { Value: Name } && Peek(1).Kind is TokenKind.Name or TokenKind.Number or TokenKind.String)
            return InvalidSyntax();
        return InvalidSyntax();
    }

    private static bool IsCommaCandidate(Expr e) => e is not null;

    private Stmt ParseSimpleStatement()
    {
        var t = Peek();
        if (t.Kind == TokenKind.Name)
        {
            switch (t.Keyword)
            {
                case Keyword.Pass: Advance(); return new Pass(SpanOf(t));
                case Keyword.Break: Advance(); return new Break(SpanOf(t));
                case Keyword.Continue: Advance(); return new Continue(SpanOf(t));
                case Keyword.Return:
                    {
                        Advance();
                        Expr? value = AtExpressionEnd() ? null : ParseStarExpressions();
                        if (value is Starred && !_parenthesized.Contains(value))
                            throw ErrorAt(value, "can't use starred expression here");
                        return new Return(value, SpanFrom(t));
                    }
                case Keyword.Raise: return ParseRaise();
                case Keyword.Global:
                case Keyword.Nonlocal:
                    {
                        Advance();
                        var names = new List<string>();
                        do { names.Add(NameText(ExpectName())); } while (Accept(TokenKind.Comma));
                        return t.Keyword == Keyword.Global ? new Global(names, SpanFrom(t)) : new Nonlocal(names, SpanFrom(t));
                    }
                case Keyword.Del: return ParseDel();
                case Keyword.Assert:
                    {
                        Advance();
                        var test = ParseExpression();
                        Expr? msg = Accept(TokenKind.Comma) ? ParseExpression() : null;
                        return new Assert(test, msg, SpanFrom(t));
                    }
                case Keyword.Import: return ParseImport();
                case Keyword.From: return ParseFromImport();
                case Keyword.None:
                    if (AtSoft("type") && Peek(1).Kind == TokenKind.Name && Peek(1).Keyword == Keyword.None
                        && Peek(2).Kind is TokenKind.Equal or TokenKind.LSqb)
                        return ParseTypeAlias();
                    break;
            }
        }
        return ParseExpressionStatement();
    }

    /// <summary>True when nothing follows on this simple statement.</summary>
    private bool AtExpressionEnd() => PeekKind is TokenKind.Newline or TokenKind.Semi or TokenKind.EndMarker;

    private Stmt ParseRaise()
    {
        var t = Advance();
        Expr? exc = null, cause = null;
        if (!AtExpressionEnd())
        {
            exc = ParseExpression();
            if (AcceptKeyword(Keyword.From)) cause = ParseExpression();
        }
        return new Raise(exc, cause, SpanFrom(t));
    }

    private Stmt ParseDel()
    {
        var t = Advance();
        var targets = new List<Expr>();
        while (true)
        {
            if (AtExpressionEnd()) break;
            var e = ParseStarOrBitwise();
            targets.Add(e);
            if (!Accept(TokenKind.Comma)) break;
        }
        if (targets.Count == 0) throw InvalidSyntax();
        if (!AtExpressionEnd())
        {
            // del x + 1, del f(): CPython names the first invalid target.
            var more = targets[^1];
            throw InvalidSyntax();
        }
        var converted = new List<Expr>(targets.Count);
        foreach (var e in targets) converted.Add(ToTarget(e, ExprContext.Del));
        return new Delete(converted, SpanFrom(t));
    }

    private Stmt ParseTypeAlias()
    {
        var t = Advance();
        var nameTok = ExpectName();
        var name = new Name(NameText(nameTok), ExprContext.Store, SpanOf(nameTok));
        var typeParams = At(TokenKind.LSqb) ? ParseTypeParams() : NoTypeParams;
        Expect(TokenKind.Equal);
        var value = ParseExpression();
        return new TypeAlias(name, typeParams, value, SpanFrom(t));
    }

    private Stmt ParseImport()
    {
        var t = Advance();
        var names = new List<Alias>();
        do
        {
            var start = Peek();
            string dotted = ParseDottedName();
            string? asName = null;
            if (AcceptKeyword(Keyword.As)) asName = NameText(ExpectName());
            names.Add(new Alias(dotted, asName, SpanFrom(start)));
        } while (Accept(TokenKind.Comma));
        return new Import(names, SpanFrom(t));
    }

    private string ParseDottedName()
    {
        string name = NameText(ExpectName());
        while (At(TokenKind.Dot))
        {
            Advance();
            name += "." + NameText(ExpectName());
        }
        return name;
    }

    private Stmt ParseFromImport()
    {
        var t = Advance();
        int level = 0;
        while (true)
        {
            if (Accept(TokenKind.Dot)) level++;
            else if (Accept(TokenKind.Ellipsis)) level += 3;
            else break;
        }
        string? module = null;
        if (!AtKeyword(Keyword.Import)) module = ParseDottedName();
        if (!AcceptKeyword(Keyword.Import)) throw InvalidSyntax();
        var names = new List<Alias>();
        if (At(TokenKind.Star))
        {
            var star = Advance();
            names.Add(new Alias("*", null, SpanOf(star)));
        }
        else
        {
            bool paren = Accept(TokenKind.LPar);
            while (true)
            {
                var start = Peek();
                string n = NameText(ExpectName());
                string? asName = null;
                if (AcceptKeyword(Keyword.As)) asName = NameText(ExpectName());
                names.Add(new Alias(n, asName, SpanFrom(start)));
                if (!Accept(TokenKind.Comma)) break;
                if (paren && At(TokenKind.RPar)) break;
                if (!paren && AtExpressionEnd())
                    throw ErrorAt(Peek(), "trailing comma not allowed without surrounding parentheses");
            }
            if (paren) Expect(TokenKind.RPar);
        }
        return new ImportFrom(module, names, level, SpanFrom(t));
    }

    // ------------------------------------------------------------------ expression statements

    private Stmt ParseExpressionStatement()
    {
        var startTok = Peek();
        Expr first = AtKeyword(Keyword.Yield) ? ParseYieldExpr() : ParseStarExpressions();
        var t = Peek();
        switch (t.Kind)
        {
            case TokenKind.Equal:
                return ParseAssignment(startTok, first);
            case TokenKind.Colon:
                {
                    Advance();
                    if (first is Tuple && !_parenthesized.Contains(first))
                        throw ErrorAt(first, "only single target (not tuple) can be annotated");
                    if (first is List)
                        throw ErrorAt(first, "only single target (not list) can be annotated");
                    if (first is Tuple)
                        throw ErrorAt(first, "only single target (not tuple) can be annotated");
                    if (first is not (Name or Attribute or Subscript))
                        throw ErrorAt(first, $"illegal target for annotation");
                    var annotation = ParseExpression();
                    Expr? value = null;
                    if (Accept(TokenKind.Equal))
                        value = AtKeyword(Keyword.Yield) ? ParseYieldExpr() : ParseStarExpressions();
                    int simple = first is Name && !_parenthesized.Contains(first) ? 1 : 0;
                    return new AnnAssign(ToTarget(first, ExprContext.Store), annotation, value, simple, SpanFrom(startTok));
                }
            default:
                if (AugOperator(t.Kind) is { } op)
                {
                    if (first is not (Name or Attribute or Subscript))
                        throw ErrorAt(first, $"'{ExprName(first)}' is an illegal expression for augmented assignment");
                    Advance();
                    var value = AtKeyword(Keyword.Yield) ? ParseYieldExpr() : ParseStarExpressions();
                    return new AugAssign(ToTarget(first, ExprContext.Store), op, value, SpanFrom(startTok));
                }
                if (first is Starred && !_parenthesized.Contains(first))
                    throw ErrorAt(first, "can't use starred expression here");
                return new ExprStmt(first, SpanFrom(startTok));
        }
    }

    private Stmt ParseAssignment(Token startTok, Expr first)
    {
        var items = new List<Expr> { first };
        while (Accept(TokenKind.Equal))
        {
            Expr next = AtKeyword(Keyword.Yield) ? ParseYieldExpr() : ParseStarExpressions();
            items.Add(next);
        }
        var value = items[^1];
        var targets = new List<Expr>(items.Count - 1);
        for (int i = 0; i < items.Count - 1; i++)
        {
            var target = items[i];
            if (target is Starred && !_parenthesized.Contains(target))
                throw ErrorAt(target, "starred assignment target must be in a list or tuple");
            if (InvalidTarget(target, ExprContext.Store) is { } bad)
            {
                // CPython's invalid_named_expression: 'a = b' with a simple invalid target and a
                // simple right-hand side suggests '=='.
                bool simpleRhs = items.Count == 2 && !(value is Tuple && !_parenthesized.Contains(value));
                bool adjacentToEquals = ReferenceEquals(bad, target)
                    || (target is Tuple bare && !_parenthesized.Contains(bare) && bare.Elts.Count > 0 && ReferenceEquals(bare.Elts[^1], bad));
                if (adjacentToEquals && simpleRhs && IsBitwiseOrLevel(bad)
                    && bad is not (List or Tuple or GeneratorExp) && !IsNamedConstant(bad))
                    throw ErrorAt(bad, $"cannot assign to {ExprName(bad)} here. Maybe you meant '==' instead of '='?");
                throw ErrorAt(bad, bad is Starred ? "starred assignment target must be in a list or tuple" : $"cannot assign to {ExprName(bad)}");
            }
            targets.Add(ToTarget(target, ExprContext.Store));
        }
        if (value is Starred && !_parenthesized.Contains(value))
            throw ErrorAt(value, "can't use starred expression here");
        return new Assign(targets, value, null, SpanFrom(startTok));
    }

    private static bool IsNamedConstant(Expr e)
        => e is Constant c && c.Value.Kind is ConstantKind.None or ConstantKind.True or ConstantKind.False;

    private bool IsBitwiseOrLevel(Expr e) => _parenthesized.Contains(e) || e switch
    {
        Compare or BoolOp or Lambda or IfExp or NamedExpr or Starred or Yield or YieldFrom => false,
        UnaryOp { Op: UnaryOperator.Not } => false,
        _ => true,
    };

    private static Operator? AugOperator(TokenKind k) => k switch
    {
        TokenKind.PlusEqual => Operator.Add,
        TokenKind.MinEqual => Operator.Sub,
        TokenKind.StarEqual => Operator.Mult,
        TokenKind.AtEqual => Operator.MatMult,
        TokenKind.SlashEqual => Operator.Div,
        TokenKind.PercentEqual => Operator.Mod,
        TokenKind.AmperEqual => Operator.BitAnd,
        TokenKind.VBarEqual => Operator.BitOr,
        TokenKind.CircumflexEqual => Operator.BitXor,
        TokenKind.LeftShiftEqual => Operator.LShift,
        TokenKind.RightShiftEqual => Operator.RShift,
        TokenKind.DoubleStarEqual => Operator.Pow,
        TokenKind.DoubleSlashEqual => Operator.FloorDiv,
        _ => null,
    };

    // ------------------------------------------------------------------ blocks

    /// <summary>Parses ':' and the block after a compound statement header.</summary>
    private List<Stmt> ParseBlock(string what, Token header)
    {
        if (!At(TokenKind.Colon)) throw ExpectedColon(what);
        Advance();
        return ParseBlockBody(what, header);
    }

    /// <summary>
    /// CPython's grammar forces the ':' of try, finally, else and def ("expected ':'" whatever
    /// follows); for the other headers it says so only when the line ends there.
    /// </summary>
    private PythonSyntaxError ExpectedColon(string what)
    {
        var t = Peek();
        bool forced = what is "'try' statement" or "'finally' statement" or "'else' statement" or "function definition";
        if (t.Kind == TokenKind.Indent) return ErrorAt(t, "unexpected indent", "IndentationError");
        return forced || t.Kind == TokenKind.Newline ? ErrorAt(t, "expected ':'") : InvalidSyntax();
    }

    private List<Stmt> ParseBlockBody(string what, Token header)
    {
        var body = new List<Stmt>();
        if (Accept(TokenKind.Newline))
        {
            if (!At(TokenKind.Indent))
            {
                var t = Peek();
                if (t.Kind == TokenKind.EndMarker) t = _prev; // at the end of input CPython points at the NEWLINE
                throw _tok.Error($"expected an indented block after {what} on line {header.Line}", t.Line, t.Column + 1, type: "IndentationError");
            }
            Advance();
            while (!At(TokenKind.Dedent) && !At(TokenKind.EndMarker))
            {
                if (At(TokenKind.Indent)) throw ErrorAt(Peek(), "unexpected indent", "IndentationError");
                ParseStatement(body);
            }
            Accept(TokenKind.Dedent);
        }
        else
        {
            if (PeekKind is TokenKind.EndMarker) throw InvalidSyntax();
            ParseSimpleStatements(body);
        }
        return body;
    }

    private Stmt ParseIf()
    {
        var t = Advance();
        var test = ParseNamedExpressionForHeader();
        var body = ParseBlock("'if' statement", t);
        return new If(test, body, ParseElse(), SpanFrom(t));
    }

    private IReadOnlyList<Stmt> ParseElse()
    {
        if (AtKeyword(Keyword.Elif))
        {
            var e = Advance();
            var test = ParseNamedExpressionForHeader();
            var body = ParseBlock("'elif' statement", e);
            return new Stmt[] { new If(test, body, ParseElse(), SpanFrom(e)) };
        }
        if (AtKeyword(Keyword.Else))
        {
            var e = Advance();
            return ParseBlock("'else' statement", e);
        }
        return NoStmts;
    }

    /// <summary>A header's condition: named_expression, with CPython's hint when '=' was meant as '=='.</summary>
    private Expr ParseNamedExpressionForHeader() => ParseNamedExpression();

    private Stmt ParseWhile()
    {
        var t = Advance();
        var test = ParseNamedExpressionForHeader();
        var body = ParseBlock("'while' statement", t);
        IReadOnlyList<Stmt> orelse = NoStmts;
        if (AtKeyword(Keyword.Else)) { var e = Advance(); orelse = ParseBlock("'else' statement", e); }
        return new While(test, body, orelse, SpanFrom(t));
    }

    private Stmt ParseFor(Token? asyncTok)
    {
        var t = Advance();
        var target = ParseForTargets();
        if (!AcceptKeyword(Keyword.In)) throw InvalidSyntax();
        var iter = ParseStarExpressions();
        var body = ParseBlock("'for' statement", t);
        IReadOnlyList<Stmt> orelse = NoStmts;
        if (AtKeyword(Keyword.Else)) { var e = Advance(); orelse = ParseBlock("'else' statement", e); }
        var start = asyncTok ?? t;
        return asyncTok is null
            ? new For(target, iter, body, orelse, null, SpanFrom(start))
            : new AsyncFor(target, iter, body, orelse, null, SpanFrom(start));
    }

    /// <summary>star_targets of a for loop or comprehension: stops before 'in'.</summary>
    private Expr ParseForTargets()
    {
        var startTok = Peek();
        var first = ParseStarOrBitwise();
        if (!At(TokenKind.Comma))
        {
            if (first is Starred && !_parenthesized.Contains(first))
                throw ErrorAt(first, "starred assignment target must be in a list or tuple");
            return ToTarget(first, ExprContext.Store);
        }
        var elts = new List<Expr> { first };
        while (Accept(TokenKind.Comma))
        {
            if (AtKeyword(Keyword.In)) break;
            elts.Add(ParseStarOrBitwise());
        }
        var tuple = new Tuple(elts, ExprContext.Load, SpanFrom(startTok));
        return ToTarget(tuple, ExprContext.Store);
    }

    private Stmt ParseWith(Token? asyncTok)
    {
        var t = Advance();
        List<WithItem>? items = null;
        PythonSyntaxError? parenthesizedFailure = null;
        if (At(TokenKind.LPar))
        {
            // with (a as b, c as d): — try the parenthesised form first, as CPython does.
            int save = _p;
            var savePrev = _prev;
            try
            {
                Advance();
                var list = new List<WithItem>();
                while (true)
                {
                    list.Add(ParseWithItem());
                    if (!Accept(TokenKind.Comma)) break;
                    if (At(TokenKind.RPar)) break;
                }
                Expect(TokenKind.RPar);
                if (!At(TokenKind.Colon)) throw InvalidSyntax();
                items = list;
            }
            catch (PythonSyntaxError e) when (!e.FromTokenizer)
            {
                _p = save;
                _prev = savePrev;
                items = null;
                parenthesizedFailure = e;
            }
        }
        if (items is null)
        {
            items = new List<WithItem>();
            try
            {
                do { items.Add(ParseWithItem()); } while (Accept(TokenKind.Comma));
            }
            catch (PythonSyntaxError e) when (parenthesizedFailure is { Message: "invalid syntax" } earlier && e.Message == "invalid syntax"
                                              && (earlier.Line, earlier.Offset).CompareTo((e.Line, e.Offset)) > 0)
            {
                // Like CPython's PEG parser, a generic error points at the furthest token reached.
                throw earlier;
            }
        }
        var body = ParseBlock("'with' statement", t);
        var start = asyncTok ?? t;
        return asyncTok is null ? new With(items, body, null, SpanFrom(start)) : new AsyncWith(items, body, null, SpanFrom(start));
    }

    private WithItem ParseWithItem()
    {
        var ctx = ParseExpression();
        Expr? vars = null;
        if (AcceptKeyword(Keyword.As))
        {
            var target = ParseStarTarget();
            vars = ToTarget(target, ExprContext.Store);
        }
        return new WithItem(ctx, vars);
    }

    /// <summary>A single star_target (with-items, walrus-free contexts).</summary>
    private Expr ParseStarTarget()
    {
        var e = ParseStarOrBitwise();
        if (InvalidTarget(e, ExprContext.Store) is { } bad)
            throw ErrorAt(bad, $"cannot assign to {ExprName(bad)}");
        return e;
    }

    private Stmt ParseTry()
    {
        var t = Advance();
        var body = ParseBlock("'try' statement", t);
        var handlers = new List<ExceptHandlerBase>();
        bool? star = null;
        while (AtKeyword(Keyword.Except))
        {
            var e = Advance();
            bool isStar = Accept(TokenKind.Star);
            if (star is { } s && s != isStar)
                throw ErrorAt(e, "cannot have both 'except' and 'except*' on the same 'try'");
            star = isStar;
            Expr? type = null;
            string? name = null;
            if (!At(TokenKind.Colon))
            {
                type = ParseExpression();
                if (At(TokenKind.Comma))
                {
                    throw ErrorAt(type, "multiple exception types must be parenthesized");
                }
                if (AcceptKeyword(Keyword.As)) name = NameText(ExpectName());
            }
            else if (isStar)
            {
                throw ErrorAt(Peek(), "expected one or more exception types");
            }
            var hbody = ParseBlock(isStar ? "'except*' statement" : "'except' statement", e);
            handlers.Add(new ExceptHandler(type, name, hbody, SpanFrom(e)));
        }
        IReadOnlyList<Stmt> orelse = NoStmts, finalbody = NoStmts;
        if (AtKeyword(Keyword.Else))
        {
            if (handlers.Count == 0) throw InvalidSyntax();
            var e = Advance();
            orelse = ParseBlock("'else' statement", e);
        }
        if (AtKeyword(Keyword.Finally))
        {
            var f = Advance();
            finalbody = ParseBlock("'finally' statement", f);
        }
        if (handlers.Count == 0 && finalbody.Count == 0)
            throw ErrorAt(Peek(), "expected 'except' or 'finally' block");
        return star == true
            ? new TryStar(body, handlers, orelse, finalbody, SpanFrom(t))
            : new Try(body, handlers, orelse, finalbody, SpanFrom(t));
    }

    // ------------------------------------------------------------------ definitions

    private Stmt ParseDecorated()
    {
        var decorators = new List<Expr>();
        while (Accept(TokenKind.At))
        {
            decorators.Add(ParseNamedExpression());
            Expect(TokenKind.Newline);
        }
        var t = Peek();
        if (AtKeyword(Keyword.Def)) return ParseFunctionDef(decorators, null);
        if (AtKeyword(Keyword.Class)) return ParseClassDef(decorators);
        if (AtKeyword(Keyword.Async) && Peek(1).Keyword == Keyword.Def)
        {
            var a = Advance();
            return ParseFunctionDef(decorators, a);
        }
        throw InvalidSyntax();
    }

    private Stmt ParseFunctionDef(IReadOnlyList<Expr> decorators, Token? asyncTok)
    {
        var defTok = Advance();
        var nameTok = ExpectName();
        var typeParams = At(TokenKind.LSqb) ? ParseTypeParams() : NoTypeParams;
        if (!At(TokenKind.LPar))
        {
            throw ErrorAt(Peek(), "expected '('");
        }
        Advance();
        var args = ParseParameters(TokenKind.RPar, allowAnnotations: true);
        Expect(TokenKind.RPar);
        Expr? returns = null;
        if (Accept(TokenKind.RArrow)) returns = ParseExpression();
        _funcDepth++;
        List<Stmt> body;
        try { body = ParseBlock("function definition", defTok); }
        finally { _funcDepth--; }
        var start = asyncTok ?? defTok;
        string name = NameText(nameTok);
        return asyncTok is null
            ? new FunctionDef(name, args, body, decorators, returns, null, typeParams, SpanFrom(start))
            : new AsyncFunctionDef(name, args, body, decorators, returns, null, typeParams, SpanFrom(start));
    }

    private Stmt ParseClassDef(IReadOnlyList<Expr> decorators)
    {
        var t = Advance();
        var nameTok = ExpectName();
        var typeParams = At(TokenKind.LSqb) ? ParseTypeParams() : NoTypeParams;
        IReadOnlyList<Expr> bases = NoExprs;
        IReadOnlyList<Keyword_> keywords = NoKeywords;
        if (Accept(TokenKind.LPar))
        {
            (bases, keywords) = ParseCallArguments(allowGenerator: false);
            Expect(TokenKind.RPar);
        }
        var body = ParseBlock("class definition", t);
        return new ClassDef(NameText(nameTok), bases, keywords, body, decorators, typeParams, SpanFrom(t));
    }

    private IReadOnlyList<TypeParam> ParseTypeParams()
    {
        var open = Expect(TokenKind.LSqb);
        var list = new List<TypeParam>();
        if (At(TokenKind.RSqb))
            throw ErrorAt(Peek(), "Type parameter list cannot be empty");
        while (!At(TokenKind.RSqb))
        {
            var start = Peek();
            if (Accept(TokenKind.Star))
            {
                var n = ExpectName();
                if (At(TokenKind.Colon))
                    throw ErrorAt(Peek(), "cannot use bound with TypeVarTuple");
                list.Add(new TypeVarTuple(NameText(n), SpanFrom(start)));
            }
            else if (Accept(TokenKind.DoubleStar))
            {
                var n = ExpectName();
                if (At(TokenKind.Colon))
                    throw ErrorAt(Peek(), "cannot use bound with ParamSpec");
                list.Add(new ParamSpec(NameText(n), SpanFrom(start)));
            }
            else
            {
                var n = ExpectName();
                Expr? bound = Accept(TokenKind.Colon) ? ParseExpression() : null;
                list.Add(new TypeVar(NameText(n), bound, SpanFrom(start)));
            }
            if (!Accept(TokenKind.Comma)) break;
        }
        Expect(TokenKind.RSqb);
        _ = open;
        return list;
    }

    /// <summary>
    /// Parameters of a def (up to ')') or a lambda (up to ':'), with CPython's ordering errors.
    /// </summary>
    private Arguments ParseParameters(TokenKind closer, bool allowAnnotations)
    {
        var posonly = new List<Arg>();
        var args = new List<Arg>();
        var defaults = new List<Expr>();
        var kwonly = new List<Arg>();
        var kwDefaults = new List<Expr?>();
        Arg? vararg = null, kwarg = null;
        bool seenSlash = false, seenStar = false, seenDefault = false;
        while (!At(closer))
        {
            var t = Peek();
            if (t.Kind == TokenKind.LPar)
                throw ErrorAt(t, allowAnnotations ? "Function parameters cannot be parenthesized" : "Lambda expression parameters cannot be parenthesized");
            if (kwarg is not null)
                throw ErrorAt(t, "arguments cannot follow var-keyword argument");
            if (t.Kind == TokenKind.Slash)
            {
                if (seenSlash) throw ErrorAt(t, "/ may appear only once");
                if (seenStar) throw ErrorAt(t, "/ must be ahead of *");
                if (args.Count == 0) throw ErrorAt(t, "at least one argument must precede /");
                Advance();
                posonly.AddRange(args);
                args.Clear();
                seenSlash = true;
            }
            else if (t.Kind == TokenKind.Star)
            {
                if (seenStar) throw ErrorAt(t, "* argument may appear only once");
                Advance();
                seenStar = true;
                if (At(TokenKind.Comma) || At(closer))
                {
                    if (At(closer) || (Peek().Kind == TokenKind.Comma && Peek(1).Kind == closer) || Peek(1).Kind == TokenKind.DoubleStar)
                        throw ErrorAt(t, "named arguments must follow bare *");
                }
                else
                {
                    vararg = ParseParam(allowAnnotations, allowStarAnnotation: true);
                    if (At(TokenKind.Equal)) throw ErrorAt(Peek(), "var-positional argument cannot have default value");
                }
            }
            else if (t.Kind == TokenKind.DoubleStar)
            {
                Advance();
                kwarg = ParseParam(allowAnnotations, allowStarAnnotation: false);
                if (At(TokenKind.Equal)) throw ErrorAt(Peek(), "var-keyword argument cannot have default value");
            }
            else
            {
                var p = ParseParam(allowAnnotations, allowStarAnnotation: false);
                if (Accept(TokenKind.Equal))
                {
                    var d = ParseExpression();
                    if (seenStar) { kwonly.Add(p); kwDefaults.Add(d); }
                    else { args.Add(p); defaults.Add(d); seenDefault = true; }
                }
                else if (seenStar)
                {
                    kwonly.Add(p);
                    kwDefaults.Add(null);
                }
                else
                {
                    if (seenDefault) throw ErrorAt(p, "parameter without a default follows parameter with a default");
                    args.Add(p);
                }
            }
            if (!Accept(TokenKind.Comma)) break;
        }
        if (!At(closer))
        {
            if (closer == TokenKind.Colon && !allowAnnotations) throw InvalidSyntax();
            throw InvalidSyntax();
        }
        return new Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
    }

    private Arg ParseParam(bool allowAnnotations, bool allowStarAnnotation)
    {
        var t = Peek();
        if (t.Kind != TokenKind.Name || t.Keyword != Keyword.None) throw InvalidSyntax();
        Advance();
        Expr? annotation = null;
        if (allowAnnotations && Accept(TokenKind.Colon))
        {
            annotation = allowStarAnnotation && At(TokenKind.Star) ? ParseStarExpression() : ParseExpression();
        }
        return new Arg(NameText(t), annotation, null, SpanFrom(t));
    }
}
