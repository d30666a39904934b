namespace RuleSandbox.Policies;

/// <summary>A policy could not be loaded. <see cref="Problems"/> lists every problem found, not just the first.</summary>
public sealed class PolicyLoadException : Exception
{
    /// <summary>Creates the exception from a non-empty list of problems.</summary>
    public PolicyLoadException(IReadOnlyList<PolicyProblem> problems)
        : base(string.Join(Environment.NewLine, problems))
    {
        Problems = problems;
    }

    /// <summary>Every problem, in file order (extended files first).</summary>
    public IReadOnlyList<PolicyProblem> Problems { get; }
}
