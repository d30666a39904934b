using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Runtime;

/// <summary>
/// A Python exception travelling through C# code. The VM catches it at the frame that raised it
/// and turns it back into Python's exception handling; it never escapes an execution.
/// </summary>
public sealed class PythonException : Exception
{
    /// <summary>Wraps the Python exception object.</summary>
    public PythonException(PyBaseException value) : base(value.Type.Name) => Value = value;

    /// <summary>The Python exception object.</summary>
    public PyBaseException Value { get; }
}
