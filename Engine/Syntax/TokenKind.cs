namespace RuleSandbox.Engine.Syntax;

/// <summary>The kinds of token the tokenizer produces; each operator has its own kind.</summary>
public enum TokenKind : byte
{
    EndMarker,
    Name,
    Number,
    String,
    FStringStart,
    FStringMiddle,
    FStringEnd,
    Newline,
    Indent,
    Dedent,

    LPar, RPar, LSqb, RSqb, LBrace, RBrace,
    Colon, Comma, Semi, Plus, Minus, Star, Slash, VBar, Amper, Less, Greater, Equal, Dot, Percent,
    EqEqual, NotEqual, LessEqual, GreaterEqual, Tilde, CircumFlex, LeftShift, RightShift, DoubleStar,
    PlusEqual, MinEqual, StarEqual, SlashEqual, PercentEqual, AmperEqual, VBarEqual, CircumflexEqual,
    LeftShiftEqual, RightShiftEqual, DoubleStarEqual, DoubleSlash, DoubleSlashEqual, At, AtEqual,
    RArrow, Ellipsis, ColonEqual, Exclamation,

    /// <summary>A stray ASCII character ($, ?, `): CPython's parser reports it as plain "invalid syntax".</summary>
    ErrorToken,
}
