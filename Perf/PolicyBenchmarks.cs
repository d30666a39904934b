using BenchmarkDotNet.Attributes;
using RuleSandbox.Engine.Syntax;
using RuleSandbox.Engine.Syntax.Ast;
using RuleSandbox.Policies;
using RuleSandbox.Policies.Analysis;

namespace RuleSandbox.Perf;

/// <summary>
/// Cost of the static policy check on a 100-line business rule, against parsing the same rule as
/// the baseline (the analyzer must be a small fraction of what the host pays anyway). Run with
/// <c>dotnet run -c Release --project Perf -- --filter *PolicyBenchmarks*</c>.
/// </summary>
[MemoryDiagnoser]
public class PolicyBenchmarks
{
    private Module _module = null!;
    private Policy _standard = null!;
    private Policy _strict = null!;
    private AnalysisCache _cache = null!;

    /// <summary>A realistic rule: classes, comprehensions, f-strings, imports, format calls; exactly 100 lines.</summary>
    public static readonly string Rule = BuildRule();

    private static string BuildRule()
    {
        var lines = new List<string>
        {
            "import math",
            "import statistics",
            "from collections import Counter, defaultdict",
            "from decimal import Decimal, ROUND_HALF_UP",
            "",
            "RATES = {'DE': Decimal('0.19'), 'FR': Decimal('0.20'), 'US': Decimal('0.07')}",
            "TIERS = [(100, 0.15), (50, 0.10), (10, 0.05)]",
            "",
            "class Scorecard:",
            "    def __init__(self, base):",
            "        self.base = base",
            "        self.adjustments = []",
            "",
            "    def add(self, reason, points):",
            "        self.adjustments.append((reason, points))",
            "        return self",
            "",
            "    def total(self):",
            "        return self.base + sum(p for _, p in self.adjustments)",
            "",
            "def discount_for(quantity):",
            "    for minimum, rate in TIERS:",
            "        if quantity >= minimum:",
            "            return rate",
            "    return 0.0",
            "",
            "def tax(net, country):",
            "    rate = RATES.get(country, Decimal('0'))",
            "    return (net * rate).quantize(Decimal('0.01'), rounding=ROUND_HALF_UP)",
            "",
            "def zscore(value, history):",
            "    mean = statistics.fmean(history)",
            "    stdev = statistics.pstdev(history) or 1.0",
            "    return (value - mean) / stdev",
            "",
        };
        int n = 0;
        while (lines.Count < 92)
        {
            lines.Add($"def rule_{n}(order, customer):");
            lines.Add($"    items = [i for i in order['items'] if i['qty'] > {n % 3}]");
            lines.Add($"    total = sum(i['qty'] * i['price'] for i in items) * (1 - discount_for(len(items)))");
            lines.Add($"    label = '{{0}}: {{1:.2f}}'.format(customer['name'], total)");
            lines.Add($"    return {{'total': round(total, 2), 'label': label, 'risk': math.log1p(total) > {n + 5}}}");
            lines.Add("");
            n++;
        }
        while (lines.Count < 100) lines.Add($"result_{lines.Count} = rule_{lines.Count % n}(order, customer) if order else None");
        return string.Join('\n', lines) + "\n";
    }

    [GlobalSetup]
    public void Setup()
    {
        _module = PythonParser.ParseModule(Rule, "rule.py");
        _standard = Policy.Preset("standard");
        _strict = Policy.Preset("strict");
        _cache = new AnalysisCache();
        PolicyAnalyzer.AnalyzeSource(Rule, _standard, "rule.py", _cache);
        if (PolicyAnalyzer.Analyze(_module, _standard).Count != 0) throw new InvalidOperationException("the benchmark rule must be clean under standard");
    }

    /// <summary>Baseline: parsing the rule.</summary>
    [Benchmark(Baseline = true)]
    public Module Parse() => PythonParser.ParseModule(Rule, "rule.py");

    /// <summary>The analyzer walk alone, on the parsed tree, under standard.</summary>
    [Benchmark]
    public int AnalyzeStandard() => PolicyAnalyzer.Analyze(_module, _standard).Count;

    /// <summary>The analyzer walk under strict (which reports the classes and generators it disables).</summary>
    [Benchmark]
    public int AnalyzeStrict() => PolicyAnalyzer.Analyze(_module, _strict).Count;

    /// <summary>A cache hit: SHA-256 of the source and a locked lookup.</summary>
    [Benchmark]
    public int CachedAnalyzeSource() => PolicyAnalyzer.AnalyzeSource(Rule, _standard, "rule.py", _cache).Findings.Count;
}
