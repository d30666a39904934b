using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Runtime;

/// <summary>Runtime support of the <c>match</c> statement (MATCH_* opcodes).</summary>
internal static class Matching
{
    // Classes of native modules count like Python classes: collections' deque and UserList are
    // sequences, ChainMap and UserDict mappings (not sequences), as CPython's collections.abc
    // registrations make them.
    public static bool IsMapping(PyObject o) => o is PyDict || ((o.Type.IsHeapType || o.Type.NativeDunders) && o.Type.Lookup("keys") is not null && o.Type.Lookup("__getitem__") is not null);

    public static bool IsSequence(PyObject o) => o is PyList or PyTuple or PyRange || ((o.Type.IsHeapType || o.Type.NativeDunders) && o.Type.Lookup("__getitem__") is not null && o.Type.Lookup("__len__") is not null
            && o.Type.Lookup("keys") is null && o is not (PyStr or PyBytes or PyByteArray or PyDict));

    /// <summary>The values for <paramref name="keys"/> as a tuple, or None when one is missing.</summary>
    public static PyObject Keys(PyObject subject, PyTuple keys)
    {
        var values = new PyObject[keys.Count];
        for (int i = 0; i < keys.Count; i++)
        {
            PyObject? v;
            if (subject is PyDict d) v = d.Get(keys.Items[i]);
            else
            {
                var get = Ops.GetAttr(subject, "get");
                var marker = new PyInstance(PyType.ObjectType);
                v = Vm.Current!.Call(get, keys.Items[i], marker);
                if (ReferenceEquals(v, marker)) v = null;
            }
            if (v is null) return PyNone.Instance;
            values[i] = v;
        }
        return new PyTuple(values);
    }

    /// <summary>Class pattern: the positional then keyword sub-subjects as a tuple, or None when it does not match.</summary>
    public static PyObject Class(PyObject subject, PyObject cls, int npos, PyTuple kwNames)
    {
        if (cls is not PyType t) throw Err.TypeError("called match pattern must be a class");
        if (!subject.Type.IsSubtypeOf(t)) return PyNone.Instance;
        var result = new List<PyObject>();
        if (npos > 0)
        {
            bool selfMatch = !t.IsHeapType && (t == PyInt.TypeObject || t == PyFloat.TypeObject || t == PyStr.TypeObject || t == PyBool.BoolType
                || t == PyList.TypeObject || t == PyTuple.TypeObject || t == PyDict.TypeObject || t == PySet.SetType || t == PySet.FrozenSetType || t == PyBytes.TypeObject);
            if (selfMatch)
            {
                if (npos > 1) throw Err.TypeError($"{t.Name}() accepts 1 positional sub-pattern ({npos} given)");
                result.Add(subject);
            }
            else
            {
                var matchArgs = t.Lookup("__match_args__");
                if (matchArgs is not PyTuple ma)
                    throw Err.TypeError($"{t.Name}() accepts 0 positional sub-patterns ({npos} given)");
                if (npos > ma.Count)
                    throw Err.TypeError($"{t.Name}() accepts {ma.Count} positional sub-pattern{(ma.Count == 1 ? "" : "s")} ({npos} given)");
                for (int i = 0; i < npos; i++)
                {
                    var v = Ops.TryGetAttr(subject, ((PyStr)ma.Items[i]).Value);
                    if (v is null) return PyNone.Instance;
                    result.Add(v);
                }
            }
        }
        foreach (var k in kwNames.Items)
        {
            var v = Ops.TryGetAttr(subject, ((PyStr)k).Value);
            if (v is null) return PyNone.Instance;
            result.Add(v);
        }
        return new PyTuple(result.ToArray());
    }
}
