namespace RuleSandbox.Engine.Runtime.Objects;

/// <summary>Python <c>slice</c>.</summary>
public sealed class PySlice : PyObject
{
    /// <summary><c>slice</c>.</summary>
    public static readonly PyType TypeObject = PyType.NewBuiltin("slice", null);

    /// <summary>A slice object.</summary>
    public PySlice(PyObject start, PyObject stop, PyObject step) { Start = start; Stop = stop; Step = step; }

    /// <summary><c>start</c>.</summary>
    public PyObject Start { get; }

    /// <summary><c>stop</c>.</summary>
    public PyObject Stop { get; }

    /// <summary><c>step</c>.</summary>
    public PyObject Step { get; }

    /// <inheritdoc />
    public override PyType Type => TypeObject;

    /// <summary>CPython's <c>PySlice_GetIndicesEx</c>: clamps to a sequence of <paramref name="length"/>.</summary>
    public (long Start, long Stop, long Step, long Count) Indices(long length)
    {
        long step = Step is PyNone ? 1 : Ops.IndexOf(Step, "slice indices must be integers or None or have an __index__ method");
        if (step == 0) throw Err.ValueError("slice step cannot be zero");
        long lower = step < 0 ? -1 : 0;
        long upper = step < 0 ? length - 1 : length;
        long start = Start is PyNone ? (step < 0 ? upper : lower) : Clamp(Ops.IndexOf(Start, "slice indices must be integers or None or have an __index__ method"), length, lower, upper);
        long stop = Stop is PyNone ? (step < 0 ? lower : upper) : Clamp(Ops.IndexOf(Stop, "slice indices must be integers or None or have an __index__ method"), length, lower, upper);
        long count;
        if (step > 0) count = start < stop ? (stop - start - 1) / step + 1 : 0;
        else count = stop < start ? (start - stop - 1) / (-step) + 1 : 0;
        return (start, stop, step, count);
    }

    private static long Clamp(long v, long length, long lower, long upper)
    {
        if (v < 0) { v += length; if (v < lower) v = lower; }
        else if (v > upper) v = upper;
        return v;
    }
}
