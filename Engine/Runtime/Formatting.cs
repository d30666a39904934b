using System.Numerics;
using System.Text;
using RuleSandbox.Engine.Runtime.Objects;
using RuleSandbox.Engine.Runtime.Text;

namespace RuleSandbox.Engine.Runtime;

/// <summary>
/// The bridge from the object model to the text helpers of <c>Runtime/Text</c>: format specs
/// (<c>format()</c>, f-strings), <c>%</c>-formatting and <c>str.format</c>.
/// </summary>
internal static class Formatting
{
    private static int MaxDigits => Vm.Current?.Limits.MaxIntDigits ?? NumberFormatter.DefaultMaxStrDigits;

    /// <summary><c>format(x, spec)</c> for builtin types (their <c>__format__</c>).</summary>
    public static string FormatBuiltin(PyObject o, string spec)
    {
        if (spec.Length == 0 && o is not (PyFloat or PyComplex)) return Ops.Str(o);
        return TextBridge.Run(() => o switch
        {
            PyInt i => i.IsBig
                ? NumberFormatter.FormatInt(i.Big, FormatSpec.Parse(spec, o.Type.Name), o.Type.Name, MaxDigits)
                : NumberFormatter.FormatInt(i.Small, FormatSpec.Parse(spec, o.Type.Name), o.Type.Name, MaxDigits),
            PyFloat f => NumberFormatter.FormatFloat(f.Value, FormatSpec.Parse(spec, "float"), "float"),
            PyComplex c => NumberFormatter.FormatComplex(c.Real, c.Imag, FormatSpec.Parse(spec, "complex"), "complex"),
            PyStr s => NumberFormatter.FormatStr(s.Value, FormatSpec.Parse(spec, "str"), "str"),
            _ => throw Err.TypeError($"unsupported format string passed to {Ops.TypeName(o)}.__format__"),
        });
    }

    private sealed class PrintfHost : IPrintfHost<PyObject>
    {
        public static readonly PrintfHost Instance = new();

        public PyObject GetItem(PyObject mapping, string key) => Ops.GetItem(mapping, PyStr.From(key));

        public string ToText(PyObject value, char conversion) => conversion switch
        {
            'r' => Ops.Repr(value),
            'a' => Builtins.Ascii(Ops.Repr(value)),
            _ => Ops.Str(value),
        };

        public BigInteger? ToInteger(PyObject value, char conversion)
        {
            switch (value)
            {
                case PyInt i: return i.Big;
                case PyFloat f when conversion is 'd' or 'i' or 'u':
                    if (double.IsNaN(f.Value)) throw Err.ValueError("cannot convert float NaN to integer");
                    if (double.IsInfinity(f.Value)) throw Err.OverflowError("cannot convert float infinity to integer");
                    return new BigInteger(Math.Truncate(f.Value));
            }
            if (conversion is 'd' or 'i' or 'u' && Ops.UserDunder(value, "__int__") is not null) return ((PyInt)Builtins.ToInt(value, null)).Big;
            if (Ops.UserDunder(value, "__index__") is not null) return Ops.AsIndex(value).Big;
            return null;
        }

        public double? ToDouble(PyObject value)
        {
            switch (value)
            {
                case PyFloat f: return f.Value;
                case PyInt i: return IntOps.ToDouble(i);
            }
            if (Ops.UserDunder(value, "__float__") is not null || Ops.UserDunder(value, "__index__") is not null)
                return ((PyFloat)Builtins.ToFloat(value)).Value;
            return null;
        }

        public BigInteger? AsInt(PyObject value) => value is PyInt i ? i.Big : null;

        public string? AsStr(PyObject value) => value is PyStr s ? s.Value : null;

        public string TypeName(PyObject value) => Ops.TypeName(value);
    }

    /// <summary><c>str % args</c>.</summary>
    public static PyObject Percent(PyStr format, PyObject args)
    {
        var tuple = args as PyTuple;
        bool isMapping = tuple is null && args is not PyStr && (args is PyDict || (args.Type.IsHeapType && args.Type.Lookup("__getitem__") is not null));
        var s = TextBridge.Run(() => PrintfFormatter.Format<PyObject>(format.Value, args, tuple?.Items, isMapping, PrintfHost.Instance, MaxDigits));
        Vm.Current?.ChargeAllocation(s.Length * 2L);
        return PyStr.From(s);
    }

    /// <summary>
    /// The host for <c>bytes % args</c>: the format and every text piece travel as Latin-1 strings
    /// (one char per byte), numbers are converted as for str.
    /// </summary>
    private sealed class BytesPrintfHost : IPrintfHost<PyObject>
    {
        public static readonly BytesPrintfHost Instance = new();

        public bool IsBytes => true;

        public PyObject GetItem(PyObject mapping, string key) => Ops.GetItem(mapping, new PyBytes(Encoding.Latin1.GetBytes(key)));

        public string ToText(PyObject value, char conversion)
        {
            if (conversion is 'r' or 'a') return Builtins.Ascii(Ops.Repr(value));
            if (value is PyBytes or PyByteArray) return Encoding.Latin1.GetString(Ops.BytesOf(value));
            if (Ops.TryGetAttr(value, "__bytes__") is { } m && m is not PyNone && value is not PyStr)
                return Encoding.Latin1.GetString(Ops.BytesOf(Vm.Current!.Call(m)));
            throw Err.TypeError($"%b requires a bytes-like object, or an object that implements __bytes__, not '{Ops.TypeName(value)}'");
        }

        public BigInteger? ToInteger(PyObject value, char conversion) => PrintfHost.Instance.ToInteger(value, conversion);

        public double? ToDouble(PyObject value) => PrintfHost.Instance.ToDouble(value);

        public BigInteger? AsInt(PyObject value) => value is PyInt i ? i.Big : null;

        // %c takes an int in range(256) or a single byte; answering here keeps CPython's bytes messages.
        public string? AsStr(PyObject value)
        {
            if (value is PyBytes or PyByteArray && Ops.Len(value) == 1) return Encoding.Latin1.GetString(Ops.BytesOf(value));
            if (value is PyInt i)
            {
                if (i.IsBig || i.Small < 0 || i.Small > 255) throw Err.OverflowError("%c arg not in range(256)");
                return ((char)i.Small).ToString();
            }
            throw Err.TypeError("%c requires an integer in range(256) or a single byte");
        }

        public string TypeName(PyObject value) => Ops.TypeName(value);
    }

    /// <summary><c>bytes % args</c> and <c>bytearray % args</c>; the result has the format's type.</summary>
    public static PyObject BytesPercent(PyObject format, PyObject args)
    {
        var tuple = args as PyTuple;
        bool isMapping = tuple is null && args is not (PyStr or PyBytes or PyByteArray) && (args is PyDict || (args.Type.IsHeapType && args.Type.Lookup("__getitem__") is not null));
        var fmt = Encoding.Latin1.GetString(Ops.BytesOf(format));
        Vm.Current?.Charge(fmt.Length / 16 + 1);
        var s = TextBridge.Run(() => PrintfFormatter.Format<PyObject>(fmt, args, tuple?.Items, isMapping, BytesPrintfHost.Instance, MaxDigits));
        Vm.Current?.ChargeAllocation(s.Length);
        var r = Encoding.Latin1.GetBytes(s);
        return format is PyByteArray ? new PyByteArray(r) : new PyBytes(r);
    }

    private sealed class FieldEvaluator : IFormatFieldEvaluator<PyObject>
    {
        private readonly PyObject[] _args;
        private readonly Dictionary<string, PyObject>? _kwargs;
        private readonly PyObject? _mapping;

        public FieldEvaluator(PyObject[] args, Dictionary<string, PyObject>? kwargs, PyObject? mapping)
        {
            _args = args;
            _kwargs = kwargs;
            _mapping = mapping;
        }

        public PyObject GetPositional(int index)
        {
            if (_mapping is not null) throw TextBridge.ToPython(FormatString.PositionalInFormatMap());
            if (index >= _args.Length) throw TextBridge.ToPython(FormatString.IndexOutOfRange(index));
            return _args[index];
        }

        public PyObject GetKeyword(string key)
        {
            if (_mapping is not null) return Ops.GetItem(_mapping, PyStr.From(key));
            if (_kwargs is not null && _kwargs.TryGetValue(key, out var v)) return v;
            throw Err.KeyError(PyStr.From(key));
        }

        public PyObject GetAttribute(PyObject value, string name) => Ops.GetAttr(value, name);

        public PyObject GetIndex(PyObject value, int index) => Ops.GetItem(value, PyInt.From(index));

        public PyObject GetItem(PyObject value, string key) => Ops.GetItem(value, PyStr.From(key));

        public PyObject Convert(PyObject value, char conversion) => conversion switch
        {
            'r' => PyStr.From(Ops.Repr(value)),
            'a' => PyStr.From(Builtins.Ascii(Ops.Repr(value))),
            _ => Ops.StrObj(value),
        };

        public string Format(PyObject value, string spec) => Ops.Format(value, spec);
    }

    /// <summary><c>str.format(*args, **kwargs)</c>.</summary>
    public static string StrFormat(string format, ReadOnlySpan<PyObject> args, string[]? kwnames)
    {
        int nkw = kwnames?.Length ?? 0;
        var pos = args[..(args.Length - nkw)].ToArray();
        Dictionary<string, PyObject>? kw = null;
        if (nkw > 0)
        {
            kw = new Dictionary<string, PyObject>(StringComparer.Ordinal);
            for (int k = 0; k < nkw; k++) kw[kwnames![k]] = args[pos.Length + k];
        }
        var evaluator = new FieldEvaluator(pos, kw, null);
        return TextBridge.Run(() => FormatString.Render(FormatString.Parse(format), evaluator));
    }

    /// <summary><c>str.format_map(mapping)</c>.</summary>
    public static string StrFormatMap(string format, PyObject mapping)
    {
        var evaluator = new FieldEvaluator(Array.Empty<PyObject>(), null, mapping);
        return TextBridge.Run(() => FormatString.Render(FormatString.Parse(format), evaluator));
    }
}
