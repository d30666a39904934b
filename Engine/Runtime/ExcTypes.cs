using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Runtime;

/// <summary>The builtin exception hierarchy of CPython 3.12.</summary>
public static class ExcTypes
{
    private static PyType E(string name, PyType b) => PyType.NewBuiltin(name, b, subclassable: true);

#pragma warning disable CS1591 // each field is the exception class of the same name
    public static readonly PyType BaseException = E("BaseException", PyType.ObjectType);
    public static readonly PyType SystemExit = E("SystemExit", BaseException);
    public static readonly PyType KeyboardInterrupt = E("KeyboardInterrupt", BaseException);
    public static readonly PyType GeneratorExit = E("GeneratorExit", BaseException);
    public static readonly PyType Exception = E("Exception", BaseException);
    public static readonly PyType StopIteration = E("StopIteration", Exception);
    public static readonly PyType StopAsyncIteration = E("StopAsyncIteration", Exception);
    public static readonly PyType ArithmeticError = E("ArithmeticError", Exception);
    public static readonly PyType FloatingPointError = E("FloatingPointError", ArithmeticError);
    public static readonly PyType OverflowError = E("OverflowError", ArithmeticError);
    public static readonly PyType ZeroDivisionError = E("ZeroDivisionError", ArithmeticError);
    public static readonly PyType AssertionError = E("AssertionError", Exception);
    public static readonly PyType AttributeError = E("AttributeError", Exception);
    public static readonly PyType BufferError = E("BufferError", Exception);
    public static readonly PyType EOFError = E("EOFError", Exception);
    public static readonly PyType ImportError = E("ImportError", Exception);
    public static readonly PyType ModuleNotFoundError = E("ModuleNotFoundError", ImportError);
    public static readonly PyType LookupError = E("LookupError", Exception);
    public static readonly PyType IndexError = E("IndexError", LookupError);
    public static readonly PyType KeyError = E("KeyError", LookupError);
    public static readonly PyType MemoryError = E("MemoryError", Exception);
    public static readonly PyType NameError = E("NameError", Exception);
    public static readonly PyType UnboundLocalError = E("UnboundLocalError", NameError);
    public static readonly PyType OSError = E("OSError", Exception);
    public static readonly PyType ReferenceError = E("ReferenceError", Exception);
    public static readonly PyType RuntimeError = E("RuntimeError", Exception);
    public static readonly PyType NotImplementedError = E("NotImplementedError", RuntimeError);
    public static readonly PyType RecursionError = E("RecursionError", RuntimeError);
    public static readonly PyType SyntaxError = E("SyntaxError", Exception);
    public static readonly PyType IndentationError = E("IndentationError", SyntaxError);
    public static readonly PyType TabError = E("TabError", IndentationError);
    public static readonly PyType SystemError = E("SystemError", Exception);
    public static readonly PyType TypeError = E("TypeError", Exception);
    public static readonly PyType ValueError = E("ValueError", Exception);
    public static readonly PyType UnicodeError = E("UnicodeError", ValueError);
    public static readonly PyType UnicodeDecodeError = E("UnicodeDecodeError", UnicodeError);
    public static readonly PyType UnicodeEncodeError = E("UnicodeEncodeError", UnicodeError);
    public static readonly PyType Warning = E("Warning", Exception);
    public static readonly PyType UserWarning = E("UserWarning", Warning);
    public static readonly PyType DeprecationWarning = E("DeprecationWarning", Warning);
    public static readonly PyType RuntimeWarning = E("RuntimeWarning", Warning);
    public static readonly PyType SyntaxWarning = E("SyntaxWarning", Warning);
    public static readonly PyType FutureWarning = E("FutureWarning", Warning);
    public static readonly PyType PendingDeprecationWarning = E("PendingDeprecationWarning", Warning);
    public static readonly PyType ImportWarning = E("ImportWarning", Warning);
    public static readonly PyType UnicodeWarning = E("UnicodeWarning", Warning);
    public static readonly PyType BytesWarning = E("BytesWarning", Warning);
    public static readonly PyType ResourceWarning = E("ResourceWarning", Warning);
    public static readonly PyType EncodingWarning = E("EncodingWarning", Warning);
    public static readonly PyType UnicodeTranslateError = E("UnicodeTranslateError", UnicodeError);

    // The OSError family exists so that rules (and library code they copy) can name these classes
    // in except clauses; nothing in the sandbox raises them except user code.
    public static readonly PyType BlockingIOError = E("BlockingIOError", OSError);
    public static readonly PyType ChildProcessError = E("ChildProcessError", OSError);
    public static readonly PyType ConnectionError = E("ConnectionError", OSError);
    public static readonly PyType BrokenPipeError = E("BrokenPipeError", ConnectionError);
    public static readonly PyType ConnectionAbortedError = E("ConnectionAbortedError", ConnectionError);
    public static readonly PyType ConnectionRefusedError = E("ConnectionRefusedError", ConnectionError);
    public static readonly PyType ConnectionResetError = E("ConnectionResetError", ConnectionError);
    public static readonly PyType FileExistsError = E("FileExistsError", OSError);
    public static readonly PyType FileNotFoundError = E("FileNotFoundError", OSError);
    public static readonly PyType InterruptedError = E("InterruptedError", OSError);
    public static readonly PyType IsADirectoryError = E("IsADirectoryError", OSError);
    public static readonly PyType NotADirectoryError = E("NotADirectoryError", OSError);
    public static readonly PyType PermissionError = E("PermissionError", OSError);
    public static readonly PyType ProcessLookupError = E("ProcessLookupError", OSError);
    public static readonly PyType TimeoutError = E("TimeoutError", OSError);
#pragma warning restore CS1591

    /// <summary>Every builtin exception class, for the builtins module.</summary>
    public static IEnumerable<PyType> All => new[]
    {
        BaseException, SystemExit, KeyboardInterrupt, GeneratorExit, Exception, StopIteration, StopAsyncIteration,
        ArithmeticError, FloatingPointError, OverflowError, ZeroDivisionError, AssertionError, AttributeError,
        BufferError, EOFError, ImportError, ModuleNotFoundError, LookupError, IndexError, KeyError, MemoryError,
        NameError, UnboundLocalError, OSError, ReferenceError, RuntimeError, NotImplementedError, RecursionError,
        SyntaxError, IndentationError, TabError, SystemError, TypeError, ValueError, UnicodeError,
        UnicodeDecodeError, UnicodeEncodeError, Warning, UserWarning, DeprecationWarning, RuntimeWarning,
        SyntaxWarning, FutureWarning, PendingDeprecationWarning, ImportWarning, UnicodeWarning, BytesWarning,
        ResourceWarning, EncodingWarning, UnicodeTranslateError, BlockingIOError, ChildProcessError,
        ConnectionError, BrokenPipeError, ConnectionAbortedError, ConnectionRefusedError, ConnectionResetError,
        FileExistsError, FileNotFoundError, InterruptedError, IsADirectoryError, NotADirectoryError,
        PermissionError, ProcessLookupError, TimeoutError,
    };
}
