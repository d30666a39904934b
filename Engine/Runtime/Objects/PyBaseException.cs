using RuleSandbox.Engine.Compiler;

namespace RuleSandbox.Engine.Runtime.Objects;

/// <summary>One traceback line: a code object and the line that was executing in it.</summary>
public readonly record struct TracebackEntry(CodeObject Code, int Line);

/// <summary>An instance of <c>BaseException</c> or of any subclass (builtin or defined in Python).</summary>
public sealed class PyBaseException : PyObject
{
    private readonly PyType _type;
    private PyDict? _dict;

    /// <summary>An exception of <paramref name="type"/> with <paramref name="args"/>.</summary>
    public PyBaseException(PyType type, PyTuple args)
    {
        _type = type;
        Args = args;
    }

    /// <summary><c>args</c>.</summary>
    public PyTuple Args { get; set; }

    /// <summary><c>__cause__</c> (from <c>raise ... from ...</c>).</summary>
    public PyBaseException? Cause { get; set; }

    /// <summary><c>__context__</c>: the exception being handled when this one was raised.</summary>
    public PyBaseException? Context { get; set; }

    /// <summary><c>__suppress_context__</c>.</summary>
    public bool SuppressContext { get; set; }

    /// <summary>Frames the exception passed through, innermost first.</summary>
    public List<TracebackEntry> Traceback { get; } = new();

    /// <summary>Extra notes (<c>add_note</c>).</summary>
    public List<string>? Notes { get; set; }

    /// <inheritdoc />
    public override PyDict Dict => _dict ??= new PyDict();

    /// <summary>Whether a <c>__dict__</c> was created.</summary>
    public bool HasDict => _dict is not null;

    /// <inheritdoc />
    public override PyType Type => _type;

    /// <summary>True when the exception's class derives from <paramref name="t"/>.</summary>
    public bool Is(PyType t) => _type.IsSubtypeOf(t);
}
