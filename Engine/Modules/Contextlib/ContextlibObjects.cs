using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Contextlib;

/// <summary>What a <c>@contextmanager</c> function returns: a one-shot manager over its generator.</summary>
internal sealed class PyGeneratorContextManager : PyObject
{
    /// <summary>Calls <paramref name="func"/> (the generator function) at once, as CPython does.</summary>
    public PyGeneratorContextManager(PyObject func, PyObject[] args, string[]? kwnames)
    {
        Func = func;
        Args = args;
        KwNames = kwnames;
        Gen = Runtime.Vm.Current!.Call(func, args, kwnames);
    }

    /// <summary>The decorated generator function (kept to recreate the manager for decorator use).</summary>
    public PyObject Func { get; }

    public PyObject[] Args { get; }

    public string[]? KwNames { get; }

    /// <summary>The generator the manager drives.</summary>
    public PyObject Gen { get; }

    public override PyType Type => ContextlibTypes.GeneratorContextManager;
}

/// <summary><c>suppress(*exceptions)</c>.</summary>
internal sealed class PySuppress : PyObject
{
    public PySuppress(PyObject[] exceptions) => Exceptions = exceptions;

    public PyObject[] Exceptions { get; }

    public override PyType Type => ContextlibTypes.Suppress;
}

/// <summary><c>nullcontext(enter_result=None)</c>.</summary>
internal sealed class PyNullContext : PyObject
{
    public PyNullContext(PyObject enterResult) => EnterResult = enterResult;

    public PyObject EnterResult { get; set; }

    public override PyType Type => ContextlibTypes.NullContext;
}

/// <summary><c>closing(thing)</c>: calls <c>thing.close()</c> on exit.</summary>
internal sealed class PyClosing : PyObject
{
    public PyClosing(PyObject thing) => Thing = thing;

    public PyObject Thing { get; }

    public override PyType Type => ContextlibTypes.Closing;
}

/// <summary><c>ExitStack()</c>: exit callbacks run last-in first-out.</summary>
internal sealed class PyExitStack : PyObject
{
    /// <summary>Callables taking <c>(exc_type, exc, tb)</c>; a true result suppresses the exception.</summary>
    public List<PyObject> Callbacks { get; set; } = new();

    public override PyType Type => ContextlibTypes.ExitStack;
}
