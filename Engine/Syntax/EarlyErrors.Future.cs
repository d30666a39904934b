using RuleSandbox.Engine.Syntax.Ast;

namespace RuleSandbox.Engine.Syntax;

internal sealed partial class EarlyErrors
{
    private static readonly HashSet<string> FutureFeatures = new(StringComparer.Ordinal)
    {
        "nested_scopes", "generators", "division", "absolute_import", "with_statement",
        "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations",
    };

    /// <summary>Line of the last leading __future__ import; null when the file has none at its start.</summary>
    private int? _futureEnd;

    /// <summary>
    /// CPython's future.c, which runs before the symbol table: the features of the leading
    /// <c>from __future__ import</c> statements (a docstring may come first) must exist.
    /// </summary>
    private void CheckFutureFeatures(Module module)
    {
        bool docstringSeen = false;
        _futureEnd = 0;
        foreach (var s in module.Body)
        {
            if (s is ImportFrom { Module: "__future__" } future)
            {
                foreach (var alias in future.Names)
                {
                    if (alias.Name == "braces") throw Error(future, "not a chance");
                    if (!FutureFeatures.Contains(alias.Name)) throw Error(future, $"future feature {alias.Name} is not defined");
                }
                _futureEnd = future.Span.Line;
                continue;
            }
            if (!docstringSeen && s is ExprStmt { Value: Constant { Value.Kind: ConstantKind.Str } })
            {
                docstringSeen = true;
                continue;
            }
            break;
        }
    }
}
