using System.Numerics;
using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Enums;

/// <summary>
/// <c>EnumType.__new__</c>: turns the namespace of an enum class body into a class and its members,
/// in the order CPython 3.12's enum.py does it (sunder checks, <c>auto()</c> values from
/// <c>_generate_next_value_</c>, member creation through the data type's or the body's
/// <c>__new__</c>, aliases for repeated values, flag masks, <c>_order_</c>).
/// </summary>
/// <remarks>
/// CPython tracks member names while the body runs (its <c>__prepare__</c> returns an
/// <c>_EnumDict</c>); here the body fills a plain dict and the members are picked out afterwards
/// in insertion order, which gives the same result except that a name bound twice in the body
/// keeps its last value instead of raising.
/// </remarks>
internal static class EnumClassBuilder
{
    private static readonly HashSet<string> s_allowedSunders = new(StringComparer.Ordinal)
    {
        "_order_", "_generate_next_value_", "_numeric_repr_", "_missing_", "_ignore_",
        "_iter_member_", "_iter_member_by_value_", "_iter_member_by_def_",
    };

    /// <summary><c>EnumType(name, bases, ns, **kw)</c> as the class statement calls it.</summary>
    public static PyObject FromConstructor(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        int nkw = kw?.Length ?? 0;
        int npos = a.Length - nkw;
        if (npos == 1 && nkw == 0) return a[0].Type;
        if (npos != 3) throw Err.TypeError("type() takes 1 or 3 arguments");
        if (a[0] is not PyStr name) throw Err.TypeError($"type.__new__() argument 1 must be str, not {Ops.TypeName(a[0])}");
        if (a[1] is not PyTuple bases) throw Err.TypeError($"type.__new__() argument 2 must be tuple, not {Ops.TypeName(a[1])}");
        if (a[2] is not PyDict ns) throw Err.TypeError($"type.__new__() argument 3 must be dict, not {Ops.TypeName(a[2])}");
        PyObject? boundary = null;
        var otherKw = new List<string>();
        var otherVals = new List<PyObject>();
        for (int k = 0; k < nkw; k++)
        {
            if (kw![k] == "boundary") boundary = a[npos + k];
            else if (kw[k] != "_simple") { otherKw.Add(kw[k]); otherVals.Add(a[npos + k]); }
        }
        var baseTypes = bases.Items.Select(b => b as PyType ?? throw Err.TypeError("bases must be types")).ToArray();
        return Create(EnumMeta.EnumType, name.Value, baseTypes, ns, boundary, otherKw.Count == 0 ? null : otherKw.ToArray(), otherVals.ToArray());
    }

    private static bool IsDunder(string n) => n.Length > 4 && n.StartsWith("__", StringComparison.Ordinal) && n.EndsWith("__", StringComparison.Ordinal) && n[2] != '_' && n[^3] != '_';

    private static bool IsSunder(string n) => n.Length > 2 && n[0] == '_' && n[1] != '_' && n[^1] == '_' && n[^2] != '_';

    private static bool IsPrivate(string cls, string n)
    {
        string pattern = "_" + cls + "__";
        return n.Length > pattern.Length && n.StartsWith(pattern, StringComparison.Ordinal) && (n[^1] != '_' || n[^2] != '_');
    }

    /// <summary>CPython's <c>_is_descriptor</c>: anything with <c>__get__</c>, <c>__set__</c> or <c>__delete__</c>.</summary>
    private static bool IsDescriptor(PyObject v)
    {
        switch (v)
        {
            case PyFunction or PyProperty or PyClassMethod or PyStaticMethod or PySlotDescriptor:
                return true;
            case PyBuiltinFunction bf:
                return bf.IsMethod;
        }
        var t = v.Type;
        return (t.IsHeapType || t.NativeDunders) && (t.Lookup("__get__") is not null || t.Lookup("__set__") is not null || t.Lookup("__delete__") is not null);
    }

    /// <summary>Creates an enum class (the class statement, <c>EnumType(...)</c> and the functional API all end here).</summary>
    public static PyType Create(PyType meta, string name, PyType[] bases, PyDict ns, PyObject? boundary, string[]? kwnames, PyObject[] kwvalues)
    {
        var vm = Vm.Current!;
        // _check_for_existing_members_
        foreach (var chain in bases)
            foreach (var b in chain.Mro)
                if (EnumState.IsEnumClass(b) && b.Lookup("_member_names_") is PyList { Count: > 0 })
                    throw Err.TypeError($"<enum {Ops.Repr(PyStr.From(name))}> cannot extend {Ops.Repr(b)}");
        if (bases.Length == 0) return TypeCall.NewClass(name, bases, ns, meta, kwnames, kwvalues);
        var firstEnum = bases[^1];
        if (!EnumState.IsEnumClass(firstEnum))
            throw Err.TypeError("new enumerations should be created as `EnumName([mixin_type, ...] [data_type,] enum_type)`");
        var memberType = FindDataType(name, bases) ?? PyType.ObjectType;

        // Sort the namespace into members and ordinary attributes.
        var ignore = new HashSet<string>(StringComparer.Ordinal) { "_ignore_" };
        if (ns.Get("_ignore_") is { } ig)
        {
            var names = ig is PyStr igs ? igs.Value.Replace(',', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(s => (PyObject)PyStr.From(s)) : Ops.ToList(ig);
            foreach (var n in names) ignore.Add(Ops.Str(n));
        }
        PyObject? gnv = null;
        if (ns.Get("_generate_next_value_") is { } ownGnv) gnv = ownGnv is PyStaticMethod sm ? sm.Func : ownGnv;
        gnv ??= Ops.TryGetAttr(firstEnum, "_generate_next_value_");
        var memberNames = new List<string>();
        var memberValues = new List<PyObject>();
        var lastValues = new List<PyObject>();
        var attrs = new PyDict();
        bool autoCalled = false;
        PyObject? order = null;
        foreach (var kv in ns.Items())
        {
            vm.Charge(1);
            if (kv.Key is not PyStr ks) { attrs.Set(kv.Key, kv.Value); continue; }
            string key = ks.Value;
            var value = kv.Value;
            if (IsPrivate(name, key)) { attrs.Set(ks, value); continue; }
            if (IsSunder(key))
            {
                if (!s_allowedSunders.Contains(key))
                    throw Err.ValueError($"_sunder_ names, such as {Ops.Repr(ks)}, are reserved for future Enum use");
                if (key == "_generate_next_value_" && autoCalled)
                    throw Err.TypeError("_generate_next_value_ must be defined before members");
                if (key == "_order_") { order = value; continue; }
                if (key == "_ignore_") continue;
                attrs.Set(ks, value);
                continue;
            }
            if (IsDunder(key))
            {
                if (key == "__order__") { order = value; continue; }
                attrs.Set(ks, value);
                continue;
            }
            if (ignore.Contains(key)) continue;
            if (value is EnumWrapper nm && nm.Type == EnumWrapper.NonMemberType) { attrs.Set(ks, nm.Value); continue; }
            if (IsDescriptor(value)) { attrs.Set(ks, value); continue; }
            if (value is EnumWrapper mw && mw.Type == EnumWrapper.MemberType) value = mw.Value;
            bool single = EnumWrapper.IsAuto(value);
            bool nonAutoStore = true;
            if (single || (value is PyTuple tup && tup.Type == PyTuple.TypeObject && tup.Items.Any(EnumWrapper.IsAuto)))
            {
                var parts = single ? new[] { value } : ((PyTuple)value).Items;
                var resolved = new PyObject[parts.Length];
                for (int i = 0; i < parts.Length; i++)
                {
                    var v = parts[i];
                    if (v is EnumWrapper aw && EnumWrapper.IsAuto(aw))
                    {
                        nonAutoStore = false;
                        if (ReferenceEquals(aw.Value, EnumWrapper.AutoNull))
                        {
                            if (gnv is null || gnv is PyNone) throw Err.TypeError("'NoneType' object is not callable");
                            aw.Value = vm.Call(gnv, PyStr.From(key), PyInt.From(1), PyInt.From(memberNames.Count), new PyList(new List<PyObject>(lastValues)));
                            autoCalled = true;
                        }
                        v = aw.Value;
                        lastValues.Add(v);
                    }
                    resolved[i] = v;
                }
                value = single ? resolved[0] : PyTuple.From(resolved);
            }
            memberNames.Add(key);
            memberValues.Add(value);
            if (nonAutoStore) lastValues.Add(value);
        }
        if (memberNames.Contains("mro") || memberNames.Contains(""))
            throw Err.ValueError("invalid enum member name(s) " + string.Join(",", memberNames.Where(n => n is "mro" or "").Select(n => Ops.Repr(PyStr.From(n)))));
        if (attrs.Get("_generate_next_value_") is PyFunction f) attrs.Set("_generate_next_value_", new PyStaticMethod(f));

        var (newFn, saveNew, useArgs) = FindNew(ns, memberType, firstEnum);
        bool isFlag = EnumState.IsFlag(firstEnum);
        var memberMap = new PyDict();
        var memberList = new PyList();
        var valueMap = new PyDict();
        var unhashable = new PyList();
        attrs.Set("_new_member_", newFn);
        attrs.Set("_use_args_", PyBool.From(useArgs));
        attrs.Set("_member_names_", memberList);
        attrs.Set("_member_map_", memberMap);
        attrs.Set("_value2member_map_", valueMap);
        attrs.Set("_unhashable_values_", unhashable);
        attrs.Set("_member_type_", memberType);
        attrs.Set("_value_repr_", FindDataRepr(bases));
        if (isFlag)
        {
            attrs.Set("_boundary_", boundary is null || boundary is PyNone ? (firstEnum.Lookup("_boundary_") ?? PyNone.Instance) : boundary);
            attrs.Set("_inverted_", PyNone.Instance);
        }

        var cls = TypeCall.NewClass(name, bases, attrs, meta, kwnames, kwvalues);
        cls.NativeDunders = true;

        BigInteger flagMask = 0, singlesMask = 0;
        for (int i = 0; i < memberNames.Count; i++)
        {
            vm.Charge(1);
            var member = MakeMember(cls, memberType, newFn, useArgs, memberNames[i], memberValues[i], memberList.Count);
            var value = EnumState.ValueOf(member);
            if (isFlag)
            {
                var bits = EnumState.Big(value);
                flagMask |= bits;
                if (IsSingleBit(bits)) singlesMask |= bits;
            }
            var canonical = EnumState.ByValue(cls, value);
            if (canonical is not null) member = canonical;
            else if (!isFlag || IsSingleBit(EnumState.Big(value))) memberList.Items.Add(PyStr.From(memberNames[i]));
            cls.Members[memberNames[i]] = member;
            memberMap.Set(memberNames[i], member);
            try
            {
                if (valueMap.Get(value) is null) valueMap.Set(value, member);
            }
            catch (PythonException e) when (e.Value.Is(ExcTypes.TypeError))
            {
                unhashable.Items.Add(value);
            }
        }
        if (isFlag)
        {
            cls.Members["_flag_mask_"] = PyInt.From(flagMask);
            cls.Members["_singles_mask_"] = PyInt.From(singlesMask);
            cls.Members["_all_bits_"] = PyInt.From((BigInteger.One << (int)flagMask.GetBitLength()) - 1);
        }
        FixDunders(cls, bases, ns, memberType, firstEnum, isFlag);
        if (saveNew) cls.Members["__new_member__"] = newFn;
        if (EnumState.FindBase(cls, EnumBaseKind.Enum) is { } enumBase && enumBase.Members.TryGetValue("__new__", out var enumNew))
            cls.Members["__new__"] = enumNew;
        if (isFlag)
        {
            var values = EnumState.Members(cls).Select(m => EnumState.Big(EnumState.ValueOf(m))).ToList();
            if (!values.SequenceEqual(values.Order()) && cls.Lookup("_iter_member_by_def_") is { } byDef)
                cls.Members["_iter_member_"] = byDef;
        }
        // Every Members write above bypassed the attribute cache; one SetMember invalidates it.
        cls.SetMember("_member_names_", memberList);
        CheckOrder(cls, order, isFlag);
        return cls;
    }

    private static bool IsSingleBit(BigInteger v) => v != 0 && (v & (v - 1)) == 0;

    private static PyObject MakeMember(PyType cls, PyType memberType, PyObject newFn, bool useArgs, string memberName, PyObject value, int sortOrder)
    {
        var vm = Vm.Current!;
        PyObject[] args = value is PyTuple t && t.Type == PyTuple.TypeObject ? t.Items : new[] { value };
        if (ReferenceEquals(memberType, PyTuple.TypeObject)) args = new PyObject[] { PyTuple.From(args) };
        PyObject member;
        if (!useArgs)
        {
            member = ReferenceEquals(newFn, TypeCall.ObjectNew) ? new PyInstance(cls) : vm.Call(Unwrap(newFn), cls);
        }
        else
        {
            member = vm.Call(Unwrap(newFn), TypeCall.Prepend(cls, args));
        }
        if (Ops.TryGetAttr(member, "_value_") is null)
        {
            PyObject v;
            if (ReferenceEquals(memberType, PyType.ObjectType))
            {
                v = value;
            }
            else
            {
                try { v = vm.Call(memberType, args); }
                catch (PythonException e) when (e.Value.Is(ExcTypes.Exception))
                {
                    var ne = Err.TypeError("_value_ not set in __new__, unable to create it");
                    ne.Value.Cause = e.Value;
                    throw ne;
                }
            }
            EnumState.SetOnMember(member, "_value_", v);
        }
        EnumState.SetOnMember(member, "_name_", PyStr.From(memberName));
        EnumState.SetOnMember(member, "__objclass__", cls);
        var init = Ops.GetAttr(member, "__init__");
        vm.Call(init, args);
        EnumState.SetOnMember(member, "_sort_order_", PyInt.From(sortOrder));
        return member;
    }

    private static PyObject Unwrap(PyObject fn) => fn is PyStaticMethod sm ? sm.Func : fn;

    // _find_data_type_: the first base along the bases' MROs that brings its own __new__ (or an
    // enum's _member_type_); builtin types other than object count as data types.
    private static PyType? FindDataType(string className, PyType[] bases)
    {
        var found = new List<PyType>();
        foreach (var chain in bases)
        {
            PyType? candidate = null;
            foreach (var b in chain.Mro)
            {
                if (ReferenceEquals(b, PyType.ObjectType)) continue;
                if (EnumState.IsEnumClass(b))
                {
                    if (b.Lookup("_member_type_") is PyType mt && !ReferenceEquals(mt, PyType.ObjectType))
                    {
                        if (!found.Contains(mt)) found.Add(mt);
                        break;
                    }
                    continue;
                }
                if (!b.IsHeapType || b.Members.ContainsKey("__new__") || b.Members.ContainsKey("__dataclass_fields__"))
                {
                    var dt = candidate ?? b;
                    if (!found.Contains(dt)) found.Add(dt);
                    break;
                }
                candidate ??= b;
            }
        }
        if (found.Count > 1)
            throw Err.TypeError($"too many data types for {Ops.Repr(PyStr.From(className))}: {{{string.Join(", ", found.Select(Ops.Repr))}}}");
        return found.Count == 1 ? found[0] : null;
    }

    private static PyObject FindDataRepr(PyType[] bases)
    {
        foreach (var chain in bases)
            foreach (var b in chain.Mro)
            {
                if (ReferenceEquals(b, PyType.ObjectType)) continue;
                if (EnumState.IsEnumClass(b)) return b.Lookup("_value_repr_") ?? PyNone.Instance;
                if (b.Members.TryGetValue("__repr__", out var r)) return r;
            }
        return PyNone.Instance;
    }

    private static (PyObject New, bool Save, bool UseArgs) FindNew(PyDict ns, PyType memberType, PyType firstEnum)
    {
        var enumNew = EnumState.FindBase(firstEnum, EnumBaseKind.Enum)?.Members.GetValueOrDefault("__new__");
        var newFn = ns.Get("__new__");
        bool save = newFn is not null;
        if (newFn is null)
        {
            foreach (var method in new[] { "__new_member__", "__new__" })
            {
                foreach (var possible in new[] { memberType, firstEnum })
                {
                    var target = possible.Lookup(method);
                    if (target is null || target is PyNone || ReferenceEquals(target, TypeCall.ObjectNew) || ReferenceEquals(target, enumNew)) continue;
                    newFn = target;
                    break;
                }
                if (newFn is not null) break;
            }
            newFn ??= TypeCall.ObjectNew;
        }
        bool useArgs = !(ReferenceEquals(newFn, TypeCall.ObjectNew) || ReferenceEquals(newFn, enumNew));
        return (newFn, save, useArgs);
    }

    // The repr/str/format of the mixed-in data type must not win over Enum's; ReprEnum keeps the
    // data type's str and format; flags get the flag operators ahead of int's.
    private static void FixDunders(PyType cls, PyType[] bases, PyDict ns, PyType memberType, PyType firstEnum, bool isFlag)
    {
        bool Own(string n) => ns.Get(n) is not null;
        if (bases.Any(b => EnumState.KindOf(b) == EnumBaseKind.ReprEnum))
        {
            if (ReferenceEquals(memberType, PyType.ObjectType))
                throw Err.TypeError("ReprEnum subclasses must be mixed with a data type (i.e. int, str, float, etc.)");
            // The data type's own methods; the builtin types' methods are not dispatched by the
            // runtime, so those are stood in for by builtins of this execution's Enum.
            var owner = EnumState.FindBase(cls, EnumBaseKind.Enum)!;
            if (!Own("__format__"))
            {
                var fmt = memberType.Lookup("__format__");
                cls.Members["__format__"] = fmt is PyFunction ? fmt : EnumMembers.DataFormat(owner);
            }
            if (!Own("__str__"))
            {
                var m = memberType.Lookup("__str__");
                if (m is null || ReferenceEquals(m, PyType.ObjectType.Lookup("__str__"))) m = memberType.Lookup("__repr__");
                cls.Members["__str__"] = m is PyFunction ? m : EnumMembers.DataStr(owner);
            }
        }
        foreach (var n in new[] { "__repr__", "__str__", "__format__", "__reduce_ex__" })
        {
            if (Own(n) || cls.Members.ContainsKey(n)) continue;
            var found = cls.Lookup(n);
            var enumMethod = firstEnum.Lookup(n);
            if (enumMethod is null) continue;
            if (found is null || ReferenceEquals(found, memberType.Lookup(n)) || ReferenceEquals(found, PyType.ObjectType.Lookup(n)))
                cls.Members[n] = enumMethod;
        }
        if (isFlag && EnumState.FindBase(cls, EnumBaseKind.Flag) is { } flag)
        {
            foreach (var n in new[] { "__or__", "__and__", "__xor__", "__ror__", "__rand__", "__rxor__", "__invert__" })
                if (!Own(n) && flag.Members.TryGetValue(n, out var m)) cls.Members[n] = m;
        }
    }

    private static void CheckOrder(PyType cls, PyObject? order, bool isFlag)
    {
        if (order is null || order is PyNone) return;
        var names = order is PyStr s
            ? s.Value.Replace(',', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList()
            : Ops.ToList(order).Select(Ops.Str).ToList();
        var map = EnumState.MemberMap(cls);
        var memberNames = EnumState.MemberNames(cls).Items.Select(Ops.Str).ToList();
        var canonical = new HashSet<string>(memberNames, StringComparer.Ordinal);
        Vm.Current?.Charge(names.Count + memberNames.Count);
        if (isFlag)
            names = names.Where(o => map.Get(o) is not { } m || IsSingleBit(EnumState.Big(EnumState.ValueOf(m)))).ToList();
        names = names.Where(o => map.Get(o) is null || canonical.Contains(o)).ToList();
        if (names.Count == 0) return;
        if (!names.SequenceEqual(memberNames))
        {
            string Lst(IEnumerable<string> xs) => "[" + string.Join(", ", xs.Select(x => Ops.Repr(PyStr.From(x)))) + "]";
            throw Err.TypeError($"member order does not match _order_:\n  {Lst(memberNames)}\n  {Lst(names)}");
        }
    }

    /// <summary>The functional API: <c>Enum('Color', 'RED GREEN')</c> and its keyword forms.</summary>
    public static PyObject Functional(PyType cls, PyObject className, PyObject? names, PyObject? module, PyObject? qualname, PyObject? type, PyObject? start, PyObject? boundary)
    {
        var vm = Vm.Current!;
        if (className is not PyStr cname) throw Err.TypeError($"type.__new__() argument 1 must be str, not {Ops.TypeName(className)}");
        var bases = type is null || type is PyNone ? new[] { cls } : new[] { type as PyType ?? throw Err.TypeError("type must be a class"), cls };
        var ns = new PyDict();
        if (names is PyStr ns0) names = new PyList(ns0.Value.Replace(',', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(x => (PyObject)PyStr.From(x)).ToList());
        var pairs = new List<(PyObject Name, PyObject Value)>();
        if (names is PyList or PyTuple && Ops.ToList(names!) is { Count: > 0 } items && items[0] is PyStr)
        {
            var gnv = Ops.GetAttr(cls, "_generate_next_value_");
            var last = new List<PyObject>();
            for (int i = 0; i < items.Count; i++)
            {
                vm.Charge(1);
                var v = vm.Call(gnv, items[i], start ?? PyInt.From(1), PyInt.From(i), new PyList(new List<PyObject>(last)));
                last.Add(v);
                pairs.Add((items[i], v));
            }
        }
        else if (names is PyDict d)
        {
            foreach (var kv in d.Items()) pairs.Add((kv.Key, kv.Value));
        }
        else if (names is not null && names is not PyNone)
        {
            foreach (var item in Ops.ToList(names))
            {
                vm.Charge(1);
                var pair = Ops.ToList(item);
                if (pair.Count != 2) throw Err.ValueError($"too many values to unpack (expected 2)");
                pairs.Add((pair[0], pair[1]));
            }
        }
        ns.Set("__module__", module is null || module is PyNone ? (vm.CurrentFrame?.Globals.Get("__name__") ?? PyStr.From("__main__")) : module);
        if (qualname is not null && qualname is not PyNone) ns.Set("__qualname__", qualname);
        foreach (var (n, v) in pairs) ns.Set(n, v);
        return Create(cls.Type, cname.Value, bases, ns, boundary, null, Array.Empty<PyObject>());
    }
}
