using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Re;

/// <summary>A compiled <c>re.Pattern</c>.</summary>
internal sealed class PyRePattern : PyObject
{
    public PyRePattern(PyStr source, int flags, TranslatedPattern t)
    {
        Source = source;
        Flags = flags;
        T = t;
    }

    /// <summary>The pattern text as written.</summary>
    public PyStr Source { get; }

    /// <summary>The flags as CPython reports them (UNICODE added for str patterns).</summary>
    public int Flags { get; }

    public TranslatedPattern T { get; }

    public override PyType Type => ReModule.PatternType;
}
