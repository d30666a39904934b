using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Fractions;

/// <summary>
/// The <c>fractions</c> module: exact rational numbers (<c>Fraction</c>) with CPython 3.12's
/// construction rules, mixed arithmetic, hashing, rounding and formatting. The type is built once
/// per process; each execution gets its own module namespace.
/// </summary>
public static class FractionsModule
{
    private static readonly Lazy<PyType> s_type = new(() =>
    {
        FractionBinding.Init();
        return PyFraction.TypeObject;
    });

    /// <summary>The <c>Fraction</c> type with its methods installed (for modules that build fractions, such as statistics).</summary>
    internal static PyType FractionType => s_type.Value;

    /// <summary>Builds the module for one execution.</summary>
    public static PyModule Create()
    {
        var m = new PyModule("fractions");
        m.ModuleDict.Set("Fraction", s_type.Value);
        return m;
    }
}
