using RuleSandbox.Engine.Syntax.Ast;
using Attribute = RuleSandbox.Engine.Syntax.Ast.Attribute;
using Tuple = RuleSandbox.Engine.Syntax.Ast.Tuple;

namespace RuleSandbox.Engine.Syntax;

internal sealed partial class Parser
{
    /// <summary>
    /// 'match' is a soft keyword: the statement is tried first and, until 'match SUBJECT:' has been
    /// seen, a failure means the line is an ordinary statement that uses a name 'match'.
    /// </summary>
    private bool TryParseMatch(out Stmt match)
    {
        match = null!;
        int save = _p;
        var savePrev = _prev;
        var t = Advance();
        Expr subject;
        try
        {
            if (!StartsExpression(Peek()) || At(TokenKind.DoubleStar)) { _p = save; _prev = savePrev; return false; }
            subject = ParseMatchSubject();
            if (!At(TokenKind.Colon)) { _p = save; _prev = savePrev; return false; }
        }
        catch (PythonSyntaxError)
        {
            _p = save;
            _prev = savePrev;
            return false;
        }
        Advance(); // ':'
        if (!Accept(TokenKind.Newline)) throw InvalidSyntax();
        if (!At(TokenKind.Indent))
        {
            var n = Peek();
            throw _tok.Error($"expected an indented block after 'match' statement on line {t.Line}", n.Line, n.Column + 1, type: "IndentationError");
        }
        Advance();
        var cases = new List<MatchCase>();
        while (!At(TokenKind.Dedent) && !At(TokenKind.EndMarker))
        {
            if (!AtSoft("case")) throw InvalidSyntax();
            var caseTok = Advance();
            var pattern = ParsePatterns();
            Expr? guard = null;
            if (AcceptKeyword(Keyword.If)) guard = ParseNamedExpression();
            var body = ParseBlock("'case' statement", caseTok);
            cases.Add(new MatchCase(pattern, guard, body));
        }
        Accept(TokenKind.Dedent);
        match = new Match(subject, cases, SpanFrom(t));
        return true;
    }

    private Expr ParseMatchSubject()
    {
        var startTok = Peek();
        var first = ParseStarNamedExpression();
        if (!At(TokenKind.Comma))
        {
            if (first is Starred) throw InvalidSyntax();
            return first;
        }
        var elts = new List<Expr> { first };
        while (Accept(TokenKind.Comma))
        {
            if (At(TokenKind.Colon)) break;
            elts.Add(ParseStarNamedExpression());
        }
        return new Tuple(elts, ExprContext.Load, SpanFrom(startTok));
    }

    private Pattern ParsePatterns()
    {
        var startTok = Peek();
        var first = ParseMaybeStarPattern();
        if (!At(TokenKind.Comma))
        {
            if (first is MatchStar) return new MatchSequence(new[] { first }, SpanFrom(startTok));
            return first;
        }
        var list = new List<Pattern> { first };
        while (Accept(TokenKind.Comma))
        {
            if (At(TokenKind.Colon) || AtKeyword(Keyword.If)) break;
            list.Add(ParseMaybeStarPattern());
        }
        return new MatchSequence(list, SpanFrom(startTok));
    }

    private Pattern ParseMaybeStarPattern()
    {
        if (At(TokenKind.Star))
        {
            var t = Advance();
            var n = ExpectName();
            string name = NameText(n);
            return new MatchStar(name == "_" ? null : name, SpanFrom(t));
        }
        return ParsePattern();
    }

    private Pattern ParsePattern()
    {
        Enter();
        try
        {
            var startTok = Peek();
            var or = ParseOrPattern();
            if (AcceptKeyword(Keyword.As))
            {
                var n = Peek();
                if (n.Kind != TokenKind.Name || n.Keyword != Keyword.None) throw InvalidSyntax();
                string name = NameText(n);
                if (name == "_") throw ErrorAt(n, "cannot use '_' as a target");
                Advance();
                if (At(TokenKind.Dot) || At(TokenKind.LPar) || At(TokenKind.Equal)) throw ErrorAt(n, "invalid pattern target");
                return new MatchAs(or, name, SpanFrom(startTok));
            }
            return or;
        }
        finally { Leave(); }
    }

    private Pattern ParseOrPattern()
    {
        var startTok = Peek();
        var first = ParseClosedPattern();
        if (!At(TokenKind.VBar)) return first;
        var list = new List<Pattern> { first };
        while (Accept(TokenKind.VBar)) list.Add(ParseClosedPattern());
        return new MatchOr(list, SpanFrom(startTok));
    }

    private Pattern ParseClosedPattern()
    {
        var t = Peek();
        switch (t.Kind)
        {
            case TokenKind.Number:
            case TokenKind.Minus:
                {
                    var value = ParseSignedNumberPattern();
                    return new MatchValue(value, SpanFrom(t));
                }
            case TokenKind.String:
                {
                    var s = ParseStrings();
                    return new MatchValue(s, SpanFrom(t));
                }
            case TokenKind.FStringStart:
                throw ErrorAt(t, "patterns may only match literals and attribute lookups");
            case TokenKind.LPar:
                {
                    Advance();
                    if (Accept(TokenKind.RPar)) return new MatchSequence(Array.Empty<Pattern>(), SpanFrom(t));
                    var first = ParseMaybeStarPattern();
                    if (Accept(TokenKind.RPar))
                    {
                        if (first is MatchStar) return new MatchSequence(new[] { first }, SpanFrom(t));
                        return first;
                    }
                    var list = new List<Pattern> { first };
                    while (Accept(TokenKind.Comma))
                    {
                        if (At(TokenKind.RPar)) break;
                        list.Add(ParseMaybeStarPattern());
                    }
                    Expect(TokenKind.RPar);
                    return new MatchSequence(list, SpanFrom(t));
                }
            case TokenKind.LSqb:
                {
                    Advance();
                    var list = new List<Pattern>();
                    while (!At(TokenKind.RSqb))
                    {
                        list.Add(ParseMaybeStarPattern());
                        if (!Accept(TokenKind.Comma)) break;
                    }
                    Expect(TokenKind.RSqb);
                    return new MatchSequence(list, SpanFrom(t));
                }
            case TokenKind.LBrace:
                return ParseMappingPattern();
            case TokenKind.Name:
                switch (t.Keyword)
                {
                    case Keyword.NoneKw: Advance(); return new MatchSingleton(ConstantValue.None, SpanOf(t));
                    case Keyword.True: Advance(); return new MatchSingleton(ConstantValue.True, SpanOf(t));
                    case Keyword.False: Advance(); return new MatchSingleton(ConstantValue.False, SpanOf(t));
                    case Keyword.None: return ParseNamePattern();
                    default: throw InvalidSyntax();
                }
            default:
                throw InvalidSyntax();
        }
    }

    private Expr ParseSignedNumberPattern()
    {
        var startTok = Peek();
        Expr real;
        if (At(TokenKind.Minus))
        {
            var m = Advance();
            var n = Expect(TokenKind.Number);
            real = new UnaryOp(UnaryOperator.USub, new Constant(ParseNumber(n), null, SpanOf(n)), SpanFrom(m));
        }
        else
        {
            var n = Expect(TokenKind.Number);
            real = new Constant(ParseNumber(n), null, SpanOf(n));
        }
        if (At(TokenKind.Plus) || At(TokenKind.Minus))
        {
            var op = Advance();
            var n = Expect(TokenKind.Number);
            var imag = ParseNumber(n);
            if (imag.Kind != ConstantKind.Imaginary) throw ErrorAt(n, "imaginary number required in complex literal");
            if (real is Constant { Value.Kind: ConstantKind.Imaginary } || real is UnaryOp { Operand: Constant { Value.Kind: ConstantKind.Imaginary } })
                throw ErrorAt(real, "real number required in complex literal");
            return new BinOp(real, op.Kind == TokenKind.Plus ? Operator.Add : Operator.Sub, new Constant(imag, null, SpanOf(n)), SpanFrom(startTok));
        }
        return real;
    }

    private Pattern ParseNamePattern()
    {
        var t = Advance();
        string name = NameText(t);
        Expr? dotted = null;
        if (At(TokenKind.Dot))
        {
            dotted = new Name(name, ExprContext.Load, SpanOf(t));
            while (Accept(TokenKind.Dot))
            {
                var n = ExpectName();
                dotted = new Attribute(dotted, NameText(n), ExprContext.Load, SpanFrom(t));
            }
        }
        if (At(TokenKind.LPar))
        {
            var cls = dotted ?? new Name(name, ExprContext.Load, SpanOf(t));
            return ParseClassPattern(t, cls);
        }
        if (dotted is not null) return new MatchValue(dotted, SpanFrom(t));
        if (name == "_") return new MatchAs(null, null, SpanOf(t));
        return new MatchAs(null, name, SpanOf(t));
    }

    private Pattern ParseClassPattern(Token start, Expr cls)
    {
        Advance(); // '('
        var patterns = new List<Pattern>();
        var kwdAttrs = new List<string>();
        var kwdPatterns = new List<Pattern>();
        while (!At(TokenKind.RPar))
        {
            var t = Peek();
            if (t.Kind == TokenKind.Name && t.Keyword == Keyword.None && Peek(1).Kind == TokenKind.Equal)
            {
                Advance();
                Advance();
                kwdAttrs.Add(NameText(t));
                kwdPatterns.Add(ParsePattern());
            }
            else
            {
                var p = ParsePattern();
                if (kwdAttrs.Count > 0) throw ErrorAt(p, "positional patterns follow keyword patterns");
                patterns.Add(p);
            }
            if (!Accept(TokenKind.Comma)) break;
        }
        Expect(TokenKind.RPar);
        return new MatchClass(cls, patterns, kwdAttrs, kwdPatterns, SpanFrom(start));
    }

    private Pattern ParseMappingPattern()
    {
        var open = Advance();
        var keys = new List<Expr>();
        var patterns = new List<Pattern>();
        string? rest = null;
        while (!At(TokenKind.RBrace))
        {
            if (Accept(TokenKind.DoubleStar))
            {
                rest = NameText(ExpectName());
                Accept(TokenKind.Comma);
                break;
            }
            var kt = Peek();
            Expr key;
            if (kt.Kind is TokenKind.Number or TokenKind.Minus) key = ParseSignedNumberPattern();
            else if (kt.Kind == TokenKind.String) key = ParseStrings();
            else if (kt.Kind == TokenKind.Name && kt.Keyword is Keyword.NoneKw or Keyword.True or Keyword.False)
            {
                Advance();
                key = new Constant(kt.Keyword == Keyword.NoneKw ? ConstantValue.None : kt.Keyword == Keyword.True ? ConstantValue.True : ConstantValue.False, null, SpanOf(kt));
            }
            else if (kt.Kind == TokenKind.Name && kt.Keyword == Keyword.None && Peek(1).Kind == TokenKind.Dot)
            {
                Advance();
                key = new Name(NameText(kt), ExprContext.Load, SpanOf(kt));
                while (Accept(TokenKind.Dot)) key = new Attribute(key, NameText(ExpectName()), ExprContext.Load, SpanFrom(kt));
            }
            else throw InvalidSyntax();
            Expect(TokenKind.Colon);
            keys.Add(key);
            patterns.Add(ParsePattern());
            if (!Accept(TokenKind.Comma)) break;
        }
        Expect(TokenKind.RBrace);
        return new MatchMapping(keys, patterns, rest, SpanFrom(open));
    }
}
