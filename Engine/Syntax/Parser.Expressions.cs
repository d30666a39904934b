using System.Globalization;
using System.Numerics;
using RuleSandbox.Engine.Syntax.Ast;
using Attribute = RuleSandbox.Engine.Syntax.Ast.Attribute;
using Tuple = RuleSandbox.Engine.Syntax.Ast.Tuple;
using Keyword_ = RuleSandbox.Engine.Syntax.Ast.Keyword;

namespace RuleSandbox.Engine.Syntax;

internal sealed partial class Parser
{
    // ------------------------------------------------------------------ tuples and stars

    /// <summary>star_expressions: a bare tuple when there is a comma.</summary>
    private Expr ParseStarExpressions()
    {
        var startTok = Peek();
        var first = ParseStarExpression();
        if (!At(TokenKind.Comma)) return first;
        var elts = new List<Expr> { first };
        while (Accept(TokenKind.Comma))
        {
            if (!StartsExpression(Peek())) break;
            elts.Add(ParseStarExpression());
        }
        return new Tuple(elts, ExprContext.Load, SpanFrom(startTok));
    }

    /// <summary>star_expression: '*' bitwise_or | expression.</summary>
    private Expr ParseStarExpression()
    {
        if (At(TokenKind.Star))
        {
            var t = Advance();
            var value = ParseBitwiseOr();
            return new Starred(value, ExprContext.Load, SpanFrom(t));
        }
        return ParseExpression();
    }

    /// <summary>star_named_expression: '*' bitwise_or | named_expression.</summary>
    private Expr ParseStarNamedExpression()
    {
        if (At(TokenKind.Star))
        {
            var t = Advance();
            var value = ParseBitwiseOr();
            return new Starred(value, ExprContext.Load, SpanFrom(t));
        }
        return ParseNamedExpression();
    }

    /// <summary>A target-ish element: '*' bitwise_or | bitwise_or (stops before 'in' and comparisons).</summary>
    private Expr ParseStarOrBitwise()
    {
        if (At(TokenKind.Star))
        {
            var t = Advance();
            var value = ParseBitwiseOr();
            return new Starred(value, ExprContext.Load, SpanFrom(t));
        }
        return ParseBitwiseOr();
    }

    /// <summary>Can this token start an expression? (Used after trailing commas.)</summary>
    private static bool StartsExpression(Token t) => t.Kind switch
    {
        TokenKind.Name => t.Keyword is Keyword.None or Keyword.True or Keyword.False or Keyword.NoneKw
            or Keyword.Not or Keyword.Lambda or Keyword.Await,
        TokenKind.Number or TokenKind.String or TokenKind.FStringStart or TokenKind.LPar or TokenKind.LSqb
            or TokenKind.LBrace or TokenKind.Minus or TokenKind.Plus or TokenKind.Tilde or TokenKind.Star
            or TokenKind.Ellipsis or TokenKind.DoubleStar => true,
        _ => false,
    };

    // ------------------------------------------------------------------ named / conditional / lambda

    /// <summary>named_expression: NAME ':=' expression | expression.</summary>
    /// <param name="checkAssignTypo">
    /// Whether a following '=' gets CPython's invalid_named_expression hints ("Maybe you meant
    /// '=='"); call arguments have their own (invalid_kwarg).
    /// </param>
    private Expr ParseNamedExpression(bool checkAssignTypo = true)
    {
        var t = Peek();
        if (t.Kind == TokenKind.Name && t.Keyword == Keyword.None && Peek(1).Kind == TokenKind.ColonEqual)
        {
            Advance();
            Advance();
            var value = ParseExpression();
            var target = new Name(NameText(t), ExprContext.Store, SpanOf(t));
            return new NamedExpr(target, value, SpanFrom(t));
        }
        var e = ParseExpression();
        if (At(TokenKind.ColonEqual))
            throw ErrorAt(e, $"cannot use assignment expressions with {ExprName(e)}");
        if (checkAssignTypo && At(TokenKind.Equal)) CheckAssignTypo(e);
        return e;
    }

    /// <summary>CPython's invalid_named_expression: '=' where '==' (or ':=') was meant.</summary>
    private void CheckAssignTypo(Expr e)
    {
        if (e is Name && !_parenthesized.Contains(e))
        {
            var eq = Peek();
            throw _tok.Error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", e.Span.Line, e.Span.Column + 1, eq.EndLine, eq.EndColumn + 1);
        }
        if (IsBitwiseOrLevel(e) && e is not (List or Tuple or GeneratorExp) && !IsNamedConstant(e))
            throw ErrorAt(e, $"cannot assign to {ExprName(e)} here. Maybe you meant '==' instead of '='?");
    }

    /// <summary>expression: disjunction ['if' disjunction 'else' expression] | lambdef.</summary>
    private Expr ParseExpression()
    {
        Enter();
        try
        {
            if (AtKeyword(Keyword.Lambda)) return ParseLambda();
            var startTok = Peek();
            var body = ParseDisjunction();
            if (AtKeyword(Keyword.If))
            {
                Advance();
                var test = ParseDisjunction();
                if (!AcceptKeyword(Keyword.Else))
                    throw ErrorRange(body, test, "expected 'else' after 'if' expression");
                var orelse = ParseExpression();
                return new IfExp(test, body, orelse, SpanFrom(startTok));
            }
            return body;
        }
        finally { Leave(); }
    }

    private Expr ParseLambda()
    {
        var t = Advance();
        var args = ParseParameters(TokenKind.Colon, allowAnnotations: false);
        Expect(TokenKind.Colon);
        int saveFunc = _funcDepth;
        _funcDepth++;
        Expr body;
        try { body = ParseExpression(); }
        finally { _funcDepth = saveFunc; }
        return new Lambda(args, body, SpanFrom(t));
    }

    // ------------------------------------------------------------------ boolean / comparison

    private Expr ParseDisjunction()
    {
        var startTok = Peek();
        var first = ParseConjunction();
        if (!AtKeyword(Keyword.Or)) return first;
        var values = new List<Expr> { first };
        while (AcceptKeyword(Keyword.Or)) values.Add(ParseConjunction());
        return new BoolOp(BoolOperator.Or, values, SpanFrom(startTok));
    }

    private Expr ParseConjunction()
    {
        var startTok = Peek();
        var first = ParseInversion();
        if (!AtKeyword(Keyword.And)) return first;
        var values = new List<Expr> { first };
        while (AcceptKeyword(Keyword.And)) values.Add(ParseInversion());
        return new BoolOp(BoolOperator.And, values, SpanFrom(startTok));
    }

    private Expr ParseInversion()
    {
        if (AtKeyword(Keyword.Not))
        {
            Enter();
            try
            {
                var t = Advance();
                var operand = ParseInversion();
                return new UnaryOp(UnaryOperator.Not, operand, SpanFrom(t));
            }
            finally { Leave(); }
        }
        return ParseComparison();
    }

    private Expr ParseComparison()
    {
        var startTok = Peek();
        var left = ParseBitwiseOr();
        List<CompareOperator>? ops = null;
        List<Expr>? comparators = null;
        while (true)
        {
            var t = Peek();
            CompareOperator op;
            switch (t.Kind)
            {
                case TokenKind.EqEqual: op = CompareOperator.Eq; break;
                case TokenKind.NotEqual:
                    if (Text(t) == "<>") throw ErrorAt(t, "invalid syntax");
                    op = CompareOperator.NotEq;
                    break;
                case TokenKind.Less: op = CompareOperator.Lt; break;
                case TokenKind.LessEqual: op = CompareOperator.LtE; break;
                case TokenKind.Greater: op = CompareOperator.Gt; break;
                case TokenKind.GreaterEqual: op = CompareOperator.GtE; break;
                case TokenKind.Name when t.Keyword == Keyword.In: op = CompareOperator.In; break;
                case TokenKind.Name when t.Keyword == Keyword.Is:
                    if (Peek(1).Keyword == Keyword.Not && Peek(1).Kind == TokenKind.Name) { Advance(); op = CompareOperator.IsNot; }
                    else op = CompareOperator.Is;
                    break;
                case TokenKind.Name when t.Keyword == Keyword.Not && Peek(1).Keyword == Keyword.In && Peek(1).Kind == TokenKind.Name:
                    Advance();
                    op = CompareOperator.NotIn;
                    break;
                default:
                    goto done;
            }
            Advance();
            ops ??= new List<CompareOperator>();
            comparators ??= new List<Expr>();
            ops.Add(op);
            comparators.Add(ParseBitwiseOr());
        }
    done:
        if (ops is null) return left;
        return new Compare(left, ops, comparators!, SpanFrom(startTok));
    }

    // ------------------------------------------------------------------ binary operators

    private Expr ParseBitwiseOr()
    {
        var startTok = Peek();
        int chain = 0;
        var left = ParseBitwiseXor();
        while (At(TokenKind.VBar))
        {
            Advance();
            var right = ParseBitwiseXor();
            CheckChain(++chain);
            left = new BinOp(left, Operator.BitOr, right, SpanFrom(startTok));
        }
        return left;
    }

    private Expr ParseBitwiseXor()
    {
        var startTok = Peek();
        int chain = 0;
        var left = ParseBitwiseAnd();
        while (At(TokenKind.CircumFlex))
        {
            Advance();
            var right = ParseBitwiseAnd();
            CheckChain(++chain);
            left = new BinOp(left, Operator.BitXor, right, SpanFrom(startTok));
        }
        return left;
    }

    private Expr ParseBitwiseAnd()
    {
        var startTok = Peek();
        int chain = 0;
        var left = ParseShift();
        while (At(TokenKind.Amper))
        {
            Advance();
            var right = ParseShift();
            CheckChain(++chain);
            left = new BinOp(left, Operator.BitAnd, right, SpanFrom(startTok));
        }
        return left;
    }

    private Expr ParseShift()
    {
        var startTok = Peek();
        int chain = 0;
        var left = ParseSum();
        while (true)
        {
            Operator op;
            if (At(TokenKind.LeftShift)) op = Operator.LShift;
            else if (At(TokenKind.RightShift)) op = Operator.RShift;
            else return left;
            Advance();
            var right = ParseSum();
            CheckChain(++chain);
            left = new BinOp(left, op, right, SpanFrom(startTok));
        }
    }

    private Expr ParseSum()
    {
        var startTok = Peek();
        int chain = 0;
        var left = ParseTerm();
        while (true)
        {
            Operator op;
            if (At(TokenKind.Plus)) op = Operator.Add;
            else if (At(TokenKind.Minus)) op = Operator.Sub;
            else return left;
            Advance();
            var right = ParseTerm();
            CheckChain(++chain);
            left = new BinOp(left, op, right, SpanFrom(startTok));
        }
    }

    private Expr ParseTerm()
    {
        var startTok = Peek();
        int chain = 0;
        var left = ParseFactor();
        while (true)
        {
            Operator op;
            switch (PeekKind)
            {
                case TokenKind.Star: op = Operator.Mult; break;
                case TokenKind.Slash: op = Operator.Div; break;
                case TokenKind.DoubleSlash: op = Operator.FloorDiv; break;
                case TokenKind.Percent: op = Operator.Mod; break;
                case TokenKind.At: op = Operator.MatMult; break;
                default: return left;
            }
            Advance();
            var right = ParseFactor();
            CheckChain(++chain);
            left = new BinOp(left, op, right, SpanFrom(startTok));
        }
    }

    private Expr ParseFactor()
    {
        var t = Peek();
        UnaryOperator op;
        switch (t.Kind)
        {
            case TokenKind.Plus: op = UnaryOperator.UAdd; break;
            case TokenKind.Minus: op = UnaryOperator.USub; break;
            case TokenKind.Tilde: op = UnaryOperator.Invert; break;
            default: return ParsePower();
        }
        Enter();
        try
        {
            Advance();
            var operand = ParseFactor();
            return new UnaryOp(op, operand, SpanFrom(t));
        }
        finally { Leave(); }
    }

    private Expr ParsePower()
    {
        var startTok = Peek();
        var left = ParseAwaitPrimary();
        if (At(TokenKind.DoubleStar))
        {
            Advance();
            var right = ParseFactor();
            return new BinOp(left, Operator.Pow, right, SpanFrom(startTok));
        }
        return left;
    }

    private Expr ParseAwaitPrimary()
    {
        if (AtKeyword(Keyword.Await))
        {
            var t = Advance();
            var value = ParsePrimary();
            return new Await(value, SpanFrom(t));
        }
        return ParsePrimary();
    }

    // ------------------------------------------------------------------ primary

    private Expr ParsePrimary()
    {
        var startTok = Peek();
        int chain = 0;
        var e = ParseAtom();
        while (true)
        {
            var t = Peek();
            if (t.Kind == TokenKind.Dot)
            {
                Advance();
                var name = Peek();
                if (name.Kind != TokenKind.Name || name.Keyword != Keyword.None) throw InvalidSyntax();
                Advance();
                CheckChain(++chain);
                e = new Attribute(e, NameText(name), ExprContext.Load, SpanFrom(startTok));
            }
            else if (t.Kind == TokenKind.LPar)
            {
                Advance();
                var (args, keywords) = ParseCallArguments();
                Expect(TokenKind.RPar);
                CheckChain(++chain);
                e = new Call(e, args, keywords, SpanFrom(startTok));
            }
            else if (t.Kind == TokenKind.LSqb)
            {
                Advance();
                var slice = ParseSlices();
                Expect(TokenKind.RSqb);
                CheckChain(++chain);
                e = new Subscript(e, slice, ExprContext.Load, SpanFrom(startTok));
            }
            else
            {
                return e;
            }
        }
    }

    private Expr ParseSlices()
    {
        var startTok = Peek();
        var first = ParseSlice();
        if (!At(TokenKind.Comma))
        {
            // a[*b] is a one-element tuple of a starred expression.
            if (first is Starred) return new Tuple(new[] { first }, ExprContext.Load, SpanFrom(startTok));
            return first;
        }
        var elts = new List<Expr> { first };
        while (Accept(TokenKind.Comma))
        {
            if (At(TokenKind.RSqb)) break;
            elts.Add(ParseSlice());
        }
        return new Tuple(elts, ExprContext.Load, SpanFrom(startTok));
    }

    private Expr ParseSlice()
    {
        var startTok = Peek();
        if (At(TokenKind.Star)) return ParseStarNamedExpression();
        Expr? lower = null;
        if (!At(TokenKind.Colon))
        {
            lower = ParseNamedExpression();
            if (!At(TokenKind.Colon)) return lower;
        }
        Advance(); // ':'
        Expr? upper = null, step = null;
        if (!At(TokenKind.Colon) && !At(TokenKind.Comma) && !At(TokenKind.RSqb)) upper = ParseExpression();
        if (Accept(TokenKind.Colon))
        {
            if (!At(TokenKind.Comma) && !At(TokenKind.RSqb)) step = ParseExpression();
        }
        return new Slice(lower, upper, step, SpanFrom(startTok));
    }

    /// <summary>Call arguments up to (not including) ')'; also used for class bases.</summary>
    private (IReadOnlyList<Expr> Args, IReadOnlyList<Keyword_> Keywords) ParseCallArguments(bool allowGenerator = true)
    {
        var args = new List<Expr>();
        var keywords = new List<Keyword_>();
        bool seenKeyword = false, seenDoubleStar = false;
        string? orderError = null;
        Expr? lastParsed = null;
        while (!At(TokenKind.RPar))
        {
            var t = Peek();
            if (t.Kind == TokenKind.Star)
            {
                Advance();
                var value = ParseExpression();
                lastParsed = value;
                if (seenDoubleStar)
                    throw ErrorAt(t, "iterable argument unpacking follows keyword argument unpacking");
                args.Add(new Starred(value, ExprContext.Load, SpanFrom(t)));
            }
            else if (t.Kind == TokenKind.DoubleStar)
            {
                Advance();
                var value = ParseExpression();
                lastParsed = value;
                keywords.Add(new Keyword_(null, value, SpanFrom(t)));
                seenDoubleStar = true;
            }
            else if (t.Kind == TokenKind.Name && t.Keyword == Keyword.None && Peek(1).Kind == TokenKind.Equal)
            {
                Advance();
                Advance();
                var value = ParseExpression();
                lastParsed = value;
                keywords.Add(new Keyword_(NameText(t), value, SpanFrom(t)));
                seenKeyword = true;
            }
            else
            {
                var e = ParseNamedExpression(checkAssignTypo: false);
                lastParsed = e;
                if (AtKeyword(Keyword.For) || (AtKeyword(Keyword.Async) && Peek(1).Keyword == Keyword.For))
                {
                    // Class bases are arguments without the generator form.
                    if (!allowGenerator) throw InvalidSyntax();
                    var gens = ParseComprehensionClauses();
                    var genexp = new GeneratorExp(e, gens, SpanFrom(t));
                    if (args.Count > 0 || keywords.Count > 0 || !At(TokenKind.RPar))
                    {
                        if (At(TokenKind.Comma) && Peek(1).Kind == TokenKind.RPar && args.Count == 0 && keywords.Count == 0)
                        {
                            // f(x for x in y,) is still a single generator argument.
                        }
                        else throw ErrorAt(genexp, "Generator expression must be parenthesized");
                    }
                    // A lone generator argument spans the call's parentheses.
                    args.Add(new GeneratorExp(e, gens, new SourceSpan(_prevOpenParen.Line, _prevOpenParen.Column, Peek().EndLine, Peek().EndColumn)));
                }
                else if (At(TokenKind.Equal))
                {
                    var eq = Peek();
                    // invalid_kwarg needs an 'expression' before '='; a bare walrus is not one.
                    if (e is NamedExpr && !_parenthesized.Contains(e)) throw InvalidSyntax();
                    if (e is Constant { Value.Kind: ConstantKind.True or ConstantKind.False or ConstantKind.None } c)
                        throw ErrorRange(e, e, $"cannot assign to {c.Value.Repr()}");
                    throw ErrorRange(e, e, "expression cannot contain assignment, perhaps you meant \"==\"?");
                }
                else
                {
                    // CPython reports these after reading all the arguments, at the token after them.
                    if (seenDoubleStar) orderError ??= "positional argument follows keyword argument unpacking";
                    else if (seenKeyword) orderError ??= "positional argument follows keyword argument";
                    args.Add(e);
                }
            }
            if (!Accept(TokenKind.Comma))
            {
                if (!At(TokenKind.RPar) && StartsExpression(Peek()) && lastParsed is not null)
                    throw CommaError(lastParsed);
                break;
            }
        }
        if (orderError is not null) throw ErrorAt(Peek(), orderError);
        return (args, keywords);
    }

    private Token _prevOpenParen;

    /// <summary>"Perhaps you forgot a comma?" — for two expressions side by side inside brackets.</summary>
    private PythonSyntaxError CommaError(Expr previous)
    {
        // CPython's invalid_expression: not after a soft keyword or 'NAME STRING', and pointing
        // from the earlier expression to the one after it.
        var next = Peek();
        if (previous is Name { Id: "match" or "case" or "type" or "_" } && !_parenthesized.Contains(previous))
            return InvalidSyntax();
        if (previous is Name && !_parenthesized.Contains(previous) && next.Kind is TokenKind.String or TokenKind.FStringStart)
            return InvalidSyntax();
        return _tok.Error("invalid syntax. Perhaps you forgot a comma?", previous.Span.Line, previous.Span.Column + 1, next.EndLine, next.EndColumn + 1);
    }

    // ------------------------------------------------------------------ atoms

    private Expr ParseAtom()
    {
        Enter();
        try
        {
            var t = Peek();
            switch (t.Kind)
            {
                case TokenKind.Name:
                    switch (t.Keyword)
                    {
                        case Keyword.None:
                            Advance();
                            return new Name(NameText(t), ExprContext.Load, SpanOf(t));
                        case Keyword.True: Advance(); return new Constant(ConstantValue.True, null, SpanOf(t));
                        case Keyword.False: Advance(); return new Constant(ConstantValue.False, null, SpanOf(t));
                        case Keyword.NoneKw: Advance(); return new Constant(ConstantValue.None, null, SpanOf(t));
                        default:
                            throw InvalidSyntax();
                    }
                case TokenKind.Number:
                    Advance();
                    return new Constant(ParseNumber(t), null, SpanOf(t));
                case TokenKind.String:
                case TokenKind.FStringStart:
                    return ParseStrings();
                case TokenKind.Ellipsis:
                    Advance();
                    return new Constant(ConstantValue.Ellipsis, null, SpanOf(t));
                case TokenKind.LPar:
                    return ParseParenthesized();
                case TokenKind.LSqb:
                    return ParseListDisplay();
                case TokenKind.LBrace:
                    return ParseBraceDisplay();
                default:
                    throw InvalidSyntax();
            }
        }
        finally { Leave(); }
    }

    private Expr ParseParenthesized()
    {
        var open = Advance();
        var saveOpen = _prevOpenParen;
        if (At(TokenKind.RPar))
        {
            Advance();
            return new Tuple(Array.Empty<Expr>(), ExprContext.Load, SpanFrom(open));
        }
        if (AtKeyword(Keyword.Yield))
        {
            var y = ParseYieldExpr();
            Expect(TokenKind.RPar);
            _parenthesized.Add(y);
            return y;
        }
        var first = ParseStarNamedExpression();
        if (AtKeyword(Keyword.For) || (AtKeyword(Keyword.Async) && Peek(1).Keyword == Keyword.For))
        {
            if (first is Starred) throw ErrorAt(first, "iterable unpacking cannot be used in comprehension");
            var gens = ParseComprehensionClauses();
            Expect(TokenKind.RPar);
            return new GeneratorExp(first, gens, SpanFrom(open));
        }
        if (Accept(TokenKind.RPar))
        {
            if (first is Starred) throw ErrorAt(first, "cannot use starred expression here");
            _parenthesized.Add(first);
            return first;
        }
        if (!At(TokenKind.Comma))
        {
            if (StartsExpression(Peek())) throw CommaError(first);
            if (At(TokenKind.Equal) && first is Name)
            {
                var eq = Peek();
                throw _tok.Error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", first.Span.Line, first.Span.Column + 1, eq.EndLine, eq.EndColumn + 1);
            }
            throw InvalidSyntax();
        }
        var elts = new List<Expr> { first };
        while (Accept(TokenKind.Comma))
        {
            if (At(TokenKind.RPar)) break;
            elts.Add(ParseStarNamedExpression());
        }
        if (!At(TokenKind.RPar) && StartsExpression(Peek())) throw CommaError(elts[^1]);
        Expect(TokenKind.RPar);
        _prevOpenParen = saveOpen;
        var tuple = new Tuple(elts, ExprContext.Load, SpanFrom(open));
        _parenthesized.Add(tuple);
        return tuple;
    }

    private Expr ParseListDisplay()
    {
        var open = Advance();
        if (Accept(TokenKind.RSqb)) return new List(Array.Empty<Expr>(), ExprContext.Load, SpanFrom(open));
        var first = ParseStarNamedExpression();
        if (AtKeyword(Keyword.For) || (AtKeyword(Keyword.Async) && Peek(1).Keyword == Keyword.For))
        {
            if (first is Starred) throw ErrorAt(first, "iterable unpacking cannot be used in comprehension");
            var gens = ParseComprehensionClauses();
            Expect(TokenKind.RSqb);
            return new ListComp(first, gens, SpanFrom(open));
        }
        var elts = new List<Expr> { first };
        while (Accept(TokenKind.Comma))
        {
            if (At(TokenKind.RSqb)) break;
            elts.Add(ParseStarNamedExpression());
        }
        if (!At(TokenKind.RSqb) && StartsExpression(Peek())) throw CommaError(elts[^1]);
        Expect(TokenKind.RSqb);
        return new List(elts, ExprContext.Load, SpanFrom(open));
    }

    private Expr ParseBraceDisplay()
    {
        var open = Advance();
        if (Accept(TokenKind.RBrace)) return new Dict(Array.Empty<Expr?>(), Array.Empty<Expr>(), SpanFrom(open));
        if (At(TokenKind.DoubleStar))
            return ParseDictRest(open, null, null);
        var first = ParseStarNamedExpression();
        if (At(TokenKind.Colon) && first is not Starred && !(first is NamedExpr && !_parenthesized.Contains(first)))
        {
            Advance();
            if (At(TokenKind.RBrace) || At(TokenKind.Comma))
                throw ErrorAt(_prev, "expression expected after dictionary key and ':'");
            var value = ParseExpression();
            if (AtKeyword(Keyword.For) || (AtKeyword(Keyword.Async) && Peek(1).Keyword == Keyword.For))
            {
                var gens = ParseComprehensionClauses();
                Expect(TokenKind.RBrace);
                return new DictComp(first, value, gens, SpanFrom(open));
            }
            return ParseDictRest(open, first, value);
        }
        if (AtKeyword(Keyword.For) || (AtKeyword(Keyword.Async) && Peek(1).Keyword == Keyword.For))
        {
            if (first is Starred) throw ErrorAt(first, "iterable unpacking cannot be used in comprehension");
            var gens = ParseComprehensionClauses();
            Expect(TokenKind.RBrace);
            return new SetComp(first, gens, SpanFrom(open));
        }
        var elts = new List<Expr> { first };
        while (Accept(TokenKind.Comma))
        {
            if (At(TokenKind.RBrace)) break;
            elts.Add(ParseStarNamedExpression());
        }
        if (!At(TokenKind.RBrace) && StartsExpression(Peek())) throw CommaError(elts[^1]);
        Expect(TokenKind.RBrace);
        return new Set(elts, SpanFrom(open));
    }

    private Expr ParseDictRest(Token open, Expr? firstKey, Expr? firstValue)
    {
        var keys = new List<Expr?>();
        var values = new List<Expr>();
        if (firstValue is not null)
        {
            keys.Add(firstKey);
            values.Add(firstValue);
            if (!Accept(TokenKind.Comma))
            {
                if (!At(TokenKind.RBrace) && StartsExpression(Peek())) throw CommaError(values[^1]);
                Expect(TokenKind.RBrace);
                return new Dict(keys, values, SpanFrom(open));
            }
        }
        while (!At(TokenKind.RBrace))
        {
            if (Accept(TokenKind.DoubleStar))
            {
                keys.Add(null);
                values.Add(ParseBitwiseOr());
            }
            else
            {
                var k = ParseExpression();
                if (!At(TokenKind.Colon))
                {
                    if (At(TokenKind.Comma) || At(TokenKind.RBrace))
                        throw ErrorAt(k, "':' expected after dictionary key");
                    throw InvalidSyntax();
                }
                Advance();
                if (At(TokenKind.RBrace) || At(TokenKind.Comma))
                    throw ErrorAt(_prev, "expression expected after dictionary key and ':'");
                keys.Add(k);
                values.Add(ParseExpression());
            }
            if (!Accept(TokenKind.Comma)) break;
        }
        if (!At(TokenKind.RBrace) && StartsExpression(Peek())) throw CommaError(values[^1]);
        Expect(TokenKind.RBrace);
        return new Dict(keys, values, SpanFrom(open));
    }

    private List<Comprehension> ParseComprehensionClauses()
    {
        var gens = new List<Comprehension>();
        while (true)
        {
            int isAsync = 0;
            if (AtKeyword(Keyword.Async) && Peek(1).Keyword == Keyword.For) { Advance(); isAsync = 1; }
            if (!AcceptKeyword(Keyword.For)) break;
            var target = ParseForTargets();
            if (!AcceptKeyword(Keyword.In)) throw InvalidSyntax();
            var iter = ParseDisjunction();
            var ifs = new List<Expr>();
            while (AcceptKeyword(Keyword.If)) ifs.Add(ParseDisjunction());
            gens.Add(new Comprehension(target, iter, ifs, isAsync));
        }
        return gens;
    }

    private Expr ParseYieldExpr()
    {
        var t = Advance();
        if (AcceptKeyword(Keyword.From))
        {
            var v = ParseExpression();
            return new YieldFrom(v, SpanFrom(t));
        }
        Expr? value = null;
        if (StartsExpression(Peek())) value = ParseStarExpressions();
        return new Yield(value, SpanFrom(t));
    }

    // ------------------------------------------------------------------ numbers

    private ConstantValue ParseNumber(Token t)
    {
        string text = Text(t).Replace("_", "");
        char last = text[^1];
        if (last is 'j' or 'J')
            return ConstantValue.FromImaginary(ParseFloatText(text[..^1]));
        if (text.Length > 1 && text[0] == '0' && text[1] is 'x' or 'X' or 'o' or 'O' or 'b' or 'B')
        {
            int radix = text[1] is 'x' or 'X' ? 16 : text[1] is 'o' or 'O' ? 8 : 2;
            BigInteger v = BigInteger.Zero;
            long small = 0;
            bool big = false;
            for (int i = 2; i < text.Length; i++)
            {
                int d = HexValue(text[i]);
                if (!big && small < (long.MaxValue - d) / radix) small = small * radix + d;
                else
                {
                    if (!big) { v = small; big = true; }
                    v = v * radix + d;
                }
            }
            return ConstantValue.FromInt(big ? v : small);
        }
        if (text.Contains('.') || text.Contains('e') || text.Contains('E'))
            return ConstantValue.FromFloat(ParseFloatText(text));
        if (text.Length <= 18) return ConstantValue.FromInt(long.Parse(text, CultureInfo.InvariantCulture));
        if (text.Length > MaxIntLiteralDigits)
        {
            // CPython refuses the quadratic decimal conversion; it reports the line with offset 0.
            throw new PythonSyntaxError("SyntaxError",
                $"Exceeds the limit ({MaxIntLiteralDigits} digits) for integer string conversion: value has {text.Length} digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.",
                Filename, t.Line, 0, t.Line, 0, _tok.LineText(t.Line) + "\n");
        }
        return ConstantValue.FromInt(BigInteger.Parse(text, CultureInfo.InvariantCulture));
    }

    /// <summary>CPython's default int/str digit limit (sys.get_int_max_str_digits()).</summary>
    private const int MaxIntLiteralDigits = 4300;

    private static double ParseFloatText(string text)
        => double.Parse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture);

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        _ => c - 'A' + 10,
    };
}
