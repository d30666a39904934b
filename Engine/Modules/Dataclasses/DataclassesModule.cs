using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Dataclasses;

/// <summary>
/// The <c>dataclasses</c> module of CPython 3.12: <c>@dataclass</c> with its options, <c>field</c>,
/// <c>fields</c>, <c>asdict</c>, <c>astuple</c>, <c>replace</c>, <c>is_dataclass</c>,
/// <c>make_dataclass</c>, <c>InitVar</c>, <c>KW_ONLY</c>, <c>MISSING</c> and
/// <c>FrozenInstanceError</c>. The generated methods are C# builtins (see <see cref="DataclassMethods"/>).
/// </summary>
public static class DataclassesModule
{
    private static readonly string[] s_optionNames = PyDataclassParams.Names;
    private static readonly PyObject[] s_optionDefaults =
    {
        PyBool.True, PyBool.True, PyBool.True, PyBool.False, PyBool.False,
        PyBool.False, PyBool.True, PyBool.False, PyBool.False, PyBool.False,
    };

    private static readonly string[] s_fieldNames = { "default", "default_factory", "init", "repr", "hash", "compare", "metadata", "kw_only" };

    private static readonly HashSet<string> s_keywords = new(StringComparer.Ordinal)
    {
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
        "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
        "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    };

    private static readonly List<KeyValuePair<string, PyObject>> s_entries = Build();

    // Used only when the module object of the running execution cannot be found.
    private static readonly PyType s_fallbackFrozenError = NewFrozenInstanceError();

    /// <summary>A fresh <c>dataclasses</c> module for one execution.</summary>
    public static PyModule Create()
    {
        var d = new PyDict(s_entries.Count + 4);
        foreach (var kv in s_entries) d.Set(kv.Key, kv.Value);
        // A class like one defined in Python (subclassable, named dataclasses.FrozenInstanceError
        // in tracebacks); built per execution because such classes can be changed by the rule.
        d.Set("FrozenInstanceError", NewFrozenInstanceError());
        return new PyModule("dataclasses", d);
    }

    private static PyType NewFrozenInstanceError()
    {
        var t = PyType.NewHeap("FrozenInstanceError", new[] { ExcTypes.AttributeError }, null);
        t.Members["__module__"] = PyStr.From("dataclasses");
        return t;
    }

    // CPython's generated __setattr__ raises the FrozenInstanceError of the dataclasses module.
    private static PyType FrozenError()
    {
        if (Vm.Current!.Modules.TryGetValue("dataclasses", out var m) && m.ModuleDict.Get("FrozenInstanceError") is PyType t) return t;
        return s_fallbackFrozenError;
    }

    /// <summary>A <c>Field</c> as <c>field()</c> makes it (metadata None becomes an empty mapping).</summary>
    internal static PyField NewField(PyObject dflt, PyObject factory, bool init, bool repr, PyObject hash, bool compare, PyObject metadata, PyObject kwOnly)
        => new(dflt, factory, init, repr, hash, compare, metadata is PyNone ? new PyDict() : metadata, kwOnly);

    private static List<KeyValuePair<string, PyObject>> Build()
    {
        var e = new List<KeyValuePair<string, PyObject>>();
        void Def(string name, BuiltinFn fn) => e.Add(new(name, new PyBuiltinFunction(name, fn)));

        var dataclassSig = new PySignature("dataclass", new[] { "cls" }.Concat(s_optionNames).ToArray(), 1, Enumerable.Repeat(true, 11).ToArray());
        Def("dataclass", (a, kw) =>
        {
            if (kw is not null && kw.Contains("cls"))
                throw Err.TypeError("dataclass() got some positional-only arguments passed as keyword arguments: 'cls'");
            var p = dataclassSig.Bind(a, kw);
            var options = new PyObject[s_optionNames.Length];
            for (int i = 0; i < options.Length; i++) options[i] = p[i + 1] ?? s_optionDefaults[i];
            if (p[0] is null or PyNone)
                return new PyBuiltinFunction("wrap", (wa, wkw) =>
                {
                    ArgParser.Count("wrap", wa, wkw, 1, 1);
                    return Decorate(wa[0], options);
                });
            return Decorate(p[0]!, options);
        });

        var fieldSig = new PySignature("field", s_fieldNames, 0, Enumerable.Repeat(true, 8).ToArray());
        Def("field", (a, kw) =>
        {
            var p = fieldSig.Bind(a, kw);
            var missing = DataclassTypes.Missing;
            var dflt = p[0] ?? missing;
            var factory = p[1] ?? missing;
            if (!ReferenceEquals(dflt, missing) && !ReferenceEquals(factory, missing))
                throw Err.ValueError("cannot specify both default and default_factory");
            return NewField(dflt, factory, p[2] is null || Ops.IsTrue(p[2]!), p[3] is null || Ops.IsTrue(p[3]!),
                p[4] ?? PyNone.Instance, p[5] is null || Ops.IsTrue(p[5]!), p[6] ?? PyNone.Instance, p[7] ?? missing);
        });

        var oneSig = new PySignature("fields", new[] { "class_or_instance" }, 1, new[] { false });
        Def("fields", (a, kw) =>
        {
            var p = oneSig.Bind(a, kw);
            return PyTuple.From(DataclassConvert.Fields(p[0]!).Cast<PyObject>().ToArray());
        });

        var isSig = new PySignature("is_dataclass", new[] { "obj" }, 1, new[] { false });
        Def("is_dataclass", (a, kw) =>
        {
            var obj = isSig.Bind(a, kw)[0]!;
            var cls = obj as PyType ?? obj.Type;
            return PyBool.From(Ops.TryGetAttr(cls, "__dataclass_fields__") is not null);
        });

        var asdictSig = new PySignature("asdict", new[] { "obj", "dict_factory" }, 1, new[] { false, true });
        Def("asdict", (a, kw) =>
        {
            var p = asdictSig.Bind(a, kw);
            if (!DataclassConvert.IsInstance(p[0]!)) throw Err.TypeError("asdict() should be called on dataclass instances");
            var factory = p[1] is null || ReferenceEquals(p[1], PyDict.TypeObject) ? null : p[1];
            return DataclassConvert.AsDict(p[0]!, factory);
        });

        var astupleSig = new PySignature("astuple", new[] { "obj", "tuple_factory" }, 1, new[] { false, true });
        Def("astuple", (a, kw) =>
        {
            var p = astupleSig.Bind(a, kw);
            if (!DataclassConvert.IsInstance(p[0]!)) throw Err.TypeError("astuple() should be called on dataclass instances");
            var factory = p[1] is null || ReferenceEquals(p[1], PyTuple.TypeObject) ? null : p[1];
            return DataclassConvert.AsTuple(p[0]!, factory);
        });

        Def("replace", Replace);
        Def("make_dataclass", MakeDataclass);
        e.Add(new("Field", DataclassTypes.Field));
        e.Add(new("InitVar", DataclassTypes.InitVar));
        e.Add(new("MISSING", DataclassTypes.Missing));
        e.Add(new("KW_ONLY", DataclassTypes.KwOnly));
        return e;
    }

    private static PyObject Decorate(PyObject cls, PyObject[] options)
    {
        if (cls is not PyType t)
            throw Err.AttributeError($"'{Ops.TypeName(cls)}' object has no attribute '__module__'");
        return DataclassProcessor.Process(t, options, FrozenError());
    }

    // replace(obj, /, **changes): a new instance through __init__ with the unchanged init fields.
    private static PyObject Replace(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        int nkw = kw?.Length ?? 0;
        int npos = a.Length - nkw;
        if (npos != 1)
        {
            throw Err.TypeError(npos == 0
                ? "replace() missing 1 required positional argument: 'obj'"
                : $"replace() takes 1 positional argument but {npos} were given");
        }
        var obj = a[0];
        if (!DataclassConvert.IsInstance(obj)) throw Err.TypeError("replace() should be called on dataclass instances");
        var changes = new List<(string Name, PyObject Value)>();
        for (int k = 0; k < nkw; k++) changes.Add((kw![k], a[npos + k]));
        var all = (PyDict)obj.Type.Lookup("__dataclass_fields__")!;
        foreach (var kv in all.Items())
        {
            if (kv.Value is not PyField f || f.Kind == FieldKind.ClassVar) continue;
            bool given = changes.Any(c => c.Name == f.Name);
            if (!f.Init)
            {
                if (given) throw Err.ValueError($"field {f.Name} is declared with init=False, it cannot be specified with replace()");
                continue;
            }
            if (given) continue;
            if (f.Kind == FieldKind.InitVar && !f.HasDefault)
                throw Err.ValueError($"InitVar '{f.Name}' must be specified with replace()");
            changes.Add((f.Name!, Ops.GetAttr(obj, f.Name!)));
        }
        return Vm.Current!.Call(obj.Type, changes.Select(c => c.Value).ToArray(), changes.Select(c => c.Name).ToArray());
    }

    // make_dataclass(cls_name, fields, *, bases=(), namespace=None, <dataclass options>, module=None)
    private static PyObject MakeDataclass(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        var names = new[] { "cls_name", "fields", "bases", "namespace" }.Concat(s_optionNames).Append("module").ToArray();
        var hasDefault = names.Select((_, i) => i >= 2).ToArray();
        var p = new PySignature("make_dataclass", names, 2, hasDefault).Bind(a, kw);
        var vm = Vm.Current!;
        string clsName = p[0] is PyStr cs ? cs.Value : Ops.Str(p[0]!);
        var ns = new PyDict();
        if (p[3] is { } given and not PyNone) Builtins.DictUpdate(ns, given);
        var annotations = new PyDict();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in Ops.ToList(p[1]!))
        {
            vm.Charge(1);
            PyObject name, tp;
            if (item is PyStr)
            {
                name = item;
                tp = PyStr.From("typing.Any");
            }
            else
            {
                Ops.Len(item); // CPython checks len(item) first: "object of type 'int' has no len()"
                var parts = Ops.ToList(item);
                if (parts.Count == 2) { name = parts[0]; tp = parts[1]; }
                else if (parts.Count == 3) { name = parts[0]; tp = parts[1]; ns.Set(name, parts[2]); }
                else throw Err.TypeError($"Invalid field: {Ops.Repr(item)}");
            }
            if (name is not PyStr ns2 || !IsIdentifier(ns2.Value)) throw Err.TypeError($"Field names must be valid identifiers: {Ops.Repr(name)}");
            if (s_keywords.Contains(ns2.Value)) throw Err.TypeError($"Field names must not be keywords: {Ops.Repr(name)}");
            if (!seen.Add(ns2.Value)) throw Err.TypeError($"Field name duplicated: {Ops.Repr(name)}");
            annotations.Set(name, tp);
        }
        ns.Set("__annotations__", annotations);
        ns.Set("__qualname__", PyStr.From(clsName));
        ns.Set("__module__", p[^1] is { } mod and not PyNone ? mod : PyStr.From("__main__"));
        var bases = p[2] is null ? Array.Empty<PyType>() : Ops.ToList(p[2]!).Select(b => b as PyType ?? throw Err.TypeError("bases must be types")).ToArray();
        var cls = TypeCall.NewClass(clsName, bases, ns, null, null, ReadOnlySpan<PyObject>.Empty);
        var options = new PyObject[s_optionNames.Length];
        for (int i = 0; i < options.Length; i++) options[i] = p[i + 4] ?? s_optionDefaults[i];
        return DataclassProcessor.Process(cls, options, FrozenError());
    }

    private static bool IsIdentifier(string s)
    {
        if (s.Length == 0 || !(char.IsLetter(s[0]) || s[0] == '_')) return false;
        foreach (char c in s) if (!(char.IsLetterOrDigit(c) || c == '_')) return false;
        return true;
    }
}
