using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Typing;

/// <summary>
/// <c>typing.NamedTuple</c>: <c>class Point(NamedTuple): x: int; y: int = 0</c> makes a tuple
/// subclass with named fields, defaults, <c>_asdict</c>, <c>_replace</c>, <c>_make</c> and the
/// <c>Point(x=1, y=2)</c> repr, with the argument errors of the <c>__new__</c> CPython generates.
/// </summary>
/// <remarks>
/// The base class a rule derives from is made per execution; the class statement reaches the
/// shared native metaclass, which builds an ordinary class deriving from <c>tuple</c> (as CPython's
/// does), so subclasses of a named tuple are plain classes.
/// </remarks>
internal static class TypingNamedTuple
{
    /// <summary><c>NamedTupleMeta</c>.</summary>
    public static readonly PyType Meta = BuildMeta();

    /// <summary>A fresh <c>typing.NamedTuple</c> base for one execution.</summary>
    public static PyType NewBase()
    {
        var t = PyType.NewHeap("NamedTuple", Array.Empty<PyType>(), Meta);
        t.Members["__module__"] = PyStr.From("typing");
        return t;
    }

    private static PyType BuildMeta()
    {
        var t = PyType.NewNative("NamedTupleMeta", "typing", PyType.TypeType);
        t.Constructor = (a, kw) =>
        {
            int nkw = kw?.Length ?? 0;
            if (a.Length - nkw != 3 || a[0] is not PyStr name || a[2] is not PyDict ns)
                throw Err.TypeError("type.__new__() takes exactly 3 arguments");
            var fields = new List<(string Name, PyObject? Default)>();
            if (ns.Get("__annotations__") is PyDict ann)
                foreach (var kv in ann.Items())
                {
                    var field = Ops.Str(kv.Key);
                    fields.Add((field, ns.Get(field)));
                }
            return Create(name.Value, fields, ns);
        };
        t.Members["__call__"] = new PyBuiltinFunction("__call__", (a, kw) =>
        {
            // NamedTuple('Emp', [('name', str), ('id', int)])
            var p = ArgParser.Parse("NamedTuple", a[1..], kw, new[] { "typename", "fields" }, 1);
            if (p[0] is not PyStr name) throw Err.TypeError("NamedTuple() argument 'typename' must be str");
            var fields = new List<(string, PyObject?)>();
            var ns = new PyDict();
            var ann = new PyDict();
            if (p[1] is not null && p[1] is not PyNone)
                foreach (var item in Ops.ToList(p[1]!))
                {
                    var pair = Ops.ToArray(item);
                    if (pair.Length != 2) throw Err.TypeError("NamedTuple('Name', [(f0, t0), (f1, t1), ...]); each field must be a (name, type) pair");
                    fields.Add((Ops.Str(pair[0]), null));
                    ann.Set(pair[0], pair[1]);
                }
            ns.Set("__annotations__", ann);
            ns.Set("__module__", Vm.Current?.CurrentFrame?.Globals.Get("__name__") ?? PyStr.From("__main__"));
            return Create(name.Value, fields, ns);
        }, t);
        return t;
    }

    private static PyType Create(string name, List<(string Name, PyObject? Default)> fields, PyDict ns)
    {
        var vm = Vm.Current!;
        vm.Charge(fields.Count);
        bool seenDefault = false;
        string? lastDefault = null;
        foreach (var (f, d) in fields)
        {
            if (f.StartsWith('_')) throw Err.ValueError($"Field names cannot start with an underscore: {Ops.Repr(PyStr.From(f))}");
            if (d is not null) { seenDefault = true; lastDefault = f; }
            else if (seenDefault) throw Err.TypeError($"Non-default namedtuple field {f} cannot follow default field {lastDefault}");
        }
        var names = fields.Select(f => f.Name).ToArray();
        var body = new PyDict();
        foreach (var kv in ns.Items())
            if (kv.Key is not PyStr k || !names.Contains(k.Value)) body.Set(kv.Key, kv.Value);
        body.Set("__slots__", PyTuple.Empty);
        var fieldTuple = PyTuple.From(names.Select(n => (PyObject)PyStr.From(n)).ToArray());
        body.Set("_fields", fieldTuple);
        body.Set("__match_args__", fieldTuple);
        var defaults = new PyDict();
        foreach (var (f, d) in fields) if (d is not null) defaults.Set(f, d);
        body.Set("_field_defaults", defaults);
        if (body.Get("__doc__") is null or PyNone) body.Set("__doc__", PyStr.From($"{name}({string.Join(", ", names)})"));
        var cls = TypeCall.NewClass(name, new[] { PyTuple.TypeObject }, body, null, null, ReadOnlySpan<PyObject>.Empty);
        cls.NativeDunders = true;
        var defaultValues = fields.Select(f => f.Default).ToArray();

        PyObject Make(PyType target, ReadOnlySpan<PyObject> args, string[]? kw)
        {
            var items = BindFields(name, names, defaultValues, args, kw);
            return new PyTupleSub(target, items);
        }

        Static(cls, "__new__", (a, kw) =>
        {
            if (a.Length - (kw?.Length ?? 0) == 0 || a[0] is not PyType target || !target.IsSubtypeOf(cls))
                throw Err.TypeError($"{name}.__new__(): the first argument must be a subtype of {name}");
            return Make(target, a[1..], kw);
        });
        Method(cls, "__repr__", (a, kw) =>
        {
            var self = (PyTuple)a[0];
            var parts = names.Select((n, i) => n + "=" + Ops.Repr(self.Items[i]));
            return PyStr.From(self.Type.Name + "(" + string.Join(", ", parts) + ")");
        });
        Method(cls, "_asdict", (a, kw) =>
        {
            var self = (PyTuple)a[0];
            var d = new PyDict();
            for (int i = 0; i < names.Length; i++) d.Set(names[i], self.Items[i]);
            return d;
        });
        Method(cls, "_replace", (a, kw) =>
        {
            var self = (PyTuple)a[0];
            if (a.Length - (kw?.Length ?? 0) > 1) throw Err.TypeError("_replace() takes 1 positional argument but more were given");
            var items = (PyObject[])self.Items.Clone();
            var unknown = new List<string>();
            for (int k = 0; k < (kw?.Length ?? 0); k++)
            {
                int ix = Array.IndexOf(names, kw![k]);
                if (ix < 0) unknown.Add(kw[k]);
                else items[ix] = a[a.Length - kw.Length + k];
            }
            if (unknown.Count > 0)
                throw Err.ValueError("Got unexpected field names: [" + string.Join(", ", unknown.Select(u => Ops.Repr(PyStr.From(u)))) + "]");
            return new PyTupleSub(self.Type, items);
        });
        Method(cls, "__getnewargs__", (a, kw) => PyTuple.From(((PyTuple)a[0]).Items.ToArray()));
        cls.Members["_make"] = new PyBuiltinFunction("_make", (a, kw) =>
        {
            ArgParser.Count("_make", a[1..], kw, 1, 1);
            var items = Ops.ToArray(a[1]).ToArray();
            if (items.Length != names.Length) throw Err.TypeError($"Expected {names.Length} arguments, got {items.Length}");
            return new PyTupleSub(Cls(a[0]), items);
        }, cls) { IsClassMethod = true };
        for (int i = 0; i < names.Length; i++)
        {
            int index = i;
            var getter = new PyBuiltinFunction(names[i], (a, kw) => ((PyTuple)a[0]).Items[index], cls);
            var setter = new PyBuiltinFunction(names[i], (a, kw) => throw Err.AttributeError("can't set attribute"), cls);
            var deleter = new PyBuiltinFunction(names[i], (a, kw) => throw Err.AttributeError("can't delete attribute"), cls);
            cls.Members[names[i]] = new PyProperty(getter, setter, deleter, PyStr.From($"Alias for field number {i}")) { Name = names[i] };
        }
        cls.SetMember("__annotations__", ns.Get("__annotations__") ?? new PyDict());
        return cls;
    }

    private static void Method(PyType t, string name, BuiltinFn fn) => t.Members[name] = new PyBuiltinFunction(name, fn, t);

    private static void Static(PyType t, string name, BuiltinFn fn) => t.Members[name] = new PyBuiltinFunction(name, fn, t) { IsStatic = true };

    // The argument binding of the generated `def __new__(_cls, x, y=0)`, with its messages.
    private static PyObject[] BindFields(string cls, string[] names, PyObject?[] defaults, ReadOnlySpan<PyObject> args, string[]? kw)
    {
        int nkw = kw?.Length ?? 0;
        int npos = args.Length - nkw;
        string fn = cls + ".__new__()";
        if (npos > names.Length)
        {
            int required = defaults.Count(d => d is null);
            string takes = required == names.Length ? $"{names.Length + 1}" : $"from {required + 1} to {names.Length + 1}";
            throw Err.TypeError($"{fn} takes {takes} positional argument{(names.Length == 0 ? "" : "s")} but {npos + 1} were given");
        }
        var items = new PyObject?[names.Length];
        for (int i = 0; i < npos; i++) items[i] = args[i];
        for (int k = 0; k < nkw; k++)
        {
            int ix = Array.IndexOf(names, kw![k]);
            if (ix < 0) throw Err.TypeError($"{fn} got an unexpected keyword argument '{kw[k]}'");
            if (items[ix] is not null) throw Err.TypeError($"{fn} got multiple values for argument '{kw[k]}'");
            items[ix] = args[npos + k];
        }
        var missing = new List<string>();
        for (int i = 0; i < names.Length; i++)
        {
            items[i] ??= defaults[i];
            if (items[i] is null) missing.Add("'" + names[i] + "'");
        }
        if (missing.Count > 0)
        {
            string list = missing.Count == 1 ? missing[0]
                : missing.Count == 2 ? $"{missing[0]} and {missing[1]}"
                : string.Join(", ", missing.Take(missing.Count - 1)) + ", and " + missing[^1];
            throw Err.TypeError($"{fn} missing {missing.Count} required positional argument{(missing.Count == 1 ? "" : "s")}: {list}");
        }
        return items!;
    }

    private static PyType Cls(PyObject o) => o as PyType ?? throw Err.TypeError($"descriptor requires a type but received a '{Ops.TypeName(o)}'");
}
