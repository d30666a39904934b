using System.Numerics;
using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Enums;

/// <summary>
/// <c>enum.verify(*checks)</c>: a class decorator that checks an enumeration for UNIQUE,
/// CONTINUOUS and NAMED_FLAGS (the members of <c>EnumCheck</c>), with CPython's messages.
/// </summary>
internal sealed class EnumVerify : PyObject
{
    /// <summary><c>enum.verify</c>.</summary>
    public static readonly PyType TypeObject = Build();

    private readonly PyObject[] _checks;

    private EnumVerify(PyObject[] checks) => _checks = checks;

    /// <inheritdoc />
    public override PyType Type => TypeObject;

    private static PyType Build()
    {
        var t = PyType.NewNative("verify", "enum");
        t.Constructor = (a, kw) =>
        {
            ArgParser.NoKw("verify", kw);
            return new EnumVerify(a.ToArray());
        };
        t.Members["__call__"] = new PyBuiltinFunction("__call__", (a, kw) =>
        {
            ArgParser.Count("verify", a[1..], kw, 1, 1);
            return ((EnumVerify)a[0]).Apply(a[1]);
        }, t);
        return t;
    }

    private static string CheckName(PyObject check) => check is PyStr s ? s.Value : "";

    private PyObject Apply(PyObject target)
    {
        if (target is not PyType cls || !EnumState.IsEnumClass(cls) || EnumState.FindBase(cls, EnumBaseKind.Enum) is null)
            throw Err.TypeError("the 'verify' decorator only works with Enum and Flag");
        bool isFlag = EnumState.IsFlag(cls);
        string enumType = isFlag ? "flag" : "enum";
        var vm = Vm.Current!;
        foreach (var check in _checks)
        {
            switch (CheckName(check))
            {
                case "one name per value":
                {
                    var dups = new List<string>();
                    foreach (var kv in EnumState.MemberMap(cls).Items())
                    {
                        vm.Charge(1);
                        var canonical = Ops.Str(EnumState.NameOf(kv.Value));
                        if (Ops.Str(kv.Key) != canonical) dups.Add($"{Ops.Str(kv.Key)} -> {canonical}");
                    }
                    if (dups.Count > 0) throw Err.ValueError($"aliases found in {Ops.Repr(cls)}: {string.Join(", ", dups)}");
                    break;
                }
                case "no skipped integer values":
                {
                    var values = new HashSet<BigInteger>();
                    foreach (var m in EnumState.Members(cls)) values.Add(EnumState.Big(EnumState.ValueOf(m)));
                    if (values.Count < 2) break;
                    BigInteger low = values.Min(), high = values.Max();
                    var missing = new List<BigInteger>();
                    int length = 0;
                    if (isFlag)
                    {
                        for (long i = (long)low.GetBitLength(); i < (long)high.GetBitLength() - 1; i++)
                        {
                            vm.Charge(1);
                            var p = BigInteger.One << (int)i;
                            if (!values.Contains(p)) { missing.Add(p); length += 10; }
                        }
                    }
                    else
                    {
                        for (var i = low + 1; i < high; i++)
                        {
                            vm.Charge(1);
                            // The message is cut at 256 characters; what lies beyond needs no list.
                            if (!values.Contains(i) && length < 300) { missing.Add(i); length += i.ToString().Length + 2; }
                        }
                    }
                    if (missing.Count > 0)
                    {
                        var text = $"invalid {enumType} {Ops.Repr(PyStr.From(cls.Name))}: missing values {string.Join(", ", missing)}";
                        throw Err.ValueError(text.Length > 256 ? text[..256] : text);
                    }
                    break;
                }
                case "multi-flag aliases may not contain unnamed flags":
                {
                    var names = new HashSet<string>(EnumState.MemberNames(cls).Items.Select(Ops.Str), StringComparer.Ordinal);
                    var memberValues = new HashSet<BigInteger>(EnumState.Members(cls).Select(m => EnumState.Big(EnumState.ValueOf(m))));
                    var missingNames = new List<string>();
                    BigInteger missingValue = 0;
                    foreach (var kv in EnumState.MemberMap(cls).Items())
                    {
                        vm.Charge(1);
                        var name = Ops.Str(kv.Key);
                        if (names.Contains(name)) continue;
                        var v = EnumState.Big(EnumState.ValueOf(kv.Value));
                        if (v < 0) continue;
                        BigInteger missed = 0;
                        for (var rest = v; !rest.IsZero; )
                        {
                            vm.Charge(1);
                            var bit = rest & -rest;
                            if (!memberValues.Contains(bit)) missed |= bit;
                            rest ^= bit;
                        }
                        if (!missed.IsZero) { missingNames.Add(name); missingValue |= missed; }
                    }
                    if (missingNames.Count > 0)
                    {
                        string alias = missingNames.Count == 1
                            ? $"alias {missingNames[0]} is missing"
                            : $"aliases {string.Join(", ", missingNames.Take(missingNames.Count - 1))} and {missingNames[^1]} are missing";
                        bool single = (missingValue & (missingValue - 1)).IsZero;
                        string value = (single ? "value 0x" : "combined values of 0x") + missingValue.ToString("x").TrimStart('0').PadLeft(1, '0');
                        throw Err.ValueError($"invalid Flag {Ops.Repr(PyStr.From(cls.Name))}: {alias} {value} [use enum.show_flag_values(value) for details]");
                    }
                    break;
                }
            }
        }
        return cls;
    }
}
