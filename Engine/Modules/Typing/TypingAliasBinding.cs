using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Typing;

/// <summary>
/// The dunders of typing's aliases and special forms: subscription (with CPython's checks and
/// messages), calls (refused), equality, hashing, <c>|</c>, and <c>__origin__</c>/<c>__args__</c>.
/// </summary>
internal static class TypingAliasBinding
{
    private static readonly HashSet<string> s_notSubscriptable = new(StringComparer.Ordinal)
    {
        "Any", "NoReturn", "Never", "Self", "LiteralString", "TypeAlias",
    };

    public static PyType Build(string name)
    {
        var t = PyType.NewNative(name, "typing");
        void M(string n, BuiltinFn fn, int arity = 0) => t.Members[n] = new PyBuiltinFunction(n, Enums.Arity.Check(n, arity, fn), t);
        M("__getitem__", (a, kw) => Subscript(Self(a[0]), a[1]), 1);
        M("__repr__", (a, kw) => PyStr.From(Self(a[0]).Repr()));
        M("__eq__", (a, kw) => a[1] is PyTypingAlias o ? PyBool.From(Self(a[0]).SameAs(o)) : PyNotImplemented.Instance, 1);
        M("__ne__", (a, kw) => a[1] is PyTypingAlias o ? PyBool.From(!Self(a[0]).SameAs(o)) : PyNotImplemented.Instance, 1);
        M("__hash__", (a, kw) => PyInt.From(Self(a[0]).HashValue()));
        M("__or__", (a, kw) => MakeUnion(new[] { a[0], a[1] }), 1);
        M("__ror__", (a, kw) => MakeUnion(new[] { a[1], a[0] }), 1);
        M("__call__", (a, kw) => throw CannotCall(Self(a[0])));
        M("__instancecheck__", (a, kw) => PyBool.From(Check(Self(a[0]), a[1], instance: true)), 1);
        M("__subclasscheck__", (a, kw) => PyBool.From(Check(Self(a[0]), a[1], instance: false)), 1);
        Prop(t, "__origin__", s => Origin(s) ?? throw Err.AttributeError($"'{s.Type.Name}' object has no attribute '__origin__'"));
        Prop(t, "__args__", s => s.Kind == AliasKind.Form ? throw Err.AttributeError($"'{s.Type.Name}' object has no attribute '__args__'") : PyTuple.From(s.Args));
        Prop(t, "__name__", s => PyStr.From(s.Name));
        Prop(t, "_name", s => PyStr.From(s.Name));
        return t;
    }

    private static void Prop(PyType t, string name, Func<PyTypingAlias, PyObject> get)
        => t.Members[name] = new PyProperty(new PyBuiltinFunction(name, (a, kw) => get(Self(a[0])), t), null, null, null) { Name = name };

    private static PyTypingAlias Self(PyObject o) => o as PyTypingAlias ?? throw Err.TypeError($"descriptor requires a typing object but received a '{Ops.TypeName(o)}'");

    private static PythonException CannotCall(PyTypingAlias s)
    {
        if (s.Kind == AliasKind.Form)
            return Err.TypeError(s.Name == "Any" ? "Any cannot be instantiated" : $"Cannot instantiate {s.Repr()}");
        if (s.Origin is PyType ot && !ot.IsHeapType)
            return Err.TypeError($"Type {s.Name} cannot be instantiated; use {ot.Name}() instead");
        return Err.TypeError($"Type {s.Name} cannot be instantiated");
    }

    // isinstance(x, Union[int, str]) and isinstance(x, List) work; subscripted generics and special
    // forms refuse, with CPython's messages.
    private static bool Check(PyTypingAlias s, PyObject x, bool instance)
    {
        string fn = instance ? "isinstance" : "issubclass";
        switch (s.Kind)
        {
            case AliasKind.Union:
                foreach (var arg in s.Args)
                {
                    if (arg is PyTypingAlias inner && inner.Kind != AliasKind.Union)
                        throw Err.TypeError("Subscripted generics cannot be used with class and instance checks");
                    if (arg is not PyType && arg is not PyTypingAlias)
                        throw Err.TypeError($"{fn}() argument 2 cannot be a parameterized generic");
                }
                foreach (var arg in s.Args)
                    if (arg is PyType t ? (instance ? x.Type.IsSubtypeOf(t) : x is PyType xt && xt.IsSubtypeOf(t)) : Check((PyTypingAlias)arg, x, instance))
                        return true;
                return false;
            case AliasKind.Special when s.Origin is PyType origin:
                if (!instance && x is not PyType) throw Err.TypeError("issubclass() arg 1 must be a class");
                return instance ? x.Type.IsSubtypeOf(origin) : ((PyType)x).IsSubtypeOf(origin);
            case AliasKind.Form:
                throw Err.TypeError($"{s.Repr()} cannot be used with {fn}()");
            case AliasKind.Special:
                if (instance && TypingAbcChecks.IsInstance(s.Name, x) is bool answer) return answer;
                throw Err.TypeError($"{fn}() arg 2 must be a type, a tuple of types, or a union");
            default:
                throw Err.TypeError("Subscripted generics cannot be used with class and instance checks");
        }
    }

    /// <summary><c>get_origin</c> / <c>__origin__</c>.</summary>
    public static PyObject? Origin(PyTypingAlias s) => s.Kind switch
    {
        AliasKind.Form => null,
        AliasKind.Union => TypingForms.Get("Union"),
        AliasKind.Literal => TypingForms.Get("Literal"),
        _ => s.Origin,
    };

    /// <summary>An annotation argument as typing stores it: None becomes NoneType, a str a ForwardRef.</summary>
    public static PyObject Convert(PyObject o) => o switch
    {
        PyNone => PyNone.TypeObject,
        PyStr s => PyTypingRef.Forward(s.Value),
        _ => o,
    };

    private static PyObject[] Params(PyObject key) => key is PyTuple t ? t.Items : new[] { key };

    public static PyObject Subscript(PyTypingAlias s, PyObject key)
    {
        var items = Params(key);
        Vm.Current?.Charge(items.Length);
        switch (s.Kind)
        {
            case AliasKind.Form:
                return SubscriptForm(s, key, items);
            case AliasKind.Special:
                if (s.Name == "Callable") return SubscriptCallable(s, key);
                if (s.Name == "Tuple")
                {
                    if (key is PyTuple { Count: 0 }) return new PyTypingAlias(AliasKind.Generic, "Tuple", s.Origin, Array.Empty<PyObject>());
                    return new PyTypingAlias(AliasKind.Generic, "Tuple", s.Origin, items.Select(Convert).ToArray());
                }
                if (s.Arity == 0) throw Err.TypeError($"{s.Repr()} is not a generic class");
                if (s.Arity > 0 && items.Length != s.Arity)
                    throw Err.TypeError($"Too {(items.Length > s.Arity ? "many" : "few")} arguments for {s.Repr()}; actual {items.Length}, expected {s.Arity}");
                return new PyTypingAlias(AliasKind.Generic, s.Name, s.Origin, items.Select(Convert).ToArray());
            default:
            {
                var vars = new List<PyTypingRef>();
                CollectTypeVars(s, vars);
                if (vars.Count == 0) throw Err.TypeError($"{s.Repr()} is not a generic class");
                if (items.Length != vars.Count)
                    throw Err.TypeError($"Too {(items.Length > vars.Count ? "many" : "few")} arguments for {s.Repr()}; actual {items.Length}, expected {vars.Count}");
                var map = new Dictionary<PyTypingRef, PyObject>();
                for (int i = 0; i < vars.Count; i++) map[vars[i]] = Convert(items[i]);
                return Substitute(s, map);
            }
        }
    }

    private static void CollectTypeVars(PyObject o, List<PyTypingRef> vars)
    {
        if (o is PyTypingRef { IsTypeVar: true } tv) { if (!vars.Contains(tv)) vars.Add(tv); return; }
        if (o is PyTypingAlias a && a.Kind is not (AliasKind.Form or AliasKind.Special or AliasKind.Literal))
            foreach (var x in a.Args) CollectTypeVars(x, vars);
    }

    private static PyObject Substitute(PyObject o, Dictionary<PyTypingRef, PyObject> map)
    {
        if (o is PyTypingRef tv && map.TryGetValue(tv, out var r)) return r;
        if (o is not PyTypingAlias a || a.Kind is AliasKind.Form or AliasKind.Special or AliasKind.Literal) return o;
        var args = a.Args.Select(x => Substitute(x, map)).ToArray();
        return a.Kind == AliasKind.Union ? MakeUnion(args) : new PyTypingAlias(a.Kind, a.Name, a.Origin, args, a.Arity);
    }

    private static PyObject SubscriptCallable(PyTypingAlias s, PyObject key)
    {
        if (key is not PyTuple { Count: 2 } pair)
            throw Err.TypeError("Callable must be used as Callable[[arg, ...], result].");
        var (argsPart, result) = (pair.Items[0], Convert(pair.Items[1]));
        if (argsPart is PyEllipsis) return new PyTypingAlias(AliasKind.Callable, "Callable", s.Origin, new[] { argsPart, result });
        if (argsPart is not PyList argList)
            throw Err.TypeError($"Callable[args, result]: args must be a list. Got {Ops.Repr(argsPart)}");
        var all = argList.Items.Select(Convert).Append(result).ToArray();
        return new PyTypingAlias(AliasKind.Callable, "Callable", s.Origin, all);
    }

    private static PyObject SubscriptForm(PyTypingAlias s, PyObject key, PyObject[] items)
    {
        // Any is a class in 3.12, the others are special forms: their messages differ.
        if (s.Name == "Any") throw Err.TypeError("type 'Any' is not subscriptable");
        if (s_notSubscriptable.Contains(s.Name)) throw Err.TypeError($"{s.Repr()} is not subscriptable");
        switch (s.Name)
        {
            case "Optional":
                if (items.Length != 1 || key is PyTuple)
                    throw Err.TypeError($"typing.Optional requires a single type. Got {Ops.Repr(key)}.");
                return MakeUnion(new[] { items[0], PyNone.Instance });
            case "Union":
                if (key is PyTuple { Count: 0 }) throw Err.TypeError("Cannot take a Union of no types.");
                return MakeUnion(items);
            case "Literal":
            {
                var flat = new List<PyObject>();
                foreach (var it in items)
                {
                    if (it is PyTypingAlias { Kind: AliasKind.Literal } inner) flat.AddRange(inner.Args);
                    else flat.Add(it);
                }
                var unique = new List<PyObject>();
                foreach (var v in flat)
                    if (!unique.Any(u => ReferenceEquals(u.Type, v.Type) && Ops.Eq(u, v))) unique.Add(v);
                return new PyTypingAlias(AliasKind.Literal, "Literal", s, unique.ToArray());
            }
            case "Annotated":
                if (key is not PyTuple { Count: >= 2 })
                    throw Err.TypeError("Annotated[...] should be used with at least two arguments (a type and an annotation).");
                return new PyTypingAlias(AliasKind.Generic, "Annotated", s, new[] { Convert(items[0]) }.Concat(items[1..]).ToArray());
            default:
                if (key is PyTuple && items.Length != 1)
                    throw Err.TypeError($"{s.Repr()} accepts only single type. Got {Ops.Repr(key)}.");
                return new PyTypingAlias(AliasKind.Generic, s.Name, s, new[] { Convert(items[0]) });
        }
    }

    /// <summary><c>Union[args]</c>: nested unions flattened, duplicates dropped, one member is itself.</summary>
    public static PyObject MakeUnion(PyObject[] args)
    {
        var flat = new List<PyObject>();
        foreach (var a in args)
        {
            var c = Convert(a);
            if (c is PyTypingAlias { Kind: AliasKind.Union } u) flat.AddRange(u.Args);
            else flat.Add(c);
        }
        var unique = new List<PyObject>();
        foreach (var x in flat) if (!unique.Any(y => Ops.Eq(x, y))) unique.Add(x);
        if (unique.Count == 1) return unique[0];
        return new PyTypingAlias(AliasKind.Union, "Union", null, unique.ToArray());
    }
}
