using System.Text;
using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;
using RuleSandbox.Engine.Runtime.Text;

namespace RuleSandbox.Engine.Modules.Strings;

/// <summary>
/// <c>string.Formatter</c> as CPython 3.12 writes it: <c>vformat</c> drives the template through
/// <c>self.parse</c>, <c>self.get_field</c> (→ <c>self.get_value</c>), <c>self.convert_field</c>,
/// <c>self.format_field</c> and <c>self.check_unused_args</c>, so a subclass can replace any step.
/// Parsing reuses the runtime's <c>str.format</c> parser.
/// </summary>
internal static class FormatterBinding
{
    /// <summary>A new Formatter class for one execution.</summary>
    public static PyType NewType() => StringModule.NewClass("Formatter", new (string, BuiltinFn)[]
    {
        ("format", Format),
        ("vformat", VFormat),
        ("parse", Parse),
        ("get_field", GetField),
        ("get_value", GetValue),
        ("check_unused_args", CheckUnusedArgs),
        ("format_field", FormatField),
        ("convert_field", ConvertField),
    });

    private static PyObject Call(PyObject self, string method, params PyObject[] args) => Vm.Current!.Call(Ops.GetAttr(self, method), args);

    // format(self, format_string, /, *args, **kwargs)
    private static PyObject Format(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        int nkw = kw?.Length ?? 0;
        int npos = a.Length - nkw;
        if (npos < 2) throw Err.TypeError("Formatter.format() missing 1 required positional argument: 'format_string'");
        var kwargs = new PyDict();
        for (int k = 0; k < nkw; k++) kwargs.Set(kw![k], a[npos + k]);
        var args = PyTuple.From(a[2..npos].ToArray());
        return Call(a[0], "vformat", a[1], args, kwargs);
    }

    private static PyObject?[] Args(string name, ReadOnlySpan<PyObject> a, string[]? kw, params string[] names)
        => PyArgs.Parse(name, a, kw, names, names.Length);

    private static PyObject VFormat(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        var p = Args("vformat", a, kw, "self", "format_string", "args", "kwargs");
        var self = p[0]!;
        var used = new PySet();
        var result = Render(self, p[1]!, p[2]!, p[3]!, used, 2, new AutoIndex());
        Call(self, "check_unused_args", used, p[2]!, p[3]!);
        return PyStr.From(result);
    }

    /// <summary>
    /// _vformat's auto_arg_index: a number, or "manual" (CPython's False). One object is shared by
    /// a field and its nested spec, as CPython threads the value through the recursive calls.
    /// </summary>
    private sealed class AutoIndex
    {
        public bool Manual;
        public long Next;
    }

    private static string Render(PyObject self, PyObject formatString, PyObject args, PyObject kwargs, PySet used, int depth, AutoIndex auto)
    {
        if (depth < 0) throw Err.ValueError("Max string recursion exceeded");
        var sb = new StringBuilder();
        var it = Ops.GetIter(Call(self, "parse", formatString));
        while (Ops.Next(it) is { } item)
        {
            var parts = Ops.ToArray(item);
            if (parts.Length != 4) throw Err.ValueError($"too many values to unpack (expected 4)");
            var (literal, fieldNameObj, specObj, conversion) = (parts[0], parts[1], parts[2], parts[3]);
            if (Ops.IsTrue(literal)) sb.Append(Ops.Str(literal));
            if (fieldNameObj is PyNone) continue;
            var fieldName = fieldNameObj;
            string fn = Ops.Str(fieldNameObj);
            if (fn.Length == 0)
            {
                if (auto.Manual) throw Err.ValueError("cannot switch from manual field specification to automatic field numbering");
                fieldName = PyStr.From(auto.Next.ToString(System.Globalization.CultureInfo.InvariantCulture));
                auto.Next++;
            }
            else if (StrMethods.IsDigit(fn))
            {
                if (!auto.Manual && auto.Next != 0) throw Err.ValueError("cannot switch from manual field specification to automatic field numbering");
                auto.Manual = true;
            }
            var got = Ops.ToArray(Call(self, "get_field", fieldName, args, kwargs));
            if (got.Length != 2) throw Err.ValueError("too many values to unpack (expected 2)");
            used.Add(got[1]);
            var obj = Call(self, "convert_field", got[0], conversion);
            string spec = Render(self, specObj, args, kwargs, used, depth - 1, auto);
            sb.Append(Ops.Str(Call(self, "format_field", obj, PyStr.From(spec))));
            Vm.Current?.Charge(1);
        }
        return sb.ToString();
    }

    private static PyObject Parse(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        var p = Args("parse", a, kw, "self", "format_string");
        if (p[1] is not PyStr s) throw Err.TypeError($"descriptor 'formatter_parser' for 'str' objects doesn't apply to a '{Ops.TypeName(p[1]!)}' object");
        Vm.Current?.Charge(1 + (s.Value.Length >> 4));
        var tokens = TextBridge.Run(() => FormatString.FormatterParse(s.Value));
        var list = new List<PyObject>(tokens.Count);
        foreach (var t in tokens)
        {
            list.Add(new PyTuple(new PyObject[]
            {
                PyStr.From(t.Literal),
                t.FieldName is null ? PyNone.Instance : PyStr.From(t.FieldName),
                t.Spec is null ? PyNone.Instance : PyStr.From(t.Spec),
                t.Conversion is null ? PyNone.Instance : PyStr.From(t.Conversion),
            }));
        }
        // CPython yields lazily; an iterator over the parsed items keeps next() and list() working.
        return Ops.GetIter(new PyList(list));
    }

    private static PyObject GetField(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        var p = Args("get_field", a, kw, "self", "field_name", "args", "kwargs");
        if (p[1] is not PyStr s) throw Err.TypeError($"descriptor 'formatter_field_name_split' for 'str' objects doesn't apply to a '{Ops.TypeName(p[1]!)}' object");
        var (first, firstIndex, steps) = FormatString.SplitFieldName(s.Value);
        PyObject key = firstIndex >= 0 ? PyInt.From(firstIndex) : PyStr.From(first);
        var obj = Call(p[0]!, "get_value", key, p[2]!, p[3]!);
        foreach (var step in steps)
        {
            if (step.Error is { } err) throw TextBridge.ToPython(err);
            obj = step.IsAttribute ? Ops.GetAttr(obj, step.Name)
                : Ops.GetItem(obj, step.Index >= 0 ? PyInt.From(step.Index) : PyStr.From(step.Name));
        }
        return new PyTuple(new[] { obj, key });
    }

    private static PyObject GetValue(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        var p = Args("get_value", a, kw, "self", "key", "args", "kwargs");
        return Ops.GetItem(p[1] is PyInt ? p[2]! : p[3]!, p[1]!);
    }

    private static PyObject CheckUnusedArgs(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        Args("check_unused_args", a, kw, "self", "used_args", "args", "kwargs");
        return PyNone.Instance;
    }

    private static PyObject FormatField(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        var p = Args("format_field", a, kw, "self", "value", "format_spec");
        if (p[2] is not PyStr spec) throw Err.TypeError($"format() argument 2 must be str, not {Ops.TypeName(p[2]!)}");
        return PyStr.From(Ops.Format(p[1]!, spec.Value));
    }

    private static PyObject ConvertField(ReadOnlySpan<PyObject> a, string[]? kw)
    {
        var p = Args("convert_field", a, kw, "self", "value", "conversion");
        var value = p[1]!;
        var conv = p[2]!;
        if (conv is PyNone) return value;
        if (conv is PyStr cs)
        {
            switch (cs.Value)
            {
                case "s": return Ops.StrObj(value);
                case "r": return PyStr.From(Ops.Repr(value));
                case "a": return PyStr.From(Builtins.Ascii(Ops.Repr(value)));
            }
        }
        throw Err.ValueError("Unknown conversion specifier " + Ops.Str(conv));
    }
}
