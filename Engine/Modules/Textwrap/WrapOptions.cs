namespace RuleSandbox.Engine.Modules.Textwrap;

/// <summary>
/// The settings of one <c>TextWrapper</c>, read from its attributes (or from the keyword
/// arguments of <c>wrap</c>/<c>fill</c>/<c>shorten</c>). Flags hold Python truthiness, except
/// <see cref="SplitOnHyphens"/>, which is CPython's <c>break_on_hyphens is True</c> test.
/// </summary>
internal sealed record WrapOptions(
    long Width,
    string InitialIndent,
    string SubsequentIndent,
    bool ExpandTabs,
    bool ReplaceWhitespace,
    bool FixSentenceEndings,
    bool BreakLongWords,
    bool DropWhitespace,
    bool BreakOnHyphens,
    bool SplitOnHyphens,
    long TabSize,
    long? MaxLines,
    string Placeholder);
