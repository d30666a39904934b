using RuleSandbox.Engine.Syntax;
using RuleSandbox.Engine.Syntax.Ast;
using Assert = NUnit.Framework.Assert;
using RuleSandbox.Policies.Analysis;

namespace RuleSandbox.Tests.Policies;

/// <summary>
/// The analyzer's generated child enumeration (tools/gen_ast_children.py) must match
/// <see cref="Node.Children"/> exactly, or the analyzer would skip part of a tree.
/// </summary>
[TestFixture]
public sealed class AstChildrenTests
{
    [Test]
    public void GeneratedChildrenMatchNodeChildrenOnEveryCorpusTree()
    {
        var files = Corpus.Files("legit", ".py").Select(f => Path.Combine(Corpus.Dir("legit"), f))
            .Concat(Corpus.Files("escapes", ".py").Select(f => Path.Combine(Corpus.Dir("escapes"), f)))
            .ToList();
        var kinds = new HashSet<NodeKind>();
        var buffer = new List<Node>();
        foreach (var file in files)
        {
            var module = PythonParser.ParseModule(File.ReadAllBytes(file), file);
            foreach (var node in module.Walk())
            {
                kinds.Add(node.NodeKind);
                buffer.Clear();
                AstChildren.Add(node, buffer);
                Assert.That(buffer, Is.EqualTo(node.Children().ToList()), $"{node.NodeKind} in {file}");
            }
        }
        Assert.That(kinds, Has.Count.GreaterThan(50), "the corpus exercises most node kinds");
    }

    [Test]
    public void GeneratedChildrenMatchOnRareNodeKinds()
    {
        const string source = """
            type Alias[T: int, *Ts, **P] = list[T]
            async def f(a, /, b=1, *c, d, e=2, **g):
                async with x as y, z:
                    async for i in j:
                        await k
                return [q async for q in r if q]
            match s:
                case [1, *rest] | [2, *rest] if rest: pass
                case {"k": v, **kw} if v: pass
                case Point(x=0, y=_) as p: pass
                case None: pass
            try:
                pass
            except* ValueError as eg:
                pass
            del a[1:2:3], b.c
            def gen():
                x: int = (yield)
                yield from x
            assert t, "m"
            raise E from F
            lambda *, k=1: {**d, 'a': 1, **{}}
            """;
        var module = PythonParser.ParseModule(source, "rare.py");
        var buffer = new List<Node>();
        foreach (var node in module.Walk())
        {
            buffer.Clear();
            AstChildren.Add(node, buffer);
            Assert.That(buffer, Is.EqualTo(node.Children().ToList()), node.NodeKind.ToString());
        }
    }
}
