using RuleSandbox.Engine.Compiler;
using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Itertools;

/// <summary><c>itertools.count(start, step)</c>: infinite, so only fuel ends a drain of it.</summary>
internal sealed class CountIterator : ItertoolsIterator
{
    /// <summary>Adds the type's own methods (called once, while the module is built).</summary>
    public static void Register()
    {
        ItertoolsTypes.Count.Members["__repr__"] = new PyBuiltinFunction("__repr__", (a, kw) => PyStr.From(((CountIterator)a[0]).Repr()), ItertoolsTypes.Count);
    }

    private PyObject _current;
    private readonly PyObject _step;

    public CountIterator(PyObject start, PyObject step)
    {
        _current = start;
        _step = step;
    }

    public override PyType Type => ItertoolsTypes.Count;

    protected override PyObject? Step()
    {
        var v = _current;
        _current = Ops.Binary(BinaryOpKind.Add, _current, _step);
        return v;
    }

    // count(5) when the step is the int 1, count(5, 2) otherwise (CPython's count_repr).
    private string Repr()
        => _step is PyInt { IsBig: false, Small: 1 } and not PyBool
            ? $"count({Ops.Repr(_current)})"
            : $"count({Ops.Repr(_current)}, {Ops.Repr(_step)})";
}
