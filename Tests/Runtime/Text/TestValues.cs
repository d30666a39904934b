using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using RuleSandbox.Engine.Runtime.Text;

namespace RuleSandbox.Tests.Runtime.Text;

/// <summary>
/// A tiny stand-in for interpreter objects (str, int, float, tuple, list, dict, SimpleNamespace, None),
/// decoded from the generator's tagged JSON, so the format drivers can be tested without the interpreter.
/// </summary>
internal static class TestValues
{
    public sealed record Tuple(List<object?> Items);

    public sealed record PyList(List<object?> Items);

    public sealed record Dict(List<KeyValuePair<string, object?>> Items);

    public sealed record Ns(List<KeyValuePair<string, object?>> Items);

    public static object? Decode(string json) => Decode(JsonDocument.Parse(json).RootElement);

    private static object? Decode(JsonElement e)
    {
        string tag = e[0].GetString()!;
        var v = e[1];
        return tag switch
        {
            "s" => v.GetString()!,
            "i" => BigInteger.Parse(v.GetString()!, CultureInfo.InvariantCulture),
            "f" => CaseRunner.ParseDouble(v.GetString()!),
            "t" => new Tuple(v.EnumerateArray().Select(Decode).ToList()),
            "l" => new PyList(v.EnumerateArray().Select(Decode).ToList()),
            "d" => new Dict(v.EnumerateArray().Select(p => new KeyValuePair<string, object?>(p[0].GetString()!, Decode(p[1]))).ToList()),
            "n" => new Ns(v.EnumerateArray().Select(p => new KeyValuePair<string, object?>(p[0].GetString()!, Decode(p[1]))).ToList()),
            "none" => null,
            "b" => v.GetString() == "True",
            _ => throw new InvalidOperationException(tag),
        };
    }

    public static string TypeName(object? v) => v switch
    {
        null => "NoneType",
        string => "str",
        BigInteger => "int",
        double => "float",
        Tuple => "tuple",
        PyList => "list",
        Dict => "dict",
        Ns => "types.SimpleNamespace",
        _ => "object",
    };

    public static string Repr(object? v) => v switch
    {
        null => "None",
        string s => CaseRunner.Repr(s),
        BigInteger i => NumberFormatter.IntToString(i),
        double d => FloatFormatter.Repr(d),
        Tuple t => t.Items.Count == 1 ? "(" + Repr(t.Items[0]) + ",)" : "(" + string.Join(", ", t.Items.Select(Repr)) + ")",
        PyList l => "[" + string.Join(", ", l.Items.Select(Repr)) + "]",
        Dict d => "{" + string.Join(", ", d.Items.Select(p => CaseRunner.Repr(p.Key) + ": " + Repr(p.Value))) + "}",
        Ns n => "namespace(" + string.Join(", ", n.Items.Select(p => p.Key + "=" + Repr(p.Value))) + ")",
        _ => throw new InvalidOperationException(),
    };

    public static string Str(object? v) => v is string s ? s : Repr(v);

    public static string Ascii(object? v)
    {
        var sb = new StringBuilder();
        string r = Repr(v);
        for (int i = 0; i < r.Length;)
        {
            int cp = CodePoints.At(r, i, out int u);
            i += u;
            if (cp < 128) sb.Append((char)cp);
            else if (cp <= 0xff) sb.Append("\\x").Append(cp.ToString("x2", CultureInfo.InvariantCulture));
            else if (cp <= 0xffff) sb.Append("\\u").Append(cp.ToString("x4", CultureInfo.InvariantCulture));
            else sb.Append("\\U").Append(cp.ToString("x8", CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    public static string Format(object? v, string spec) => v switch
    {
        string s => NumberFormatter.FormatStr(s, FormatSpec.Parse(spec, "str")),
        BigInteger i => NumberFormatter.FormatInt(i, FormatSpec.Parse(spec, "int")),
        double d => NumberFormatter.FormatFloat(d, FormatSpec.Parse(spec, "float")),
        _ when spec.Length == 0 => Str(v),
        _ => throw new TextError("TypeError", $"unsupported format string passed to {TypeName(v)}.__format__"),
    };

    private static TextError KeyError(object key) => new("KeyError", Repr(key));

    /// <summary>str.format's view of positional and keyword arguments.</summary>
    public sealed class Evaluator(IReadOnlyList<object?> args, Dict kwargs) : IFormatFieldEvaluator<object?>
    {
        public object? GetPositional(int index)
            => index < args.Count ? args[index] : throw FormatString.IndexOutOfRange(index);

        public object? GetKeyword(string key) => Lookup(kwargs, key);

        public object? GetAttribute(object? value, string name)
        {
            if (value is Ns ns)
            {
                foreach (var p in ns.Items) if (p.Key == name) return p.Value;
            }
            throw new TextError("AttributeError", $"'{TypeName(value)}' object has no attribute '{name}'");
        }

        public object? GetIndex(object? value, int index) => value switch
        {
            PyList l => index < l.Items.Count ? l.Items[index] : throw new TextError("IndexError", "list index out of range"),
            string s => index < CodePoints.Length(s) ? CodePoints.ItemAt(s, index) : throw new TextError("IndexError", "string index out of range"),
            Dict => throw KeyError(new BigInteger(index)),
            _ => throw new TextError("TypeError", $"'{TypeName(value)}' object is not subscriptable"),
        };

        public object? GetItem(object? value, string key) => value switch
        {
            Dict d => Lookup(d, key),
            PyList => throw new TextError("TypeError", "list indices must be integers or slices, not str"),
            string => throw new TextError("TypeError", "string indices must be integers, not 'str'"),
            _ => throw new TextError("TypeError", $"'{TypeName(value)}' object is not subscriptable"),
        };

        public object? Convert(object? value, char conversion)
            => conversion == 's' ? Str(value) : conversion == 'r' ? Repr(value) : Ascii(value);

        public string Format(object? value, string spec) => TestValues.Format(value, spec);
    }

    private static object? Lookup(Dict d, string key)
    {
        foreach (var p in d.Items) if (p.Key == key) return p.Value;
        throw KeyError(key);
    }

    /// <summary>printf's view of values.</summary>
    public sealed class Host : IPrintfHost<object?>
    {
        public object? GetItem(object? mapping, string key) => mapping is Dict d
            ? Lookup(d, key)
            : throw new TextError("TypeError", $"{TypeName(mapping)} indices must be integers or slices, not str");

        public string ToText(object? value, char conversion)
            => conversion == 's' ? Str(value) : conversion == 'r' ? Repr(value) : Ascii(value);

        public BigInteger? ToInteger(object? value, char conversion) => value switch
        {
            BigInteger i => i,
            double d when conversion is 'd' or 'i' or 'u' => FloatFormatter.Truncate(d),
            _ => null,
        };

        public double? ToDouble(object? value) => value switch
        {
            double d => d,
            BigInteger i => NumberFormatter.ToDouble(i),
            _ => null,
        };

        public BigInteger? AsInt(object? value) => value as BigInteger?;

        public string? AsStr(object? value) => value as string;

        public string TypeName(object? value) => TestValues.TypeName(value);
    }
}
