namespace RuleSandbox.Engine.Runtime.Objects;

/// <summary>
/// Python <c>str</c>: a sequence of code points. Stored as a .NET string; strings with no
/// surrogate pairs (the common case) index directly, others keep a code-point array made on
/// first indexing, so <c>len('😀') == 1</c> and slicing never splits a pair.
/// </summary>
public class PyStr : PyObject
{
    /// <summary><c>str</c>.</summary>
    public static readonly PyType TypeObject = PyType.NewBuiltin("str", null);

    /// <summary>The empty string.</summary>
    public static readonly PyStr Empty = new("");

    private static readonly PyStr[] s_ascii = BuildAscii();

    private int _hash;
    private bool _hashed;
    private int[]? _codePoints;
    private readonly int _state; // 1 = no surrogates, 2 = has surrogates

    /// <summary>A str holding <paramref name="value"/> (subclass instances: <see cref="PyStrSub"/>).</summary>
    public PyStr(string value)
    {
        Value = value;
        _state = HasSurrogate(value) ? 2 : 1;
    }

    private PyStr(string value, bool simple)
    {
        Value = value;
        _state = simple ? 1 : 2;
    }

    /// <summary>The concatenation of two strs; skips the surrogate scan when both parts are simple.</summary>
    public static PyStr Concat(PyStr a, PyStr b)
    {
        var s = string.Concat(a.Value, b.Value);
        // A pair can only form across the seam if a ends in a high surrogate (then a is not simple).
        return a.IsSimple && b.IsSimple ? new PyStr(s, true) : new PyStr(s);
    }

    /// <summary>
    /// A str for text built from parts whose surrogate state is known (<paramref name="simple"/>:
    /// no part had a surrogate, so neither has the whole), skipping the scan.
    /// </summary>
    internal static PyStr FromKnown(string value, bool simple)
        => value.Length == 0 ? Empty : simple ? new PyStr(value, true) : new PyStr(value);

    private static PyStr[] BuildAscii()
    {
        var a = new PyStr[128];
        for (int i = 0; i < 128; i++) a[i] = new PyStr(((char)i).ToString());
        return a;
    }

    private static bool HasSurrogate(string s)
    {
        foreach (char c in s) if (char.IsSurrogate(c)) return true;
        return false;
    }

    /// <summary>A str, shared for empty and one-character ASCII strings.</summary>
    public static PyStr From(string value)
    {
        if (value.Length == 0) return Empty;
        if (value.Length == 1 && value[0] < 128) return s_ascii[value[0]];
        return new PyStr(value);
    }

    /// <summary>The str of one code point.</summary>
    public static PyStr FromCodePoint(int cp)
        => cp < 128 ? s_ascii[cp] : new PyStr(cp < 0x10000 ? ((char)cp).ToString() : char.ConvertFromUtf32(cp));

    /// <summary>The UTF-16 text.</summary>
    public string Value { get; }

    /// <summary>True when every code point is one UTF-16 unit.</summary>
    public bool IsSimple => _state == 1;

    /// <summary>Length in code points.</summary>
    public int Length => IsSimple ? Value.Length : CodePoints.Length;

    /// <summary>The code points (made on first use for strings with surrogate pairs).</summary>
    public int[] CodePoints => _codePoints ??= ToCodePoints(Value);

    /// <summary>Code point at <paramref name="i"/> (0 ≤ i &lt; Length).</summary>
    public int CodePointAt(int i) => IsSimple ? Value[i] : CodePoints[i];

    /// <summary>The substring of code points [start, start+count).</summary>
    public string Substring(int start, int count)
    {
        if (IsSimple) return Value.Substring(start, count);
        var sb = new System.Text.StringBuilder(count);
        var cps = CodePoints;
        for (int i = start; i < start + count; i++) AppendCodePoint(sb, cps[i]);
        return sb.ToString();
    }

    /// <summary>Appends a code point (lone surrogates kept as they are).</summary>
    public static void AppendCodePoint(System.Text.StringBuilder sb, int cp)
    {
        if (cp < 0x10000) sb.Append((char)cp);
        else sb.Append(char.ConvertFromUtf32(cp));
    }

    /// <summary>Splits UTF-16 text into code points, keeping lone surrogates as themselves.</summary>
    public static int[] ToCodePoints(string s)
    {
        var list = new List<int>(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                list.Add(char.ConvertToUtf32(c, s[i + 1]));
                i++;
            }
            else list.Add(c);
        }
        return list.ToArray();
    }

    /// <summary>Python's hash of the string (deterministic: this runtime does not randomise).</summary>
    public int Hash
    {
        get
        {
            if (!_hashed)
            {
                // FNV-1a over UTF-16 units: deterministic across runs and processes.
                uint h = 2166136261;
                foreach (char c in Value) { h ^= c; h *= 16777619; }
                int r = (int)h;
                _hash = r == -1 ? -2 : r;
                _hashed = true;
            }
            return _hash;
        }
    }

    /// <inheritdoc />
    public override PyType Type => TypeObject;

    /// <inheritdoc />
    public override string ToString() => Value;
}
