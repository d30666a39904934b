using RuleSandbox.Policies;
using RuleSandbox.Policies.Analysis;

namespace RuleSandbox.Cli.Commands;

/// <summary><c>rulesandbox analyze RULE.py</c>: checks a rule against a policy without running it.</summary>
internal sealed class AnalyzeCommand : ICommand
{
    public string Name => "analyze";

    public string Summary => "check a rule against a policy, like a compiler";

    public string Help => """
        usage: rulesandbox analyze RULE.py [--policy FILE | --preset NAME] [--format text|json|sarif]

        Checks RULE.py against a policy (the 'standard' preset by default) without running it and
        prints every finding: 'RULE.py:LINE:COL: error RS101: MESSAGE' (text), a JSON object, or
        a SARIF 2.1.0 log for code scanning. Rule ids are listed in docs/policies.md.

        options:
          --policy FILE   a policy file
          --preset NAME   strict, standard or permissive
          --format FMT    text (default), json or sarif

        exit status:
          0  no findings
          1  findings (the rule would be blocked), or a syntax error in the rule
          2  usage error, unreadable file or bad policy

        """;

    public int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var a = new ArgReader(Name).Option("--policy").Option("--preset").Option("--format").Parse(args);
        a.ExpectPositionals(1, "RULE.py");
        string path = a.Positionals[0];
        string format = a.Value("--format") ?? "text";
        if (format is not ("text" or "json" or "sarif"))
            throw new UsageException($"analyze: option --format must be text, json or sarif, not '{format}'");
        string? policyFile = a.Value("--policy");
        string? preset = a.Value("--preset");
        if (policyFile is not null && preset is not null)
            throw new UsageException("analyze: give either --policy or --preset, not both");

        Policy policy;
        string policyName;
        if (policyFile is not null)
        {
            try
            {
                policy = Policy.Load(policyFile);
                policyName = policyFile;
            }
            catch (PolicyLoadException e)
            {
                foreach (var p in e.Problems) stderr.WriteLine(p.ToString());
                return ExitCodes.Usage;
            }
        }
        else
        {
            policyName = preset ?? "standard";
            if (!Policy.PresetNames.Contains(policyName))
                throw new UsageException($"analyze: unknown preset '{policyName}' (expected {string.Join(", ", Policy.PresetNames)})");
            policy = Policy.Preset(policyName);
        }

        byte[] source = SourceFiles.Read(path, Name);
        var result = PolicyAnalyzer.AnalyzeSource(source, policy, path);
        stdout.Write(format switch
        {
            "json" => FindingFormatter.Json(result, path, policyName),
            "sarif" => FindingFormatter.Sarif(result, path),
            _ => FindingFormatter.Text(result, path),
        });
        return result.Findings.Count == 0 ? ExitCodes.Ok : ExitCodes.Failure;
    }
}
