namespace RuleSandbox.Engine.Compiler;

/// <summary>Properties of a <see cref="CodeObject"/>.</summary>
[Flags]
public enum CodeFlags
{
    /// <summary>Nothing special.</summary>
    None = 0,
    /// <summary>Locals live in fast slots (functions); otherwise in a namespace dict (module, class body).</summary>
    Optimized = 1,
    /// <summary>Has a <c>*args</c> parameter.</summary>
    VarArgs = 4,
    /// <summary>Has a <c>**kwargs</c> parameter.</summary>
    VarKeywords = 8,
    /// <summary>Calling creates a generator.</summary>
    Generator = 0x20,
    /// <summary>A list/set/dict comprehension: CPython 3.12 inlines these, so tracebacks skip the frame.</summary>
    Comprehension = 0x1000,
    /// <summary>A class body.</summary>
    ClassBody = 0x2000,
    /// <summary>A module.</summary>
    Module = 0x4000,
}
