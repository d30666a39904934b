using RuleSandbox.Policies;

namespace RuleSandbox.Cli.Commands;

/// <summary><c>rulesandbox policy check FILE...</c>: validates policy files, listing every problem.</summary>
internal sealed class PolicyCommand : ICommand
{
    public string Name => "policy";

    public string Summary => "validate policy files (policy check FILE...)";

    public string Help => """
        usage: rulesandbox policy check FILE...

        Loads each policy FILE (resolving 'extends') and reports every problem at once, one per
        line: 'FILE:LINE:COL: $.json.path: MESSAGE'. Valid files print 'FILE: ok (HASH)'.
        The format is described in docs/policies.md.

        exit status:
          0  every file is a valid policy
          2  usage error, or at least one file has problems

        """;

    public int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var a = new ArgReader(Name).Parse(args);
        if (a.Positionals.Count == 0) throw new UsageException("policy: missing subcommand (expected 'check FILE...')");
        if (a.Positionals[0] != "check") throw new UsageException($"policy: unknown subcommand '{a.Positionals[0]}' (expected 'check')");
        if (a.Positionals.Count < 2) throw new UsageException("policy check: missing FILE");
        bool allValid = true;
        foreach (string file in a.Positionals.Skip(1))
        {
            try
            {
                var policy = Policy.Load(file);
                stdout.WriteLine($"{file}: ok ({policy.Hash[..12]})");
            }
            catch (PolicyLoadException e)
            {
                allValid = false;
                foreach (var p in e.Problems) stderr.WriteLine(p.ToString());
            }
        }
        return allValid ? ExitCodes.Ok : ExitCodes.Usage;
    }
}
