using HostVerdict = RuleSandbox.Engine.Hosting.Verdict;

namespace RuleSandbox.Tests.Modules;

/// <summary>typing, abc and types: what is shared between executions must not be writable.</summary>
public sealed class TypingModuleTests
{
    [Test]
    public void SharedTypingObjectsAreReadOnly()
    {
        var r = ModuleTestHost.Run(
            "import typing, types\nfor target in (typing.List, typing.Optional, typing.TypeVar, types.SimpleNamespace):\n" +
            "    try:\n        target.x = 1\n        print('changed')\n    except (AttributeError, TypeError):\n        print('refused')");
        Assert.That(r.Stdout, Is.EqualTo("refused\nrefused\nrefused\nrefused\n"), r.Error?.Traceback);
    }

    [Test]
    public void BaseClassesAreFreshPerExecution()
    {
        var first = ModuleTestHost.Run("import typing, abc\ntyping.Generic.mark = 1\nabc.ABC.mark = 2\nprint(typing.Generic.mark + abc.ABC.mark)");
        Assert.That(first.Stdout, Is.EqualTo("3\n"), first.Error?.Traceback);
        var second = ModuleTestHost.Run("import typing, abc\nprint(hasattr(typing.Generic, 'mark'), hasattr(abc.ABC, 'mark'))");
        Assert.That(second.Stdout, Is.EqualTo("False False\n"), second.Error?.Traceback);
    }

    [Test]
    public void AbstractClassesRefuseInstancesThroughObjectNew()
    {
        var r = ModuleTestHost.Run(
            "from abc import ABC, abstractmethod\nclass A(ABC):\n    @abstractmethod\n    def f(self): ...\n" +
            "try:\n    object.__new__(A)\nexcept TypeError as e:\n    print(e)");
        Assert.That(r.Verdict, Is.EqualTo(HostVerdict.Ok), r.Error?.Traceback);
        Assert.That(r.Stdout, Is.EqualTo("Can't instantiate abstract class A without an implementation for abstract method 'f'\n"));
    }
}
