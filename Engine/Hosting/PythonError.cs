namespace RuleSandbox.Engine.Hosting;

/// <summary>An exception the program did not handle, as CPython would report it.</summary>
/// <param name="Type">Exception class name (<c>ValueError</c>, <c>mymodule.MyError</c>).</param>
/// <param name="Message"><c>str(exception)</c>.</param>
/// <param name="Traceback">The full CPython-format traceback text, chained exceptions included.</param>
public sealed record PythonError(string Type, string Message, string Traceback);
