using System.Globalization;
using System.Reflection;
using RuleSandbox.Policies.Json;

namespace RuleSandbox.Policies;

/// <summary>
/// Reads policy files: JSON with positions, validation of every key and value (collecting every
/// problem instead of stopping at the first), <c>extends</c> resolution with cycle detection, the
/// merge, and the checks that only make sense on the merged result.
/// </summary>
internal sealed class PolicyLoader
{
    internal static readonly string[] PresetNames = { "strict", "standard", "permissive" };

    /// <summary>The policy a file without <c>extends</c> builds on.</summary>
    internal const string DefaultBase = "standard";

    internal static readonly string[] RootKeys = { "$schema", "description", "extends", "modules", "names", "attributes", "syntax", "sizes", "limits", "capabilities" };
    internal static readonly string[] ModulesKeys = { "allow", "deny" };
    internal static readonly string[] NamesKeys = { "deny" };
    internal static readonly string[] AttributesKeys = { "allowDunder", "deny" };
    internal static readonly string[] CapabilitiesKeys = { "hostFunctions", "wallClock", "randomness" };
    internal static readonly string[] SyntaxKeys = { "whileLoops", "classes", "lambdas", "generators", "globalNonlocal", "imports", "starImports", "catchBaseException", "async" };

    internal static readonly (string Key, long Min, long Max)[] SizeKeys =
    {
        ("sourceBytes", 1, 16_777_216), ("astNodes", 1, 10_000_000), ("nestingDepth", 1, 500),
        ("literalLength", 1, 16_777_216), ("intDigits", 1, 100_000),
    };

    internal static readonly (string Key, long Min, long Max)[] LimitKeys =
    {
        ("fuel", 1, 1_000_000_000_000), ("wallMs", 1, 3_600_000), ("memoryMb", 1, 65_536),
        ("outputKb", 1, 1_048_576), ("recursionDepth", 1, 10_000),
    };

    /// <summary>How many files an extends chain may hold (a bound on recursion, far above real use).</summary>
    internal const int MaxExtendsDepth = 32;

    private readonly List<PolicyProblem> _problems = new();
    // Identities (full paths, or preset:NAME) of the documents being loaded, outermost first.
    private readonly List<string> _chain = new();
    private readonly List<string> _chainDisplay = new();

    private static readonly Dictionary<string, PolicyDraft> PresetDrafts = new(StringComparer.Ordinal);
    private static readonly object PresetLock = new();

    /// <summary>Loads and validates a policy file; <paramref name="displayName"/> names it in problems.</summary>
    public static Policy LoadFile(string path, string? displayName)
    {
        var loader = new PolicyLoader();
        string display = displayName ?? path;
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new PolicyLoadException(new[] { new PolicyProblem(display, 0, 0, "$", $"cannot read the policy file: {Describe(e)}") });
        }
        string full = Path.GetFullPath(path);
        return loader.Finish(loader.ReadDocument(text, display, full, Path.GetDirectoryName(full) ?? "."), display);
    }

    /// <summary>Loads a policy from text; relative <c>extends</c> resolve against <paramref name="baseDirectory"/>.</summary>
    public static Policy LoadText(string json, string displayName, string? baseDirectory)
    {
        var loader = new PolicyLoader();
        string dir = Path.GetFullPath(baseDirectory ?? Directory.GetCurrentDirectory());
        return loader.Finish(loader.ReadDocument(json, displayName, "text:" + displayName, dir), displayName);
    }

    /// <summary>A preset by name.</summary>
    /// <exception cref="ArgumentException">No such preset.</exception>
    public static Policy LoadPreset(string name)
    {
        var draft = PresetDraft(name) ?? throw new ArgumentException($"unknown preset '{name}'; presets are {string.Join(", ", PresetNames)}{Suggestions.DidYouMean(name, PresetNames)}", nameof(name));
        return new PolicyLoader().Finish(draft, name);
    }

    internal static string Describe(Exception e) => e switch
    {
        FileNotFoundException => "no such file",
        DirectoryNotFoundException => "no such file or directory",
        UnauthorizedAccessException => "permission denied",
        _ => e.Message,
    };

    /// <summary>The embedded preset document, parsed and validated once per process.</summary>
    private static PolicyDraft? PresetDraft(string name)
    {
        if (Array.IndexOf(PresetNames, name) < 0) return null;
        lock (PresetLock)
        {
            if (PresetDrafts.TryGetValue(name, out var d)) return d;
            var asm = typeof(PolicyLoader).Assembly;
            using var stream = asm.GetManifestResourceStream($"RuleSandbox.Policies.Presets.{name}.json")
                ?? throw new InvalidOperationException($"preset '{name}' is missing from the assembly");
            using var reader = new StreamReader(stream);
            var loader = new PolicyLoader();
            var draft = loader.ReadDocument(reader.ReadToEnd(), $"preset:{name}", $"preset:{name}", null);
            if (loader._problems.Count > 0 || draft is null)
                throw new InvalidOperationException($"preset '{name}' is invalid: {string.Join("; ", loader._problems)}");
            PresetDrafts[name] = draft;
            return draft;
        }
    }

    private Policy Finish(PolicyDraft? draft, string name)
    {
        if (draft is not null) CheckMerged(draft);
        if (_problems.Count > 0 || draft is null)
        {
            // By file (in the order files were read), then by position: checks made after merging
            // land where they belong instead of at the end.
            var files = _problems.Select(p => p.File).Distinct().ToList();
            throw new PolicyLoadException(_problems.OrderBy(p => files.IndexOf(p.File)).ThenBy(p => p.Line).ThenBy(p => p.Column).ToList());
        }
        return Policy.FromDraft(draft, name);
    }

    private void Problem(Loc at, string message) => _problems.Add(new PolicyProblem(at.File, at.Line, at.Column, at.Path, message));

    private void Problem(string file, JsonValue v, string path, string message) => _problems.Add(new PolicyProblem(file, v.Line, v.Column, path, message));

    /// <summary>Parses, validates and merges one document with what it extends; null when it is not even JSON.</summary>
    private PolicyDraft? ReadDocument(string text, string display, string identity, string? directory)
    {
        JsonValue root;
        try
        {
            root = JsonReader.Parse(text);
        }
        catch (JsonSyntaxException e)
        {
            _problems.Add(new PolicyProblem(display, e.Line, e.Column, "$", $"invalid JSON: {e.Message}"));
            return null;
        }
        if (root.Kind != JsonKind.Object)
        {
            Problem(display, root, "$", $"expected a policy object, found {root.KindName}");
            return null;
        }
        _chain.Add(identity);
        _chainDisplay.Add(display);
        try
        {
            var draft = new PolicyDraft();
            JsonValue? extends = null;
            foreach (var m in Members(display, root, "$", RootKeys))
            {
                string path = "$." + m.Key;
                var v = m.Value;
                switch (m.Key)
                {
                    case "$schema":
                    case "description":
                        if (v.Kind != JsonKind.String) Problem(display, v, path, $"expected a string, found {v.KindName}");
                        break;
                    case "extends":
                        if (v.Kind != JsonKind.String) Problem(display, v, path, $"expected a preset name or a relative .json path, found {v.KindName}");
                        else extends = v;
                        break;
                    case "modules":
                        foreach (var mm in Members(display, v, path, ModulesKeys))
                        {
                            var list = Strings(display, mm.Value, $"{path}.{mm.Key}", "module names", e => ValidateModule(e, mm.Key == "allow"));
                            if (mm.Key == "allow") draft.ModulesAllow = list; else draft.ModulesDeny = list;
                        }
                        break;
                    case "names":
                        foreach (var mm in Members(display, v, path, NamesKeys))
                            draft.NamesDeny = Strings(display, mm.Value, $"{path}.{mm.Key}", "names", ValidateIdentifier);
                        break;
                    case "attributes":
                        foreach (var mm in Members(display, v, path, AttributesKeys))
                        {
                            if (mm.Key == "allowDunder") draft.DunderAllow = Strings(display, mm.Value, $"{path}.{mm.Key}", "dunder names", ValidateDunder);
                            else draft.AttributesDeny = Strings(display, mm.Value, $"{path}.{mm.Key}", "attribute names", ValidateIdentifier);
                        }
                        break;
                    case "syntax":
                        foreach (var mm in Members(display, v, path, SyntaxKeys))
                            if (Bool(display, mm.Value, $"{path}.{mm.Key}") is { } b) draft.Syntax[mm.Key] = (b, At(display, mm.Value, $"{path}.{mm.Key}"));
                        break;
                    case "sizes":
                        Integers(display, v, path, SizeKeys, draft.Sizes);
                        break;
                    case "limits":
                        Integers(display, v, path, LimitKeys, draft.Limits);
                        break;
                    case "capabilities":
                        foreach (var mm in Members(display, v, path, CapabilitiesKeys))
                        {
                            string p = $"{path}.{mm.Key}";
                            if (mm.Key == "hostFunctions") draft.HostFunctions = Strings(display, mm.Value, p, "host function names", ValidateIdentifier);
                            else if (Bool(display, mm.Value, p) is { } b)
                            {
                                if (mm.Key == "wallClock") draft.WallClock = (b, At(display, mm.Value, p));
                                else draft.Randomness = (b, At(display, mm.Value, p));
                            }
                        }
                        break;
                }
            }
            if (identity.StartsWith("preset:", StringComparison.Ordinal)) return draft;
            var parent = ResolveExtends(display, extends, directory);
            return parent is null ? draft : draft.MergeOnto(parent);
        }
        finally
        {
            _chain.RemoveAt(_chain.Count - 1);
            _chainDisplay.RemoveAt(_chainDisplay.Count - 1);
        }
    }

    private static Loc At(string file, JsonValue v, string path) => new(file, v.Line, v.Column, path);

    private PolicyDraft? ResolveExtends(string display, JsonValue? extends, string? directory)
    {
        if (extends is null) return PresetDraft(DefaultBase);
        string name = extends.Text;
        var at = At(display, extends, "$.extends");
        bool looksLikeFile = name.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || name.Contains('/') || name.Contains('\\');
        if (!looksLikeFile)
        {
            if (PresetDraft(name) is { } preset) return preset;
            Problem(at, $"'{name}' is not a preset ({string.Join(", ", PresetNames)}) and not a relative .json path{Suggestions.DidYouMean(name, PresetNames)}");
            return null;
        }
        if (Path.IsPathRooted(name))
        {
            Problem(at, $"'{name}' is an absolute path; extends takes a path relative to the policy file");
            return null;
        }
        string full = Path.GetFullPath(Path.Combine(directory ?? ".", name));
        string childDisplay = CombineDisplay(display, name);
        if (_chain.Count >= MaxExtendsDepth)
        {
            Problem(at, $"extends chain is deeper than {MaxExtendsDepth} files");
            return null;
        }
        int index = _chain.IndexOf(full);
        if (index >= 0)
        {
            var cycle = _chainDisplay.Skip(index).Append(childDisplay);
            Problem(at, $"extends cycle: {string.Join(" -> ", cycle)}");
            return null;
        }
        string text;
        try
        {
            text = File.ReadAllText(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            Problem(at, $"cannot read extended policy '{name}': {Describe(e)}");
            return null;
        }
        int before = _problems.Count;
        var parent = ReadDocument(text, childDisplay, full, Path.GetDirectoryName(full));
        if (parent is null && _problems.Count == before) Problem(at, $"extended policy '{name}' is invalid");
        return parent;
    }

    /// <summary>How a file named by <c>extends</c> is shown: beside the extending file's own display name.</summary>
    private static string CombineDisplay(string display, string relative)
    {
        string? dir = Path.GetDirectoryName(display);
        string combined = (string.IsNullOrEmpty(dir) ? relative : Path.Combine(dir, relative)).Replace('\\', '/');
        // Collapse "a/../b" and "./" so a chain of extends reads as the files are named.
        var parts = new List<string>();
        foreach (var part in combined.Split('/'))
        {
            if (part == "." || part.Length == 0) continue;
            if (part == ".." && parts.Count > 0 && parts[^1] != "..") parts.RemoveAt(parts.Count - 1);
            else parts.Add(part);
        }
        return string.Join('/', parts);
    }

    /// <summary>The members of an object with known keys; reports the wrong type, unknown keys and duplicates.</summary>
    private IEnumerable<JsonMember> Members(string file, JsonValue v, string path, string[] keys)
    {
        if (v.Kind != JsonKind.Object)
        {
            Problem(file, v, path, $"expected an object, found {v.KindName}");
            yield break;
        }
        var seen = new Dictionary<string, JsonMember>(StringComparer.Ordinal);
        foreach (var m in v.Members)
        {
            string p = path + "." + m.Key;
            if (seen.TryGetValue(m.Key, out var first))
            {
                _problems.Add(new PolicyProblem(file, m.Line, m.Column, p, $"duplicate key '{m.Key}' (first at {first.Line}:{first.Column})"));
                continue;
            }
            seen[m.Key] = m;
            if (Array.IndexOf(keys, m.Key) < 0)
            {
                string hint = Suggestions.Closest(m.Key, keys) is { } s ? $"did you mean '{s}'?" : $"expected one of: {string.Join(", ", keys)}";
                _problems.Add(new PolicyProblem(file, m.Line, m.Column, p, $"unknown key '{m.Key}'; {hint}"));
                continue;
            }
            yield return m;
        }
    }

    private bool? Bool(string file, JsonValue v, string path)
    {
        if (v.Kind == JsonKind.True) return true;
        if (v.Kind == JsonKind.False) return false;
        Problem(file, v, path, $"expected a boolean, found {v.KindName}");
        return null;
    }

    private void Integers(string file, JsonValue v, string path, (string Key, long Min, long Max)[] keys, Dictionary<string, (long, Loc)> into)
    {
        var names = keys.Select(k => k.Key).ToArray();
        foreach (var m in Members(file, v, path, names))
        {
            var (key, min, max) = keys[Array.IndexOf(names, m.Key)];
            string p = path + "." + key;
            var n = m.Value;
            if (n.Kind != JsonKind.Number)
            {
                Problem(file, n, p, $"expected an integer, found {n.KindName}");
                continue;
            }
            // JSON Schema counts 1e3 as an integer; so do we. 1.5 is not.
            if (!long.TryParse(n.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long value))
            {
                if (!decimal.TryParse(n.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var dv))
                {
                    Problem(file, n, p, $"{key} must be from {min} to {max}, not {n.Text}");
                    continue;
                }
                if (dv != decimal.Truncate(dv))
                {
                    Problem(file, n, p, $"expected an integer, found {n.Text}");
                    continue;
                }
                if (dv < long.MinValue || dv > long.MaxValue)
                {
                    Problem(file, n, p, $"{key} must be from {min} to {max}, not {n.Text}");
                    continue;
                }
                value = (long)dv;
            }
            if (value < min || value > max)
            {
                Problem(file, n, p, $"{key} must be from {min} to {max}, not {value}");
                continue;
            }
            into[key] = (value, At(file, n, p));
        }
    }

    /// <summary>An array of strings, each validated; duplicates are reported. Null when not an array.</summary>
    private List<Entry>? Strings(string file, JsonValue v, string path, string what, Func<string, string?> validate)
    {
        if (v.Kind != JsonKind.Array)
        {
            Problem(file, v, path, $"expected an array of {what}, found {v.KindName}");
            return null;
        }
        var list = new List<Entry>();
        var seen = new Dictionary<string, JsonValue>(StringComparer.Ordinal);
        for (int i = 0; i < v.Items.Count; i++)
        {
            var item = v.Items[i];
            string p = $"{path}[{i}]";
            if (item.Kind != JsonKind.String)
            {
                Problem(file, item, p, $"expected a string, found {item.KindName}");
                continue;
            }
            if (validate(item.Text) is { } error)
            {
                Problem(file, item, p, error);
                continue;
            }
            if (seen.TryGetValue(item.Text, out var first))
            {
                Problem(file, item, p, $"'{item.Text}' is listed twice (first at {first.Line}:{first.Column})");
                continue;
            }
            seen[item.Text] = item;
            list.Add(new Entry(item.Text, At(file, item, p)));
        }
        return list;
    }

    internal static bool IsIdentifier(string s)
    {
        if (s.Length == 0 || !(char.IsLetter(s[0]) || s[0] == '_')) return false;
        foreach (char c in s) if (!(char.IsLetterOrDigit(c) || c == '_')) return false;
        return true;
    }

    private static string? ValidateIdentifier(string s) => IsIdentifier(s) ? null : $"'{s}' is not a valid Python identifier";

    private static string? ValidateDunder(string s)
    {
        if (!IsIdentifier(s)) return $"'{s}' is not a valid Python identifier";
        if (!IsDunder(s)) return $"'{s}' is not a dunder name (__name__); other attribute names are allowed unless denied";
        return null;
    }

    internal static bool IsDunder(string s) => s.Length > 4 && s.StartsWith("__", StringComparison.Ordinal) && s.EndsWith("__", StringComparison.Ordinal);

    private static string? ValidateModule(string s, bool allow)
    {
        if (s.Split('.').Any(part => !IsIdentifier(part))) return $"'{s}' is not a valid module name";
        if (allow && !KnownModules.Contains(s))
        {
            string top = s.Split('.')[0];
            string hint = Suggestions.Closest(top, KnownModules.All) is { } m ? $"did you mean '{m}'?" : "a policy may allow only modules the engine implements (see docs/policies.md)";
            return $"unknown module '{s}'; {hint}";
        }
        return null;
    }

    /// <summary>Checks that need the merged policy: a module both allowed and denied.</summary>
    private void CheckMerged(PolicyDraft d)
    {
        if (d.ModulesAllow is null || d.ModulesDeny is null) return;
        foreach (var allow in d.ModulesAllow)
        {
            foreach (var deny in d.ModulesDeny)
            {
                bool exact = deny.Value == allow.Value;
                if (exact || allow.Value.StartsWith(deny.Value + ".", StringComparison.Ordinal))
                {
                    string where = deny.At.File == allow.At.File ? $"{deny.At.Line}:{deny.At.Column}" : deny.At.Short;
                    Problem(allow.At, exact
                        ? $"module '{allow.Value}' is both allowed and denied (denied at {where})"
                        : $"module '{allow.Value}' is allowed but its package '{deny.Value}' is denied (at {where})");
                    break;
                }
            }
        }
    }
}
