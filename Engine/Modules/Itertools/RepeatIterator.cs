using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Itertools;

/// <summary><c>itertools.repeat(object, times)</c>; <c>times</c> -1 means forever.</summary>
internal sealed class RepeatIterator : ItertoolsIterator
{
    /// <summary>Adds the type's own methods (called once, while the module is built).</summary>
    public static void Register()
    {
        var t = ItertoolsTypes.Repeat;
        t.Members["__repr__"] = new PyBuiltinFunction("__repr__", (a, kw) =>
        {
            var r = (RepeatIterator)a[0];
            return PyStr.From(r._left < 0 ? $"repeat({Ops.Repr(r._value)})" : $"repeat({Ops.Repr(r._value)}, {r._left})");
        }, t);
        t.Members["__length_hint__"] = new PyBuiltinFunction("__length_hint__", (a, kw) =>
        {
            var r = (RepeatIterator)a[0];
            if (r._left < 0) throw Err.TypeError("len() of unsized object");
            return PyInt.From(r._left);
        }, t);
    }

    private readonly PyObject _value;
    private long _left;

    public RepeatIterator(PyObject value, long times)
    {
        _value = value;
        _left = times;
    }

    public override PyType Type => ItertoolsTypes.Repeat;

    protected override PyObject? Step()
    {
        if (_left == 0) return null;
        if (_left > 0) _left--;
        return _value;
    }
}
