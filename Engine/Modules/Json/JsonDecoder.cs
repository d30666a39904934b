using System.Globalization;
using System.Text;
using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Json;

/// <summary>
/// <c>json.loads</c>: CPython's scanner (strict mode) with its error messages and positions,
/// the hooks (<c>object_hook</c>, <c>object_pairs_hook</c>, <c>parse_float</c>, <c>parse_int</c>,
/// <c>parse_constant</c>), and per-value metering.
/// </summary>
internal sealed class JsonDecoder
{
    private const int MaxDepth = 990;
    private readonly string _s;
    private readonly PyStr _doc;
    private int _depth;

    public PyObject? ObjectHook { get; init; }
    public PyObject? ObjectPairsHook { get; init; }
    public PyObject? ParseFloat { get; init; }
    public PyObject? ParseInt { get; init; }
    public PyObject? ParseConstant { get; init; }

    /// <summary>False lets control characters appear inside strings (<c>strict=False</c>).</summary>
    public bool Strict { get; init; } = true;

    public JsonDecoder(PyStr doc)
    {
        _doc = doc;
        _s = doc.Value;
    }

    private static Vm Vm => Vm.Current!;

    /// <summary>Decodes the whole document (JSONDecoder.decode).</summary>
    public PyObject Decode()
    {
        Vm.Charge(_s.Length >> 4);
        int i = SkipWs(0);
        var v = ScanOnce(i, out int end) ?? throw Error("Expecting value", i);
        end = SkipWs(end);
        if (end != _s.Length) throw Error("Extra data", end);
        return v;
    }

    /// <summary>
    /// One value starting exactly at code point <paramref name="start"/>, and the code point index
    /// just after it (JSONDecoder.raw_decode: no whitespace is skipped, trailing data is allowed).
    /// </summary>
    public (PyObject Value, int End) RawDecode(int start)
    {
        int i = Utf16Index(start);
        Vm.Charge((_s.Length - i) >> 4);
        var v = ScanOnce(i, out int end) ?? throw Error("Expecting value", i);
        return (v, CodePointIndex(end));
    }

    private int Utf16Index(int codePoint)
    {
        if (_doc.IsSimple) return System.Math.Min(codePoint, _s.Length);
        int k = 0;
        for (int cp = 0; cp < codePoint && k < _s.Length; cp++)
            k += char.IsHighSurrogate(_s[k]) && k + 1 < _s.Length && char.IsLowSurrogate(_s[k + 1]) ? 2 : 1;
        return k;
    }

    private int SkipWs(int i)
    {
        while (i < _s.Length && _s[i] is ' ' or '\t' or '\n' or '\r') i++;
        return i;
    }

    /// <summary>The JSONDecodeError at UTF-16 index <paramref name="index"/> (reported in code points).</summary>
    private PythonException Error(string msg, int index) => JsonModule.DecodeError(msg, _doc, CodePointIndex(index));

    private int CodePointIndex(int index)
    {
        if (_doc.IsSimple) return index;
        int cp = 0;
        for (int k = 0; k < index && k < _s.Length; k++)
        {
            if (char.IsHighSurrogate(_s[k]) && k + 1 < _s.Length && char.IsLowSurrogate(_s[k + 1])) k++;
            cp++;
        }
        return cp;
    }

    /// <summary>One value starting exactly at <paramref name="i"/>; null when none starts there.</summary>
    private PyObject? ScanOnce(int i, out int end)
    {
        Vm.Charge(1);
        end = i;
        if (i >= _s.Length) return null;
        char c = _s[i];
        switch (c)
        {
            case '"':
                return PyStr.From(ScanString(i + 1, out end));
            case '{':
                return Nested(ScanObject, i + 1, out end);
            case '[':
                return Nested(ScanArray, i + 1, out end);
            case 'n' when Matches(i, "null"): end = i + 4; return PyNone.Instance;
            case 't' when Matches(i, "true"): end = i + 4; return PyBool.True;
            case 'f' when Matches(i, "false"): end = i + 5; return PyBool.False;
            case 'N' when Matches(i, "NaN"): end = i + 3; return Constant("NaN", double.NaN);
            case 'I' when Matches(i, "Infinity"): end = i + 8; return Constant("Infinity", double.PositiveInfinity);
            case '-' when Matches(i, "-Infinity"): end = i + 9; return Constant("-Infinity", double.NegativeInfinity);
        }
        return ScanNumber(i, out end);
    }

    private PyObject Nested(Func<int, (PyObject Value, int End)> scan, int start, out int end)
    {
        // Deep nesting is refused like CPython's recursion check, before the C# stack runs out.
        if (++_depth > MaxDepth) throw Err.New(ExcTypes.RecursionError, "maximum recursion depth exceeded while decoding a JSON document");
        try
        {
            var r = scan(start);
            end = r.End;
            return r.Value;
        }
        finally { _depth--; }
    }

    private bool Matches(int i, string word) => i + word.Length <= _s.Length && string.CompareOrdinal(_s, i, word, 0, word.Length) == 0;

    private PyObject Constant(string name, double value)
        => ParseConstant is not null ? Vm.Call(ParseConstant, PyStr.From(name))
            : PyFloat.From(double.IsNaN(value) ? BitConverter.Int64BitsToDouble(0x7FF8000000000000) : value);

    private PyObject? ScanNumber(int start, out int end)
    {
        int i = start;
        end = start;
        if (i < _s.Length && _s[i] == '-') i++;
        if (i >= _s.Length) return null;
        if (_s[i] == '0') i++;
        else if (_s[i] is >= '1' and <= '9')
        {
            while (i < _s.Length && _s[i] is >= '0' and <= '9') i++;
        }
        else return null;
        bool isFloat = false;
        if (i + 1 < _s.Length && _s[i] == '.' && _s[i + 1] is >= '0' and <= '9')
        {
            isFloat = true;
            i += 2;
            while (i < _s.Length && _s[i] is >= '0' and <= '9') i++;
        }
        if (i < _s.Length && _s[i] is 'e' or 'E')
        {
            int j = i + 1;
            if (j < _s.Length && _s[j] is '+' or '-') j++;
            if (j < _s.Length && _s[j] is >= '0' and <= '9')
            {
                while (j < _s.Length && _s[j] is >= '0' and <= '9') j++;
                isFloat = true;
                i = j;
            }
        }
        end = i;
        string text = _s.Substring(start, i - start);
        Vm.Charge(text.Length >> 3);
        if (isFloat)
        {
            if (ParseFloat is not null) return Vm.Call(ParseFloat, PyStr.From(text));
            return PyFloat.From(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture));
        }
        if (ParseInt is not null) return Vm.Call(ParseInt, PyStr.From(text));
        if (text.Length <= 18) return PyInt.From(long.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
        // Long literals go through int() so CPython's digit limit applies.
        return Vm.Call(PyInt.TypeObject, PyStr.From(text));
    }

    /// <summary>A string body from <paramref name="i"/> (just after the opening quote).</summary>
    private string ScanString(int i, out int end)
    {
        int begin = i - 1;
        StringBuilder? sb = null;
        int chunk = i;
        while (true)
        {
            if (i >= _s.Length) throw Error("Unterminated string starting at", begin);
            char c = _s[i];
            if (c == '"')
            {
                end = i + 1;
                if (sb is null) return _s.Substring(chunk, i - chunk);
                sb.Append(_s, chunk, i - chunk);
                return sb.ToString();
            }
            if (c < 0x20 && Strict) throw Error("Invalid control character at", i);
            if (c != '\\') { i++; continue; }
            sb ??= new StringBuilder();
            sb.Append(_s, chunk, i - chunk);
            if (i + 1 >= _s.Length) throw Error("Unterminated string starting at", begin);
            char e = _s[i + 1];
            switch (e)
            {
                case '"': sb.Append('"'); i += 2; break;
                case '\\': sb.Append('\\'); i += 2; break;
                case '/': sb.Append('/'); i += 2; break;
                case 'b': sb.Append('\b'); i += 2; break;
                case 'f': sb.Append('\f'); i += 2; break;
                case 'n': sb.Append('\n'); i += 2; break;
                case 'r': sb.Append('\r'); i += 2; break;
                case 't': sb.Append('\t'); i += 2; break;
                case 'u':
                {
                    int u = Hex4(i + 2) ?? throw Error("Invalid \\uXXXX escape", i + 1);
                    i += 6;
                    if (u is >= 0xD800 and <= 0xDBFF && i + 1 < _s.Length && _s[i] == '\\' && _s[i + 1] == 'u')
                    {
                        int u2 = Hex4(i + 2) ?? throw Error("Invalid \\uXXXX escape", i + 1);
                        if (u2 is >= 0xDC00 and <= 0xDFFF)
                        {
                            sb.Append((char)u).Append((char)u2);
                            i += 6;
                            break;
                        }
                    }
                    sb.Append((char)u);
                    break;
                }
                default:
                    throw Error("Invalid \\escape", i);
            }
            chunk = i;
        }
    }

    private int? Hex4(int i)
    {
        if (i + 4 > _s.Length) return null;
        int v = 0;
        for (int k = 0; k < 4; k++)
        {
            char h = _s[i + k];
            int d = h is >= '0' and <= '9' ? h - '0' : h is >= 'a' and <= 'f' ? h - 'a' + 10 : h is >= 'A' and <= 'F' ? h - 'A' + 10 : -1;
            if (d < 0) return null;
            v = v * 16 + d;
        }
        return v;
    }

    private (PyObject, int) ScanObject(int i)
    {
        int endOut;
        var pairs = new List<(PyObject Key, PyObject Value)>();
        i = SkipWs(i);
        if (i < _s.Length && _s[i] == '}')
        {
            endOut = i + 1;
            return (FinishObject(pairs), endOut);
        }
        while (true)
        {
            if (i >= _s.Length || _s[i] != '"') throw Error("Expecting property name enclosed in double quotes", i);
            var key = MemoKey(ScanString(i + 1, out i));
            i = SkipWs(i);
            if (i >= _s.Length || _s[i] != ':') throw Error("Expecting ':' delimiter", i);
            i = SkipWs(i + 1);
            var value = ScanOnce(i, out int e) ?? throw Error("Expecting value", i);
            pairs.Add((key, value));
            i = SkipWs(e);
            if (i < _s.Length && _s[i] == '}') { endOut = i + 1; break; }
            if (i >= _s.Length || _s[i] != ',') throw Error("Expecting ',' delimiter", i);
            i = SkipWs(i + 1);
        }
        return (FinishObject(pairs), endOut);
    }

    // Keys repeat across the objects of a document (every order has "id", "total"...): one str
    // per distinct key, as CPython's scanner memoizes them, so its hash is computed once.
    private readonly Dictionary<string, PyStr> _keys = new(StringComparer.Ordinal);

    private PyStr MemoKey(string text)
    {
        if (_keys.TryGetValue(text, out var key)) return key;
        key = PyStr.From(text);
        _keys[text] = key;
        return key;
    }

    private PyObject FinishObject(List<(PyObject Key, PyObject Value)> pairs)
    {
        Vm.ChargeAllocation(pairs.Count * 48L);
        if (ObjectPairsHook is not null)
        {
            var list = new List<PyObject>(pairs.Count);
            foreach (var (k, v) in pairs) list.Add(PyTuple.From(new[] { k, v }));
            return Vm.Call(ObjectPairsHook, new PyList(list));
        }
        var d = new PyDict(pairs.Count);
        foreach (var (k, v) in pairs) d.Set(k, v);
        return ObjectHook is not null ? Vm.Call(ObjectHook, d) : d;
    }

    private (PyObject, int) ScanArray(int i)
    {
        int endOut;
        var items = new List<PyObject>();
        i = SkipWs(i);
        if (i < _s.Length && _s[i] == ']')
        {
            endOut = i + 1;
            return (new PyList(items), endOut);
        }
        while (true)
        {
            var value = ScanOnce(i, out int e) ?? throw Error("Expecting value", i);
            items.Add(value);
            i = SkipWs(e);
            if (i < _s.Length && _s[i] == ']') { endOut = i + 1; break; }
            if (i >= _s.Length || _s[i] != ',') throw Error("Expecting ',' delimiter", i);
            i = SkipWs(i + 1);
        }
        Vm.ChargeAllocation(items.Count * 8L);
        return (new PyList(items), endOut);
    }
}
