using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Decimal;

/// <summary>A context's <c>flags</c> or <c>traps</c>: a mapping from signal classes to bool that writes through.</summary>
public sealed class PySignalDict : PyObject
{
    /// <summary>The flags (<paramref name="traps"/> false) or traps of <paramref name="context"/>.</summary>
    public PySignalDict(DecimalContext context, bool traps)
    {
        Context = context;
        IsTraps = traps;
    }

    /// <summary>The context written through.</summary>
    public DecimalContext Context { get; }

    /// <summary>True for traps, false for flags.</summary>
    public bool IsTraps { get; }

    /// <summary>The current bits.</summary>
    public DecimalCondition Bits
    {
        get => IsTraps ? Context.Traps : Context.Flags;
        set { if (IsTraps) Context.Traps = value; else Context.Flags = value; }
    }

    /// <inheritdoc />
    public override PyType Type => DecimalTypes.SignalDict;
}
