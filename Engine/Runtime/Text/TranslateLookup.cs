namespace RuleSandbox.Engine.Runtime.Text;

/// <summary>
/// The table lookup of <c>str.translate</c>: return false to keep the code point (LookupError in
/// CPython), or true with <paramref name="replacement"/> set to the new text, or null to delete it.
/// </summary>
public delegate bool TranslateLookup(int codePoint, out string? replacement);
