namespace RuleSandbox.Policies;

/// <summary>
/// One thing wrong with a policy file, located so an editor can jump to it:
/// <c>FILE:LINE:COL: $.json.path: MESSAGE</c>.
/// </summary>
/// <param name="File">The policy file as it was named (a preset is <c>preset:NAME</c>).</param>
/// <param name="Line">1-based line; 0 when the problem concerns the whole file (unreadable).</param>
/// <param name="Column">1-based column; 0 with <paramref name="Line"/> 0.</param>
/// <param name="JsonPath">Where in the document, as <c>$.modules.allow[2]</c>; <c>$</c> for the root.</param>
/// <param name="Message">What is wrong, and when it can be guessed, what was meant.</param>
public sealed record PolicyProblem(string File, int Line, int Column, string JsonPath, string Message)
{
    /// <inheritdoc />
    public override string ToString() => Line > 0
        ? $"{File}:{Line}:{Column}: {JsonPath}: {Message}"
        : $"{File}: {JsonPath}: {Message}";
}
