using System.Text;
using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;
using RuleSandbox.Engine.Syntax;

namespace RuleSandbox.Engine.Modules.Json;

/// <summary>
/// <c>json.dumps</c>: CPython's encoder output byte for byte (separators, indentation, key
/// conversion and sorting, ASCII escaping, float repr, NaN handling, <c>default=</c>).
/// Work is charged per value and the output size is checked against the memory limit as it grows.
/// </summary>
internal sealed class JsonEncoder
{
    private const int MaxDepth = 990;
    private readonly StringBuilder _sb = new();
    private readonly HashSet<PyObject>? _markers;
    private long _checkedLength;

    public bool SkipKeys { get; init; }
    public bool EnsureAscii { get; init; } = true;
    public bool AllowNan { get; init; } = true;
    public bool SortKeys { get; init; }
    public string? Indent { get; init; }
    public string ItemSeparator { get; init; } = ", ";
    public string KeySeparator { get; init; } = ": ";
    public PyObject? Default { get; init; }

    public JsonEncoder(bool checkCircular)
    {
        if (checkCircular) _markers = new HashSet<PyObject>(ReferenceEqualityComparer.Instance);
    }

    private static Vm Vm => Vm.Current!;

    /// <summary>The JSON text of <paramref name="o"/>.</summary>
    public string Encode(PyObject o)
    {
        EncodeValue(o, 0);
        Vm.ChargeAllocation((_sb.Length - _checkedLength) * 2);
        return _sb.ToString();
    }

    private void Grow()
    {
        // Check the memory limit every 4 KB of output so a huge document fails before it is built.
        long n = _sb.Length;
        if (n - _checkedLength > 4096)
        {
            Vm.CheckAllocation(n * 2);
            Vm.ChargeAllocation((n - _checkedLength) * 2);
            _checkedLength = n;
        }
    }

    private void EncodeValue(PyObject o, int level)
    {
        Vm.Charge(1);
        switch (o)
        {
            case PyStr s: EncodeString(s.Value); break;
            case PyNone: _sb.Append("null"); break;
            case PyBool b: _sb.Append(ReferenceEquals(b, PyBool.True) ? "true" : "false"); break;
            case PyInt i: _sb.Append(IntOps.ToDecimal(i)); break;
            case PyFloat f: _sb.Append(FloatStr(f.Value)); break;
            case PyList l: EncodeList(o, l.Items, level); break;
            case PyTuple t: EncodeList(o, t.Items, level); break;
            case PyDict d: EncodeDict(d, level); break;
            default:
                if (Default is null) throw Err.TypeError($"Object of type {Ops.TypeName(o)} is not JSON serializable");
                Enter(o, level);
                EncodeValue(Vm.Call(Default, o), level);
                Leave(o);
                break;
        }
        Grow();
    }

    private void Enter(PyObject o, int level)
    {
        if (level > MaxDepth) throw Err.New(ExcTypes.RecursionError, "maximum recursion depth exceeded while encoding a JSON object");
        if (_markers is not null && !_markers.Add(o)) throw Err.ValueError("Circular reference detected");
    }

    private void Leave(PyObject o) => _markers?.Remove(o);

    private string FloatStr(double d)
    {
        if (double.IsFinite(d)) return LiteralRepr.Float(d);
        string text = double.IsNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
        if (!AllowNan) throw Err.ValueError("Out of range float values are not JSON compliant: " + LiteralRepr.Float(d));
        return text;
    }

    private void NewLine(int level)
    {
        _sb.Append('\n');
        for (int i = 0; i < level; i++) _sb.Append(Indent);
    }

    private void EncodeList(PyObject o, IList<PyObject> items, int level)
    {
        if (items.Count == 0) { _sb.Append("[]"); return; }
        Enter(o, level);
        _sb.Append('[');
        if (Indent is not null) NewLine(level + 1);
        for (int i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                _sb.Append(ItemSeparator);
                if (Indent is not null) NewLine(level + 1);
            }
            EncodeValue(items[i], level + 1);
        }
        if (Indent is not null) NewLine(level);
        _sb.Append(']');
        Leave(o);
    }

    private void EncodeDict(PyDict d, int level)
    {
        if (d.Count == 0) { _sb.Append("{}"); return; }
        Enter(d, level);
        var items = d.Items().ToList();
        Vm.Charge(items.Count);
        if (SortKeys) items = MergeSort(items);
        _sb.Append('{');
        if (Indent is not null) NewLine(level + 1);
        bool first = true;
        foreach (var kv in items)
        {
            string key;
            switch (kv.Key)
            {
                case PyStr s: key = s.Value; break;
                case PyFloat f: key = FloatStr(f.Value); break;
                case PyBool b: key = ReferenceEquals(b, PyBool.True) ? "true" : "false"; break;
                case PyNone: key = "null"; break;
                case PyInt i: key = IntOps.ToDecimal(i); break;
                default:
                    if (SkipKeys) continue;
                    throw Err.TypeError($"keys must be str, int, float, bool or None, not {Ops.TypeName(kv.Key)}");
            }
            if (!first)
            {
                _sb.Append(ItemSeparator);
                if (Indent is not null) NewLine(level + 1);
            }
            first = false;
            EncodeString(key);
            _sb.Append(KeySeparator);
            EncodeValue(kv.Value, level + 1);
        }
        if (Indent is not null) NewLine(level);
        _sb.Append('}');
        Leave(d);
    }

    /// <summary>A stable sort by key using only Python's <c>&lt;</c>, like <c>sorted(d.items())</c>.</summary>
    private static List<KeyValuePair<PyObject, PyObject>> MergeSort(List<KeyValuePair<PyObject, PyObject>> items)
    {
        if (items.Count <= 1) return items;
        int mid = items.Count / 2;
        var left = MergeSort(items.GetRange(0, mid));
        var right = MergeSort(items.GetRange(mid, items.Count - mid));
        var result = new List<KeyValuePair<PyObject, PyObject>>(items.Count);
        int i = 0, j = 0;
        while (i < left.Count && j < right.Count)
        {
            Vm.Charge(1);
            if (Ops.LessThan(right[j].Key, left[i].Key)) result.Add(right[j++]);
            else result.Add(left[i++]);
        }
        while (i < left.Count) result.Add(left[i++]);
        while (j < right.Count) result.Add(right[j++]);
        return result;
    }

    private void EncodeString(string s)
    {
        Vm.Charge(s.Length >> 4);
        _sb.Append('"');
        foreach (char c in s)
        {
            switch (c)
            {
                case '"': _sb.Append("\\\""); break;
                case '\\': _sb.Append("\\\\"); break;
                case '\n': _sb.Append("\\n"); break;
                case '\r': _sb.Append("\\r"); break;
                case '\t': _sb.Append("\\t"); break;
                case '\b': _sb.Append("\\b"); break;
                case '\f': _sb.Append("\\f"); break;
                default:
                    // With ensure_ascii every non-ASCII UTF-16 unit is escaped, so astral
                    // characters come out as a surrogate pair, as in CPython.
                    if (c < 0x20 || (EnsureAscii && c > 0x7e)) _sb.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                    else _sb.Append(c);
                    break;
            }
        }
        _sb.Append('"');
    }
}
