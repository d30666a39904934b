using System.Text;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Runtime;

/// <summary>
/// bytes/bytearray conversions between bytes and other spellings: hex (with CPython's separator
/// grouping), fromhex, translate and maketrans. Registered by <c>InitBytesMethods</c>.
/// </summary>
public static partial class Builtins
{
    /// <summary>bytes.hex / bytearray.hex with CPython's optional separator grouping.</summary>
    private static PyObject BHex(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        var p = BParse("hex", a, kw, new[] { "sep", "bytes_per_sep" });
        var s = BSelf(a[0]).ToArray();
        BCharge(s.Length);
        Vm.ChargeAllocation(s.Length * 6L);
        string hex = Convert.ToHexString(s).ToLowerInvariant();
        if (p[0] is null) return PyStr.From(hex);
        char sep;
        if (p[0] is PyStr ss)
        {
            if (ss.Length != 1) throw Err.ValueError("sep must be length 1.");
            if (ss.Value[0] > 127) throw Err.ValueError("sep must be ASCII.");
            sep = ss.Value[0];
        }
        else if (p[0] is PyBytes or PyByteArray)
        {
            var sb2 = BArg(p[0]!);
            if (sb2.Length != 1) throw Err.ValueError("sep must be length 1.");
            if (sb2[0] > 127) throw Err.ValueError("sep must be ASCII.");
            sep = (char)sb2[0];
        }
        else throw Err.TypeError($"object of type '{Ops.TypeName(p[0]!)}' has no len()");
        long per = p[1] is null ? 1 : ArgParser.Int(p[1]!, "hex");
        if (per == 0 || s.Length == 0) return PyStr.From(hex);
        long group = Math.Abs(per);
        var sb = new StringBuilder(hex.Length * 2);
        for (int i = 0; i < s.Length; i++)
        {
            // Positive counts group from the right, negative from the left.
            bool boundary = i > 0 && (per > 0 ? (s.Length - i) % group == 0 : i % group == 0);
            if (boundary) sb.Append(sep);
            sb.Append(hex, i * 2, 2);
        }
        return PyStr.From(sb.ToString());
    }

    private static int HexVal(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    private static byte[] BFromHex(PyObject arg)
    {
        if (arg is not PyStr ps) throw Err.TypeError($"fromhex() argument must be str, not {Ops.TypeName(arg)}");
        var s = ps.Value;
        BCharge(s.Length);
        Vm.ChargeAllocation(s.Length / 2);
        var r = new List<byte>(s.Length / 2);
        int i = 0;
        while (i < s.Length)
        {
            if (s[i] is ' ' or '\t' or '\n' or '\r' or '\v' or '\f') { i++; continue; }
            int hi = HexVal(s[i]);
            if (hi < 0) throw Err.ValueError($"non-hexadecimal number found in fromhex() arg at position {i}");
            int lo = i + 1 < s.Length ? HexVal(s[i + 1]) : -1;
            if (lo < 0) throw Err.ValueError($"non-hexadecimal number found in fromhex() arg at position {i + 1}");
            r.Add((byte)(hi * 16 + lo));
            i += 2;
        }
        return r.ToArray();
    }

    private static PyObject BTranslate(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        if (a.Length == 1) throw Err.TypeError("translate() takes at least 1 positional argument (0 given)");
        foreach (var k in kw ?? Array.Empty<string>())
            if (k != "delete") throw Err.TypeError($"'{k}' is an invalid keyword argument for translate()");
        var p = ArgParser.Parse("translate", a[1..], kw, new[] { "table", "delete" }, 1, posOnly: 1);
        byte[]? table = p[0] is PyNone ? null : BArg(p[0]!);
        if (table is not null && table.Length != 256) throw Err.ValueError("translation table must be 256 characters long");
        var del = p[1] is null ? Array.Empty<byte>() : BArg(p[1]!);
        var s = BSelf(a[0]);
        BCharge(s.Length);
        Vm.ChargeAllocation(s.Length);
        var r = new List<byte>(s.Length);
        foreach (var c in s)
            if (Array.IndexOf(del, c) < 0) r.Add(table is null ? c : table[c]);
        return BMake(a[0], r.ToArray());
    }

    private static PyObject BMakeTrans(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        ArgParser.Count("maketrans", a, kw, 2, 2);
        var from = BArg(a[0]);
        var to = BArg(a[1]);
        if (from.Length != to.Length) throw Err.ValueError("maketrans arguments must have same length");
        var r = new byte[256];
        for (int i = 0; i < 256; i++) r[i] = (byte)i;
        for (int i = 0; i < from.Length; i++) r[from[i]] = to[i];
        return new PyBytes(r);
    }
}
