namespace RuleSandbox.Policies.Analysis;

/// <summary>What the analyzer found in one rule under one policy. Immutable, so it can be cached and shared.</summary>
public sealed class AnalysisResult
{
    /// <summary>Creates a result.</summary>
    public AnalysisResult(string sourceHash, string policyHash, IReadOnlyList<Finding> findings)
    {
        SourceHash = sourceHash;
        PolicyHash = policyHash;
        Findings = findings;
    }

    /// <summary>SHA-256 (hex) of the source's UTF-8 bytes.</summary>
    public string SourceHash { get; }

    /// <summary>The <see cref="Policy.Hash"/> analysed against.</summary>
    public string PolicyHash { get; }

    /// <summary>Every finding, ordered by position.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>Whether any finding is an error: the verdict is then <c>blocked</c>.</summary>
    public bool IsBlocked => Findings.Any(f => f.Severity == FindingSeverity.Error);
}
