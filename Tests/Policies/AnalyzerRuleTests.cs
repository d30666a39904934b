using RuleSandbox.Policies;
using RuleSandbox.Policies.Analysis;

namespace RuleSandbox.Tests.Policies;

/// <summary>
/// Every rule id in <see cref="RuleCatalog"/> with sources that must trigger it and sources that
/// must not. The policy is a preset name or inline JSON (which extends standard).
/// </summary>
[TestFixture]
public sealed class AnalyzerRuleTests
{
    internal static Policy PolicyFor(string spec) => spec.StartsWith('{') ? Policy.Parse(spec) : Policy.Preset(spec);

    internal static IReadOnlyList<Finding> Analyze(string source, string policy)
        => PolicyAnalyzer.AnalyzeSource(source, PolicyFor(policy), "rule.py", new AnalysisCache()).Findings;

    private static readonly object[] MustTrigger =
    {
        new object[] { "RS001", "standard", "def f(:\n    pass\n" },
        new object[] { "RS001", "standard", "x = (1,\n" },
        new object[] { "RS101", "standard", "import os\n" },
        new object[] { "RS101", "standard", "from os import path as p\n" },
        new object[] { "RS101", "standard", "import os.path\n" },
        new object[] { "RS101", "strict", "import hashlib\n" },
        new object[] { "RS101", "standard", "def f():\n    import socket\n" },
        new object[] { "RS101", """{ "modules": { "deny": ["collections.abc"] } }""", "from collections.abc import Mapping\n" },
        new object[] { "RS102", "standard", "from . import x\n" },
        new object[] { "RS102", "permissive", "from ..pkg import y\n" },
        new object[] { "RS103", "standard", "from functools import __builtins__\n" },
        new object[] { "RS103", """{ "names": { "deny": ["reduce"] } }""", "from functools import reduce as r\n" },
        new object[] { "RS201", "standard", "eval('1')\n" },
        new object[] { "RS201", "standard", "e = eval\n" },
        new object[] { "RS201", "standard", "def f(exec): return exec\n" },
        new object[] { "RS201", "standard", "import math as open\n" },
        new object[] { "RS201", "standard", "__builtins__['x']\n" },
        new object[] { "RS201", "standard", "builtins.len\n" },
        new object[] { "RS201", "strict", "getattr(o, 'x')\n" },
        new object[] { "RS201", """{ "names": { "deny": ["print"] } }""", "print(1)\n" },
        new object[] { "RS202", "standard", "x = __class__\n" },
        new object[] { "RS202", "standard", "__all__ = ['f']\n" },
        new object[] { "RS202", "standard", "def f(__x__): pass\n" },
        new object[] { "RS202", "standard", "class E(Exception):\n    __traceback__: object = None\n" },
        new object[] { "RS202", "standard", "class E:\n    __dict__ = {}\n" },
        new object[] { "RS203", "standard", "g = getattr\n" },
        new object[] { "RS203", "standard", "list(map(hasattr, a, b))\n" },
        new object[] { "RS203", "standard", "import operator\nf = operator.attrgetter\n" },
        new object[] { "RS203", "standard", "from operator import methodcaller as mc\nfs = [mc]\n" },
        new object[] { "RS301", "standard", "o.__class__\n" },
        new object[] { "RS301", "standard", "getattr(o, '__dict__')\n" },
        new object[] { "RS301", "standard", "setattr(o, '__class__', X)\n" },
        new object[] { "RS301", "standard", "import operator\noperator.attrgetter('a.__globals__')(f)\n" },
        new object[] { "RS301", "standard", "import operator\noperator.methodcaller('__reduce__')(o)\n" },
        new object[] { "RS301", "standard", "match o:\n    case C(__class__=k): pass\n" },
        new object[] { "RS301", "standard", "o.__class__ = X\n" },
        new object[] { "RS301", "standard", "class C:\n    __match_args__ = ('__class__', 'x')\n" },
        new object[] { "RS302", "standard", "e.__traceback__.tb_frame\n" },
        new object[] { "RS302", "standard", "g.gi_frame\n" },
        new object[] { "RS302", "standard", "getattr(f, 'f_globals')\n" },
        new object[] { "RS302", "standard", "type(x).mro()\n" },
        new object[] { "RS302", """{ "attributes": { "deny": ["secret"] } }""", "user.secret\n" },
        new object[] { "RS303", "standard", "getattr(o, name)\n" },
        new object[] { "RS303", "standard", "getattr(o, '__cl' + 'ass__')\n" },
        new object[] { "RS303", "standard", "getattr(o, *names)\n" },
        new object[] { "RS303", "standard", "import operator\noperator.attrgetter(n)(o)\n" },
        new object[] { "RS303", "standard", "delattr(o, f'{a}')\n" },
        new object[] { "RS303", "standard", "class C:\n    __match_args__ = names\n" },
        new object[] { "RS304", "standard", "'{0.__class__}'.format(x)\n" },
        new object[] { "RS304", "standard", "'{a.b.__dict__[k]}'.format(a=x)\n" },
        new object[] { "RS304", "standard", "'{0:{1.__class__}}'.format(1, x)\n" },
        new object[] { "RS304", "standard", "str.format('{0.gi_frame}', g)\n" },
        new object[] { "RS304", "standard", "'{x.f_back}'.format_map(m)\n" },
        new object[] { "RS305", "standard", "fmt.format(x)\n" },
        new object[] { "RS305", "standard", "('{0.' + '__class__}').format(x)\n" },
        new object[] { "RS305", "standard", "str.format(fmt, x)\n" },
        new object[] { "RS305", "standard", "import string\nstring.Formatter().vformat('{0}', [1], {})\n" },
        new object[] { "RS401", "strict", "while x:\n    x -= 1\n" },
        new object[] { "RS402", "strict", "class A:\n    pass\n" },
        new object[] { "RS403", """{ "syntax": { "lambdas": false } }""", "f = lambda x: x\n" },
        new object[] { "RS404", "strict", "def g():\n    yield 1\n" },
        new object[] { "RS404", "strict", "def g():\n    yield from [1]\n" },
        new object[] { "RS405", "strict", "def f():\n    global x\n" },
        new object[] { "RS405", "strict", "def f():\n    x = 1\n    def g():\n        nonlocal x\n" },
        new object[] { "RS406", """{ "syntax": { "imports": false } }""", "import math\n" },
        new object[] { "RS406", """{ "syntax": { "imports": false } }""", "from math import sqrt\n" },
        new object[] { "RS407", "standard", "from math import *\n" },
        new object[] { "RS408", "standard", "try:\n    pass\nexcept:\n    pass\n" },
        new object[] { "RS408", "standard", "try:\n    pass\nexcept BaseException:\n    pass\n" },
        new object[] { "RS408", "standard", "try:\n    pass\nexcept (ValueError, SystemExit):\n    pass\n" },
        new object[] { "RS408", "standard", "B = BaseException\n" },
        new object[] { "RS409", "standard", "async def f():\n    await g()\n" },
        new object[] { "RS409", "standard", "async def f():\n    async for x in y:\n        pass\n" },
        new object[] { "RS501", """{ "sizes": { "sourceBytes": 10 } }""", "x = 1234567890\n" },
        new object[] { "RS502", """{ "sizes": { "astNodes": 10 } }""", "x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]\n" },
        new object[] { "RS503", """{ "sizes": { "nestingDepth": 5 } }""", "x = ((((((1))))) + (2 + (3 + (4 + (5 + 6)))))\n" },
        new object[] { "RS504", """{ "sizes": { "literalLength": 5 } }""", "x = 'abcdef'\n" },
        new object[] { "RS504", """{ "sizes": { "literalLength": 5 } }""", "x = b'abcdef'\n" },
        new object[] { "RS505", """{ "sizes": { "intDigits": 3 } }""", "x = 1000\n" },
        new object[] { "RS505", """{ "sizes": { "intDigits": 3 } }""", "x = 0xFFFFFFFF\n" },
        new object[] { "RS601", "standard", "import time\nx = time.time()\n" },
        new object[] { "RS601", "standard", "import time as t\nx = t.time_ns()\n" },
        new object[] { "RS601", "standard", "from time import time\n" },
        new object[] { "RS601", "standard", "import datetime\nx = datetime.datetime.now()\n" },
        new object[] { "RS601", "standard", "from datetime import date as d\nx = d.today()\n" },
        new object[] { "RS602", "standard", "import random\nr = random.SystemRandom()\n" },
        new object[] { "RS602", "standard", "import uuid\nx = uuid.uuid4()\n" },
        new object[] { "RS602", "standard", "from uuid import uuid4\n" },
    };

    private static readonly object[] MustNotTrigger =
    {
        new object[] { "RS001", "standard", "def f(x):\n    return x\n" },
        new object[] { "RS101", "standard", "import math as os\n" },
        new object[] { "RS101", "standard", "from collections.abc import Mapping\n" },
        new object[] { "RS101", "strict", "import decimal, fractions\n" },
        new object[] { "RS102", "standard", "from math import sqrt\n" },
        new object[] { "RS103", "standard", "from functools import reduce, partial as p\n" },
        new object[] { "RS201", "standard", "print(len([1]))\n" },
        new object[] { "RS201", "standard", "f(eval_result=1)\nx.eval\n" },
        new object[] { "RS201", "standard", "evaluate = 1\n" },
        new object[] { "RS202", "standard", "if __name__ == '__main__':\n    pass\n" },
        new object[] { "RS202", "standard", "class A:\n    __slots__ = ('a',)\n    __hash__ = None\n    def __eq__(self, o): return True\n" },
        new object[] { "RS203", "standard", "getattr(o, 'x', None)\nhasattr(o, 'y')\n" },
        new object[] { "RS203", "standard", "import operator\nf = operator.attrgetter('a.b')\n" },
        new object[] { "RS301", "standard", "super().__init__()\nf.__name__\nf.__doc__\n" },
        new object[] { "RS301", "standard", "o._private\no.value\n" },
        new object[] { "RS301", "permissive", "o.__class__\n" },
        new object[] { "RS301", "standard", "class P:\n    __match_args__ = ('x', 'y')\n" },
        new object[] { "RS301", """{ "attributes": { "allowDunder": ["__len__"] } }""", "o.__len__()\n" },
        new object[] { "RS302", "standard", "o.frame\no.code\no.globals\n" },
        new object[] { "RS303", "standard", "getattr(o, 'name')\nsetattr(o, 'name', 1)\n" },
        new object[] { "RS303", "standard", "import operator\noperator.attrgetter('a', 'b.c')(o)\n" },
        new object[] { "RS304", "standard", "'{0.name} {1[key]} {x!r:>{w}}'.format(a, b, x=1, w=3)\n" },
        new object[] { "RS304", "standard", "'{{0.__class__}}'.format()\n" },
        new object[] { "RS305", "standard", "'{}'.format(1)\nstr.format('{}', 2)\nf'{x.y}'\n" },
        new object[] { "RS305", "standard", "'%s' % x\nformat(x, '.2f')\n" },
        new object[] { "RS401", "standard", "while x:\n    x -= 1\n" },
        new object[] { "RS402", "standard", "class A:\n    pass\n" },
        new object[] { "RS403", "standard", "f = lambda x: x\n" },
        new object[] { "RS404", "standard", "def g():\n    yield 1\n" },
        new object[] { "RS404", "strict", "x = sum(i for i in range(3))\n" },
        new object[] { "RS405", "standard", "def f():\n    global x\n" },
        new object[] { "RS406", "standard", "import math\n" },
        new object[] { "RS407", "permissive", "from math import *\n" },
        new object[] { "RS407", "standard", "from math import sqrt\n" },
        new object[] { "RS408", "standard", "try:\n    pass\nexcept Exception:\n    pass\n" },
        new object[] { "RS408", "permissive", "try:\n    pass\nexcept:\n    pass\n" },
        new object[] { "RS409", "standard", "def f():\n    return 1\n" },
        new object[] { "RS501", """{ "sizes": { "sourceBytes": 15 } }""", "x = 1234567890\n" },
        new object[] { "RS502", """{ "sizes": { "astNodes": 100 } }""", "x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]\n" },
        new object[] { "RS503", """{ "sizes": { "nestingDepth": 20 } }""", "x = ((((((1))))) + (2 + (3 + (4 + (5 + 6)))))\n" },
        new object[] { "RS504", """{ "sizes": { "literalLength": 6 } }""", "x = 'abcdef'\n" },
        new object[] { "RS505", """{ "sizes": { "intDigits": 4 } }""", "x = 1000\n" },
        new object[] { "RS601", "standard", "import datetime\nx = datetime.date(2024, 1, 2)\ny = x.today_flag\n" },
        new object[] { "RS601", "permissive", "import time\nimport datetime\nx = datetime.datetime.now()\n" },
        new object[] { "RS602", "standard", "import uuid\nx = uuid.UUID(s)\n" },
        new object[] { "RS602", "permissive", "import random\nimport uuid\nx = uuid.uuid4()\n" },
        new object[] { "RS601", "standard", "import time\nx = time.monotonic()\ny = time.perf_counter_ns()\n" },
        new object[] { "RS601", "standard", "import datetime\nx = datetime.datetime(2024, 1, 2, 3, 4).time()\n" },
        new object[] { "RS602", "standard", "import random\nrandom.seed(42)\nx = random.random()\n" },
    };

    [TestCaseSource(nameof(MustTrigger))]
    public void RuleTriggers(string id, string policy, string source)
    {
        var findings = Analyze(source, policy);
        Assert.That(findings.Select(f => f.RuleId), Does.Contain(id), string.Join("\n", findings.Select(f => f.ToCompilerString("rule.py"))));
    }

    [TestCaseSource(nameof(MustNotTrigger))]
    public void RuleDoesNotTrigger(string id, string policy, string source)
    {
        var findings = Analyze(source, policy);
        Assert.That(findings.Select(f => f.RuleId), Does.Not.Contain(id), string.Join("\n", findings.Select(f => f.ToCompilerString("rule.py"))));
    }

    [Test]
    public void EveryCatalogedRuleHasCasesOfBothKinds()
    {
        var triggered = MustTrigger.Cast<object[]>().Select(c => (string)c[0]).ToHashSet();
        var notTriggered = MustNotTrigger.Cast<object[]>().Select(c => (string)c[0]).ToHashSet();
        foreach (var rule in RuleCatalog.All)
        {
            Assert.That(triggered, Does.Contain(rule.Id), "must-trigger case missing");
            Assert.That(notTriggered, Does.Contain(rule.Id), "must-not-trigger case missing");
        }
    }

    [Test]
    public void FindingsAreLocatedLikeACompiler()
    {
        var findings = Analyze("x = 1\n\nimport os\ny = o.__class__\n", "standard");

        Assert.That(findings.Select(f => f.ToCompilerString("rule.py")), Is.EqualTo(new[]
        {
            "rule.py:3:1: error RS101: import of module 'os' is not allowed",
            "rule.py:4:7: error RS301: access to attribute '__class__' is not allowed",
        }));
        Assert.That(findings[1].Span, Is.EqualTo(new RuleSandbox.Engine.Syntax.SourceSpan(4, 6, 4, 15)));
        Assert.That(findings[1].EndColumn, Is.EqualTo(16));
    }

    [Test]
    public void ASyntaxErrorIsALocatedFinding()
    {
        var findings = Analyze("x = 1\ny = (2,\n", "standard");

        Assert.That(findings, Has.Count.EqualTo(1));
        Assert.That(findings[0].RuleId, Is.EqualTo("RS001"));
        Assert.That(findings[0].Span.Line, Is.EqualTo(2));
        Assert.That(findings[0].Message, Does.StartWith("SyntaxError: "));
    }

    [Test]
    public void EveryFindingIsReportedNotJustTheFirst()
    {
        var findings = Analyze("import os\nimport sys\neval('1')\nexec('2')\no.__dict__\n", "standard");
        Assert.That(findings.Select(f => f.RuleId), Is.EqualTo(new[] { "RS101", "RS101", "RS201", "RS201", "RS301" }));
    }

    [Test]
    public void DeepNestingStopsTheWalkWithOneFinding()
    {
        string source = "x = " + new string('(', 150) + "1" + new string(')', 150) + "\n";
        string deep = "x = " + string.Concat(Enumerable.Repeat("-", 400)) + "1\n";

        var findings = Analyze(deep, "standard");

        Assert.That(findings.Count(f => f.RuleId == "RS503"), Is.EqualTo(1));
        Assert.That(Analyze(source, "standard"), Is.Empty, "parentheses add no nodes");
    }

    [Test]
    public void TooManyNodesStopsTheWalkWithOneFinding()
    {
        string source = string.Concat(Enumerable.Range(0, 200).Select(i => $"x{i} = eval\n"));
        var findings = Analyze(source, """{ "sizes": { "astNodes": 50 } }""");

        Assert.That(findings.Count(f => f.RuleId == "RS502"), Is.EqualTo(1));
        Assert.That(findings.Count(f => f.RuleId == "RS201"), Is.LessThan(50));
    }
}
