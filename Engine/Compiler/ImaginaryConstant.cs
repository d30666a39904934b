namespace RuleSandbox.Engine.Compiler;

/// <summary>An imaginary literal constant (<c>2j</c>).</summary>
public sealed record ImaginaryConstant(double Imag);
