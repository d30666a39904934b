using System.Numerics;
using System.Runtime.CompilerServices;
using RuleSandbox.Engine.Compiler;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Runtime;

public static partial class Ops
{
    private static readonly string[] s_opSymbols = { "+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//" };
    private static readonly string[] s_opNames = { "add", "sub", "mul", "matmul", "truediv", "mod", "pow", "lshift", "rshift", "or", "xor", "and", "floordiv" };
    private static readonly string[] s_dunder = s_opNames.Select(n => $"__{n}__").ToArray();
    private static readonly string[] s_rdunder = s_opNames.Select(n => $"__r{n}__").ToArray();
    private static readonly string[] s_idunder = s_opNames.Select(n => $"__i{n}__").ToArray();

    /// <summary>The operator's symbol (<c>+</c>, <c>//</c>...).</summary>
    public static string OpSymbol(BinaryOpKind op) => s_opSymbols[(int)op % 13];

    /// <summary>A binary operator (<c>x + y</c>) or its in-place form (<c>x += y</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject Binary(BinaryOpKind op, PyObject a, PyObject b)
    {
        if (a is PyInt ia && b is PyInt ib && ia.IsPlainSmall && ib.IsPlainSmall)
        {
            long x = ia.Small, y = ib.Small;
            switch (op)
            {
                case BinaryOpKind.Add or BinaryOpKind.InplaceAdd:
                {
                    long r = x + y;
                    if (((x ^ r) & (y ^ r)) >= 0) return PyInt.From(r);
                    break;
                }
                case BinaryOpKind.Sub or BinaryOpKind.InplaceSub:
                {
                    long r = x - y;
                    if (((x ^ y) & (x ^ r)) >= 0) return PyInt.From(r);
                    break;
                }
                case BinaryOpKind.Mod or BinaryOpKind.InplaceMod when y > 0 && x >= 0:
                    return PyInt.From(x % y);
                case BinaryOpKind.FloorDiv or BinaryOpKind.InplaceFloorDiv when y > 0 && x >= 0:
                    return PyInt.From(x / y);
            }
        }
        else if (a.GetType() == typeof(PyFloat) && b.GetType() == typeof(PyFloat) && Unsafe.As<PyFloat>(a) is var fa && Unsafe.As<PyFloat>(b) is var fb)
        {
            switch (op)
            {
                case BinaryOpKind.Add or BinaryOpKind.InplaceAdd: return PyFloat.From(fa.Value + fb.Value);
                case BinaryOpKind.Sub or BinaryOpKind.InplaceSub: return PyFloat.From(fa.Value - fb.Value);
                case BinaryOpKind.Mul or BinaryOpKind.InplaceMul: return PyFloat.From(fa.Value * fb.Value);
            }
        }
        return BinarySlow(op, a, b);
    }

    private static PyObject BinarySlow(BinaryOpKind op, PyObject a, PyObject b)
    {
        int baseOp = (int)op % 13;
        bool inplace = (int)op >= 13;
        var bop = (BinaryOpKind)baseOp;
        if (inplace)
        {
            var im = UserDunder(a, s_idunder[baseOp]);
            if (im is not null)
            {
                var r = CallMethod(a, im, b);
                if (r is not PyNotImplemented) return r;
            }
            else
            {
                var r = BuiltinInplace(bop, a, b);
                if (r is not null) return r;
            }
        }
        var ta = a.Type; var tb = b.Type;
        bool bFirst = !ReferenceEquals(ta, tb) && tb.IsSubtypeOf(ta) && (tb.IsHeapType || tb.NativeDunders) && UserDunder(b, s_rdunder[baseOp]) is not null;
        if (bFirst)
        {
            var r = CallMethod(b, UserDunder(b, s_rdunder[baseOp])!, a);
            if (r is not PyNotImplemented) return r;
        }
        {
            var m = UserDunder(a, s_dunder[baseOp]);
            PyObject? r = m is not null ? CallMethod(a, m, b) : BuiltinBinary(bop, a, b);
            if (r is not null && r is not PyNotImplemented) return r;
        }
        if (!bFirst && !ReferenceEquals(ta, tb))
        {
            var m = UserDunder(b, s_rdunder[baseOp]);
            if (m is not null)
            {
                var r = CallMethod(b, m, a);
                if (r is not PyNotImplemented) return r;
            }
        }
        if (bop == BinaryOpKind.Mod && a is PyStr) return Formatting.Percent((PyStr)a, b);
        if (bop == BinaryOpKind.Add && a is PyBytes or PyByteArray)
            throw Err.TypeError($"can't concat {tb.Name} to {ta.Name}");
        if (bop == BinaryOpKind.Add && a is PyStr or PyList or PyTuple)
            throw Err.TypeError($"can only concatenate {ta.Name} (not \"{tb.Name}\") to {ta.Name}");
        if (bop == BinaryOpKind.Mul && (a is PyStr or PyList or PyTuple or PyBytes or PyByteArray || b is PyStr or PyList or PyTuple or PyBytes or PyByteArray)
            && !(a is PyStr or PyList or PyTuple or PyBytes or PyByteArray && b is PyStr or PyList or PyTuple or PyBytes or PyByteArray))
            throw Err.TypeError($"can't multiply sequence by non-int of type '{(a is PyStr or PyList or PyTuple or PyBytes or PyByteArray ? tb.Name : ta.Name)}'");
        if (bop == BinaryOpKind.Mul && a is PyStr or PyList or PyTuple or PyBytes or PyByteArray)
            throw Err.TypeError($"can't multiply sequence by non-int of type '{tb.Name}'");
        string sym = s_opSymbols[baseOp] + (inplace ? "=" : "");
        if (bop == BinaryOpKind.Pow && !inplace) sym = "** or pow()";
        throw Err.TypeError($"unsupported operand type(s) for {sym}: '{ta.Name}' and '{tb.Name}'");
    }

    private static PyObject? BuiltinInplace(BinaryOpKind op, PyObject a, PyObject b)
    {
        switch (a)
        {
            case PyList l when op == BinaryOpKind.Add:
            {
                var items = ToList(b);
                Vm.ChargeAllocation(items.Count * 8L);
                l.Items.AddRange(items);
                return l;
            }
            case PyList l when op == BinaryOpKind.Mul:
            {
                long n = RepeatCount(b);
                if (n < 0) return null;
                var src = l.Items.ToArray();
                long total = (long)src.Length * Math.Max(n, 0);
                Vm.ChargeAllocation(total * 8);
                if (n <= 0) { l.Items.Clear(); return l; }
                for (long k = 1; k < n; k++) l.Items.AddRange(src);
                return l;
            }
            case PySet s when !s.Frozen && b is PySet o:
                switch (op)
                {
                    case BinaryOpKind.Or: foreach (var x in o.Items().ToList()) s.Add(x); return s;
                    case BinaryOpKind.And: foreach (var x in s.Items().ToList()) if (!o.Contains(x)) s.Remove(x); return s;
                    case BinaryOpKind.Sub: foreach (var x in o.Items().ToList()) s.Remove(x); return s;
                    case BinaryOpKind.Xor:
                        foreach (var x in o.Items().ToList()) { if (!s.Remove(x)) s.Add(x); }
                        return s;
                }
                return null;
            case PyDict d when op == BinaryOpKind.Or:
                Builtins.DictUpdate(d, b);
                return d;
            case PyByteArray ba when op == BinaryOpKind.Add && b is PyBytes or PyByteArray:
                ba.Items.AddRange(BytesOf(b));
                return ba;
            case PyByteArray ba when op == BinaryOpKind.Mul:
            {
                long n = RepeatCount(b);
                if (n < 0) return null;
                var src = ba.Items.ToArray();
                Vm.ChargeAllocation(SafeMul(src.Length, n));
                if (n == 0) { ba.Items.Clear(); return ba; }
                for (long k = 1; k < n; k++) ba.Items.AddRange(src);
                return ba;
            }
        }
        return null;
    }

    private static long RepeatCount(PyObject b)
    {
        if (b is PyInt i) return i.IsBig ? (i.Big.Sign < 0 ? 0 : throw Vm.MemoryLimit("repetition result would be too large")) : Math.Max(0, i.Small);
        var m = UserDunder(b, "__index__");
        if (m is not null) return RepeatCount(AsIndex(b));
        return -1;
    }

    internal static byte[] BytesOf(PyObject o) => o switch
    {
        PyBytes b => b.Value,
        PyByteArray ba => ba.Items.ToArray(),
        _ => throw Err.TypeError($"a bytes-like object is required, not '{TypeName(o)}'"),
    };

    /// <summary>The operator on builtin types; null when not supported (NotImplemented).</summary>
    internal static PyObject? BuiltinBinary(BinaryOpKind op, PyObject a, PyObject b)
    {
        if (a is PyInt ia)
        {
            if (b is PyInt ib) return IntBinary(op, ia, ib);
            if (b is PyFloat fb) return FloatBinary(op, IntOps.ToDouble(ia), fb.Value);
            if (b is PyComplex cb) return ComplexBinary(op, IntOps.ToDouble(ia), 0, cb.Real, cb.Imag);
            if (op == BinaryOpKind.Mul) return Repeat(b, ia);
            return null;
        }
        if (a is PyFloat fa)
        {
            if (b is PyFloat fb) return FloatBinary(op, fa.Value, fb.Value);
            if (b is PyInt ib) return FloatBinary(op, fa.Value, IntOps.ToDouble(ib));
            if (b is PyComplex cb) return ComplexBinary(op, fa.Value, 0, cb.Real, cb.Imag);
            return null;
        }
        if (a is PyComplex ca)
        {
            if (b is PyComplex cb) return ComplexBinary(op, ca.Real, ca.Imag, cb.Real, cb.Imag);
            if (b is PyFloat fb) return ComplexBinary(op, ca.Real, ca.Imag, fb.Value, 0);
            if (b is PyInt ib) return ComplexBinary(op, ca.Real, ca.Imag, IntOps.ToDouble(ib), 0);
            return null;
        }
        switch (op)
        {
            case BinaryOpKind.Add:
                return (a, b) switch
                {
                    (PyStr x, PyStr y) => ConcatStr(x, y),
                    (PyList x, PyList y) => ConcatList(x, y),
                    (PyTuple x, PyTuple y) => ConcatTuple(x, y),
                    (PyBytes x, PyBytes or PyByteArray) => new PyBytes(ConcatBytes(x.Value, BytesOf(b))),
                    (PyByteArray x, PyBytes or PyByteArray) => new PyByteArray(ConcatBytes(x.Items.ToArray(), BytesOf(b))),
                    _ => null,
                };
            case BinaryOpKind.Mul:
                return b is PyInt n ? Repeat(a, n) : UserDunder(b, "__index__") is not null ? Repeat(a, AsIndex(b)) : null;
            case BinaryOpKind.Mod:
                if (a is PyStr s) return Formatting.Percent(s, b);
                if (a is PyBytes or PyByteArray) return Formatting.BytesPercent(a, b);
                return null;
            case BinaryOpKind.Or:
                if (a is PyDict da && b is PyDict db) { var r = da.Copy(); Builtins.DictUpdate(r, db); return r; }
                goto case BinaryOpKind.And;
            case BinaryOpKind.And:
            case BinaryOpKind.Sub:
            case BinaryOpKind.Xor:
                if (a is PySet sa && b is PySet sb) return SetOp(op, sa, sb);
                return null;
        }
        return null;
    }

    private static PyObject SetOp(BinaryOpKind op, PySet a, PySet b)
    {
        var r = new PySet(a.Frozen);
        Vm.Charge(a.Count + b.Count);
        switch (op)
        {
            case BinaryOpKind.Or:
                foreach (var x in a.Items()) r.Add(x);
                foreach (var x in b.Items()) r.Add(x);
                break;
            case BinaryOpKind.And:
                foreach (var x in a.Items()) if (b.Contains(x)) r.Add(x);
                break;
            case BinaryOpKind.Sub:
                if ((a.Count >> 2) > b.Count)
                {
                    // CPython copies and discards when the right side is small (set_difference).
                    r = a.Copy(a.Frozen);
                    foreach (var x in b.Items()) r.Remove(x);
                    break;
                }
                foreach (var x in a.Items()) if (!b.Contains(x)) r.Add(x);
                break;
            case BinaryOpKind.Xor:
                foreach (var x in a.Items()) if (!b.Contains(x)) r.Add(x);
                foreach (var x in b.Items()) if (!a.Contains(x)) r.Add(x);
                break;
        }
        return r;
    }

    private static PyObject ConcatStr(PyStr x, PyStr y)
    {
        if (x.Value.Length == 0) return y;
        if (y.Value.Length == 0) return x;
        long n = (long)x.Value.Length + y.Value.Length;
        Vm.ChargeAllocation(n * 2);
        return PyStr.Concat(x, y);
    }

    private static PyObject ConcatList(PyList x, PyList y)
    {
        Vm.ChargeAllocation((x.Count + (long)y.Count) * 8);
        var l = new List<PyObject>(x.Count + y.Count);
        l.AddRange(x.Items);
        l.AddRange(y.Items);
        return new PyList(l);
    }

    private static PyObject ConcatTuple(PyTuple x, PyTuple y)
    {
        Vm.ChargeAllocation((x.Count + (long)y.Count) * 8);
        var r = new PyObject[x.Count + y.Count];
        x.Items.CopyTo(r, 0);
        y.Items.CopyTo(r, x.Count);
        return PyTuple.From(r);
    }

    private static byte[] ConcatBytes(byte[] x, byte[] y)
    {
        Vm.ChargeAllocation(x.Length + (long)y.Length);
        var r = new byte[x.Length + y.Length];
        x.CopyTo(r, 0);
        y.CopyTo(r, x.Length);
        return r;
    }

    /// <summary>Sequence repetition, refused before allocating when the result would break the memory limit.</summary>
    private static PyObject? Repeat(PyObject seq, PyInt count)
    {
        long n;
        if (count.IsBig)
        {
            if (count.Big.Sign < 0) n = 0;
            else
            {
                if (seq is PyStr { Value.Length: 0 } or PyList { Count: 0 } or PyTuple { Count: 0 }) return seq is PyList ? new PyList() : seq;
                if (seq is not (PyStr or PyList or PyTuple or PyBytes or PyByteArray)) return null;
                throw Vm.MemoryLimit("repetition result would be too large");
            }
        }
        else n = Math.Max(0, count.Small);
        switch (seq)
        {
            case PyStr s:
            {
                long len = s.Value.Length;
                if (n == 0 || len == 0) return PyStr.Empty;
                if (n == 1) return s;
                Vm.ChargeAllocation(SafeMul(len, n) * 2);
                return new PyStr(RepeatString(s.Value, (int)n));
            }
            case PyList l:
            {
                long total = SafeMul(l.Count, n);
                Vm.ChargeAllocation(total * 8);
                var r = new List<PyObject>((int)total);
                for (long k = 0; k < n; k++) r.AddRange(l.Items);
                return new PyList(r);
            }
            case PyTuple t:
            {
                if (n == 1) return t;
                long total = SafeMul(t.Count, n);
                Vm.ChargeAllocation(total * 8);
                var r = new PyObject[total];
                for (long k = 0; k < n; k++) t.Items.CopyTo(r, k * t.Count);
                return PyTuple.From(r);
            }
            case PyBytes by:
            {
                long total = SafeMul(by.Value.Length, n);
                Vm.ChargeAllocation(total);
                var r = new byte[total];
                for (long k = 0; k < n; k++) by.Value.CopyTo(r, k * by.Value.Length);
                return new PyBytes(r);
            }
            case PyByteArray bya:
            {
                var src = bya.Items.ToArray();
                long total = SafeMul(src.Length, n);
                Vm.ChargeAllocation(total);
                var r = new byte[total];
                for (long k = 0; k < n; k++) src.CopyTo(r, k * src.Length);
                return new PyByteArray(r);
            }
        }
        return null;
    }

    private static long SafeMul(long a, long b)
    {
        try { return checked(a * b); }
        catch (OverflowException) { throw Vm.MemoryLimit("repetition result would be too large"); }
    }

    private static string RepeatString(string s, int n)
    {
        if (s.Length == 1) return new string(s[0], n);
        var sb = new System.Text.StringBuilder(s.Length * n);
        for (int i = 0; i < n; i++) sb.Append(s);
        return sb.ToString();
    }

    private static PyObject? IntBinary(BinaryOpKind op, PyInt a, PyInt b) => op switch
    {
        BinaryOpKind.Add => IntOps.Add(a, b),
        BinaryOpKind.Sub => IntOps.Sub(a, b),
        BinaryOpKind.Mul => IntOps.Mul(a, b),
        BinaryOpKind.FloorDiv => IntOps.FloorDiv(a, b),
        BinaryOpKind.Mod => IntOps.Mod(a, b),
        BinaryOpKind.TrueDiv => IntOps.TrueDiv(a, b),
        BinaryOpKind.Pow => IntOps.Pow(a, b),
        BinaryOpKind.LShift => IntOps.LShift(a, b),
        BinaryOpKind.RShift => IntOps.RShift(a, b),
        BinaryOpKind.And => a is PyBool x && b is PyBool y ? PyBool.From(x.Value & y.Value) : IntOps.And(a, b),
        BinaryOpKind.Or => a is PyBool x && b is PyBool y ? PyBool.From(x.Value | y.Value) : IntOps.Or(a, b),
        BinaryOpKind.Xor => a is PyBool x && b is PyBool y ? PyBool.From(x.Value ^ y.Value) : IntOps.Xor(a, b),
        _ => null,
    };

    /// <summary>Float arithmetic with CPython's error messages.</summary>
    internal static PyObject? FloatBinary(BinaryOpKind op, double x, double y)
    {
        switch (op)
        {
            case BinaryOpKind.Add: return PyFloat.From(x + y);
            case BinaryOpKind.Sub: return PyFloat.From(x - y);
            case BinaryOpKind.Mul: return PyFloat.From(x * y);
            case BinaryOpKind.TrueDiv:
                if (y == 0) throw Err.ZeroDivisionError("float division by zero");
                return PyFloat.From(x / y);
            case BinaryOpKind.FloorDiv:
                if (y == 0) throw Err.ZeroDivisionError("float floor division by zero");
                return PyFloat.From(FloatDivMod(x, y).Div);
            case BinaryOpKind.Mod:
                if (y == 0) throw Err.ZeroDivisionError("float modulo");
                return PyFloat.From(FloatDivMod(x, y).Mod);
            case BinaryOpKind.Pow:
                return FloatPow(x, y);
        }
        return null;
    }

    /// <summary>CPython's float divmod (floatobject.c float_divmod).</summary>
    internal static (double Div, double Mod) FloatDivMod(double vx, double wx)
    {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0)
        {
            if ((wx < 0) != (mod < 0)) { mod += wx; div -= 1.0; }
        }
        else mod = Math.CopySign(0.0, wx);
        double floordiv;
        if (div != 0)
        {
            floordiv = Math.Floor(div);
            if (div - floordiv > 0.5) floordiv += 1.0;
        }
        else floordiv = Math.CopySign(0.0, vx / wx);
        return (floordiv, mod);
    }

    private static PyObject FloatPow(double x, double y)
    {
        if (y == 0) return PyFloat.From(1.0);
        if (x == 0 && y < 0) throw Err.ZeroDivisionError("0.0 cannot be raised to a negative power");
        if (x < 0 && Math.Floor(y) != y && !double.IsInfinity(y))
        {
            var c = Complex.Pow(new Complex(x, 0), new Complex(y, 0));
            return new PyComplex(c.Real, c.Imaginary);
        }
        double r = Math.Pow(x, y);
        if (double.IsInfinity(r) && !double.IsInfinity(x) && !double.IsInfinity(y))
            throw Err.New(ExcTypes.OverflowError, "(34, 'Numerical result out of range')");
        return PyFloat.From(r);
    }

    private static PyObject? ComplexBinary(BinaryOpKind op, double ar, double ai, double br, double bi)
    {
        var a = new Complex(ar, ai); var b = new Complex(br, bi);
        Complex r;
        switch (op)
        {
            case BinaryOpKind.Add: r = a + b; break;
            case BinaryOpKind.Sub: r = a - b; break;
            case BinaryOpKind.Mul: r = a * b; break;
            case BinaryOpKind.TrueDiv:
                if (br == 0 && bi == 0) throw Err.ZeroDivisionError("complex division by zero");
                r = a / b; break;
            case BinaryOpKind.Pow:
                if (br == 0 && bi == 0) { r = Complex.One; break; }
                if (ar == 0 && ai == 0)
                {
                    if (bi != 0 || br < 0) throw Err.ZeroDivisionError("0.0 to a negative or complex power");
                    r = Complex.Zero; break;
                }
                if (bi == 0 && br == Math.Floor(br) && Math.Abs(br) <= 100)
                {
                    r = Complex.One;
                    int n = (int)Math.Abs(br);
                    for (int i = 0; i < n; i++) r *= a;
                    if (br < 0) r = Complex.One / r;
                    break;
                }
                r = Complex.Pow(a, b); break;
            default: return null;
        }
        return new PyComplex(r.Real, r.Imaginary);
    }

    /// <summary><c>-x</c>.</summary>
    public static PyObject Negative(PyObject a)
    {
        if (a is ISubclassInstance && UserDunder(a, "__neg__") is { } over) return CallMethod(a, over);
        switch (a)
        {
            case PyInt i: return IntOps.Neg(i);
            case PyFloat f: return PyFloat.From(-f.Value);
            case PyComplex c: return new PyComplex(-c.Real, -c.Imag);
        }
        var m = UserDunder(a, "__neg__");
        if (m is not null) return CallMethod(a, m);
        throw Err.TypeError($"bad operand type for unary -: '{TypeName(a)}'");
    }

    /// <summary><c>+x</c>.</summary>
    public static PyObject Positive(PyObject a)
    {
        if (a is ISubclassInstance && UserDunder(a, "__pos__") is { } over) return CallMethod(a, over);
        switch (a)
        {
            case PyBool b: return PyInt.From(b.Small);
            case PyIntSub s: return PyInt.Exact(s);
            case PyFloatSub fs: return PyFloat.From(fs.Value);
            case PyInt or PyFloat or PyComplex: return a;
        }
        var m = UserDunder(a, "__pos__");
        if (m is not null) return CallMethod(a, m);
        throw Err.TypeError($"bad operand type for unary +: '{TypeName(a)}'");
    }

    /// <summary><c>~x</c>.</summary>
    public static PyObject Invert(PyObject a)
    {
        if (a is ISubclassInstance && UserDunder(a, "__invert__") is { } over) return CallMethod(a, over);
        if (a is PyInt i) return i.IsBig ? PyInt.From(-i.Big - 1) : PyInt.From(~i.Small);
        var m = UserDunder(a, "__invert__");
        if (m is not null) return CallMethod(a, m);
        throw Err.TypeError($"bad operand type for unary ~: '{TypeName(a)}'");
    }
}
