namespace RuleSandbox.Engine.Runtime.Objects;

/// <summary>
/// A Python class: builtin (<c>int</c>, <c>list</c>) or defined by a <c>class</c> statement.
/// Holds the class namespace, the bases and the C3 method resolution order, and a per-type cache
/// of MRO lookups so attribute access does not walk the MRO every time.
/// </summary>
/// <remarks>
/// The cache is invalidated through one global version number that any assignment to a class
/// attribute bumps. Class attribute assignment is rare in rules; attribute reads are hot.
/// </remarks>
public sealed class PyType : PyObject
{
    private static int s_globalVersion;

    /// <summary><c>object</c>.</summary>
    public static readonly PyType ObjectType;

    /// <summary><c>type</c>.</summary>
    public static readonly PyType TypeType;

    static PyType()
    {
        ObjectType = new PyType("object", Array.Empty<PyType>(), isHeap: false);
        TypeType = new PyType("type", new[] { ObjectType }, isHeap: false) { Subclassable = true };
    }

    private readonly Dictionary<string, PyObject?> _cache = new(StringComparer.Ordinal);
    private int _cacheVersion = -1;

    private PyType(string name, PyType[] bases, bool isHeap)
    {
        Name = name;
        QualName = name;
        Bases = bases;
        IsHeapType = isHeap;
        Mro = ComputeMro(this, bases);
        Members = new Dictionary<string, PyObject>(StringComparer.Ordinal);
        SolidBase = isHeap ? FindSolidBase(bases) : this;
    }

    /// <summary>Creates a builtin type whose single base is <paramref name="baseType"/> (object when null).</summary>
    public static PyType NewBuiltin(string name, PyType? baseType, bool subclassable = false)
        => new(name, new[] { baseType ?? ObjectType }, isHeap: false) { Subclassable = subclassable };

    /// <summary>
    /// Creates a type for a native (C#) module whose dunder methods are builtins that the runtime
    /// dispatches like Python-defined ones (the builtin types' own operators are hard-wired in Ops).
    /// </summary>
    public static PyType NewNative(string name, string module, PyType? baseType = null)
        => new(name, new[] { baseType ?? ObjectType }, isHeap: false) { Module = module, NativeDunders = true };

    /// <summary>Creates a class from a <c>class</c> statement or <c>type(name, bases, ns)</c>.</summary>
    /// <exception cref="PythonException">TypeError when no consistent MRO exists or a base cannot be subclassed.</exception>
    public static PyType NewHeap(string name, PyType[] bases, PyType? metaclass)
    {
        if (bases.Length == 0) bases = new[] { ObjectType };
        foreach (var b in bases)
        {
            if (!b.IsHeapType && !b.Subclassable && b != ObjectType)
                throw Err.TypeError($"type '{b.Name}' is not an acceptable base type");
        }
        var t = new PyType(name, bases, isHeap: true) { Metaclass = metaclass };
        return t;
    }

    /// <summary><c>__name__</c>.</summary>
    public string Name { get; set; }

    /// <summary><c>__qualname__</c>.</summary>
    public string QualName { get; set; }

    /// <summary><c>__module__</c>.</summary>
    public string Module { get; set; } = "builtins";

    /// <summary><c>__bases__</c>.</summary>
    public PyType[] Bases { get; }

    /// <summary><c>__mro__</c>, this type first.</summary>
    public PyType[] Mro { get; }

    /// <summary>The class namespace (<c>__dict__</c>).</summary>
    public Dictionary<string, PyObject> Members { get; }

    /// <summary>The metaclass when it is not <c>type</c>.</summary>
    public PyType? Metaclass { get; init; }

    /// <summary>True for classes created by Python code.</summary>
    public bool IsHeapType { get; }

    /// <summary>True for builtin and native types that Python classes may derive from.</summary>
    public bool Subclassable { get; internal set; }

    /// <summary>
    /// For a builtin type whose subclasses share its layout (<c>list</c>, <c>dict</c>): makes an empty
    /// instance of a subclass (<c>object.__new__</c> looks for the nearest one along the MRO).
    /// </summary>
    public Func<PyType, PyObject>? NewInstance { get; internal set; }

    /// <summary>True for native module types: their builtin dunders take part in operator dispatch.</summary>
    public bool NativeDunders { get; internal set; }

    /// <summary>The nearest builtin type in the MRO: it decides the C# layout of instances.</summary>
    public PyType SolidBase { get; }

    /// <summary>The <c>__slots__</c> names when the class (and every heap base) declares them.</summary>
    public string[]? SlotNames { get; set; }

    /// <summary>Number of slot storage cells instances need (own plus inherited).</summary>
    public int SlotCount { get; set; }

    /// <summary>Whether instances carry a <c>__dict__</c>.</summary>
    public bool InstancesHaveDict { get; set; } = true;

    /// <summary>For builtin types: what calling the type does (<c>int(x)</c>, <c>list(it)</c>).</summary>
    public BuiltinFn? Constructor { get; set; }

    /// <summary>The docstring, if any.</summary>
    public PyObject? Doc { get; set; }

    /// <inheritdoc />
    public override PyType Type => Metaclass ?? TypeType;

    /// <summary>Looks <paramref name="name"/> up along the MRO; null when no class defines it.</summary>
    public PyObject? Lookup(string name)
    {
        if (_cacheVersion != s_globalVersion)
        {
            _cache.Clear();
            _cacheVersion = s_globalVersion;
        }
        if (_cache.TryGetValue(name, out var hit)) return hit;
        PyObject? found = null;
        foreach (var t in Mro)
        {
            if (t.Members.TryGetValue(name, out var v)) { found = v; break; }
        }
        _cache[name] = found;
        return found;
    }

    /// <summary>Sets a class attribute and invalidates every lookup cache.</summary>
    public void SetMember(string name, PyObject value)
    {
        Members[name] = value;
        Interlocked.Increment(ref s_globalVersion);
    }

    /// <summary>Deletes a class attribute; false when it was not there.</summary>
    public bool DeleteMember(string name)
    {
        bool removed = Members.Remove(name);
        Interlocked.Increment(ref s_globalVersion);
        return removed;
    }

    /// <summary><c>issubclass(this, other)</c> by MRO.</summary>
    public bool IsSubtypeOf(PyType other)
    {
        if (ReferenceEquals(this, other)) return true;
        foreach (var t in Mro) if (ReferenceEquals(t, other)) return true;
        return false;
    }

    private static PyType FindSolidBase(PyType[] bases)
    {
        PyType solid = ObjectType;
        foreach (var b in bases)
        {
            var s = b.SolidBase;
            if (s.IsSubtypeOf(solid)) solid = s;
            // Builtin exception classes all share one layout (PyBaseException), as in CPython,
            // so class E(ArithmeticError, TypeError) is fine.
            else if (!solid.IsSubtypeOf(s) && !(s.IsSubtypeOf(ExcTypes.BaseException) && solid.IsSubtypeOf(ExcTypes.BaseException)))
                throw Err.TypeError("multiple bases have instance lay-out conflict");
        }
        return solid;
    }

    // C3 linearization, as CPython's mro_implementation does it, with CPython's error text.
    private static PyType[] ComputeMro(PyType self, PyType[] bases)
    {
        if (bases.Length == 0) return new[] { self };
        if (bases.Length == 1)
        {
            var single = new PyType[bases[0].Mro.Length + 1];
            single[0] = self;
            Array.Copy(bases[0].Mro, 0, single, 1, bases[0].Mro.Length);
            return single;
        }
        for (int i = 0; i < bases.Length; i++)
            for (int j = i + 1; j < bases.Length; j++)
                if (ReferenceEquals(bases[i], bases[j])) throw Err.TypeError($"duplicate base class {bases[i].Name}");
        var seqs = new List<List<PyType>>();
        foreach (var b in bases) seqs.Add(new List<PyType>(b.Mro));
        seqs.Add(new List<PyType>(bases));
        var result = new List<PyType> { self };
        while (true)
        {
            seqs.RemoveAll(s => s.Count == 0);
            if (seqs.Count == 0) return result.ToArray();
            PyType? candidate = null;
            foreach (var s in seqs)
            {
                var head = s[0];
                bool inTail = false;
                foreach (var other in seqs)
                {
                    for (int k = 1; k < other.Count; k++)
                        if (ReferenceEquals(other[k], head)) { inTail = true; break; }
                    if (inTail) break;
                }
                if (!inTail) { candidate = head; break; }
            }
            if (candidate is null)
            {
                var names = new List<string>();
                foreach (var s in seqs) if (!names.Contains(s[0].Name)) names.Add(s[0].Name);
                throw Err.TypeError("Cannot create a consistent method resolution\norder (MRO) for bases " + string.Join(", ", names));
            }
            result.Add(candidate);
            foreach (var s in seqs) if (s.Count > 0 && ReferenceEquals(s[0], candidate)) s.RemoveAt(0);
        }
    }

    /// <inheritdoc />
    public override string ToString() => $"<class '{Name}'>";
}
