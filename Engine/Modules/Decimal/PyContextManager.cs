using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Decimal;

/// <summary>What <c>localcontext()</c> returns: installs a context for a <c>with</c> block and restores the previous one.</summary>
public sealed class PyContextManager : PyObject
{
    /// <summary>A manager that installs <paramref name="local"/>.</summary>
    public PyContextManager(PyDecimalContext local) => Local = local;

    /// <summary>The context the block runs in.</summary>
    public PyDecimalContext Local { get; }

    /// <summary>The context to restore on exit.</summary>
    public PyDecimalContext? Saved { get; set; }

    /// <inheritdoc />
    public override PyType Type => DecimalTypes.ContextManager;
}
