using RuleSandbox.Engine.Runtime;
using HostVerdict = RuleSandbox.Engine.Hosting.Verdict;

namespace RuleSandbox.Tests.Modules;

/// <summary>
/// Resource attacks through the native modules, tried for real: each ends quickly with a limit
/// verdict (fuel, memory or nesting), never a hang, a crash or an unbounded allocation.
/// </summary>
public sealed class ModuleBombTests
{
    private static readonly ExecutionLimits Limits = ModuleTestHost.Limits with
    {
        MaxFuel = 2_000_000,
        Timeout = TimeSpan.FromSeconds(20),
        MaxRecursionDepth = 200,
    };

    private static IEnumerable<TestCaseData> Bombs() => new[]
    {
        new TestCaseData("import math\nresult = math.factorial(10**7)\n").SetName("math.factorial of ten million"),
        new TestCaseData("import itertools\nresult = sum(1 for _ in itertools.product(range(1000), repeat=5))\n").SetName("itertools.product of 10^15 tuples"),
        new TestCaseData("import functools\n@functools.lru_cache(maxsize=None)\ndef f(n): return \"x\" * 1000 + str(n)\nfor i in range(10**7): f(i)\n").SetName("an unbounded lru_cache"),
        new TestCaseData("from collections import deque\nd = deque()\nwhile True: d.append(\"x\" * 100)\n").SetName("a deque that grows forever"),
        new TestCaseData("from collections import Counter\nc = Counter()\ni = 0\nwhile True:\n    c[i] += 1\n    i += 1\n").SetName("a Counter that grows forever"),
        new TestCaseData("import copy\nx = []\nfor _ in range(100000): x = [x]\ny = copy.deepcopy(x)\n").SetName("deepcopy of a 100000-deep list"),
        new TestCaseData("import statistics\nresult = statistics.stdev(range(10**8))\n").SetName("statistics.stdev of 10^8 values"),
        new TestCaseData("import textwrap\nresult = len(textwrap.fill(\"word \" * 10**7, 10))\n").SetName("textwrap.fill of 50 MB"),
        new TestCaseData("from fractions import Fraction\nresult = Fraction(3, 7) ** 10**7\n").SetName("a Fraction to the ten millionth power"),
        new TestCaseData("import base64\nb = b\"x\"\nwhile True: b = base64.b64encode(b)\n").SetName("base64 of base64 of ..."),
        new TestCaseData("import itertools\nresult = list(itertools.permutations(range(12)))\n").SetName("every permutation of 12 items"),
        new TestCaseData("import random\nrandom.seed(1)\nresult = random.sample(range(10**12), 10**8)\n").SetName("random.sample of 10^8 from 10^12"),
        new TestCaseData("import re\nresult = re.sub(\"a\", \"b\" * 1000, \"a\" * 10**6)\n").SetName("re.sub growing 1 MB a thousandfold"),
        new TestCaseData("import operator, functools\nresult = functools.reduce(operator.mul, range(1, 10**6))\n").SetName("reduce(mul) over a million ints"),
        new TestCaseData("from dataclasses import dataclass, asdict\n@dataclass\nclass N:\n    kids: list\nn = N([])\nfor _ in range(200000): n = N([n])\nresult = asdict(n)\nprint(\"done\")\n").SetName("dataclasses.asdict 200000 deep"),
        new TestCaseData("x = []\nfor _ in range(200000): x = [x]\nprint(len(repr(x)))\n").SetName("repr of a 200000-deep list"),
    };

    [TestCaseSource(nameof(Bombs))]
    public void EndsWithALimitVerdict(string source)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var r = ModuleTestHost.Run(source, Limits);
        Assert.That(r.Verdict, Is.EqualTo(HostVerdict.Limit), r.Error?.Traceback ?? r.Message);
        Assert.That(r.Limit, Is.AnyOf(LimitKind.Fuel, LimitKind.Memory, LimitKind.Recursion));
        Assert.That(watch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(20)));
    }
}
