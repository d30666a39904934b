using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;
using RuleSandbox.Engine.Runtime.Text;

namespace RuleSandbox.Engine.Modules.Strings;

/// <summary>
/// The <c>string</c> module: the character-class constants, <c>capwords</c>, <c>Template</c>
/// ($-substitution) and <c>Formatter</c> (the <c>str.format</c> engine with overridable steps).
/// </summary>
/// <remarks>
/// Template and Formatter exist to be subclassed (a custom delimiter, a get_value that reads a
/// database row), and their methods call each other through <c>self</c>, so they are Python
/// classes (heap types) whose methods are builtins. A class is mutable (<c>Template.delimiter = '%'</c>),
/// so each execution gets its own class objects; the functions behind them are shared.
/// </remarks>
public static class StringModule
{
    private const string Whitespace = " \t\n\r\v\f";
    private const string Lowercase = "abcdefghijklmnopqrstuvwxyz";
    private const string Uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private const string Digits = "0123456789";
    private const string Punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    private static readonly (string Name, PyObject Value)[] s_shared =
    {
        ("whitespace", PyStr.From(Whitespace)),
        ("ascii_lowercase", PyStr.From(Lowercase)),
        ("ascii_uppercase", PyStr.From(Uppercase)),
        ("ascii_letters", PyStr.From(Lowercase + Uppercase)),
        ("digits", PyStr.From(Digits)),
        ("hexdigits", PyStr.From(Digits + "abcdef" + "ABCDEF")),
        ("octdigits", PyStr.From("01234567")),
        ("punctuation", PyStr.From(Punctuation)),
        ("printable", PyStr.From(Digits + Lowercase + Uppercase + Punctuation + Whitespace)),
        ("capwords", new PyBuiltinFunction("capwords", CapWords)),
    };

    /// <summary>A fresh <c>string</c> module (with its own Template and Formatter classes) for one execution.</summary>
    public static PyModule Create()
    {
        var m = new PyModule("string");
        foreach (var (name, value) in s_shared) m.ModuleDict.Set(name, value);
        m.ModuleDict.Set("Template", TemplateBinding.NewType());
        m.ModuleDict.Set("Formatter", FormatterBinding.NewType());
        return m;
    }

    /// <summary>A heap class of the string module whose methods are the given builtins.</summary>
    internal static PyType NewClass(string name, IEnumerable<(string Name, BuiltinFn Fn)> methods)
    {
        var t = PyType.NewHeap(name, new[] { PyType.ObjectType }, null);
        t.Members["__module__"] = PyStr.From("string");
        foreach (var (mname, fn) in methods) t.Members[mname] = new PyBuiltinFunction(mname, fn, t);
        return t;
    }

    // capwords(s, sep=None): (sep or ' ').join(map(str.capitalize, s.split(sep)))
    private static PyObject CapWords(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        var p = PyArgs.Parse("capwords", a, kw, new[] { "s", "sep" }, 1);
        if (p[0] is not PyStr s) throw Err.AttributeError($"'{Ops.TypeName(p[0]!)}' object has no attribute 'split'");
        string? sep = p[1] switch
        {
            null or PyNone => null,
            PyStr ps => ps.Value,
            _ => throw Err.TypeError($"must be str or None, not {Ops.TypeName(p[1]!)}"),
        };
        if (sep is "") throw Err.ValueError("empty separator");
        Vm.Current?.Charge(1 + (s.Value.Length >> 4));
        var words = StrMethods.Split(s.Value, sep);
        for (int i = 0; i < words.Count; i++) words[i] = StrMethods.Capitalize(words[i]);
        return PyStr.From(string.Join(string.IsNullOrEmpty(sep) ? " " : sep, words));
    }
}
