namespace RuleSandbox.Engine.Runtime.Objects;

/// <summary>Python <c>range</c> (machine-word bounds).</summary>
public sealed class PyRange : PyObject
{
    /// <summary><c>range</c>.</summary>
    public static readonly PyType TypeObject = PyType.NewBuiltin("range", null);

    /// <summary>A range; <paramref name="step"/> is never zero.</summary>
    public PyRange(long start, long stop, long step)
    {
        Start = start; Stop = stop; Step = step;
        if (step > 0) Length = start < stop ? (stop - start - 1) / step + 1 : 0;
        else Length = start > stop ? (start - stop - 1) / (-step) + 1 : 0;
    }

    /// <summary>First value.</summary>
    public long Start { get; }

    /// <summary>End (exclusive).</summary>
    public long Stop { get; }

    /// <summary>Increment.</summary>
    public long Step { get; }

    /// <summary>Number of values.</summary>
    public long Length { get; }

    /// <inheritdoc />
    public override PyType Type => TypeObject;
}
