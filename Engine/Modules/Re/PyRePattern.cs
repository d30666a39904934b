using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Re;

/// <summary>A compiled <c>re.Pattern</c>.</summary>
internal sealed class PyRePattern : PyObject
{
    public PyRePattern(PyStr source, int flags, TranslatedPattern t, PyObject? sourceObject = null)
    {
        Source = source;
        Flags = flags;
        T = t;
        SourceObject = sourceObject ?? source;
    }

    /// <summary>The pattern text as written (a bytes pattern decoded as Latin-1, one char per byte).</summary>
    public PyStr Source { get; }

    /// <summary>The <c>pattern</c> attribute: the str, or the bytes object for a bytes pattern.</summary>
    public PyObject SourceObject { get; }

    /// <summary>True for a bytes pattern: subjects must be bytes-like and results are bytes.</summary>
    public bool IsBytes => SourceObject is PyBytes;

    /// <summary>Text matched or produced, as the pattern's kind of string (bytes from Latin-1 chars).</summary>
    public PyObject Wrap(string text) => IsBytes ? new PyBytes(ReModule.Latin1Bytes(text)) : PyStr.From(text);

    /// <summary>The empty string of the pattern's kind.</summary>
    public PyObject Empty => IsBytes ? new PyBytes(Array.Empty<byte>()) : PyStr.Empty;

    /// <summary>The flags as CPython reports them (UNICODE added for str patterns).</summary>
    public int Flags { get; }

    public TranslatedPattern T { get; }

    public override PyType Type => ReModule.PatternType;
}
