using System.Text;
using System.Text.RegularExpressions;
using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;
using RuleSandbox.Engine.Runtime.Text;

namespace RuleSandbox.Engine.Modules.Textwrap;

using Math = System.Math;

/// <summary>
/// The <c>textwrap</c> module: wrap, fill, shorten, dedent, indent and the TextWrapper class,
/// with CPython 3.12's output (see <see cref="TextWrapperCore"/>).
/// </summary>
/// <remarks>
/// TextWrapper is a Python class (a heap type with builtin methods) so that rules can subclass it
/// and set its attributes; classes are mutable, so each execution gets its own. wrap/fill read
/// the options from the instance's attributes; overriding the private helpers (<c>_split</c>...)
/// has no effect here.
/// </remarks>
public static class TextwrapModule
{
    // TextWrapper.__init__'s parameters after self, in order; max_lines and placeholder are keyword-only.
    private static readonly string[] s_options =
    {
        "width", "initial_indent", "subsequent_indent", "expand_tabs", "replace_whitespace",
        "fix_sentence_endings", "break_long_words", "drop_whitespace", "break_on_hyphens", "tabsize",
        "max_lines", "placeholder",
    };

    private static readonly PyObject[] s_defaults =
    {
        PyInt.From(70), PyStr.Empty, PyStr.Empty, PyBool.True, PyBool.True, PyBool.False, PyBool.True,
        PyBool.True, PyBool.True, PyInt.From(8), PyNone.Instance, PyStr.From(" [...]"),
    };

    private static readonly Regex s_whitespaceOnly = new("^[ \t]+$", RegexOptions.Multiline | RegexOptions.CultureInvariant);
    private static readonly Regex s_leadingWhitespace = new("(^[ \t]*)(?:[^ \t\n])", RegexOptions.Multiline | RegexOptions.CultureInvariant);

    private static readonly (string Name, PyObject Value)[] s_shared =
    {
        ("wrap", new PyBuiltinFunction("wrap", (a, kw) => Lines(TextWrapperCore.Wrap(Text(a, kw, "wrap", out var o), o)))),
        ("fill", new PyBuiltinFunction("fill", (a, kw) => PyStr.From(string.Join("\n", TextWrapperCore.Wrap(Text(a, kw, "fill", out var o), o))))),
        ("shorten", new PyBuiltinFunction("shorten", Shorten)),
        ("dedent", new PyBuiltinFunction("dedent", Dedent)),
        ("indent", new PyBuiltinFunction("indent", Indent)),
    };

    /// <summary>A fresh <c>textwrap</c> module (with its own TextWrapper class) for one execution.</summary>
    public static PyModule Create()
    {
        var m = new PyModule("textwrap");
        foreach (var (name, value) in s_shared) m.ModuleDict.Set(name, value);
        m.ModuleDict.Set("TextWrapper", NewTextWrapperType());
        return m;
    }

    private static PyList Lines(List<string> lines)
    {
        var items = new List<PyObject>(lines.Count);
        foreach (var l in lines) items.Add(PyStr.From(l));
        return new PyList(items);
    }

    private static PyType NewTextWrapperType()
    {
        var t = PyType.NewHeap("TextWrapper", new[] { PyType.ObjectType }, null);
        t.Members["__module__"] = PyStr.From("textwrap");
        void M(string name, BuiltinFn fn) => t.Members[name] = new PyBuiltinFunction(name, fn, t);
        M("__init__", (a, kw) =>
        {
            var names = new string[s_options.Length + 1];
            names[0] = "self";
            s_options.CopyTo(names, 1);
            var p = PyArgs.Parse("TextWrapper.__init__", a, kw, names, 1, kwOnlyFrom: 11);
            for (int i = 0; i < s_options.Length; i++) Ops.SetAttr(p[0]!, s_options[i], p[i + 1] ?? s_defaults[i]);
            return PyNone.Instance;
        });
        M("wrap", (a, kw) =>
        {
            var p = PyArgs.Parse("TextWrapper.wrap", a, kw, new[] { "self", "text" }, 2);
            return Lines(TextWrapperCore.Wrap(Str(p[1]!, "expandtabs"), FromInstance(p[0]!)));
        });
        M("fill", (a, kw) =>
        {
            var p = PyArgs.Parse("TextWrapper.fill", a, kw, new[] { "self", "text" }, 2);
            return PyStr.From(string.Join("\n", TextWrapperCore.Wrap(Str(p[1]!, "expandtabs"), FromInstance(p[0]!))));
        });
        return t;
    }

    private static string Str(PyObject o, string method)
        => o is PyStr s ? s.Value : throw Err.AttributeError($"'{Ops.TypeName(o)}' object has no attribute '{method}'");

    private static WrapOptions FromInstance(PyObject self)
    {
        var v = new PyObject[s_options.Length];
        for (int i = 0; i < v.Length; i++) v[i] = Ops.GetAttr(self, s_options[i]);
        return Options(v);
    }

    private static string StrOption(PyObject o) => o is PyStr s ? s.Value
        : throw Err.TypeError($"can only concatenate str (not \"{Ops.TypeName(o)}\") to str");

    private static WrapOptions Options(PyObject[] v) => new(
        Width: ArgParser.Int(v[0], "width"),
        InitialIndent: StrOption(v[1]),
        SubsequentIndent: StrOption(v[2]),
        ExpandTabs: Ops.IsTrue(v[3]),
        ReplaceWhitespace: Ops.IsTrue(v[4]),
        FixSentenceEndings: Ops.IsTrue(v[5]),
        BreakLongWords: Ops.IsTrue(v[6]),
        DropWhitespace: Ops.IsTrue(v[7]),
        BreakOnHyphens: Ops.IsTrue(v[8]),
        SplitOnHyphens: ReferenceEquals(v[8], PyBool.True),
        TabSize: ArgParser.Int(v[9], "tabsize"),
        MaxLines: v[10] is PyNone ? null : ArgParser.Int(v[10], "max_lines"),
        Placeholder: StrOption(v[11]));

    // wrap/fill(text, width=70, **kwargs) -> TextWrapper(width=width, **kwargs); extra is forced
    // keyword values (shorten's max_lines=1).
    private static WrapOptions OptionsFromCall(string fname, ReadOnlySpan<PyObject> a, string[]? kw, out PyObject text, bool widthRequired, (string Name, PyObject Value)? extra = null)
    {
        int nkw = kw?.Length ?? 0;
        int npos = a.Length - nkw;
        int maxPos = 2;
        if (npos > maxPos) throw Err.TypeError($"{fname}() takes from 1 to 2 positional arguments but {npos} were given");
        PyObject? textArg = npos > 0 ? a[0] : null;
        PyObject? width = npos > 1 ? a[1] : null;
        var v = (PyObject[])s_defaults.Clone();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int k = 0; k < nkw; k++)
        {
            string name = kw![k];
            var value = a[npos + k];
            if (name == "text")
            {
                if (textArg is not null) throw Err.TypeError($"{fname}() got multiple values for argument 'text'");
                textArg = value;
                continue;
            }
            if (name == "width")
            {
                if (width is not null) throw Err.TypeError($"{fname}() got multiple values for argument 'width'");
                width = value;
                continue;
            }
            if (extra is { } x && name == x.Name) throw Err.TypeError($"textwrap.TextWrapper() got multiple values for keyword argument '{name}'");
            int ix = Array.IndexOf(s_options, name);
            if (ix < 0) throw Err.TypeError($"TextWrapper.__init__() got an unexpected keyword argument '{name}'");
            v[ix] = value;
        }
        if (textArg is null) throw Err.TypeError($"{fname}() missing {(widthRequired && width is null ? "2 required positional arguments: 'text' and 'width'" : "1 required positional argument: 'text'")}");
        if (width is null && widthRequired) throw Err.TypeError($"{fname}() missing 1 required positional argument: 'width'");
        if (width is not null) v[0] = width;
        if (extra is { } e) v[Array.IndexOf(s_options, e.Name)] = e.Value;
        text = textArg;
        return Options(v);
    }

    private static string Text(ReadOnlySpan<PyObject> a, string[]? kw, string fname, out WrapOptions o)
    {
        o = OptionsFromCall(fname, a, kw, out var text, widthRequired: false);
        return Str(text, "expandtabs");
    }

    // shorten(text, width, **kwargs): collapse the whitespace, then fill one line with the placeholder.
    private static PyObject Shorten(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        var o = OptionsFromCall("shorten", a, kw, out var text, widthRequired: true, ("max_lines", PyInt.From(1)));
        string collapsed = string.Join(" ", StrMethods.Split(StrMethods.Strip(Str(text, "strip"))));
        return PyStr.From(string.Join("\n", TextWrapperCore.Wrap(collapsed, o)));
    }

    // dedent: blank out whitespace-only lines, find the longest common leading whitespace of the
    // other lines (spaces and tabs compared literally), and remove it.
    private static PyObject Dedent(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        var p = PyArgs.Parse("dedent", a, kw, new[] { "text" }, 1);
        if (p[0] is not PyStr ps) throw Err.TypeError("expected string or bytes-like object, got '" + Ops.TypeName(p[0]!) + "'");
        Vm.Current?.Charge(1 + (ps.Value.Length >> 3));
        string text = s_whitespaceOnly.Replace(ps.Value, "");
        string? margin = null;
        foreach (Match m in s_leadingWhitespace.Matches(text))
        {
            string indent = m.Groups[1].Value;
            if (margin is null) margin = indent;
            else if (indent.StartsWith(margin, StringComparison.Ordinal)) { }
            else if (margin.StartsWith(indent, StringComparison.Ordinal)) margin = indent;
            else
            {
                for (int i = 0; i < Math.Min(margin.Length, indent.Length); i++)
                {
                    if (margin[i] != indent[i]) { margin = margin[..i]; break; }
                }
            }
        }
        if (!string.IsNullOrEmpty(margin)) text = Regex.Replace(text, "(?m)^" + Regex.Escape(margin), "", RegexOptions.CultureInvariant);
        return PyStr.From(text);
    }

    // indent(text, prefix, predicate=None): prefix the lines (line ends kept) the predicate accepts;
    // by default those that are not whitespace only.
    private static PyObject Indent(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        var p = PyArgs.Parse("indent", a, kw, new[] { "text", "prefix", "predicate" }, 2);
        string text = Str(p[0]!, "splitlines");
        var predicate = p[2] is null or PyNone ? null : p[2];
        var vm = Vm.Current;
        var sb = new StringBuilder(text.Length);
        foreach (var line in StrMethods.SplitLines(text, keepends: true))
        {
            vm?.Charge(1);
            bool take = predicate is null ? StrMethods.Strip(line).Length > 0 : Ops.IsTrue(vm!.Call(predicate, PyStr.From(line)));
            if (take)
            {
                if (p[1] is not PyStr prefix) throw Err.TypeError($"unsupported operand type(s) for +: '{Ops.TypeName(p[1]!)}' and 'str'");
                sb.Append(prefix.Value);
            }
            sb.Append(line);
        }
        vm?.ChargeAllocation(2L * sb.Length);
        return PyStr.From(sb.ToString());
    }
}
