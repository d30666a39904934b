namespace RuleSandbox.Cli;

/// <summary>
/// Reads a command's arguments: declared options (flags and options with a value, as
/// <c>--name VALUE</c> or <c>--name=VALUE</c>) and positional arguments. Anything undeclared is a
/// <see cref="UsageException"/> naming it, so every command reports bad input with the same words.
/// </summary>
internal sealed class ArgReader
{
    private readonly string _command;
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);
    private readonly HashSet<string> _valued = new(StringComparer.Ordinal);
    private readonly HashSet<string> _repeatable = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _seenFlags = new(StringComparer.Ordinal);

    public ArgReader(string command) => _command = command;

    public List<string> Positionals { get; } = new();

    public ArgReader Flag(string name) { _flags.Add(name); return this; }

    public ArgReader Option(string name, bool repeatable = false)
    {
        _valued.Add(name);
        if (repeatable) _repeatable.Add(name);
        return this;
    }

    public ArgReader Parse(IReadOnlyList<string> args)
    {
        bool onlyPositionals = false;
        for (int i = 0; i < args.Count; i++)
        {
            string a = args[i];
            if (onlyPositionals || a == "-" || !a.StartsWith('-'))
            {
                Positionals.Add(a);
                continue;
            }
            if (a == "--") { onlyPositionals = true; continue; }
            string name = a;
            string? value = null;
            int eq = a.IndexOf('=');
            if (a.StartsWith("--", StringComparison.Ordinal) && eq > 0) { name = a[..eq]; value = a[(eq + 1)..]; }
            if (_flags.Contains(name))
            {
                if (value is not null) throw new UsageException($"{_command}: option {name} takes no value");
                _seenFlags.Add(name);
            }
            else if (_valued.Contains(name))
            {
                if (value is null)
                {
                    if (i + 1 >= args.Count) throw new UsageException($"{_command}: option {name} needs a value");
                    value = args[++i];
                }
                if (!_values.TryGetValue(name, out var list)) _values[name] = list = new List<string>();
                else if (!_repeatable.Contains(name)) throw new UsageException($"{_command}: option {name} given twice");
                list.Add(value);
            }
            else
            {
                throw new UsageException($"{_command}: unknown option '{name}' (see 'rulesandbox {_command} --help')");
            }
        }
        return this;
    }

    public bool Has(string flag) => _seenFlags.Contains(flag);

    public string? Value(string option) => _values.TryGetValue(option, out var l) ? l[^1] : null;

    public IReadOnlyList<string> Values(string option) => _values.TryGetValue(option, out var l) ? l : Array.Empty<string>();

    /// <summary>An integer option within [min, max], or <paramref name="fallback"/> when absent.</summary>
    public long Long(string option, long fallback, long min, long max)
    {
        string? v = Value(option);
        if (v is null) return fallback;
        if (!long.TryParse(v, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out long n) || n < min || n > max)
            throw new UsageException($"{_command}: option {option} must be an integer from {min} to {max}, not '{v}'");
        return n;
    }

    /// <summary>Exactly <paramref name="count"/> positional arguments, named for the message.</summary>
    public void ExpectPositionals(int count, string what)
    {
        if (Positionals.Count < count) throw new UsageException($"{_command}: missing {what}");
        if (Positionals.Count > count) throw new UsageException($"{_command}: unexpected argument '{Positionals[count]}'");
    }
}
