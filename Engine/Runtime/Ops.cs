using System.Numerics;
using System.Runtime.CompilerServices;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Runtime;

/// <summary>
/// The object protocols (CPython's abstract.c and object.c): truth, hashing, equality, attribute
/// access, calls of dunder methods. Builtin types are handled by C# type switches (the fast path);
/// classes defined in Python go through their dunder methods.
/// </summary>
public static partial class Ops
{
    /// <summary>The current execution (one per thread while it runs).</summary>
    internal static Vm Vm => Vm.Current ?? throw new InvalidOperationException("no Python execution is running on this thread");

    /// <summary>The type name CPython puts in messages.</summary>
    public static string TypeName(PyObject o) => o.Type.Name;

    /// <summary>Python truth value (<c>bool(x)</c>).</summary>
    public static bool IsTrue(PyObject o)
    {
        // A subclass of a builtin answers through its own __bool__/__len__ first (int ignores
        // __len__, as CPython's int slot does), else by the builtin value below.
        if (o is ISubclassInstance && TruthFromDunders(o, consultLen: o is not PyInt) is { } own) return own;
        switch (o)
        {
            case PyBool b: return b.Value;
            case PyNone: return false;
            case PyInt i: return i.IsBig || i.Small != 0;
            case PyStr s: return s.Value.Length != 0;
            case PyList l: return l.Count != 0;
            case PyTuple t: return t.Count != 0;
            case PyDict d: return d.Count != 0;
            case PyFloat f: return f.Value != 0.0;
            case PySet st: return st.Count != 0;
            case PyRange r: return r.Length != 0;
            case PyComplex c: return c.Real != 0 || c.Imag != 0;
            case PyBytes by: return by.Value.Length != 0;
            case PyByteArray ba: return ba.Items.Count != 0;
        }
        var type = o.Type;
        if (type.IsHeapType || type.NativeDunders) return TruthFromDunders(o, consultLen: true) ?? true;
        return true;
    }

    /// <summary>The truth a class's <c>__bool__</c> (or <c>__len__</c>) gives; null when it defines neither.</summary>
    private static bool? TruthFromDunders(PyObject o, bool consultLen)
    {
        var m = UserDunder(o, "__bool__");
        if (m is not null)
        {
            var r = CallMethod(o, m);
            if (r is PyBool rb) return rb.Value;
            throw Err.TypeError($"__bool__ should return bool, returned {TypeName(r)}");
        }
        if (consultLen && UserDunder(o, "__len__") is { } len) return LenFromDunder(CallMethod(o, len)) != 0;
        return null;
    }

    private static long LenFromDunder(PyObject r)
    {
        if (r is not PyInt i) throw Err.TypeError($"'{TypeName(r)}' object cannot be interpreted as an integer");
        if (i.IsBig) throw Err.OverflowError("cannot fit 'int' into an index-sized integer");
        if (i.Small < 0) throw Err.ValueError("__len__() should return >= 0");
        return i.Small;
    }

    /// <summary>Calls a method found on the type with <paramref name="self"/> prepended.</summary>
    public static PyObject CallMethod(PyObject self, PyObject method, params PyObject[] args)
    {
        switch (method)
        {
            case PyFunction:
            case PyBuiltinFunction { IsMethod: true }:
            {
                var all = new PyObject[args.Length + 1];
                all[0] = self;
                Array.Copy(args, 0, all, 1, args.Length);
                return Vm.Call(method, all, null);
            }
            case PyStaticMethod sm:
                return Vm.Call(sm.Func, args, null);
            case PyClassMethod cm:
            {
                var all = new PyObject[args.Length + 1];
                all[0] = self.Type;
                Array.Copy(args, 0, all, 1, args.Length);
                return Vm.Call(cm.Func, all, null);
            }
            default:
                return Vm.Call(BindDescriptor(method, self, self.Type), args, null);
        }
    }

    /// <summary>Looks up dunder <paramref name="name"/> on the type of a Python-defined object and calls it; null when absent.</summary>
    public static PyObject? TryCallDunder(PyObject self, string name, params PyObject[] args)
    {
        var m = self.Type.Lookup(name);
        if (m is null) return null;
        return CallMethod(self, m, args);
    }

    /// <summary>Whether the object's class overrides a dunder with Python code.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject? UserDunder(PyObject o, string name)
    {
        var t = o.Type;
        if (!t.IsHeapType && !t.NativeDunders) return null;
        var m = t.Lookup(name);
        // Builtins inherited from builtin types are handled by the fast paths; a builtin owned by a
        // class defined in Python was put there on purpose (functools.total_ordering) and counts.
        if (m is PyBuiltinFunction bf) return bf.OwnerType is { NativeDunders: true } or { IsHeapType: true } ? m : null;
        return m;
    }

    // ---------------------------------------------------------------- hashing

    private const long HashModulus = (1L << 61) - 1;

    /// <summary>CPython's hash of a machine-word integer.</summary>
    public static long HashLong(long v)
    {
        if (v >= 0 && v < HashModulus) return v;
        long r = v == long.MinValue ? HashBig(v) : (v < 0 ? -((-v) % HashModulus) : v % HashModulus);
        return r == -1 ? -2 : r;
    }

    private static long HashBig(BigInteger v)
    {
        var r = (long)(BigInteger.Abs(v) % HashModulus);
        if (v.Sign < 0) r = -r;
        return r == -1 ? -2 : r;
    }

    /// <summary>CPython's hash of a double (<c>_Py_HashDouble</c>).</summary>
    public static long HashDouble(double v)
    {
        if (double.IsInfinity(v)) return v > 0 ? 314159 : -314159;
        if (double.IsNaN(v)) return 0;
        if (Math.Floor(v) == v && Math.Abs(v) < 9.2e18) return HashLong((long)v);
        int sign = 1;
        double m = v;
        if (m < 0) { sign = -1; m = -m; }
        m = Frexp(m, out int e);
        ulong x = 0;
        while (m != 0)
        {
            x = ((x << 28) & (ulong)HashModulus) | x >> (61 - 28);
            m *= 268435456.0;
            e -= 28;
            ulong y = (ulong)m;
            m -= y;
            x += y;
            if (x >= (ulong)HashModulus) x -= (ulong)HashModulus;
        }
        e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
        x = ((x << e) & (ulong)HashModulus) | x >> (61 - e);
        long r = (long)x * sign;
        return r == -1 ? -2 : r;
    }

    /// <summary>C's frexp: v = m * 2^e with 0.5 ≤ m &lt; 1.</summary>
    public static double Frexp(double v, out int e)
    {
        if (v == 0 || double.IsNaN(v) || double.IsInfinity(v)) { e = 0; return v; }
        long bits = BitConverter.DoubleToInt64Bits(v);
        int exp = (int)((bits >> 52) & 0x7FF);
        if (exp == 0)
        {
            v *= Math.Pow(2, 54);
            bits = BitConverter.DoubleToInt64Bits(v);
            exp = (int)((bits >> 52) & 0x7FF) - 54;
        }
        e = exp - 1022;
        bits = (bits & ~(0x7FFL << 52)) | (1022L << 52);
        return BitConverter.Int64BitsToDouble(bits);
    }

    /// <summary><c>hash(x)</c>; TypeError for unhashable objects.</summary>
    public static long Hash(PyObject o)
    {
        if (o.GetType() == typeof(PyStr)) return Unsafe.As<PyStr>(o).Hash; // the common dict key, before the subclass test
        if (o is ISubclassInstance && HashFromDunder(o) is { } own) return own;
        switch (o)
        {
            case PyStr s: return s.Hash;
            case PyInt i: return i.IsBig ? HashBig(i.Big) : HashLong(i.Small);
            case PyFloat f: return HashDouble(f.Value);
            case PyTuple t: return HashTuple(t.Items);
            case PyList or PyDict or PyByteArray: throw Err.TypeError($"unhashable type: '{TypeName(o)}'");
            case PySet st:
                if (!st.Frozen) throw Err.TypeError("unhashable type: 'set'");
                return HashFrozenSet(st);
            case PyComplex c:
            {
                long h = HashDouble(c.Real) + 1000003L * HashDouble(c.Imag);
                return h == -1 ? -2 : h;
            }
            case PyBytes b:
            {
                uint h = 2166136261;
                foreach (byte x in b.Value) { h ^= x; h *= 16777619; }
                return (int)h == -1 ? -2 : (int)h;
            }
            case PyRange r: return HashTuple(new PyObject[] { PyInt.From(r.Length), PyInt.From(r.Start), PyInt.From(r.Step) });
            case PyBoundMethod bm: return Hash(bm.Self) ^ RuntimeHelpers.GetHashCode(bm.Func);
        }
        var type = o.Type;
        if ((type.IsHeapType || type.NativeDunders) && HashFromDunder(o) is { } hashed) return hashed;
        return RuntimeHelpers.GetHashCode(o);
    }

    /// <summary>
    /// The hash a class defines (<c>__hash__</c>); TypeError when it set <c>__hash__ = None</c>;
    /// null when it inherits the builtin one.
    /// </summary>
    private static long? HashFromDunder(PyObject o)
    {
        var type = o.Type;
        if (type.Lookup("__hash__") is PyNone) throw Err.TypeError($"unhashable type: '{type.Name}'");
        var m = UserDunder(o, "__hash__");
        if (m is null) return null;
        var r = CallMethod(o, m);
        if (r is not PyInt ri) throw Err.TypeError("__hash__ method should return an integer");
        long h = ri.IsBig ? HashBig(ri.Big) : ri.Small;
        return h == -1 ? -2 : h;
    }

    private static long HashTuple(PyObject[] items)
    {
        // CPython's xxHash-based tuple hash (tuplehash in tupleobject.c).
        const ulong P1 = 11400714785074694791UL, P2 = 14029467366897019727UL, P5 = 2870177450012600261UL;
        ulong acc = P5;
        foreach (var item in items)
        {
            ulong lane = (ulong)Hash(item);
            acc += lane * P2;
            acc = BitOperations.RotateLeft(acc, 31);
            acc *= P1;
        }
        acc += (ulong)items.Length ^ (P5 ^ 3527539UL);
        if (acc == ulong.MaxValue) return 1546275796;
        return (long)acc;
    }

    private static long HashFrozenSet(PySet s)
    {
        ulong hash = 0;
        foreach (var item in s.Items())
        {
            ulong h = (ulong)Hash(item);
            hash ^= ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL;
        }
        hash ^= ((ulong)s.Count + 1) * 1927868237UL;
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash * 69069U + 907133923UL;
        if (hash == ulong.MaxValue) hash = 590923713UL;
        return (long)hash;
    }

    // ---------------------------------------------------------------- equality

    /// <summary>Equality as containers use it: identity first, then <c>==</c>.</summary>
    public static bool Eq(PyObject a, PyObject b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a.GetType() == typeof(PyStr) && b.GetType() == typeof(PyStr)) return ((PyStr)a).Value == ((PyStr)b).Value;
        if (a is PyInt ia && b is PyInt ib && ia.IsPlainSmall && ib.IsPlainSmall) return ia.Small == ib.Small;
        return IsTrue(RichCompare(a, b, Compiler.CompareKind.Eq));
    }

    /// <summary>The index value of an int-like object (<c>__index__</c>), with the given TypeError message.</summary>
    public static long IndexOf(PyObject o, string message)
    {
        if (o is PyInt i)
        {
            if (i.IsBig) throw Err.IndexError("cannot fit 'int' into an index-sized integer");
            return i.Small;
        }
        var m = UserDunder(o, "__index__");
        if (m is not null && CallMethod(o, m) is PyInt r && !r.IsBig) return r.Small;
        throw Err.TypeError(message);
    }

    /// <summary>An object as a Python int (<c>__index__</c>); TypeError otherwise.</summary>
    public static PyInt AsIndex(PyObject o)
    {
        if (o is PyInt i) return i;
        var m = UserDunder(o, "__index__");
        if (m is not null && CallMethod(o, m) is PyInt r) return r;
        throw Err.TypeError($"'{TypeName(o)}' object cannot be interpreted as an integer");
    }

    /// <summary>Identity-based id for <c>id()</c> and default reprs.</summary>
    public static long Id(PyObject o) => Vm.IdOf(o);
}
