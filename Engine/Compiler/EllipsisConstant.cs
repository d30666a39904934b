namespace RuleSandbox.Engine.Compiler;

/// <summary>The <c>...</c> constant.</summary>
public sealed class EllipsisConstant
{
    /// <summary>The one instance.</summary>
    public static readonly EllipsisConstant Instance = new();

    private EllipsisConstant() { }
}
