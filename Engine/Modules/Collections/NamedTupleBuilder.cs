using System.Text;
using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;
using RuleSandbox.Engine.Runtime.Text;

namespace RuleSandbox.Engine.Modules.Collections;

/// <summary>
/// Builds <c>namedtuple</c> classes: tuple subclasses with named field accessors, <c>_make</c>,
/// <c>_replace</c>, <c>_asdict</c>, <c>_fields</c>, <c>_field_defaults</c> and the
/// <c>Point(x=1, y=2)</c> repr, with CPython's validation and argument errors.
/// </summary>
/// <remarks>
/// The class is created when the rule calls <c>namedtuple</c>, so it belongs to that execution
/// only (unlike the module's shared types). <c>typing.NamedTuple</c> builds on
/// <see cref="Create"/>.
/// </remarks>
public static class NamedTupleBuilder
{
    private static readonly HashSet<string> s_keywords = new(StringComparer.Ordinal)
    {
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
        "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
        "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
        "with", "yield",
    };

    private static readonly string[] s_params = { "typename", "field_names", "rename", "defaults", "module" };

    /// <summary>The <c>collections.namedtuple</c> function.</summary>
    internal static readonly PyBuiltinFunction Function = new("namedtuple", Call);

    private static PyObject Call(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        int nkw = kw?.Length ?? 0;
        int npos = a.Length - nkw;
        if (npos > 2) throw Err.TypeError($"namedtuple() takes 2 positional arguments but {npos} were given");
        var p = new PyObject?[5];
        for (int i = 0; i < npos; i++) p[i] = a[i];
        for (int k = 0; k < nkw; k++)
        {
            int ix = Array.IndexOf(s_params, kw![k]);
            if (ix < 0) throw Err.TypeError($"namedtuple() got an unexpected keyword argument '{kw[k]}'");
            if (p[ix] is not null) throw Err.TypeError($"namedtuple() got multiple values for argument '{kw[k]}'");
            p[ix] = a[npos + k];
        }
        if (p[0] is null && p[1] is null) throw Err.TypeError("namedtuple() missing 2 required positional arguments: 'typename' and 'field_names'");
        if (p[0] is null) throw Err.TypeError("namedtuple() missing 1 required positional argument: 'typename'");
        if (p[1] is null) throw Err.TypeError("namedtuple() missing 1 required positional argument: 'field_names'");

        var fields = new List<string>();
        if (p[1] is PyStr fs)
            fields.AddRange(fs.Value.Replace(',', ' ').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        else
            foreach (var f in Ops.ToList(p[1]!)) fields.Add(Ops.Str(f));
        PyObject[]? defaults = p[3] is null or PyNone ? null : Ops.ToArray(p[3]!);
        string? module = p[4] is null or PyNone ? null : Ops.Str(p[4]!);
        if (module is null && Vm.Current?.CurrentFrame is { } frame)
            module = frame.Globals.Get("__name__") is PyStr ms ? ms.Value : "__main__";
        return Create(Ops.Str(p[0]!), fields, defaults, module ?? "__main__", p[2] is not null && Ops.IsTrue(p[2]!));
    }

    /// <summary>
    /// Creates a namedtuple class, validating names as <c>collections.namedtuple</c> does.
    /// </summary>
    /// <param name="typename">The class name.</param>
    /// <param name="fieldNames">The field names, in order.</param>
    /// <param name="defaults">Default values for the rightmost fields, or null.</param>
    /// <param name="module">The class's <c>__module__</c>.</param>
    /// <param name="rename">Replace invalid field names by <c>_index</c> instead of failing.</param>
    /// <returns>The new class (a heap type deriving from tuple).</returns>
    /// <exception cref="PythonException">ValueError for invalid or duplicate names, TypeError for too many defaults.</exception>
    public static PyType Create(string typename, IReadOnlyList<string> fieldNames, IReadOnlyList<PyObject>? defaults, string module, bool rename = false)
    {
        ArgumentNullException.ThrowIfNull(typename);
        ArgumentNullException.ThrowIfNull(fieldNames);
        ArgumentNullException.ThrowIfNull(module);
        var names = fieldNames.ToArray();
        Vm.Current?.Charge(names.Length);
        if (rename)
        {
            var seenNames = new HashSet<string>(StringComparer.Ordinal);
            for (int i = 0; i < names.Length; i++)
            {
                string n = names[i];
                if (!StrMethods.IsIdentifier(n) || s_keywords.Contains(n) || n.StartsWith('_') || seenNames.Contains(n))
                    names[i] = $"_{i}";
                seenNames.Add(n);
            }
        }
        foreach (var n in names.Prepend(typename))
        {
            if (!StrMethods.IsIdentifier(n)) throw Err.ValueError($"Type names and field names must be valid identifiers: {Ops.Repr(PyStr.From(n))}");
            if (s_keywords.Contains(n)) throw Err.ValueError($"Type names and field names cannot be a keyword: {Ops.Repr(PyStr.From(n))}");
        }
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var n in names)
        {
            if (n.StartsWith('_') && !rename) throw Err.ValueError($"Field names cannot start with an underscore: {Ops.Repr(PyStr.From(n))}");
            if (!seen.Add(n)) throw Err.ValueError($"Encountered duplicate field name: {Ops.Repr(PyStr.From(n))}");
        }
        var defaultValues = defaults?.ToArray() ?? Array.Empty<PyObject>();
        if (defaultValues.Length > names.Length) throw Err.TypeError("Got more default values than field names");
        return Build(typename, names, defaultValues, module);
    }

    private static PyType Build(string typename, string[] names, PyObject[] defaults, string module)
    {
        var t = PyType.NewHeap(typename, new[] { PyTuple.TypeObject }, null);
        // Its builtin methods take part in operator dispatch (repr) like a native type's.
        t.NativeDunders = true;
        t.InstancesHaveDict = false;
        t.SlotNames = Array.Empty<string>();
        var fieldTuple = new PyTuple(names.Select(n => (PyObject)PyStr.From(n)).ToArray());
        var fieldDefaults = new PyDict();
        for (int i = 0; i < defaults.Length; i++) fieldDefaults.Set(names[names.Length - defaults.Length + i], defaults[i]);
        string argList = string.Join(", ", names) + (names.Length == 1 ? "," : "");

        t.Members["__module__"] = PyStr.From(module);
        t.Doc = PyStr.From($"{typename}({argList})");
        t.Members["__doc__"] = t.Doc;
        t.Members["__slots__"] = PyTuple.Empty;
        t.Members["_fields"] = fieldTuple;
        t.Members["_field_defaults"] = fieldDefaults;
        t.Members["__match_args__"] = fieldTuple;
        t.Members["__new__"] = new PyBuiltinFunction("__new__", (a, kw) => New(typename, names, defaults, a, kw), t) { IsStatic = true };
        t.Members["_make"] = new PyBuiltinFunction("_make", (a, kw) =>
        {
            ArgParser.Count("_make", a[1..], kw, 1, 1);
            var items = Ops.ToArray(a[1]);
            if (items.Length != names.Length) throw Err.TypeError($"Expected {names.Length} arguments, got {items.Length}");
            return Instance((PyType)a[0], items);
        }, t) { IsClassMethod = true };
        t.Members["_replace"] = new PyBuiltinFunction("_replace", (a, kw) => Replace(typename, names, a, kw), t);
        t.Members["__repr__"] = new PyBuiltinFunction("__repr__", (a, kw) => PyStr.From(Repr(names, (PyTuple)a[0])), t);
        t.Members["_asdict"] = new PyBuiltinFunction("_asdict", (a, kw) =>
        {
            ArgParser.Count("_asdict", a[1..], kw, 0, 0);
            var d = new PyDict();
            var fields = Ops.ToList(Ops.GetAttr(a[0], "_fields"));
            var values = ((PyTuple)a[0]).Items;
            for (int i = 0; i < fields.Count && i < values.Length; i++) d.Set(fields[i], values[i]);
            return d;
        }, t);
        t.Members["__getnewargs__"] = new PyBuiltinFunction("__getnewargs__", (a, kw) => new PyTuple(((PyTuple)a[0]).Items), t);
        for (int i = 0; i < names.Length; i++)
        {
            int index = i;
            t.Members[names[i]] = new PyProperty(
                new PyBuiltinFunction(names[i], (a, kw) => ((PyTuple)a[0]).Items[index]),
                new PyBuiltinFunction(names[i], (a, kw) => throw Err.AttributeError("can't set attribute")),
                new PyBuiltinFunction(names[i], (a, kw) => throw Err.AttributeError("can't delete attribute")),
                PyStr.From($"Alias for field number {index}")) { Name = names[i] };
        }
        return t;
    }

    private static PyTupleSub Instance(PyType cls, PyObject[] items)
    {
        if (!cls.IsSubtypeOf(PyTuple.TypeObject)) throw Err.TypeError($"tuple.__new__({cls.Name}): {cls.Name} is not a subtype of tuple");
        return new PyTupleSub(cls, items);
    }

    // The generated lambda _cls, x, y: tuple.__new__(_cls, (x, y)), with CPython's argument errors.
    private static PyObject New(string typename, string[] names, PyObject[] defaults, ReadOnlySpan<PyObject> a, string[]? kw)
    {
        string fn = typename + ".__new__";
        int nkw = kw?.Length ?? 0;
        int npos = a.Length - nkw;
        if (npos == 0) throw Err.TypeError($"{fn}() missing 1 required positional argument: '_cls'");
        if (a[0] is not PyType cls) throw Err.TypeError($"tuple.__new__(X): X is not a type object ({Ops.TypeName(a[0])})");
        int n = names.Length;
        if (npos - 1 > n)
        {
            string takes = defaults.Length == 0 ? $"{n + 1}" : $"from {n + 1 - defaults.Length} to {n + 1}";
            throw Err.TypeError($"{fn}() takes {takes} positional argument{(n == 0 && defaults.Length == 0 ? "" : "s")} but {npos} were given");
        }
        var values = new PyObject?[n];
        for (int i = 1; i < npos; i++) values[i - 1] = a[i];
        for (int k = 0; k < nkw; k++)
        {
            int ix = Array.IndexOf(names, kw![k]);
            if (ix < 0) throw Err.TypeError($"{fn}() got an unexpected keyword argument '{kw[k]}'");
            if (values[ix] is not null) throw Err.TypeError($"{fn}() got multiple values for argument '{kw[k]}'");
            values[ix] = a[npos + k];
        }
        var missing = new List<string>();
        for (int i = 0; i < n; i++)
        {
            if (values[i] is not null) continue;
            int d = i - (n - defaults.Length);
            if (d >= 0) values[i] = defaults[d];
            else missing.Add($"'{names[i]}'");
        }
        if (missing.Count > 0)
        {
            string list = missing.Count == 1 ? missing[0]
                : string.Join(", ", missing.Take(missing.Count - 1)) + (missing.Count > 2 ? "," : "") + " and " + missing[^1];
            throw Err.TypeError($"{fn}() missing {missing.Count} required positional argument{(missing.Count == 1 ? "" : "s")}: {list}");
        }
        return Instance(cls, values!);
    }

    private static PyObject Replace(string typename, string[] names, ReadOnlySpan<PyObject> a, string[]? kw)
    {
        int nkw = kw?.Length ?? 0;
        int npos = a.Length - nkw;
        if (npos != 1) throw Err.TypeError($"{typename}._replace() takes 1 positional argument but {npos} were given");
        var self = (PyTuple)a[0];
        var kwds = new PyDict();
        for (int k = 0; k < nkw; k++) kwds.Set(kw![k], a[npos + k]);
        // self._make(map(kwds.pop, field_names, self))
        var items = new List<PyObject>();
        for (int i = 0; i < names.Length && i < self.Count; i++)
        {
            var key = PyStr.From(names[i]);
            var v = kwds.Get(key);
            if (v is null) items.Add(self.Items[i]);
            else { items.Add(v); kwds.Remove(key); }
        }
        var result = Vm.Current!.Call(Ops.GetAttr(self, "_make"), new PyList(items));
        if (kwds.Count > 0)
            throw Err.ValueError($"Got unexpected field names: {Ops.Repr(new PyList(kwds.Items().Select(kv => kv.Key).ToList()))}");
        return result;
    }

    private static string Repr(string[] names, PyTuple self)
    {
        if (self.Count != names.Length)
            throw Err.TypeError(self.Count < names.Length ? "not enough arguments for format string" : "not all arguments converted during string formatting");
        var vm = Vm.Current!;
        var sb = new StringBuilder(Native.ShortName(self.Type)).Append('(');
        for (int i = 0; i < names.Length; i++)
        {
            if (i > 0) sb.Append(", ");
            sb.Append(names[i]).Append('=').Append(Ops.Repr(self.Items[i]));
            vm.Charge(1);
        }
        return sb.Append(')').ToString();
    }
}
