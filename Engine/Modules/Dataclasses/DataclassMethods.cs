using RuleSandbox.Engine.Compiler;
using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Dataclasses;

/// <summary>
/// The methods <c>@dataclass</c> adds to a class: C# builtins bound like methods (their owner is
/// the class, which is marked <see cref="PyType.NativeDunders"/> so the runtime dispatches them),
/// behaving as the Python functions CPython generates with <c>exec</c> — same argument errors,
/// same tuple comparisons, same <c>NotImplemented</c> for other classes.
/// </summary>
internal static class DataclassMethods
{
    // Bound like Python functions: calling one through the class with any (or no) self reports
    // as the generated function would ("Point.__init__() missing 3 required positional arguments").
    private static PyBuiltinFunction Method(PyType cls, string name, BuiltinFn fn) => new(name, fn, cls) { BindsLikeFunction = true };

    /// <summary><c>__init__</c> over the init fields (InitVars included), in declaration order.</summary>
    /// <exception cref="PythonException">TypeError for a non-default argument after a default one.</exception>
    public static PyBuiltinFunction Init(PyType cls, List<PyField> allInit, List<PyField> std, List<PyField> kwOnly, bool frozen, bool hasPostInit, bool slots)
    {
        bool seenDefault = false;
        foreach (var f in std)
        {
            if (f.HasDefault || f.HasFactory) seenDefault = true;
            else if (seenDefault) throw Err.TypeError($"non-default argument '{f.Name}' follows default argument");
        }
        bool selfIsField = allInit.Any(f => f.Name == "self");
        var names = new List<string> { selfIsField ? "__dataclass_self__" : "self" };
        var hasDefault = new List<bool> { false };
        foreach (var f in std.Concat(kwOnly))
        {
            names.Add(f.Name!);
            hasDefault.Add(f.HasDefault || f.HasFactory);
        }
        var sig = new PySignature($"{cls.QualName}.__init__", names.ToArray(), 1 + std.Count, hasDefault.ToArray());
        var paramIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 1; i < names.Count; i++) paramIndex[names[i]] = i;
        var fields = allInit.ToArray();
        var initVars = fields.Where(f => f.Kind == FieldKind.InitVar).ToArray();

        return Method(cls, "__init__", (a, kw) =>
        {
            var values = sig.Bind(a, kw);
            var self = values[0]!;
            var vm = Vm.Current!;
            vm.Charge(fields.Length);
            foreach (var f in fields)
            {
                PyObject? value;
                paramIndex.TryGetValue(f.Name!, out int ix);
                if (f.HasFactory)
                {
                    value = f.Init && values[ix] is { } given ? given : vm.Call(f.DefaultFactory, ReadOnlySpan<PyObject>.Empty, null);
                }
                else if (f.Init)
                {
                    value = values[ix] ?? f.Default;
                }
                else if (slots && f.HasDefault)
                {
                    value = f.Default;
                }
                else
                {
                    continue;
                }
                if (f.Kind == FieldKind.InitVar) continue;
                if (frozen) Ops.GenericSetAttr(self, f.Name!, value);
                else Ops.SetAttr(self, f.Name!, value);
            }
            if (hasPostInit)
            {
                var post = Ops.GetAttr(self, "__post_init__");
                var args = new PyObject[initVars.Length];
                for (int i = 0; i < args.Length; i++)
                {
                    paramIndex.TryGetValue(initVars[i].Name!, out int ix);
                    args[i] = values[ix] ?? (initVars[i].HasDefault ? initVars[i].Default : PyNone.Instance);
                }
                vm.Call(post, args, null);
            }
            return PyNone.Instance;
        });
    }

    /// <summary><c>__repr__</c>: <c>Qualname(x=1, y=2)</c>, "..." when an object contains itself.</summary>
    public static PyBuiltinFunction Repr(PyType cls, List<PyField> fields)
    {
        var names = fields.Select(f => f.Name!).ToArray();
        return Method(cls, "__repr__", (a, kw) =>
        {
            if (a.Length != 1 || kw is not null) Arity(cls, "__repr__", a, kw);
            var self = a[0];
            var vm = Vm.Current!;
            if (!vm.ReprEnter(self)) return PyStr.From("...");
            try
            {
                var sb = new System.Text.StringBuilder();
                sb.Append(Ops.GetAttr(self, "__class__") is PyType t ? t.QualName : self.Type.QualName).Append('(');
                for (int i = 0; i < names.Length; i++)
                {
                    if (i > 0) sb.Append(", ");
                    sb.Append(names[i]).Append('=').Append(Ops.Repr(Ops.GetAttr(self, names[i])));
                }
                return PyStr.From(sb.Append(')').ToString());
            }
            finally { vm.ReprLeave(self); }
        });
    }

    /// <summary>A comparison (<c>__eq__</c>, <c>__lt__</c>...): the compared fields as tuples, for the same class only.</summary>
    public static PyBuiltinFunction Compare(PyType cls, string name, CompareKind op, List<PyField> fields)
    {
        var names = fields.Select(f => f.Name!).ToArray();
        return Method(cls, name, (a, kw) =>
        {
            if (a.Length != 2 || kw is not null) Arity(cls, name, a, kw, "other");
            var self = a[0];
            var other = a[1];
            if (!ReferenceEquals(other.Type, self.Type)) return PyNotImplemented.Instance;
            return Ops.RichCompare(FieldTuple(self, names), FieldTuple(other, names), op);
        });
    }

    /// <summary><c>__hash__</c>: the hash of the tuple of hashed fields.</summary>
    public static PyBuiltinFunction Hash(PyType cls, List<PyField> fields)
    {
        var names = fields.Where(f => f.InHash).Select(f => f.Name!).ToArray();
        return Method(cls, "__hash__", (a, kw) =>
        {
            if (a.Length != 1 || kw is not null) Arity(cls, "__hash__", a, kw);
            return PyInt.From(Ops.Hash(FieldTuple(a[0], names)));
        });
    }

    /// <summary>
    /// <c>__setattr__</c> and <c>__delattr__</c> of a frozen class: fields (and anything on the class
    /// itself) raise FrozenInstanceError; other names of subclass instances go to the next class.
    /// </summary>
    public static (PyBuiltinFunction Set, PyBuiltinFunction Del) Frozen(PyType cls, List<PyField> fields, PyType frozenError)
    {
        var names = new HashSet<string>(fields.Select(f => f.Name!), StringComparer.Ordinal);
        bool Blocked(PyObject self, PyObject name) => ReferenceEquals(self.Type, cls) || (name is PyStr s && names.Contains(s.Value));
        PythonException Error(string verb, PyObject name)
            => new(new PyBaseException(frozenError, new PyTuple(new PyObject[] { PyStr.From($"cannot {verb} field {Ops.Repr(name)}") })));

        var set = Method(cls, "__setattr__", (a, kw) =>
        {
            if (a.Length != 3 || kw is not null) Arity(cls, "__setattr__", a, kw, "name", "value");
            if (Blocked(a[0], a[1])) throw Error("assign to", a[1]);
            var next = NextInMro(a[0].Type, cls, "__setattr__");
            if (next is null or PyBuiltinFunction { OwnerType.NativeDunders: false }) Ops.GenericSetAttr(a[0], NameArg(a[1]), a[2]);
            else Ops.CallMethod(a[0], next, a[1], a[2]);
            return PyNone.Instance;
        });
        var del = Method(cls, "__delattr__", (a, kw) =>
        {
            if (a.Length != 2 || kw is not null) Arity(cls, "__delattr__", a, kw, "name");
            if (Blocked(a[0], a[1])) throw Error("delete", a[1]);
            var next = NextInMro(a[0].Type, cls, "__delattr__");
            if (next is null or PyBuiltinFunction { OwnerType.NativeDunders: false }) Ops.GenericDelAttr(a[0], NameArg(a[1]));
            else Ops.CallMethod(a[0], next, a[1]);
            return PyNone.Instance;
        });
        return (set, del);
    }

    // Wrong arguments to a generated method: bind them as the Python function would, for its message.
    private static void Arity(PyType cls, string name, ReadOnlySpan<PyObject> a, string[]? kw, params string[] parameters)
    {
        var names = new[] { "self" }.Concat(parameters).ToArray();
        new PySignature($"{cls.QualName}.{name}", names, names.Length, new bool[names.Length]).Bind(a, kw);
    }

    private static string NameArg(PyObject name)
        => name is PyStr s ? s.Value : throw Err.TypeError($"attribute name must be string, not '{Ops.TypeName(name)}'");

    // super(cls, self).<name>: the first definition after cls in the instance's MRO.
    private static PyObject? NextInMro(PyType type, PyType cls, string name)
    {
        var mro = type.Mro;
        int i = Array.IndexOf(mro, cls);
        for (int k = i + 1; k < mro.Length; k++)
            if (mro[k].Members.TryGetValue(name, out var v)) return v;
        return null;
    }

    /// <summary>The named attributes of <paramref name="obj"/> as a tuple (<c>(self.x,self.y,)</c>).</summary>
    public static PyTuple FieldTuple(PyObject obj, string[] names)
    {
        if (names.Length == 0) return PyTuple.Empty;
        var items = new PyObject[names.Length];
        for (int i = 0; i < names.Length; i++) items[i] = Ops.GetAttr(obj, names[i]);
        Vm.Current!.Charge(names.Length);
        return new PyTuple(items);
    }
}
