namespace RuleSandbox.Engine.Runtime.Objects;

/// <summary><c>range_iterator</c>.</summary>
public sealed class PyRangeIterator : PyIterator
{
    /// <summary><c>range_iterator</c>.</summary>
    public static readonly PyType TypeObject = PyType.NewBuiltin("range_iterator", null);

    private long _next;
    private long _left;
    private readonly long _step;

    /// <summary>Iterates <paramref name="r"/>.</summary>
    public PyRangeIterator(PyRange r) { _next = r.Start; _left = r.Length; _step = r.Step; }

    /// <summary>Iterates start, start+step, ... for count values.</summary>
    public PyRangeIterator(long start, long count, long step) { _next = start; _left = count; _step = step; }

    /// <inheritdoc />
    public override PyObject? Next()
    {
        if (_left <= 0) return null;
        _left--;
        long v = _next;
        _next += _step;
        return PyInt.From(v);
    }

    /// <inheritdoc />
    public override PyType Type => TypeObject;
}
