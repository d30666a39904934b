using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Runtime;

/// <summary>
/// Short throw sites: <c>throw Err.TypeError("...")</c>. Each helper builds the Python exception
/// object and wraps it in a <see cref="PythonException"/>.
/// </summary>
public static class Err
{
    /// <summary>An exception of <paramref name="type"/> with one string argument.</summary>
    public static PythonException New(PyType type, string message)
        => new(new PyBaseException(type, new PyTuple(new PyObject[] { PyStr.From(message) })));

    /// <summary>An exception of <paramref name="type"/> with the given arguments.</summary>
    public static PythonException NewArgs(PyType type, params PyObject[] args)
        => new(new PyBaseException(type, PyTuple.From(args)));

#pragma warning disable CS1591 // one helper per exception class
    public static PythonException TypeError(string m) => New(ExcTypes.TypeError, m);
    public static PythonException ValueError(string m) => New(ExcTypes.ValueError, m);
    public static PythonException IndexError(string m) => New(ExcTypes.IndexError, m);
    public static PythonException KeyError(PyObject key) => NewArgs(ExcTypes.KeyError, key);
    public static PythonException AttributeError(string m) => New(ExcTypes.AttributeError, m);
    public static PythonException NameError(string m) => New(ExcTypes.NameError, m);
    public static PythonException ZeroDivisionError(string m) => New(ExcTypes.ZeroDivisionError, m);
    public static PythonException OverflowError(string m) => New(ExcTypes.OverflowError, m);
    public static PythonException RuntimeError(string m) => New(ExcTypes.RuntimeError, m);
    public static PythonException NotImplementedError(string m) => New(ExcTypes.NotImplementedError, m);
    public static PythonException StopIteration() => NewArgs(ExcTypes.StopIteration);
    public static PythonException ImportError(string m) => New(ExcTypes.ImportError, m);
    public static PythonException UnboundLocalError(string m) => New(ExcTypes.UnboundLocalError, m);
    public static PythonException AssertionError() => NewArgs(ExcTypes.AssertionError);
#pragma warning restore CS1591
}
