namespace RuleSandbox.Engine.Runtime.Text;

/// <summary>
/// One item of <c>_string.formatter_parser</c> (what <c>string.Formatter().parse()</c> yields):
/// literal text, then the field that follows it, if any.
/// </summary>
/// <param name="Literal">Literal text before the field (braces unescaped); never null.</param>
/// <param name="FieldName">The field name, or null when no field follows the literal.</param>
/// <param name="Spec">The raw format spec ("" when the field has none), or null when there is no field.</param>
/// <param name="Conversion">The conversion character as a string, or null.</param>
public sealed record FormatterToken(string Literal, string? FieldName, string? Spec, string? Conversion);
