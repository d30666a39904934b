namespace RuleSandbox.Engine.Runtime.Text;

/// <summary>What a <see cref="FormatPart"/> of a str.format template is.</summary>
public enum FormatPartKind
{
    /// <summary>Literal text (braces already unescaped).</summary>
    Literal,

    /// <summary>A replacement field.</summary>
    Field,

    /// <summary>A malformed spot: CPython raises <see cref="FormatPart.Error"/> when formatting reaches it.</summary>
    Error,
}
