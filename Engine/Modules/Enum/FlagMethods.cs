using System.Numerics;
using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Enums;

using Math = System.Math;

/// <summary>
/// The methods of <c>enum.Flag</c>: composite members made on demand by <c>_missing_</c> (with the
/// class's boundary: STRICT, CONFORM, EJECT, KEEP), the bit operators, containment, iteration
/// over the set bits, and CPython's <c>R|W</c> naming.
/// </summary>
internal static class FlagMethods
{
    private static BigInteger ClassBits(PyType cls, string name) => cls.Lookup(name) is PyInt i ? i.Big : BigInteger.Zero;

    private static string Boundary(PyType cls) => cls.Lookup("_boundary_") is PyStr s ? s.Value : "";

    /// <summary>CPython enum's <c>bin()</c>: two's complement with a sign digit, <c>0b0 1010</c>.</summary>
    public static string Bin(BigInteger num, int? maxBits = null)
    {
        int bitLength = (int)BigInteger.Abs(num).GetBitLength();
        var ceiling = BigInteger.One << bitLength;
        string s;
        if (num >= 0)
        {
            s = PyBin(num + ceiling);
            int first = s.IndexOf('1');
            s = s[..first] + "0" + s[(first + 1)..];
        }
        else
        {
            s = PyBin((-num - 1) ^ (ceiling - 1 + ceiling));
        }
        string sign = s[..3];
        string digits = s[3..];
        if (maxBits is int mb && digits.Length < mb)
        {
            var padded = new string(sign[^1], mb) + digits;
            digits = padded[^mb..];
        }
        return sign + " " + digits;
    }

    // Python's bin(); the text is as long as the number has bits, so it is metered like them.
    private static string PyBin(BigInteger v)
    {
        if (v.IsZero) return "0b0";
        var abs = BigInteger.Abs(v);
        long bits = (long)abs.GetBitLength();
        Vm.Current?.Charge(bits / 64 + 1);
        Vm.Current?.ChargeAllocation(bits * 2);
        var bytes = abs.ToByteArray(isUnsigned: true, isBigEndian: false);
        var chars = new char[bits];
        for (long i = 0; i < bits; i++)
            chars[bits - 1 - i] = (bytes[i >> 3] >> (int)(i & 7) & 1) != 0 ? '1' : '0';
        return (v.Sign < 0 ? "-0b" : "0b") + new string(chars);
    }

    /// <summary><c>Flag._generate_next_value_</c>: the next power of two.</summary>
    public static PyObject GenerateNext(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        var p = ArgParser.Parse("_generate_next_value_", a, kw, new[] { "name", "start", "count", "last_values" }, 4);
        if (!Ops.IsTrue(p[2]!)) return p[1] is PyNone ? PyInt.From(1) : p[1]!;
        var last = Ops.ToList(p[3]!);
        Vm.Current?.Charge(last.Count);
        var max = last[0];
        foreach (var v in last) if (Ops.LessThan(max, v)) max = v;
        if (max is not PyInt mi) throw Err.TypeError($"invalid flag value {Ops.Repr(max)}");
        long high = (long)mi.Big.GetBitLength() - 1;
        if (mi.Big.Sign < 0) high = -1;
        return PyInt.From(BigInteger.One << (int)(high + 1));
    }

    /// <summary>The members whose bits make up <paramref name="value"/>, lowest bit first.</summary>
    public static List<PyObject> ByValue(PyType cls, BigInteger value)
    {
        var result = new List<PyObject>();
        var num = value & ClassBits(cls, "_flag_mask_");
        var map = EnumState.ValueMap(cls);
        while (!num.IsZero)
        {
            Vm.Current?.Charge(1);
            var b = num & (-num);
            result.Add(map.Get(PyInt.From(b)) ?? PyNone.Instance);
            num ^= b;
        }
        return result;
    }

    /// <summary>Same members in definition order (<c>_iter_member_by_def_</c>).</summary>
    public static List<PyObject> ByDef(PyType cls, BigInteger value)
        => ByValue(cls, value).OrderBy(m => m.Dict?.Get("_sort_order_") is PyInt i ? i.Small : 0).ToList();

    private static List<PyObject> IterMember(PyType cls, BigInteger value)
    {
        var fn = Ops.GetAttr(cls, "_iter_member_");
        return Ops.ToList(Vm.Current!.Call(fn, PyInt.From(value)));
    }

    /// <summary><c>Flag._missing_(cls, value)</c>: a composite pseudo-member, cached by value.</summary>
    public static PyObject Missing(PyType cls, PyObject value)
    {
        if (value is not PyInt vi) throw Err.ValueError($"{Ops.Repr(value)} is not a valid {EnumState.QualName(cls)}");
        var flagMask = ClassBits(cls, "_flag_mask_");
        var singlesMask = ClassBits(cls, "_singles_mask_");
        var allBits = ClassBits(cls, "_all_bits_");
        var boundary = Boundary(cls);
        var v = vi.Big;
        BigInteger? negValue = null;
        if (!(-allBits - 1 <= v && v <= allBits) || !(v & (allBits ^ flagMask)).IsZero)
        {
            switch (boundary)
            {
                case "strict":
                {
                    int maxBits = (int)Math.Max(BigInteger.Abs(v).GetBitLength(), flagMask.GetBitLength());
                    throw Err.ValueError($"{Ops.Repr(cls)} invalid value {Ops.Repr(value)}\n    given {Bin(v, maxBits)}\n  allowed {Bin(flagMask, maxBits)}");
                }
                case "conform":
                    v &= flagMask;
                    break;
                case "eject":
                    return value;
                case "keep":
                    if (v < 0) v = BigInteger.Max(allBits + 1, BigInteger.One << (int)BigInteger.Abs(v).GetBitLength()) + v;
                    break;
                default:
                    throw Err.ValueError($"{Ops.Repr(cls)} unknown flag boundary {Ops.Repr(cls.Lookup("_boundary_") ?? PyNone.Instance)}");
            }
        }
        if (v < 0)
        {
            negValue = v;
            v = allBits + 1 + v;
        }
        var unknown = v & ~flagMask;
        var aliases = v & ~singlesMask;
        var memberValue = v & singlesMask;
        if (!unknown.IsZero && boundary != "keep")
            throw Err.ValueError($"{cls.Name}({v}) -->  unknown values {unknown} [{Bin(unknown)}]");
        var memberType = EnumState.MemberType(cls);
        PyObject pseudo = ReferenceEquals(memberType, PyType.ObjectType)
            ? new PyInstance(cls)
            : Vm.Current!.Call(Ops.GetAttr(memberType, "__new__"), cls, PyInt.From(v));
        if (Ops.TryGetAttr(pseudo, "_value_") is null) EnumState.SetOnMember(pseudo, "_value_", PyInt.From(v));
        PyObject name = PyNone.Instance;
        if (!memberValue.IsZero || !aliases.IsZero)
        {
            var members = IterMember(cls, memberValue);
            var combined = BigInteger.Zero;
            foreach (var m in members) combined |= EnumState.Big(EnumState.ValueOf(m));
            if (!aliases.IsZero)
            {
                var all = memberValue | aliases;
                foreach (var kv in EnumState.MemberMap(cls).Items())
                {
                    Vm.Current?.Charge(1);
                    var pv = EnumState.Big(EnumState.ValueOf(kv.Value));
                    if (!members.Contains(kv.Value) && !pv.IsZero && (pv & all) == pv)
                    {
                        members.Add(kv.Value);
                        combined |= pv;
                    }
                }
            }
            unknown = v ^ combined;
            string joined = string.Join("|", members.Select(m => Ops.Str(EnumState.NameOf(m))));
            if (combined.IsZero) name = PyNone.Instance;
            else if (!unknown.IsZero && boundary == "strict")
                throw Err.ValueError($"{Ops.Repr(cls)}: no members with value {unknown}");
            else if (!unknown.IsZero)
                name = PyStr.From(joined + "|" + Ops.Str(Vm.Current!.Call(Ops.GetAttr(cls, "_numeric_repr_"), PyInt.From(unknown))));
            else name = PyStr.From(joined);
        }
        EnumState.SetOnMember(pseudo, "_name_", name);
        var map = EnumState.ValueMap(cls);
        var key = PyInt.From(v);
        var existing = map.Get(key);
        if (existing is null) map.Set(key, pseudo);
        else pseudo = existing;
        if (negValue is BigInteger nv) map.Set(PyInt.From(nv), pseudo);
        return pseudo;
    }

    private static PyObject? OtherValue(PyObject self, PyObject other)
    {
        if (other.Type.IsSubtypeOf(self.Type)) return EnumState.ValueOf(other);
        var mt = EnumState.MemberType(self.Type);
        if (!ReferenceEquals(mt, PyType.ObjectType) && other.Type.IsSubtypeOf(mt)) return other;
        return null;
    }

    /// <summary><c>__or__</c>, <c>__and__</c>, <c>__xor__</c> (and their reflected forms).</summary>
    public static PyObject BitOp(PyObject self, PyObject other, char op)
    {
        var o = OtherValue(self, other);
        if (o is null) return PyNotImplemented.Instance;
        var a = EnumState.Big(EnumState.ValueOf(self));
        var b = EnumState.Big(o);
        var r = op switch { '|' => a | b, '&' => a & b, _ => a ^ b };
        return Vm.Current!.Call(self.Type, PyInt.From(r));
    }

    /// <summary><c>~flag</c>: the complement within the defined bits (or all bits for KEEP/EJECT).</summary>
    public static PyObject Invert(PyObject self)
    {
        var cached = self.Dict?.Get("_inverted_");
        if (cached is not null && cached is not PyNone) return cached;
        var cls = self.Type;
        var v = EnumState.Big(EnumState.ValueOf(self));
        var b = Boundary(cls);
        var r = b is "eject" or "keep" ? ~v : ClassBits(cls, "_singles_mask_") & ~v;
        var inv = Vm.Current!.Call(cls, PyInt.From(r));
        if (self.Dict is { } d) d.Set("_inverted_", inv);
        return inv;
    }

    /// <summary><c>other in flag</c>.</summary>
    public static bool Contains(PyObject self, PyObject other)
    {
        if (!other.Type.IsSubtypeOf(self.Type))
            throw Err.TypeError($"unsupported operand type(s) for 'in': {Ops.Repr(PyStr.From(other.Type.QualName))} and {Ops.Repr(PyStr.From(self.Type.QualName))}");
        var o = EnumState.Big(EnumState.ValueOf(other));
        return (o & EnumState.Big(EnumState.ValueOf(self))) == o;
    }

    /// <summary><c>Flag.__repr__</c>: <c>&lt;Perm.R|W: 6&gt;</c>, or <c>&lt;Perm: 0&gt;</c> without a name.</summary>
    public static string Repr(PyObject self)
    {
        var cls = self.Type;
        var name = EnumState.NameOf(self);
        var vr = EnumMembers.ValueRepr(cls, EnumState.ValueOf(self));
        return name is PyNone ? $"<{cls.Name}: {vr}>" : $"<{cls.Name}.{Ops.Str(name)}: {vr}>";
    }

    /// <summary><c>Flag.__str__</c>: <c>Perm.R|W</c>, or <c>Perm(0)</c> without a name.</summary>
    public static string Str(PyObject self)
    {
        var cls = self.Type;
        var name = EnumState.NameOf(self);
        return name is PyNone ? $"{cls.Name}({Ops.Repr(EnumState.ValueOf(self))})" : $"{cls.Name}.{Ops.Str(name)}";
    }

    /// <summary>The members of a flag value, as <c>iter(flag)</c> gives them.</summary>
    public static List<PyObject> Iter(PyObject self) => IterMember(self.Type, EnumState.Big(EnumState.ValueOf(self)));
}
