using RuleSandbox.Engine.Syntax;

namespace RuleSandbox.Policies.Analysis;

/// <summary>One policy violation found in a rule.</summary>
/// <param name="RuleId">Stable id such as <c>RS101</c>, listed in <see cref="RuleCatalog"/> and docs/policies.md.</param>
/// <param name="Severity">Whether it blocks.</param>
/// <param name="Message">What is wrong, naming the module, name or attribute.</param>
/// <param name="Span">Where: 1-based lines, 0-based columns, end exclusive (as the syntax tree has them).</param>
public sealed record Finding(string RuleId, FindingSeverity Severity, string Message, SourceSpan Span)
{
    /// <summary>1-based start column, as compilers print it.</summary>
    public int Column => Span.Column + 1;

    /// <summary>1-based column just past the end (SARIF's <c>endColumn</c>).</summary>
    public int EndColumn => Span.EndColumn + 1;

    /// <summary><c>FILE:LINE:COL: error RS101: MESSAGE</c>.</summary>
    public string ToCompilerString(string file)
        => $"{file}:{Span.Line}:{Column}: {(Severity == FindingSeverity.Error ? "error" : "warning")} {RuleId}: {Message}";
}
