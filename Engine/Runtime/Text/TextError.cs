namespace RuleSandbox.Engine.Runtime.Text;

/// <summary>
/// A failure inside the text core that the interpreter turns into a Python exception:
/// <see cref="PythonType"/> names the exception class, <see cref="Exception.Message"/> is CPython's exact text.
/// </summary>
/// <remarks>
/// The text core knows nothing of interpreter objects, so it cannot raise a Python exception itself;
/// the interpreter catches this one type at its builtin boundary and maps it.
/// </remarks>
public sealed class TextError : Exception
{
    /// <summary>Creates the error.</summary>
    /// <param name="pythonType">"ValueError", "TypeError", "OverflowError", "KeyError", "IndexError" or "UnicodeEncodeError".</param>
    /// <param name="message">CPython's message, character for character.</param>
    public TextError(string pythonType, string message) : base(message)
    {
        PythonType = pythonType ?? throw new ArgumentNullException(nameof(pythonType));
    }

    /// <summary>The Python exception class to raise.</summary>
    public string PythonType { get; }

    internal static TextError Value(string message) => new("ValueError", message);

    internal static TextError Type(string message) => new("TypeError", message);

    internal static TextError Overflow(string message) => new("OverflowError", message);
}
