namespace RuleSandbox.Engine.Runtime.Objects;

/// <summary>An iterator whose steps are a C# function (enumerate, zip, map, dict iterators...).</summary>
public sealed class PyFuncIterator : PyIterator
{
    private readonly PyType _type;
    private Func<PyObject?>? _next;

    /// <summary>An iterator of type <paramref name="type"/> driven by <paramref name="next"/>.</summary>
    public PyFuncIterator(PyType type, Func<PyObject?> next) { _type = type; _next = next; }

    /// <inheritdoc />
    public override PyObject? Next()
    {
        if (_next is null) return null;
        var v = _next();
        if (v is null) _next = null; // exhausted iterators stay exhausted
        return v;
    }

    /// <inheritdoc />
    public override PyType Type => _type;
}
