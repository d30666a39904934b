using System.Security.Cryptography;
using System.Text;

namespace RuleSandbox.Policies;

/// <summary>
/// What a rule may do: the modules it may import, names, attributes and syntax it may not use,
/// static size limits, runtime limits and host capabilities. Immutable; load one with
/// <see cref="Load"/>, <see cref="Parse"/> or <see cref="Preset"/>. The JSON format is described in
/// docs/policies.md and Policies/Schema/policy.schema.json.
/// </summary>
public sealed class Policy
{
    private readonly HashSet<string> _allowedModules;
    private readonly HashSet<string> _deniedModules;
    private readonly HashSet<string> _deniedNames;
    private readonly HashSet<string> _allowedDunders;
    private readonly HashSet<string> _deniedAttributes;

    private Policy(string name, IEnumerable<string> allowedModules, IEnumerable<string> deniedModules, IEnumerable<string> deniedNames,
        IEnumerable<string> allowedDunders, IEnumerable<string> deniedAttributes, SyntaxFeatures syntax, SizeLimits sizes,
        RuntimeLimits limits, Capabilities capabilities)
    {
        Name = name;
        _allowedModules = new HashSet<string>(allowedModules, StringComparer.Ordinal);
        _deniedModules = new HashSet<string>(deniedModules, StringComparer.Ordinal);
        _deniedNames = new HashSet<string>(deniedNames, StringComparer.Ordinal);
        _allowedDunders = new HashSet<string>(allowedDunders, StringComparer.Ordinal);
        _deniedAttributes = new HashSet<string>(deniedAttributes, StringComparer.Ordinal);
        Syntax = syntax;
        Sizes = sizes;
        Limits = limits;
        Capabilities = capabilities;
        Hash = ComputeHash();
    }

    /// <summary>The preset names accepted by <see cref="Preset"/> and by <c>extends</c>.</summary>
    public static IReadOnlyList<string> PresetNames => PolicyLoader.PresetNames;

    /// <summary>The file or preset the policy was loaded from (for messages only; not part of <see cref="Hash"/>).</summary>
    public string Name { get; }

    /// <summary>Modules (and their submodules) a rule may import.</summary>
    public IReadOnlyCollection<string> AllowedModules => _allowedModules;

    /// <summary>Modules (and their submodules) a rule may never import, even when an allow entry covers them.</summary>
    public IReadOnlyCollection<string> DeniedModules => _deniedModules;

    /// <summary>Names a rule may not mention at all (builtins such as <c>eval</c>).</summary>
    public IReadOnlyCollection<string> DeniedNames => _deniedNames;

    /// <summary>Dunder attribute names a rule may use; every other <c>__x__</c> attribute is denied.</summary>
    public IReadOnlyCollection<string> AllowedDunders => _allowedDunders;

    /// <summary>Ordinary attribute names a rule may not use (frames, tracebacks, code objects...).</summary>
    public IReadOnlyCollection<string> DeniedAttributes => _deniedAttributes;

    /// <summary>Which syntax features are allowed.</summary>
    public SyntaxFeatures Syntax { get; }

    /// <summary>Static size limits.</summary>
    public SizeLimits Sizes { get; }

    /// <summary>Runtime limits (the ceiling for every execution).</summary>
    public RuntimeLimits Limits { get; }

    /// <summary>Host capabilities granted.</summary>
    public Capabilities Capabilities { get; }

    /// <summary>
    /// SHA-256 (lower-case hex) of the policy's effective content, independent of file layout,
    /// key order and <c>extends</c> structure: two policies with the same hash behave the same.
    /// </summary>
    public string Hash { get; }

    /// <summary>Loads and validates a policy file, resolving <c>extends</c>.</summary>
    /// <param name="path">The file to read.</param>
    /// <param name="displayName">How problems name the file; the path as given by default.</param>
    /// <exception cref="PolicyLoadException">Every problem found in the file and what it extends.</exception>
    public static Policy Load(string path, string? displayName = null) => PolicyLoader.LoadFile(path, displayName);

    /// <summary>Parses a policy from JSON text.</summary>
    /// <param name="json">The document.</param>
    /// <param name="displayName">How problems name the document.</param>
    /// <param name="baseDirectory">Where relative <c>extends</c> paths resolve; the current directory by default.</param>
    /// <exception cref="PolicyLoadException">Every problem found.</exception>
    public static Policy Parse(string json, string displayName = "<policy>", string? baseDirectory = null)
        => PolicyLoader.LoadText(json, displayName, baseDirectory);

    /// <summary>A built-in preset: <c>strict</c>, <c>standard</c> or <c>permissive</c>.</summary>
    /// <exception cref="ArgumentException">No preset has that name.</exception>
    public static Policy Preset(string name) => PolicyLoader.LoadPreset(name);

    /// <summary>Whether a rule may import <paramref name="module"/> (a dotted name; submodules follow their package).</summary>
    public bool IsModuleAllowed(string module)
    {
        if (!Syntax.Imports) return false;
        bool allowed = false;
        foreach (string prefix in Prefixes(module))
        {
            if (_deniedModules.Contains(prefix)) return false;
            if (_allowedModules.Contains(prefix)) allowed = true;
        }
        return allowed;
    }

    /// <summary>Whether <paramref name="name"/> is denied as a name.</summary>
    public bool IsNameDenied(string name) => _deniedNames.Contains(name);

    /// <summary>Whether attribute <paramref name="attribute"/> is denied (a dunder not allowed, or a denied name).</summary>
    public bool IsAttributeDenied(string attribute)
        => PolicyLoader.IsDunder(attribute) ? !_allowedDunders.Contains(attribute) : _deniedAttributes.Contains(attribute);

    private System.Collections.Frozen.FrozenDictionary<string, Analysis.AnalyzerWalker.Ident>? _identifierTable;

    /// <summary>The analyzer's lookup table for this policy, built on first use (a benign race: every builder builds the same table).</summary>
    internal System.Collections.Frozen.FrozenDictionary<string, Analysis.AnalyzerWalker.Ident> IdentifierTable
        => _identifierTable ??= Analysis.AnalyzerWalker.BuildTable(this);

    internal bool IsDunderAllowed(string name) => _allowedDunders.Contains(name);

    internal bool IsPlainAttributeDenied(string name) => _deniedAttributes.Contains(name);

    /// <summary>The limits for one execution; see <see cref="RuntimeLimits.Tighten"/>.</summary>
    /// <exception cref="PolicyLimitException">The case asks for more than the policy allows.</exception>
    public RuntimeLimits LimitsFor(PerCaseLimits? perCase) => Limits.Tighten(perCase);

    private static IEnumerable<string> Prefixes(string module)
    {
        int dot = -1;
        while ((dot = module.IndexOf('.', dot + 1)) >= 0) yield return module[..dot];
        yield return module;
    }

    internal static Policy FromDraft(PolicyDraft d, string name)
    {
        static List<string> Values(List<Entry>? list) => list?.Select(e => e.Value).Distinct().ToList() ?? new List<string>();
        bool S(string key) => d.Syntax.TryGetValue(key, out var v) ? v.Value : throw Incomplete("syntax." + key);
        long Z(string key) => d.Sizes.TryGetValue(key, out var v) ? v.Value : throw Incomplete("sizes." + key);
        long L(string key) => d.Limits.TryGetValue(key, out var v) ? v.Value : throw Incomplete("limits." + key);
        Exception Incomplete(string key) => new InvalidOperationException($"policy '{name}' leaves '{key}' unset; every preset must set every key");

        return new Policy(
            name,
            Values(d.ModulesAllow),
            Values(d.ModulesDeny),
            Values(d.NamesDeny),
            Values(d.DunderAllow),
            Values(d.AttributesDeny),
            new SyntaxFeatures(S("whileLoops"), S("classes"), S("lambdas"), S("generators"), S("globalNonlocal"), S("imports"), S("starImports"), S("catchBaseException"), S("async")),
            new SizeLimits(Z("sourceBytes"), Z("astNodes"), Z("nestingDepth"), Z("literalLength"), Z("intDigits")),
            new RuntimeLimits(L("fuel"), L("wallMs"), L("memoryMb"), L("outputKb"), L("recursionDepth")),
            new Capabilities(Values(d.HostFunctions),
                d.WallClock?.Value ?? throw Incomplete("capabilities.wallClock"),
                d.Randomness?.Value ?? throw Incomplete("capabilities.randomness")));
    }

    /// <summary>The canonical text behind <see cref="Hash"/>: every setting, lists sorted.</summary>
    internal string CanonicalText()
    {
        var sb = new StringBuilder();
        void List(string key, IEnumerable<string> values) => sb.Append(key).Append('=').AppendJoin(',', values.OrderBy(v => v, StringComparer.Ordinal)).Append('\n');
        List("modules.allow", _allowedModules);
        List("modules.deny", _deniedModules);
        List("names.deny", _deniedNames);
        List("attributes.allowDunder", _allowedDunders);
        List("attributes.deny", _deniedAttributes);
        sb.Append(Syntax).Append('\n').Append(Sizes).Append('\n').Append(Limits).Append('\n');
        List("capabilities.hostFunctions", Capabilities.HostFunctions);
        sb.Append("wallClock=").Append(Capabilities.WallClock).Append(";randomness=").Append(Capabilities.Randomness).Append('\n');
        return sb.ToString();
    }

    private string ComputeHash() => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(CanonicalText())));

    /// <inheritdoc />
    public override string ToString() => $"Policy {Name} ({Hash[..12]})";
}
