namespace RuleSandbox.Engine.Runtime.Objects;

/// <summary><c>list_iterator</c> (also used for tuples, with its own type).</summary>
public sealed class PyListIterator : PyIterator
{
    /// <summary><c>list_iterator</c>.</summary>
    public static readonly PyType TypeObject = PyType.NewBuiltin("list_iterator", null);

    /// <summary><c>tuple_iterator</c>.</summary>
    public static readonly PyType TupleIteratorType = PyType.NewBuiltin("tuple_iterator", null);

    private readonly List<PyObject>? _list;
    private readonly PyObject[]? _array;
    private int _index;

    /// <summary>Iterates a list (sees appends made while iterating, as CPython does).</summary>
    public PyListIterator(PyList list) => _list = list.Items;

    /// <summary>Iterates a tuple.</summary>
    public PyListIterator(PyTuple tuple) => _array = tuple.Items;

    /// <inheritdoc />
    public override PyObject? Next()
    {
        if (_list is not null)
        {
            if (_index < _list.Count) return _list[_index++];
            _index = int.MaxValue;
            return null;
        }
        return _index < _array!.Length ? _array[_index++] : null;
    }

    /// <inheritdoc />
    public override PyType Type => _list is not null ? TypeObject : TupleIteratorType;
}
