using RuleSandbox.Engine.Compiler;
using RuleSandbox.Engine.Syntax;
using RuleSandbox.Engine.Syntax.Ast;
using Assert = NUnit.Framework.Assert;

namespace RuleSandbox.Tests.Compiler;

public sealed class SymbolTableTests
{
    private static SymbolTable Build(string src) => SymbolTable.Build(PythonParser.ParseModule(src, "t.py"), "t.py", src.Split('\n'));

    private static Scope Func(SymbolTable st, string src, string name)
        => st.ScopeOf(PythonParser.ParseModule(src, "t.py").Body.OfType<FunctionDef>().First(f => f.Name == name));

    [Test]
    public void ClosureVariableIsCellInOuterAndFreeInInner()
    {
        var m = PythonParser.ParseModule("def outer():\n    x = 1\n    def inner():\n        return x\n    return inner", "t.py");
        var st = SymbolTable.Build(m, "t.py", Array.Empty<string>());
        var outer = st.ScopeOf(m.Body[0]);
        var inner = st.ScopeOf(((FunctionDef)m.Body[0]).Body[1]);
        Assert.That(outer.Resolve("x"), Is.EqualTo(NameScope.Cell));
        Assert.That(inner.Resolve("x"), Is.EqualTo(NameScope.Free));
        Assert.That(inner.FreeVars, Is.EqualTo(new[] { "x" }));
    }

    [Test]
    public void ClassBodyNamesAreNotVisibleToMethods()
    {
        var m = PythonParser.ParseModule("class C:\n    y = 1\n    def m(self):\n        return y", "t.py");
        var st = SymbolTable.Build(m, "t.py", Array.Empty<string>());
        var method = st.ScopeOf(((ClassDef)m.Body[0]).Body[1]);
        Assert.That(method.Resolve("y"), Is.EqualTo(NameScope.GlobalImplicit));
    }

    [Test]
    public void SuperInMethodCreatesClassCell()
    {
        var m = PythonParser.ParseModule("class C:\n    def m(self):\n        return super().m()", "t.py");
        var st = SymbolTable.Build(m, "t.py", Array.Empty<string>());
        Assert.That(st.ScopeOf(m.Body[0]).NeedsClassCell, Is.True);
        Assert.That(st.ScopeOf(((ClassDef)m.Body[0]).Body[0]).FreeVars, Does.Contain("__class__"));
    }

    [TestCase("def f(x):\n    global x", "name 'x' is parameter and global")]
    [TestCase("def f():\n    nonlocal q", "no binding for nonlocal 'q' found")]
    [TestCase("nonlocal q", "nonlocal declaration not allowed at module level")]
    [TestCase("def f():\n    x = 1\n    global x", "name 'x' is assigned to before global declaration")]
    [TestCase("def f():\n    print(x)\n    global x", "name 'x' is used prior to global declaration")]
    [TestCase("def f(x):\n    nonlocal x", "name 'x' is parameter and nonlocal")]
    [TestCase("[(yield) for x in y]", "'yield' inside list comprehension")]
    public void ScopingErrorsAreCPythonSyntaxErrors(string src, string message)
    {
        var e = Assert.Throws<PythonSyntaxError>(() => Build(src))!;
        Assert.That(e.Message, Is.EqualTo(message));
        Assert.That(e.ErrorType, Is.EqualTo("SyntaxError"));
    }

    [Test]
    public void WalrusInComprehensionBindsInEnclosingFunction()
    {
        const string src = "def f(data):\n    return [y for x in data if (y := x)]";
        var m = PythonParser.ParseModule(src, "t.py");
        var st = SymbolTable.Build(m, "t.py", Array.Empty<string>());
        Assert.That(st.ScopeOf(m.Body[0]).Resolve("y"), Is.EqualTo(NameScope.Cell));
    }
}
