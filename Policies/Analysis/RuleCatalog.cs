namespace RuleSandbox.Policies.Analysis;

/// <summary>
/// Every rule id the analyzer reports. Ids are grouped by hundreds: RS0xx the source itself,
/// RS1xx imports, RS2xx names and calls, RS3xx attributes, RS4xx syntax features, RS5xx sizes,
/// RS6xx host capabilities. docs/policies.md has one example per id; a test checks they agree.
/// </summary>
public static class RuleCatalog
{
    /// <summary>All rules, in id order.</summary>
    public static IReadOnlyList<RuleDescriptor> All { get; } = new RuleDescriptor[]
    {
        new("RS001", "SyntaxError", "The rule is not valid Python 3.12.", FindingSeverity.Error),
        new("RS101", "ModuleNotAllowed", "Import of a module the policy does not allow (or denies).", FindingSeverity.Error),
        new("RS102", "RelativeImport", "Relative import; a rule is a single file with no package.", FindingSeverity.Error),
        new("RS103", "DeniedImportedName", "Importing a denied or dunder name from a module.", FindingSeverity.Error),
        new("RS201", "DeniedName", "Use or binding of a denied name (eval, exec, open, __import__, builtins, ...), whatever it is bound to.", FindingSeverity.Error),
        new("RS202", "DunderName", "Use of a dunder name (__class__, __loader__, ...) that the policy does not allow.", FindingSeverity.Error),
        new("RS203", "IndirectAttributeFunction", "getattr, setattr, delattr, hasattr, attrgetter or methodcaller used as a value instead of being called directly.", FindingSeverity.Error),
        new("RS301", "DunderAttribute", "Access to a dunder attribute the policy does not allow, in any form (o.__x__, getattr, attrgetter, methodcaller).", FindingSeverity.Error),
        new("RS302", "DeniedAttribute", "Access to a denied attribute (frames, tracebacks, code objects, ...), in any form.", FindingSeverity.Error),
        new("RS303", "DynamicAttribute", "Attribute access whose name is computed at run time (getattr(o, name)).", FindingSeverity.Error),
        new("RS304", "FormatStringTraversal", "A constant format string whose replacement field reaches a denied attribute ('{0.__class__}').", FindingSeverity.Error),
        new("RS305", "DynamicFormatString", "str.format, format_map or vformat called on a format string that is not a constant.", FindingSeverity.Error),
        new("RS401", "WhileLoop", "A while loop where the policy disables them.", FindingSeverity.Error),
        new("RS402", "ClassDefinition", "A class definition where the policy disables them.", FindingSeverity.Error),
        new("RS403", "Lambda", "A lambda where the policy disables them.", FindingSeverity.Error),
        new("RS404", "Generator", "yield or yield from where the policy disables generators.", FindingSeverity.Error),
        new("RS405", "GlobalNonlocal", "A global or nonlocal statement where the policy disables them.", FindingSeverity.Error),
        new("RS406", "Import", "An import statement where the policy disables imports.", FindingSeverity.Error),
        new("RS407", "StarImport", "from m import * where the policy disables it.", FindingSeverity.Error),
        new("RS408", "CatchBaseException", "A bare except:, or BaseException (or another non-Exception base) named, where the policy disables catching them.", FindingSeverity.Error),
        new("RS409", "Async", "async def, await, async for or async with where the policy disables them.", FindingSeverity.Error),
        new("RS501", "SourceTooLarge", "The source is larger than sizes.sourceBytes.", FindingSeverity.Error),
        new("RS502", "TooManyNodes", "The syntax tree has more nodes than sizes.astNodes.", FindingSeverity.Error),
        new("RS503", "NestingTooDeep", "The syntax tree nests deeper than sizes.nestingDepth.", FindingSeverity.Error),
        new("RS504", "LiteralTooLong", "A str or bytes literal longer than sizes.literalLength.", FindingSeverity.Error),
        new("RS505", "IntLiteralTooLong", "An int literal with more digits than sizes.intDigits.", FindingSeverity.Error),
        new("RS601", "WallClock", "Reading the wall clock (time.time(), datetime.now(), date.today()) without the wallClock capability.", FindingSeverity.Error),
        new("RS602", "Randomness", "OS randomness (SystemRandom, uuid1/uuid4) without the randomness capability; the engine refuses the unseeded generator at run time.", FindingSeverity.Error),
    };

    private static readonly Dictionary<string, RuleDescriptor> ById = All.ToDictionary(r => r.Id, StringComparer.Ordinal);

    /// <summary>The rule with id <paramref name="id"/>.</summary>
    /// <exception cref="KeyNotFoundException">No such rule.</exception>
    public static RuleDescriptor Get(string id) => ById[id];
}
