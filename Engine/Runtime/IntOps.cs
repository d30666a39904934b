using System.Numerics;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Runtime;

/// <summary>
/// Integer arithmetic with Python semantics: machine words while results fit (overflow checked),
/// big integers beyond, floor division and modulo that round toward negative infinity. Big-int
/// work is charged to the meter by size, and results whose size an attacker controls (pow, shifts,
/// products) are checked against the memory limit before they are computed.
/// </summary>
internal static class IntOps
{
    private static long Words(BigInteger v) => Math.Max(1, (long)(v.GetBitLength() / 64) + 1);

    private static void ChargeBig(BigInteger a, BigInteger b)
    {
        long cost = Words(a) * Words(b);
        if (cost > 4) Vm.Current?.Charge(cost / 4);
    }

    public static PyObject Add(PyInt a, PyInt b)
    {
        if (!a.IsBig && !b.IsBig)
        {
            long x = a.Small, y = b.Small, r = x + y;
            if (((x ^ r) & (y ^ r)) >= 0) return PyInt.From(r);
        }
        Vm.Current?.Charge(Words(a.Big) + Words(b.Big));
        return PyInt.From(a.Big + b.Big);
    }

    public static PyObject Sub(PyInt a, PyInt b)
    {
        if (!a.IsBig && !b.IsBig)
        {
            long x = a.Small, y = b.Small, r = x - y;
            if (((x ^ y) & (x ^ r)) >= 0) return PyInt.From(r);
        }
        Vm.Current?.Charge(Words(a.Big) + Words(b.Big));
        return PyInt.From(a.Big - b.Big);
    }

    public static PyObject Mul(PyInt a, PyInt b)
    {
        if (!a.IsBig && !b.IsBig)
        {
            long x = a.Small, y = b.Small;
            long hi = Math.BigMul(x, y, out long lo);
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) return PyInt.From(lo);
        }
        var ba = a.Big; var bb = b.Big;
        Vm.Current?.CheckAllocation((long)((ba.GetBitLength() + bb.GetBitLength()) / 8));
        ChargeBig(ba, bb);
        return PyInt.From(ba * bb);
    }

    public static PyObject FloorDiv(PyInt a, PyInt b)
    {
        if (!b.IsBig && b.Small == 0) throw Err.ZeroDivisionError("integer division or modulo by zero");
        if (!a.IsBig && !b.IsBig && !(a.Small == long.MinValue && b.Small == -1))
        {
            long x = a.Small, y = b.Small, q = x / y;
            if ((x % y != 0) && ((x < 0) != (y < 0))) q--;
            return PyInt.From(q);
        }
        ChargeBig(a.Big, b.Big);
        return PyInt.From(FloorDivBig(a.Big, b.Big));
    }

    private static BigInteger FloorDivBig(BigInteger x, BigInteger y)
    {
        var q = BigInteger.DivRem(x, y, out var r);
        if (!r.IsZero && ((r.Sign < 0) != (y.Sign < 0))) q -= 1;
        return q;
    }

    public static PyObject Mod(PyInt a, PyInt b)
    {
        if (!b.IsBig && b.Small == 0) throw Err.ZeroDivisionError("integer modulo by zero");
        if (!a.IsBig && !b.IsBig)
        {
            if (b.Small == -1) return PyInt.From(0);
            long r = a.Small % b.Small;
            if (r != 0 && ((r < 0) != (b.Small < 0))) r += b.Small;
            return PyInt.From(r);
        }
        ChargeBig(a.Big, b.Big);
        var rem = BigInteger.Remainder(a.Big, b.Big);
        if (!rem.IsZero && ((rem.Sign < 0) != (b.Big.Sign < 0))) rem += b.Big;
        return PyInt.From(rem);
    }

    public static PyObject TrueDiv(PyInt a, PyInt b)
    {
        if (!b.IsBig && b.Small == 0) throw Err.ZeroDivisionError("division by zero");
        if (!a.IsBig && !b.IsBig && Math.Abs(a.Small) < (1L << 53) && Math.Abs(b.Small) < (1L << 53))
            return PyFloat.From((double)a.Small / b.Small);
        return PyFloat.From(DivideToDouble(a.Big, b.Big));
    }

    /// <summary>
    /// a / b correctly rounded (half to even) like CPython's long_true_divide: dividing two
    /// rounded doubles is off by an ulp once either operand passes 2**53.
    /// </summary>
    /// <exception cref="PythonException">OverflowError when the quotient is too large for a float.</exception>
    public static double DivideToDouble(BigInteger a, BigInteger b)
    {
        bool negative = (a.Sign < 0) != (b.Sign < 0);
        a = BigInteger.Abs(a);
        b = BigInteger.Abs(b);
        if (a.IsZero) return negative ? -0.0 : 0.0;
        Vm.Current?.Charge(Words(a) + Words(b));
        // Scale so that the integer quotient has 63 or 64 bits, keep a sticky bit for the rest,
        // then round that to 53 bits by hand (the scaling by a power of two is exact).
        long k = 63 - ((long)a.GetBitLength() - (long)b.GetBitLength());
        var q = k >= 0 ? BigInteger.DivRem(a << (int)k, b, out var rem) : BigInteger.DivRem(a, b << (int)-k, out rem);
        ulong bits = (ulong)q;
        if (!rem.IsZero) bits |= 1;
        // The value is bits * 2**-k. Normal results keep 53 bits; subnormal ones fewer, so that
        // the one rounding happens on the subnormal grid (no double rounding).
        int length = 64 - BitOperations.LeadingZeroCount(bits);
        long msb = length - 1 - k;
        long precision = msb >= -1022 ? 53 : Math.Max(0, 53 - (-1022 - msb));
        int shift = (int)(length - precision);
        ulong mantissa, rest, half;
        if (shift >= 64)
        {
            mantissa = 0;
            rest = bits;
            half = shift == 64 ? 1UL << 63 : ulong.MaxValue;
        }
        else
        {
            mantissa = bits >> shift;
            rest = bits & ((1UL << shift) - 1);
            half = 1UL << (shift - 1);
        }
        if (rest > half || (rest == half && (mantissa & 1) == 1)) mantissa++;
        long exponent = shift - k;
        if (exponent + 52 > 1023) throw Err.OverflowError("integer division result too large for a float");
        double r = Math.ScaleB((double)mantissa, (int)Math.Max(exponent, -2200));
        if (double.IsInfinity(r)) throw Err.OverflowError("integer division result too large for a float");
        return negative ? -r : r;
    }

    public static PyObject Pow(PyInt a, PyInt b)
    {
        if (b.IsBig || b.Small < 0)
        {
            if (b.IsBig && b.Big.Sign > 0)
            {
                if (!a.IsBig && (a.Small == 0 || a.Small == 1)) return a;
                if (!a.IsBig && a.Small == -1) return PyInt.From(b.Big.IsEven ? 1 : -1);
                throw Vm.Current!.MemoryLimit("int ** int result would be too large");
            }
            double fa = ToDouble(a);
            if (fa == 0) throw Err.ZeroDivisionError("0.0 cannot be raised to a negative power");
            return PyFloat.From(Math.Pow(fa, ToDouble(b)));
        }
        long e = b.Small;
        if (!a.IsBig)
        {
            long x = a.Small;
            if (x == 0) return PyInt.From(e == 0 ? 1 : 0);
            if (x == 1) return a;
            if (x == -1) return PyInt.From((e & 1) == 0 ? 1 : -1);
            long result = 1, bas = x, ee = e;
            bool overflow = false;
            while (ee > 0)
            {
                if ((ee & 1) != 0)
                {
                    long hi = Math.BigMul(result, bas, out long lo);
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) { overflow = true; break; }
                    result = lo;
                }
                ee >>= 1;
                if (ee > 0)
                {
                    long hi = Math.BigMul(bas, bas, out long lo);
                    if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) { overflow = true; break; }
                    bas = lo;
                }
            }
            if (!overflow) return PyInt.From(result);
        }
        // Preflight: the result has about bits(a) * e bits; refuse before computing it.
        double bits = (double)a.Big.GetBitLength() * e;
        var vm = Vm.Current;
        if (vm is not null)
        {
            vm.CheckAllocation((long)Math.Min(bits / 8, long.MaxValue / 2));
            double words = bits / 64;
            vm.Charge((long)Math.Min(words * words / 8 + words, long.MaxValue / 4));
        }
        return PyInt.From(BigInteger.Pow(a.Big, checked((int)e)));
    }

    public static PyObject PowMod(PyInt a, PyInt b, PyInt m)
    {
        if (m.Big.IsZero) throw Err.ValueError("pow() 3rd argument cannot be 0");
        BigInteger mod = m.Big, bas = a.Big, exp = b.Big;
        if (exp.Sign < 0)
        {
            bas = ModInverse(bas, mod);
            exp = -exp;
        }
        ChargeBig(mod, exp);
        var r = BigInteger.ModPow(bas, exp, BigInteger.Abs(mod));
        if (!r.IsZero && mod.Sign < 0) r += mod;
        else if (r.Sign < 0) r += BigInteger.Abs(mod);
        return PyInt.From(r);
    }

    private static BigInteger ModInverse(BigInteger a, BigInteger m)
    {
        BigInteger g = BigInteger.Abs(m), x = 0, x1 = 1, aa = ((a % g) + g) % g, gg = g;
        while (aa != 0)
        {
            var q = gg / aa;
            (gg, aa) = (aa, gg - q * aa);
            (x, x1) = (x1, x - q * x1);
        }
        if (gg != 1) throw Err.ValueError("base is not invertible for the given modulus");
        return ((x % g) + g) % g;
    }

    public static PyObject LShift(PyInt a, PyInt b)
    {
        if (b.Big.Sign < 0) throw Err.ValueError("negative shift count");
        if (a.Big.IsZero) return PyInt.From(0);
        if (b.IsBig) throw Vm.Current!.MemoryLimit("left shift result would be too large");
        long n = b.Small;
        if (!a.IsBig && n < 62)
        {
            long x = a.Small;
            long r = x << (int)n;
            if (r >> (int)n == x) return PyInt.From(r);
        }
        Vm.Current?.CheckAllocation((long)((a.Big.GetBitLength() + n) / 8));
        Vm.Current?.Charge(Words(a.Big) + n / 64);
        return PyInt.From(a.Big << checked((int)n));
    }

    public static PyObject RShift(PyInt a, PyInt b)
    {
        if (b.Big.Sign < 0) throw Err.ValueError("negative shift count");
        if (b.IsBig) return PyInt.From(a.Big.Sign < 0 ? -1 : 0);
        long n = b.Small;
        if (!a.IsBig) return PyInt.From(n >= 63 ? (a.Small < 0 ? -1 : 0) : a.Small >> (int)n);
        return PyInt.From(a.Big >> (int)Math.Min(n, int.MaxValue));
    }

    public static PyObject And(PyInt a, PyInt b) => !a.IsBig && !b.IsBig ? PyInt.From(a.Small & b.Small) : PyInt.From(a.Big & b.Big);

    public static PyObject Or(PyInt a, PyInt b) => !a.IsBig && !b.IsBig ? PyInt.From(a.Small | b.Small) : PyInt.From(a.Big | b.Big);

    public static PyObject Xor(PyInt a, PyInt b) => !a.IsBig && !b.IsBig ? PyInt.From(a.Small ^ b.Small) : PyInt.From(a.Big ^ b.Big);

    public static PyObject Neg(PyInt a) => !a.IsBig && a.Small != long.MinValue ? PyInt.From(-a.Small) : PyInt.From(-a.Big);

    /// <summary>The int as a double; OverflowError when out of range.</summary>
    public static double ToDouble(PyInt a)
    {
        if (!a.IsBig) return a.Small;
        double d = (double)a.Big;
        if (double.IsInfinity(d)) throw Err.OverflowError("int too large to convert to float");
        return d;
    }

    /// <summary>Compares an int with a float exactly.</summary>
    public static int CompareIntFloat(PyInt a, double f)
    {
        if (double.IsNaN(f)) return 2; // unordered
        if (double.IsPositiveInfinity(f)) return -1;
        if (double.IsNegativeInfinity(f)) return 1;
        if (!a.IsBig && Math.Abs(a.Small) < (1L << 53)) return ((double)a.Small).CompareTo(f);
        var fl = Math.Floor(f);
        var bi = new BigInteger(fl);
        int c = a.Big.CompareTo(bi);
        if (c != 0) return c;
        return fl == f ? 0 : -1;
    }

    /// <summary><c>str(int)</c> with CPython's 4300-digit limit and size-based metering.</summary>
    public static string ToDecimal(PyInt a)
    {
        if (!a.IsBig) return a.Small.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var vm = Vm.Current;
        int limit = vm?.Limits.MaxIntDigits ?? 4300;
        double digits = a.Big.GetBitLength() * 0.30103;
        if (limit > 0 && digits > limit + 1)
            throw Err.ValueError($"Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
        long w = Words(a.Big);
        vm?.Charge(w * w / 4 + w);
        var s = a.Big.ToString(System.Globalization.CultureInfo.InvariantCulture);
        int n = s.Length - (s[0] == '-' ? 1 : 0);
        if (limit > 0 && n > limit)
            throw Err.ValueError($"Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
        return s;
    }
}
