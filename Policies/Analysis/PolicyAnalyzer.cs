using System.Security.Cryptography;
using System.Text;
using RuleSandbox.Engine.Syntax;
using RuleSandbox.Engine.Syntax.Ast;

namespace RuleSandbox.Policies.Analysis;

/// <summary>
/// The first wall: checks a rule's syntax tree against a <see cref="Policy"/> before anything
/// runs. See <see cref="RuleCatalog"/> for what it reports and docs/policies.md for examples.
/// </summary>
public static class PolicyAnalyzer
{
    /// <summary>
    /// Parses and analyses <paramref name="source"/>. A syntax error is a finding (RS001), not an
    /// exception. Results are cached by (source SHA-256, policy hash) in <paramref name="cache"/>
    /// (<see cref="AnalysisCache.Shared"/> by default).
    /// </summary>
    public static AnalysisResult AnalyzeSource(string source, Policy policy, string fileName = "<rule>", AnalysisCache? cache = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        return AnalyzeSource(Encoding.UTF8.GetBytes(source), policy, fileName, cache);
    }

    /// <summary>
    /// Like <see cref="AnalyzeSource(string, Policy, string, AnalysisCache?)"/> for raw source bytes
    /// (a BOM and a PEP 263 coding declaration are honoured, as when a file is run).
    /// </summary>
    public static AnalysisResult AnalyzeSource(byte[] source, Policy policy, string fileName = "<rule>", AnalysisCache? cache = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(policy);
        cache ??= AnalysisCache.Shared;
        string sourceHash = Convert.ToHexStringLower(SHA256.HashData(source));
        if (cache.TryGet(sourceHash, policy.Hash) is { } cached) return cached;

        IReadOnlyList<Finding> findings;
        if (source.Length > policy.Sizes.SourceBytes)
        {
            // Too large to be worth parsing: report the size alone.
            int lines = 1;
            foreach (byte c in source) if (c == (byte)'\n') lines++;
            findings = new[] { New("RS501", $"the source is {source.Length} bytes; the policy allows at most {policy.Sizes.SourceBytes}", new SourceSpan(1, 0, lines, 0)) };
        }
        else
        {
            try
            {
                var module = PythonParser.ParseModule(source, fileName);
                findings = new AnalyzerWalker(policy).Run(module);
            }
            catch (PythonSyntaxError e)
            {
                var span = new SourceSpan(e.Line, Math.Max(0, e.Offset - 1), Math.Max(e.Line, e.EndLine), Math.Max(0, e.EndOffset - 1));
                findings = new[] { New("RS001", $"{e.ErrorType}: {e.Message}", span) };
            }
        }
        var result = new AnalysisResult(sourceHash, policy.Hash, findings);
        cache.Add(result);
        return result;
    }

    /// <summary>Analyses an already parsed module (no cache: the caller holds the tree, not the source).</summary>
    public static IReadOnlyList<Finding> Analyze(Module module, Policy policy)
    {
        ArgumentNullException.ThrowIfNull(module);
        ArgumentNullException.ThrowIfNull(policy);
        return new AnalyzerWalker(policy).Run(module);
    }

    internal static Finding New(string id, string message, SourceSpan span) => new(id, RuleCatalog.Get(id).Severity, message, span);
}
