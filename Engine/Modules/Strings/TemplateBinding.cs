using System.Text;
using RuleSandbox.Engine.Modules.Re;
using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;
using RuleSandbox.Engine.Runtime.Text;

namespace RuleSandbox.Engine.Modules.Strings;

/// <summary>
/// <c>string.Template</c> as CPython 3.12 writes it: the class attributes delimiter, idpattern,
/// braceidpattern and flags build <c>pattern</c> (in <c>__init_subclass__</c>, so subclasses
/// customise it), and the methods run that pattern through the <c>re</c> module.
/// </summary>
internal static class TemplateBinding
{
    private const string IdPattern = "(?a:[_a-z][_a-z0-9]*)";
    private const int IgnoreCase = 2;
    private const int Verbose = 64;

    private static readonly string[] s_init = { "self", "template" };
    private static readonly string[] s_self = { "self" };

    /// <summary>A new Template class for one execution.</summary>
    public static PyType NewType()
    {
        var t = StringModule.NewClass("Template", new (string, BuiltinFn)[]
        {
            ("__init__", Init),
            ("substitute", (a, kw) => Substitute(a, kw, safe: false)),
            ("safe_substitute", (a, kw) => Substitute(a, kw, safe: true)),
            ("is_valid", IsValid),
            ("get_identifiers", GetIdentifiers),
        });
        t.Members["delimiter"] = PyStr.From("$");
        t.Members["idpattern"] = PyStr.From(IdPattern);
        t.Members["braceidpattern"] = PyNone.Instance;
        t.Members["flags"] = PyInt.From(IgnoreCase);
        t.Members["__init_subclass__"] = new PyClassMethod(new PyBuiltinFunction("__init_subclass__", InitSubclass));
        ComputePattern(t);
        return t;
    }

    private static PyObject InitSubclass(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        ArgParser.NoKw("__init_subclass__", kw);
        ComputePattern((PyType)a[0]);
        return PyNone.Instance;
    }

    // Template.__init_subclass__: a class's own `pattern` wins; otherwise it is built from the
    // delimiter and the identifier patterns. Either way it is compiled with flags | VERBOSE.
    private static void ComputePattern(PyType cls)
    {
        PyObject pattern;
        if (cls.Members.TryGetValue("pattern", out var own))
        {
            pattern = own;
        }
        else
        {
            string delim = Escape(Ops.Str(Ops.GetAttr(cls, "delimiter")));
            string id = Ops.Str(Ops.GetAttr(cls, "idpattern"));
            var bidObj = Ops.GetAttr(cls, "braceidpattern");
            string bid = Ops.IsTrue(bidObj) ? Ops.Str(bidObj) : id;
            // The text is CPython's, comments and indentation included, so `pattern.pattern` matches.
            pattern = PyStr.From(
                "\n            " + delim + "(?:\n" +
                "              (?P<escaped>" + delim + ")  |   # Escape sequence of two delimiters\n" +
                "              (?P<named>" + id + ")       |   # delimiter and a Python identifier\n" +
                "              {(?P<braced>" + bid + ")} |   # delimiter and a braced identifier\n" +
                "              (?P<invalid>)             # Other ill-formed delimiter exprs\n" +
                "            )\n            ");
        }
        long flags = ArgParser.Int(Ops.GetAttr(cls, "flags"), "flags");
        cls.SetMember("pattern", ReModule.Compile(pattern, (int)flags | Verbose));
    }

    // re.escape for the delimiter: every character that is special in a pattern gets a backslash.
    private static string Escape(string s)
    {
        var sb = new StringBuilder();
        foreach (char c in s)
        {
            if ("()[]{}?*+-|^$\\.&~# \t\n\r\v\f".Contains(c)) sb.Append('\\');
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static PyObject Init(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        var p = PyArgs.Parse("Template.__init__", a, kw, s_init, 2);
        Ops.SetAttr(p[0]!, "template", p[1]!);
        return PyNone.Instance;
    }

    private static PyObject Call(PyObject obj, string method, params PyObject[] args) => Vm.Current!.Call(Ops.GetAttr(obj, method), args);

    private static PyObject Group(PyObject mo, string name) => Call(mo, "group", PyStr.From(name));

    private static PythonException Unrecognized(PyObject self)
        => Err.NewArgs(ExcTypes.ValueError, PyStr.From("Unrecognized named group in pattern"), Ops.GetAttr(self, "pattern"));

    private static PyObject Substitute(ReadOnlySpan<PyObject> a, string[]? kw, bool safe)
    {
        string fname = safe ? "Template.safe_substitute" : "Template.substitute";
        int nkw = kw?.Length ?? 0;
        int npos = a.Length - nkw;
        if (npos > 2) throw Err.TypeError($"{fname}() takes from 1 to 2 positional arguments but {npos} were given");
        if (npos < 1) throw Err.TypeError($"{fname}() missing 1 required positional argument: 'self'");
        var self = a[0];
        PyObject? mapping = npos == 2 ? a[1] : null;
        var kws = new PyDict();
        for (int k = 0; k < nkw; k++) kws.Set(kw![k], a[npos + k]);
        // substitute(mapping, **kws) looks in kws first, then in mapping (a ChainMap).
        PyObject Lookup(PyObject key)
        {
            if (mapping is null) return Ops.GetItem(kws, key);
            if (nkw > 0 && kws.Get(key) is { } v) return v;
            return Ops.GetItem(mapping, key);
        }
        var convert = new PyBuiltinFunction("convert", (ma, mkw) =>
        {
            // Each placeholder costs several group lookups and a mapping lookup beyond the
            // regex's own metering: charge them, or a template of millions of placeholders
            // would run far longer than its fuel suggests.
            Vm.Current!.Charge(8);
            var mo = ma[0];
            var named = Group(mo, "named");
            if (!Ops.IsTrue(named)) named = Group(mo, "braced");
            if (named is not PyNone)
            {
                if (!safe) return Ops.StrObj(Lookup(named));
                try { return Ops.StrObj(Lookup(named)); }
                catch (PythonException e) when (e.Value.Type.IsSubtypeOf(ExcTypes.KeyError)) { return Call(mo, "group"); }
            }
            if (Group(mo, "escaped") is not PyNone) return Ops.GetAttr(self, "delimiter");
            if (Group(mo, "invalid") is not PyNone)
            {
                if (safe) return Call(mo, "group");
                throw Invalid(self, mo);
            }
            throw Unrecognized(self);
        });
        return Call(Ops.GetAttr(self, "pattern"), "sub", convert, Ops.GetAttr(self, "template"));
    }

    // Template._invalid: the 1-based line and column of a lone delimiter, counted as CPython does
    // (the column is the length of the last line of the text before it, line end included).
    private static PythonException Invalid(PyObject self, PyObject mo)
    {
        long i = ArgParser.Int(Call(mo, "start", PyStr.From("invalid")), "start");
        var template = Ops.GetAttr(self, "template");
        string before = template is PyStr ts ? ts.Substring(0, (int)i) : Ops.Str(Ops.GetItem(template, new PySlice(PyNone.Instance, PyInt.From(i), PyNone.Instance)));
        var lines = StrMethods.SplitLines(before, keepends: true);
        long lineno = 1, colno = 1;
        if (lines.Count > 0)
        {
            lineno = lines.Count;
            colno = new PyStr(lines[^1]).Length;
        }
        return Err.ValueError($"Invalid placeholder in string: line {lineno}, col {colno}");
    }

    private static PyObject IsValid(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        var self = PyArgs.Parse("Template.is_valid", a, kw, s_self, 1)[0]!;
        var it = Ops.GetIter(Call(Ops.GetAttr(self, "pattern"), "finditer", Ops.GetAttr(self, "template")));
        while (Ops.Next(it) is { } mo)
        {
            if (Group(mo, "invalid") is not PyNone) return PyBool.False;
            if (Group(mo, "named") is PyNone && Group(mo, "braced") is PyNone && Group(mo, "escaped") is PyNone) throw Unrecognized(self);
        }
        return PyBool.True;
    }

    private static PyObject GetIdentifiers(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        var self = PyArgs.Parse("Template.get_identifiers", a, kw, s_self, 1)[0]!;
        var ids = new PyList();
        var it = Ops.GetIter(Call(Ops.GetAttr(self, "pattern"), "finditer", Ops.GetAttr(self, "template")));
        while (Ops.Next(it) is { } mo)
        {
            var named = Group(mo, "named");
            if (!Ops.IsTrue(named)) named = Group(mo, "braced");
            if (named is not PyNone)
            {
                if (!ids.Items.Any(x => Ops.Eq(x, named))) ids.Items.Add(named);
            }
            else if (Group(mo, "invalid") is PyNone && Group(mo, "escaped") is PyNone)
            {
                throw Unrecognized(self);
            }
        }
        return ids;
    }
}
