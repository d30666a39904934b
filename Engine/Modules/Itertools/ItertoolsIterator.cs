using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Itertools;

/// <summary>
/// The base of every lazy iterator of <c>itertools</c>: one unit of fuel per step, so even the
/// infinite ones (<c>count</c>, <c>cycle</c>, <c>repeat</c>) are stopped by the fuel limit when a
/// consumer (<c>sum</c>, <c>list</c>, a C# loop) drains them. An exhausted iterator stays exhausted.
/// </summary>
internal abstract class ItertoolsIterator : PyIterator
{
    private bool _done;

    /// <inheritdoc />
    public sealed override PyObject? Next()
    {
        if (_done) return null;
        Vm.Current!.Charge(1);
        var v = Step();
        if (v is null) _done = true;
        return v;
    }

    /// <summary>The next item, or null at the end.</summary>
    protected abstract PyObject? Step();

    /// <summary>A native iterator type with <c>__iter__</c> and <c>__next__</c>, named as CPython names it.</summary>
    public static PyType NewType(string qualifiedName, string module = "itertools")
    {
        var t = PyType.NewNative(qualifiedName, module);
        t.Members["__iter__"] = new PyBuiltinFunction("__iter__", (a, kw) => a[0], t);
        t.Members["__next__"] = new PyBuiltinFunction("__next__", (a, kw) => Ops.Next(a[0]) ?? throw Err.StopIteration(), t);
        return t;
    }
}

/// <summary>An itertools iterator whose step is a C# function (most of them need no other state).</summary>
internal sealed class FuncIterator : ItertoolsIterator
{
    private readonly PyType _type;
    private readonly Func<PyObject?> _step;

    public FuncIterator(PyType type, Func<PyObject?> step) { _type = type; _step = step; }

    public override PyType Type => _type;

    protected override PyObject? Step() => _step();
}
