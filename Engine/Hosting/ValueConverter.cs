using System.Collections;
using System.Numerics;
using System.Text.Json;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Hosting;

/// <summary>Converts between JSON-compatible .NET values and Python objects.</summary>
public static class ValueConverter
{
    private const int MaxDepth = 200;

    /// <summary>A .NET value (null, bool, integers, floating point, decimal, string, lists, string-keyed dictionaries, JsonElement) as a Python object.</summary>
    /// <exception cref="HostValueException">The value has no Python counterpart.</exception>
    public static PyObject ToPython(object? value, int depth = 0)
    {
        if (depth > MaxDepth) throw new HostValueException("input nested too deeply");
        switch (value)
        {
            case null: return PyNone.Instance;
            case PyObject p: return p;
            case bool b: return PyBool.From(b);
            case int i: return PyInt.From(i);
            case long l: return PyInt.From(l);
            case short s: return PyInt.From(s);
            case byte by: return PyInt.From(by);
            case uint ui: return PyInt.From(ui);
            case ulong ul: return PyInt.From(new BigInteger(ul));
            case BigInteger bi: return PyInt.From(bi);
            case double d: return PyFloat.From(d);
            case float f: return PyFloat.From(f);
            case decimal m: return PyFloat.From((double)m);
            case string str: return new PyStr(str);
            case JsonElement je: return FromJson(je, depth);
            case IDictionary dict:
            {
                var d = new PyDict();
                foreach (DictionaryEntry kv in dict)
                {
                    if (kv.Key is not string key) throw new HostValueException($"dictionary keys must be strings, not {kv.Key.GetType().Name}");
                    d.Set(new PyStr(key), ToPython(kv.Value, depth + 1));
                }
                return d;
            }
            case IEnumerable e:
            {
                var items = new List<PyObject>();
                foreach (var x in e) items.Add(ToPython(x, depth + 1));
                return new PyList(items);
            }
        }
        throw new HostValueException($"a value of .NET type {value.GetType().Name} cannot be passed to Python");
    }

    /// <summary>Parses a JSON object into globals.</summary>
    /// <exception cref="HostValueException">The text is not a JSON object.</exception>
    public static Dictionary<string, PyObject> ParseInputJson(string json)
    {
        JsonDocument doc;
        try { doc = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = MaxDepth }); }
        catch (JsonException e) { throw new HostValueException($"input is not valid JSON: {e.Message}"); }
        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Object) throw new HostValueException("input JSON must be an object");
            var r = new Dictionary<string, PyObject>(StringComparer.Ordinal);
            foreach (var p in doc.RootElement.EnumerateObject()) r[p.Name] = FromJson(p.Value, 1);
            return r;
        }
    }

    private static PyObject FromJson(JsonElement e, int depth)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Null: return PyNone.Instance;
            case JsonValueKind.True: return PyBool.True;
            case JsonValueKind.False: return PyBool.False;
            case JsonValueKind.String: return new PyStr(e.GetString()!);
            case JsonValueKind.Number:
            {
                var raw = e.GetRawText();
                if (raw.IndexOfAny(new[] { '.', 'e', 'E' }) < 0 && BigInteger.TryParse(raw, out var bi)) return PyInt.From(bi);
                return PyFloat.From(e.GetDouble());
            }
            case JsonValueKind.Array:
                return new PyList(e.EnumerateArray().Select(x => FromJson(x, depth + 1)).ToList());
            case JsonValueKind.Object:
            {
                var d = new PyDict();
                foreach (var p in e.EnumerateObject()) d.Set(new PyStr(p.Name), FromJson(p.Value, depth + 1));
                return d;
            }
        }
        throw new HostValueException($"unsupported JSON value {e.ValueKind}");
    }

    /// <summary>A Python value as JSON-compatible .NET values.</summary>
    /// <exception cref="HostValueException">The value (or something inside it) cannot cross to the host.</exception>
    public static object? FromPython(PyObject value, int depth = 0)
    {
        if (depth > MaxDepth) throw new HostValueException("result nested too deeply (or recursive)");
        switch (value)
        {
            case PyNone: return null;
            case PyBool b: return b.Value;
            case PyInt i: return i.IsBig ? (object)i.Big : i.Small;
            case PyFloat f: return f.Value;
            case PyStr s: return s.Value;
            case PyList l: return l.Items.Select(x => FromPython(x, depth + 1)).ToList();
            case PyTuple t: return t.Items.Select(x => FromPython(x, depth + 1)).ToList();
            case PyDict d:
            {
                var r = new Dictionary<string, object?>(StringComparer.Ordinal);
                foreach (var kv in d.Items())
                {
                    if (kv.Key is not PyStr ks) throw new HostValueException($"dict keys must be str to cross to the host, not '{kv.Key.Type.Name}'");
                    r[ks.Value] = FromPython(kv.Value, depth + 1);
                }
                return r;
            }
        }
        throw new HostValueException($"a value of type '{value.Type.Name}' cannot be returned to the host");
    }
}
