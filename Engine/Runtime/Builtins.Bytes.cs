using System.Runtime.InteropServices;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Runtime;

/// <summary>
/// The methods shared by <c>bytes</c> and <c>bytearray</c> (CPython's bytes_methods.c): every
/// method is registered on both types and works on a read-only view of the receiver; results
/// take the receiver's type. Case mapping, predicates and whitespace are ASCII only, as in CPython.
/// Work is charged per byte scanned and results are accounted before they are allocated.
/// </summary>
public static partial class Builtins
{
    /// <summary>CPython's <c>Py_ISSPACE</c> for bytes: space, \t, \n, \r, \v, \f.</summary>
    private static bool BIsSpace(byte c) => c is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0b or 0x0c;

    private static bool BIsLower(byte c) => c is >= (byte)'a' and <= (byte)'z';

    private static bool BIsUpper(byte c) => c is >= (byte)'A' and <= (byte)'Z';

    private static byte BUpper(byte c) => BIsLower(c) ? (byte)(c - 32) : c;

    private static byte BLower(byte c) => BIsUpper(c) ? (byte)(c + 32) : c;

    /// <summary>The receiver's bytes, without copying (a bytearray's backing list is viewed in place).</summary>
    private static ReadOnlySpan<byte> BSelf(PyObject o) => o is PyBytes b ? b.Value : CollectionsMarshal.AsSpan(((PyByteArray)o).Items);

    /// <summary>The content of a bytes or bytearray, viewed in place (for comparisons).</summary>
    internal static ReadOnlySpan<byte> BytesView(PyObject o) => BSelf(o);

    /// <summary>A result of the receiver's type.</summary>
    private static PyObject BMake(PyObject self, byte[] r) => self is PyByteArray ? new PyByteArray(r) : new PyBytes(r);

    /// <summary>A bytes-like argument (bytes or bytearray), or CPython's TypeError.</summary>
    private static byte[] BArg(PyObject o) => o switch
    {
        PyBytes b => b.Value,
        PyByteArray ba => ba.Items.ToArray(),
        _ => throw Err.TypeError($"a bytes-like object is required, not '{Ops.TypeName(o)}'"),
    };

    /// <summary>The needle of find/count/index: an int in range(256) or a bytes-like object.</summary>
    private static byte[] BNeedle(PyObject o)
    {
        if (o is PyBytes or PyByteArray) return BArg(o);
        if (o is PyInt || Ops.TryGetAttr(o, "__index__") is not null) return new[] { Ops.ByteValue(o) };
        throw Err.TypeError($"argument should be integer or bytes-like object, not '{Ops.TypeName(o)}'");
    }

    private static long? BIndexArg(ReadOnlySpan<PyObject> a, int i)
    {
        if (a.Length <= i || a[i] is PyNone) return null;
        // Like CPython's _PyEval_SliceIndex, huge ints clamp instead of failing.
        if (a[i] is PyInt { IsBig: true } big) return big.Big.Sign < 0 ? long.MinValue / 2 : long.MaxValue / 2;
        return Ops.IndexOf(a[i], "slice indices must be integers or None or have an __index__ method");
    }

    /// <summary>CPython's ADJUST_INDICES: clamps start/end to [0, len] after negative wrapping.</summary>
    private static (long Start, long End) BAdjust(long len, long? start, long? end)
    {
        long s = start ?? 0, e = end ?? len;
        if (e > len) e = len;
        else if (e < 0) { e += len; if (e < 0) e = 0; }
        if (s < 0) { s += len; if (s < 0) s = 0; }
        return (s, e);
    }

    /// <summary>"bytes" or "bytearray": CPython qualifies some argument messages with the type.</summary>
    private static string BQ(ReadOnlySpan<PyObject> a) => a[0] is PyByteArray ? "bytearray" : "bytes";

    /// <summary>The older argument-count words of find/count/index/startswith/endswith.</summary>
    private static void BCountOneToThree(string name, ReadOnlySpan<PyObject> a, string[]? kw)
    {
        ArgParser.NoKw(name, kw);
        if (a.Length < 2) throw Err.TypeError($"{name}() takes at least 1 argument (0 given)");
        if (a.Length > 4) throw Err.TypeError($"{name}() takes at most 3 arguments ({a.Length - 1} given)");
    }

    /// <summary>CPython's argument-clinic words for an unknown keyword of a bytes method.</summary>
    private static PyObject?[] BParse(string name, ReadOnlySpan<PyObject> a, string[]? kw, string[] names)
    {
        foreach (var k in kw ?? Array.Empty<string>())
            if (Array.IndexOf(names, k) < 0) throw Err.TypeError($"'{k}' is an invalid keyword argument for {name}()");
        return ArgParser.Parse(name, a[1..], kw, names, 0);
    }

    private static void BCharge(long n) => Vm.Charge(n / 16 + 1);

    /// <summary>
    /// A result no .NET array can hold (only reachable when the host's memory limit is above 2 GiB):
    /// CPython says MemoryError for sizes it cannot allocate.
    /// </summary>
    private static void BCheckSize(long n)
    {
        if (n > Array.MaxLength) throw Err.New(ExcTypes.MemoryError, "");
    }

    /// <summary>find/rfind/index/rindex/count: one search helper, the mode picks the answer.</summary>
    private static BuiltinFn BFinder(string name, bool reverse, bool raise, bool count) => (a, kw) =>
    {
        BCountOneToThree(name, a, kw);
        var s = BSelf(a[0]);
        var sub = BNeedle(a[1]);
        var (st, en) = BAdjust(s.Length, BIndexArg(a, 2), BIndexArg(a, 3));
        BCharge(s.Length);
        long r = -1;
        if (count)
        {
            if (st > s.Length || en < st) return PyInt.From(0);
            if (sub.Length == 0) return PyInt.From(en - st + 1);
            long n = 0;
            var w = s[(int)st..(int)en];
            for (int i = w.IndexOf(sub); i >= 0; )
            {
                n++;
                int next = w[(i + sub.Length)..].IndexOf(sub);
                w = w[(i + sub.Length)..];
                i = next;
            }
            return PyInt.From(n);
        }
        if (st <= s.Length && en - st >= sub.Length)
        {
            var w = s[(int)st..(int)en];
            int i = reverse ? w.LastIndexOf(sub) : w.IndexOf(sub);
            if (sub.Length == 0) i = reverse ? w.Length : 0;
            if (i >= 0) r = st + i;
        }
        if (r < 0 && raise) throw Err.ValueError("subsection not found");
        return PyInt.From(r);
    };

    private static BuiltinFn BAffix(string name, bool atEnd) => (a, kw) =>
    {
        BCountOneToThree(name, a, kw);
        var self = a[0];
        var (st, en) = BAdjust(BSelf(self).Length, BIndexArg(a, 2), BIndexArg(a, 3));
        bool Test(byte[] x)
        {
            var s = BSelf(self);
            if (st > s.Length || en - st < x.Length) return false;
            var w = s[(int)st..(int)en];
            return atEnd ? w.EndsWith(x) : w.StartsWith(x);
        }
        if (a[1] is PyTuple t)
        {
            foreach (var item in t.Items)
            {
                if (item is not (PyBytes or PyByteArray)) throw Err.TypeError($"a bytes-like object is required, not '{Ops.TypeName(item)}'");
                if (Test(BArg(item))) return PyBool.True;
            }
            return PyBool.False;
        }
        if (a[1] is not (PyBytes or PyByteArray)) throw Err.TypeError($"{name} first arg must be bytes or a tuple of bytes, not {Ops.TypeName(a[1])}");
        return PyBool.From(Test(BArg(a[1])));
    };

    private static PyList BList(PyObject self, List<byte[]> parts)
    {
        Vm.Charge(parts.Count);
        var l = new List<PyObject>(parts.Count);
        foreach (var p in parts) l.Add(BMake(self, p));
        return new PyList(l);
    }

    private static List<byte[]> BSplit(ReadOnlySpan<byte> s, byte[]? sep, long max)
    {
        var r = new List<byte[]>();
        if (max < 0) max = long.MaxValue;
        if (sep is null)
        {
            int i = 0;
            while (true)
            {
                while (i < s.Length && BIsSpace(s[i])) i++;
                if (i >= s.Length) break;
                if (max-- == 0) { r.Add(s[i..].ToArray()); break; }
                int j = i;
                while (j < s.Length && !BIsSpace(s[j])) j++;
                r.Add(s[i..j].ToArray());
                i = j;
            }
            return r;
        }
        if (sep.Length == 0) throw Err.ValueError("empty separator");
        int pos = 0;
        while (max-- > 0)
        {
            int k = s[pos..].IndexOf(sep);
            if (k < 0) break;
            r.Add(s.Slice(pos, k).ToArray());
            pos += k + sep.Length;
        }
        r.Add(s[pos..].ToArray());
        return r;
    }

    private static List<byte[]> BRSplit(ReadOnlySpan<byte> s, byte[]? sep, long max)
    {
        var r = new List<byte[]>();
        if (max < 0) max = long.MaxValue;
        if (sep is null)
        {
            int i = s.Length;
            while (true)
            {
                while (i > 0 && BIsSpace(s[i - 1])) i--;
                if (i <= 0) break;
                if (max-- == 0) { r.Add(s[..i].ToArray()); break; }
                int j = i;
                while (j > 0 && !BIsSpace(s[j - 1])) j--;
                r.Add(s[j..i].ToArray());
                i = j;
            }
            r.Reverse();
            return r;
        }
        if (sep.Length == 0) throw Err.ValueError("empty separator");
        int end = s.Length;
        while (max-- > 0)
        {
            int k = s[..end].LastIndexOf(sep);
            if (k < 0) break;
            r.Add(s[(k + sep.Length)..end].ToArray());
            end = k;
        }
        r.Add(s[..end].ToArray());
        r.Reverse();
        return r;
    }

    private static BuiltinFn BSplitter(string name, bool reverse) => (a, kw) =>
    {
        var p = BParse(name, a, kw, new[] { "sep", "maxsplit" });
        var sep = p[0] is null or PyNone ? null : BArg(p[0]!);
        long max = p[1] is null ? -1 : ArgParser.Int(p[1]!, name);
        var s = BSelf(a[0]);
        BCharge(s.Length);
        return BList(a[0], reverse ? BRSplit(s, sep, max) : BSplit(s, sep, max));
    };

    private static BuiltinFn BStripper(string name, bool left, bool right) => (a, kw) =>
    {
        ArgParser.NoKw($"{BQ(a)}.{name}", kw);
        ArgParser.Count(name, a[1..], kw, 0, 1);
        var chars = a.Length > 1 && a[1] is not PyNone ? BArg(a[1]) : null;
        var s = BSelf(a[0]);
        BCharge(s.Length);
        // Vectorized scans: the first/last byte that is not in the strip set.
        int i = 0, j = s.Length;
        if (left)
        {
            int k = chars is null ? s.IndexOfAnyExcept(s_space) : s.IndexOfAnyExcept(chars);
            i = k < 0 ? s.Length : k;
        }
        if (right)
        {
            var rest = s[i..];
            int k = chars is null ? rest.LastIndexOfAnyExcept(s_space) : rest.LastIndexOfAnyExcept(chars);
            j = k < 0 ? i : i + k + 1;
        }
        return BMake(a[0], s[i..j].ToArray());
    };

    private static BuiltinFn BMap(string name, Func<byte[], byte[]> f) => (a, kw) =>
    {
        ArgParser.Count($"{Ops.TypeName(a[0])}.{name}", a[1..], kw, 0, 0);
        var s = BSelf(a[0]).ToArray();
        BCharge(s.Length);
        Vm.ChargeAllocation(s.Length);
        return BMake(a[0], f(s));
    };

    /// <summary>A predicate over the receiver's bytes, viewed in place.</summary>
    private delegate bool BytesPredicate(ReadOnlySpan<byte> s);

    private static readonly System.Buffers.SearchValues<byte> s_alpha = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"u8);
    private static readonly System.Buffers.SearchValues<byte> s_alnum = System.Buffers.SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"u8);
    private static readonly System.Buffers.SearchValues<byte> s_space = System.Buffers.SearchValues.Create(" \t\n\r\v\f"u8);

    private static BuiltinFn BPred(string name, BytesPredicate f) => (a, kw) =>
    {
        ArgParser.Count($"{Ops.TypeName(a[0])}.{name}", a[1..], kw, 0, 0);
        var s = BSelf(a[0]);
        BCharge(s.Length);
        return PyBool.From(f(s));
    };

    private static byte[] BTitle(byte[] s)
    {
        bool prevCased = false;
        for (int i = 0; i < s.Length; i++)
        {
            byte c = s[i];
            s[i] = prevCased ? BLower(c) : BUpper(c);
            prevCased = BIsLower(c) || BIsUpper(c);
        }
        return s;
    }

    private static bool BIsTitle(ReadOnlySpan<byte> s)
    {
        bool cased = false, prevCased = false;
        foreach (var c in s)
        {
            if (BIsUpper(c)) { if (prevCased) return false; prevCased = true; cased = true; }
            else if (BIsLower(c)) { if (!prevCased) return false; prevCased = true; cased = true; }
            else prevCased = false;
        }
        return cased;
    }

    private static BuiltinFn BJustify(string name, int mode) => (a, kw) =>
    {
        ArgParser.Count(name, a[1..], kw, 1, 2);
        long width = ArgParser.Int(a[1], name);
        byte fill = (byte)' ';
        if (a.Length > 2)
        {
            if (a[2] is not (PyBytes or PyByteArray) || Ops.Len(a[2]) != 1)
                throw Err.TypeError($"{name}() argument 2 must be a byte string of length 1, not {Ops.TypeName(a[2])}");
            fill = BArg(a[2])[0];
        }
        var s = BSelf(a[0]);
        if (width <= s.Length) return BMake(a[0], s.ToArray());
        Vm.ChargeAllocation(width);
        BCheckSize(width);
        BCharge(width);
        long pad = width - s.Length;
        // CPython's center puts the odd extra byte on the left only when pad and width are both odd.
        long left = mode switch { 0 => pad / 2 + (pad & width & 1), 1 => 0, _ => pad };
        var r = new byte[width];
        r.AsSpan(0, (int)left).Fill(fill);
        s.CopyTo(r.AsSpan((int)left));
        r.AsSpan((int)left + s.Length).Fill(fill);
        return BMake(a[0], r);
    };

    private static PyObject BPartition(PyObject self, PyObject sepArg, bool reverse)
    {
        var sep = BArg(sepArg);
        if (sep.Length == 0) throw Err.ValueError("empty separator");
        var s = BSelf(self);
        BCharge(s.Length);
        int k = reverse ? s.LastIndexOf(sep) : s.IndexOf(sep);
        PyObject[] r;
        if (k < 0)
        {
            var whole = BMake(self, s.ToArray());
            var empty = BMake(self, Array.Empty<byte>());
            r = reverse ? new[] { empty, BMake(self, Array.Empty<byte>()), whole } : new[] { whole, empty, BMake(self, Array.Empty<byte>()) };
        }
        else
        {
            // bytes hands back the separator object itself; bytearray always makes new bytearrays.
            var mid = self is PyBytes ? sepArg : BMake(self, sep);
            r = new[] { BMake(self, s[..k].ToArray()), mid, BMake(self, s[(k + sep.Length)..].ToArray()) };
        }
        return new PyTuple(r);
    }

    private static List<byte[]> BSplitLines(ReadOnlySpan<byte> s, bool keep)
    {
        var r = new List<byte[]>();
        int i = 0;
        while (i < s.Length)
        {
            int j = i;
            while (j < s.Length && s[j] != '\n' && s[j] != '\r') j++;
            int eol = j;
            if (j < s.Length)
            {
                j += s[j] == '\r' && j + 1 < s.Length && s[j + 1] == '\n' ? 2 : 1;
                if (keep) eol = j;
            }
            r.Add(s[i..eol].ToArray());
            i = j;
        }
        return r;
    }

    private static long BReplacedLength(ReadOnlySpan<byte> s, byte[] old, byte[] nw, long count)
    {
        if (count < 0) count = long.MaxValue;
        long n = 0;
        if (old.Length == 0) n = Math.Min(count, s.Length + 1L);
        else
        {
            var w = s;
            int k;
            while (n < count && (k = w.IndexOf(old)) >= 0) { n++; w = w[(k + old.Length)..]; }
        }
        return s.Length + n * (nw.Length - (long)old.Length);
    }

    private static byte[] BReplace(ReadOnlySpan<byte> s, byte[] old, byte[] nw, long count)
    {
        if (count < 0) count = long.MaxValue;
        var r = new List<byte>(s.Length);
        if (old.Length == 0)
        {
            for (int i = 0; i <= s.Length; i++)
            {
                if (count-- > 0) r.AddRange(nw);
                else { r.AddRange(s[i..].ToArray()); break; }
                if (i < s.Length) r.Add(s[i]);
            }
            return r.ToArray();
        }
        int pos = 0;
        while (count-- > 0)
        {
            int k = s[pos..].IndexOf(old);
            if (k < 0) break;
            r.AddRange(s.Slice(pos, k).ToArray());
            r.AddRange(nw);
            pos += k + old.Length;
        }
        r.AddRange(s[pos..].ToArray());
        return r.ToArray();
    }

    private static long BExpandedLength(ReadOnlySpan<byte> s, long tab)
    {
        long col = 0, total = 0;
        foreach (var c in s)
        {
            if (c == '\t') { if (tab > 0) { long inc = tab - col % tab; col += inc; total += inc; } }
            else { total++; col = c is (byte)'\n' or (byte)'\r' ? 0 : col + 1; }
            // Past the largest possible array the exact size no longer matters: the caller refuses it.
            if (total > int.MaxValue) return total;
        }
        return total;
    }

    private static byte[] BExpandTabs(ReadOnlySpan<byte> s, long tab, long len)
    {
        var r = new byte[len];
        long col = 0, o = 0;
        foreach (var c in s)
        {
            if (c == '\t') { if (tab > 0) { long inc = tab - col % tab; col += inc; for (; inc > 0; inc--) r[o++] = (byte)' '; } }
            else { r[o++] = c; col = c is (byte)'\n' or (byte)'\r' ? 0 : col + 1; }
        }
        return r;
    }

    private static void InitBytesMethods()
    {
        foreach (var t in new[] { PyBytes.TypeObject, PyByteArray.TypeObject })
        {
            Method(t, "find", BFinder("find", false, false, false));
            Method(t, "rfind", BFinder("rfind", true, false, false));
            Method(t, "index", BFinder("index", false, true, false));
            Method(t, "rindex", BFinder("rindex", true, true, false));
            Method(t, "count", BFinder("count", false, false, true));
            Method(t, "startswith", BAffix("startswith", atEnd: false));
            Method(t, "endswith", BAffix("endswith", atEnd: true));
            Method(t, "split", BSplitter("split", reverse: false));
            Method(t, "rsplit", BSplitter("rsplit", reverse: true));
            Method(t, "strip", BStripper("strip", true, true));
            Method(t, "lstrip", BStripper("lstrip", true, false));
            Method(t, "rstrip", BStripper("rstrip", false, true));
            Method(t, "partition", (a, kw) => { ArgParser.Count($"{BQ(a)}.partition", a[1..], kw, 1, 1); return BPartition(a[0], a[1], false); });
            Method(t, "rpartition", (a, kw) => { ArgParser.Count($"{BQ(a)}.rpartition", a[1..], kw, 1, 1); return BPartition(a[0], a[1], true); });
            Method(t, "splitlines", (a, kw) =>
            {
                var p = BParse("splitlines", a, kw, new[] { "keepends" });
                var s = BSelf(a[0]);
                BCharge(s.Length);
                return BList(a[0], BSplitLines(s, p[0] is not null && Ops.IsTrue(p[0]!)));
            });
            Method(t, "join", (a, kw) =>
            {
                ArgParser.Count($"{BQ(a)}.join", a[1..], kw, 1, 1);
                var items = Ops.ToList(a[1]);
                var sep = BSelf(a[0]).ToArray();
                long total = 0;
                for (int i = 0; i < items.Count; i++)
                {
                    if (items[i] is not (PyBytes or PyByteArray)) throw Err.TypeError($"sequence item {i}: expected a bytes-like object, {Ops.TypeName(items[i])} found");
                    total += Ops.Len(items[i]) + sep.Length;
                }
                Vm.ChargeAllocation(total);
                BCheckSize(total);
                BCharge(total);
                var r = new List<byte>((int)Math.Min(total, int.MaxValue));
                for (int i = 0; i < items.Count; i++)
                {
                    if (i > 0) r.AddRange(sep);
                    r.AddRange(BArg(items[i]));
                }
                return BMake(a[0], r.ToArray());
            });
            Method(t, "replace", (a, kw) =>
            {
                ArgParser.NoKw($"{BQ(a)}.replace", kw);
                ArgParser.Count("replace", a[1..], kw, 2, 3);
                var old = BArg(a[1]);
                var nw = BArg(a[2]);
                long count = a.Length > 3 ? ArgParser.Int(a[3], "replace") : -1;
                var s = BSelf(a[0]);
                BCharge(s.Length);
                long len = BReplacedLength(s, old, nw, count);
                Vm.ChargeAllocation(len);
                BCheckSize(len);
                return BMake(a[0], BReplace(BSelf(a[0]), old, nw, count));
            });
            Method(t, "removeprefix", (a, kw) =>
            {
                ArgParser.Count($"{BQ(a)}.removeprefix", a[1..], kw, 1, 1);
                var x = BArg(a[1]);
                var s = BSelf(a[0]);
                return BMake(a[0], (s.StartsWith(x) ? s[x.Length..] : s).ToArray());
            });
            Method(t, "removesuffix", (a, kw) =>
            {
                ArgParser.Count($"{BQ(a)}.removesuffix", a[1..], kw, 1, 1);
                var x = BArg(a[1]);
                var s = BSelf(a[0]);
                return BMake(a[0], (s.EndsWith(x) && x.Length > 0 ? s[..^x.Length] : s).ToArray());
            });
            Method(t, "upper", BMap("upper", s => { for (int i = 0; i < s.Length; i++) s[i] = BUpper(s[i]); return s; }));
            Method(t, "lower", BMap("lower", s => { for (int i = 0; i < s.Length; i++) s[i] = BLower(s[i]); return s; }));
            Method(t, "swapcase", BMap("swapcase", s => { for (int i = 0; i < s.Length; i++) s[i] = BIsUpper(s[i]) ? BLower(s[i]) : BUpper(s[i]); return s; }));
            Method(t, "capitalize", BMap("capitalize", s => { for (int i = 0; i < s.Length; i++) s[i] = i == 0 ? BUpper(s[i]) : BLower(s[i]); return s; }));
            Method(t, "title", BMap("title", BTitle));
            Method(t, "isascii", BPred("isascii", s => System.Text.Ascii.IsValid(s)));
            Method(t, "isalpha", BPred("isalpha", s => s.Length > 0 && s.IndexOfAnyExcept(s_alpha) < 0));
            Method(t, "isdigit", BPred("isdigit", s => s.Length > 0 && s.IndexOfAnyExceptInRange((byte)'0', (byte)'9') < 0));
            Method(t, "isalnum", BPred("isalnum", s => s.Length > 0 && s.IndexOfAnyExcept(s_alnum) < 0));
            Method(t, "isspace", BPred("isspace", s => s.Length > 0 && s.IndexOfAnyExcept(s_space) < 0));
            Method(t, "islower", BPred("islower", s => s.IndexOfAnyInRange((byte)'a', (byte)'z') >= 0 && s.IndexOfAnyInRange((byte)'A', (byte)'Z') < 0));
            Method(t, "isupper", BPred("isupper", s => s.IndexOfAnyInRange((byte)'A', (byte)'Z') >= 0 && s.IndexOfAnyInRange((byte)'a', (byte)'z') < 0));
            Method(t, "istitle", BPred("istitle", BIsTitle));
            Method(t, "center", BJustify("center", 0));
            Method(t, "ljust", BJustify("ljust", 1));
            Method(t, "rjust", BJustify("rjust", 2));
            Method(t, "zfill", (a, kw) =>
            {
                ArgParser.Count($"{Ops.TypeName(a[0])}.zfill", a[1..], kw, 1, 1);
                long width = ArgParser.Int(a[1], "zfill");
                var s = BSelf(a[0]);
                if (width <= s.Length) return BMake(a[0], s.ToArray());
                Vm.ChargeAllocation(width);
                BCheckSize(width);
                BCharge(width);
                var r = new byte[width];
                long pad = width - s.Length;
                r.AsSpan(0, (int)pad).Fill((byte)'0');
                s.CopyTo(r.AsSpan((int)pad));
                // A leading sign moves in front of the zeros, as in str.zfill.
                if (s.Length > 0 && s[0] is (byte)'+' or (byte)'-') { r[0] = s[0]; r[pad] = (byte)'0'; }
                return BMake(a[0], r);
            });
            Method(t, "expandtabs", (a, kw) =>
            {
                var p = BParse("expandtabs", a, kw, new[] { "tabsize" });
                long tab = p[0] is null ? 8 : ArgParser.Int(p[0]!, "expandtabs");
                var s = BSelf(a[0]);
                BCharge(s.Length);
                long len = BExpandedLength(s, tab);
                Vm.ChargeAllocation(len);
                BCheckSize(len);
                BCharge(len);
                return BMake(a[0], BExpandTabs(BSelf(a[0]), tab, len));
            });
            Method(t, "hex", BHex);
            Method(t, "translate", BTranslate);
            t.Members["maketrans"] = new PyBuiltinFunction("maketrans", BMakeTrans, t) { IsStatic = true };
            var isArray = t == PyByteArray.TypeObject;
            ClassMethod(t, "fromhex", (a, kw) =>
            {
                ArgParser.Count(isArray ? "bytearray.fromhex" : "bytes.fromhex", a[1..], kw, 1, 1);
                var r = BFromHex(a[1]);
                return isArray ? new PyByteArray(r) : new PyBytes(r);
            });
        }
        InitByteArrayMutators();
    }
}
