namespace RuleSandbox.Engine.Runtime.Objects;

/// <summary>A builtin iterator: <see cref="Next"/> returns null when exhausted (no StopIteration is built).</summary>
public abstract class PyIterator : PyObject
{
    /// <summary>The next item, or null at the end.</summary>
    public abstract PyObject? Next();
}
