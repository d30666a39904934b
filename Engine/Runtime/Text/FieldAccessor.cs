namespace RuleSandbox.Engine.Runtime.Text;

/// <summary>One <c>.name</c> or <c>[key]</c> step after a replacement field's first name.</summary>
public sealed class FieldAccessor
{
    internal FieldAccessor(bool isAttribute, string name, int index, TextError? error)
    {
        IsAttribute = isAttribute;
        Name = name;
        Index = index;
        Error = error;
    }

    /// <summary>True for <c>.name</c> (getattr), false for <c>[key]</c> (getitem).</summary>
    public bool IsAttribute { get; }

    /// <summary>The attribute name or the item key text.</summary>
    public string Name { get; }

    /// <summary>For <c>[digits]</c>: the integer index used instead of the text; otherwise -1.</summary>
    public int Index { get; }

    /// <summary>When not null, CPython raises this when it reaches this step (after the earlier steps ran).</summary>
    public TextError? Error { get; }
}
