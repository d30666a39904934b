using System.Numerics;

namespace RuleSandbox.Engine.Syntax.Ast;

/// <summary>What a <see cref="Constant"/> node holds.</summary>
public enum ConstantKind
{
    None,
    True,
    False,
    Ellipsis,
    Int,
    Float,
    /// <summary>An imaginary literal such as <c>2j</c> (the real part is always 0).</summary>
    Imaginary,
    Str,
    Bytes,
}

/// <summary>
/// The value of a literal, as the parser found it. Immutable; strings are .NET strings that may
/// hold surrogate pairs (one Python code point each) and, from escapes, lone surrogates.
/// </summary>
public sealed class ConstantValue
{
    private ConstantValue(ConstantKind kind) => Kind = kind;

    public ConstantKind Kind { get; }
    public BigInteger Int { get; private init; }
    /// <summary>The float value, or the imaginary part of an imaginary literal.</summary>
    public double Float { get; private init; }
    public string Str { get; private init; } = "";
    public byte[] Bytes { get; private init; } = Array.Empty<byte>();

    public static readonly ConstantValue None = new(ConstantKind.None);
    public static readonly ConstantValue True = new(ConstantKind.True);
    public static readonly ConstantValue False = new(ConstantKind.False);
    public static readonly ConstantValue Ellipsis = new(ConstantKind.Ellipsis);

    public static ConstantValue FromInt(BigInteger value) => new(ConstantKind.Int) { Int = value };
    public static ConstantValue FromFloat(double value) => new(ConstantKind.Float) { Float = value };
    public static ConstantValue FromImaginary(double imag) => new(ConstantKind.Imaginary) { Float = imag };
    public static ConstantValue FromStr(string value) => new(ConstantKind.Str) { Str = value };

    /// <summary>
    /// A str whose listed UTF-16 indices hold surrogates that came from escapes and are code
    /// points of their own: Python's <c>'\ud800\udc00'</c> is two code points, which a .NET string
    /// alone would read as one surrogate pair.
    /// </summary>
    public static ConstantValue FromStr(string value, int[]? standaloneSurrogates)
        => new(ConstantKind.Str) { Str = value, StandaloneSurrogates = standaloneSurrogates };

    /// <summary>Sorted indices of escaped surrogates in <see cref="Str"/> that never pair up; usually null.</summary>
    public int[]? StandaloneSurrogates { get; private init; }
    public static ConstantValue FromBytes(byte[] value) => new(ConstantKind.Bytes) { Bytes = value };

    /// <summary>The value as CPython's <c>repr()</c> prints it.</summary>
    public string Repr() => Kind switch
    {
        ConstantKind.None => "None",
        ConstantKind.True => "True",
        ConstantKind.False => "False",
        ConstantKind.Ellipsis => "Ellipsis",
        ConstantKind.Int => Int.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ConstantKind.Float => LiteralRepr.Float(Float),
        ConstantKind.Imaginary => LiteralRepr.Imaginary(Float),
        ConstantKind.Str => LiteralRepr.Str(Str, StandaloneSurrogates),
        ConstantKind.Bytes => LiteralRepr.Bytes(Bytes),
        _ => throw new InvalidOperationException(Kind.ToString()),
    };

    /// <inheritdoc />
    public override string ToString() => Repr();
}
