using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Collections;

/// <summary>
/// What collections.abc's <c>Mapping</c> and <c>MutableMapping</c> mixins give the Python-level
/// mappings of this module (ChainMap, UserDict): the Mapping test, <c>update</c>, <c>__eq__</c>.
/// </summary>
internal static class MappingProtocol
{
    /// <summary><c>isinstance(o, collections.abc.Mapping)</c> for the mappings the engine knows.</summary>
    public static bool IsMapping(PyObject o)
        => o is PyDict or PyChainMap || o.Type.IsSubtypeOf(CollectionsTypes.UserDict) || AbcMeta.IsVirtual(o.Type, "Mapping");

    /// <summary><c>MutableMapping.update(self, other=(), /, **kwds)</c>: every store goes through <c>self[key] = value</c>.</summary>
    public static void Update(PyObject self, ReadOnlySpan<PyObject> a, string[]? kw, string owner)
    {
        int nkw = kw?.Length ?? 0;
        int npos = a.Length - nkw;
        if (npos > 1) throw Err.TypeError($"{owner}.update() takes from 1 to 2 positional arguments but {npos + 1} were given");
        var vm = Vm.Current!;
        if (npos == 1)
        {
            var other = a[0];
            if (IsMapping(other) || Ops.TryGetAttr(other, "keys") is not null)
            {
                var keys = IsMapping(other) ? Ops.ToList(other) : Ops.ToList(vm.Call(Ops.GetAttr(other, "keys")));
                foreach (var k in keys) Ops.SetItem(self, k, Ops.GetItem(other, k));
            }
            else
            {
                foreach (var item in Ops.ToList(other))
                {
                    var pair = Unpack2(item);
                    Ops.SetItem(self, pair[0], pair[1]);
                }
            }
        }
        for (int k = 0; k < nkw; k++) Ops.SetItem(self, PyStr.From(kw![k]), a[npos + k]);
    }

    /// <summary><c>key, value = item</c> with CPython's unpacking errors.</summary>
    public static PyObject[] Unpack2(PyObject item)
    {
        if (Ops.TryGetIter(item) is null) throw Err.TypeError($"cannot unpack non-iterable {Ops.TypeName(item)} object");
        var pair = Ops.ToList(item);
        if (pair.Count > 2) throw Err.ValueError("too many values to unpack (expected 2)");
        if (pair.Count < 2) throw Err.ValueError($"not enough values to unpack (expected 2, got {pair.Count})");
        return pair.ToArray();
    }

    /// <summary><c>Mapping.__eq__</c>: <c>dict(self.items()) == dict(other.items())</c> when other is a Mapping.</summary>
    public static PyObject Equal(PyObject self, PyObject other, bool negate)
    {
        if (!IsMapping(other)) return PyNotImplemented.Instance;
        bool eq = Ops.Eq(ToDict(self), ToDict(other));
        return PyBool.From(eq != negate);
    }

    /// <summary>A plain dict with the mapping's items, read through its own protocol.</summary>
    public static PyDict ToDict(PyObject mapping)
    {
        if (mapping is PyDict d && d.GetType() == typeof(PyDict)) return d;
        var r = new PyDict();
        var vm = Vm.Current!;
        foreach (var k in Ops.ToList(mapping))
        {
            vm.Charge(1);
            r.Set(k, Ops.GetItem(mapping, k));
        }
        return r;
    }
}
