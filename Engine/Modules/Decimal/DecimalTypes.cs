using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Decimal;

/// <summary>
/// The decimal module's classes and exception hierarchy, built once per process and shared
/// read-only by every execution (CPython's hierarchy: DivisionByZero is also a ZeroDivisionError,
/// Overflow is Inexact and Rounded, and so on).
/// </summary>
internal static class DecimalTypes
{
    public static readonly PyType Decimal = PyType.NewNative("decimal.Decimal", "decimal");
    public static readonly PyType Context = PyType.NewNative("decimal.Context", "decimal");
    public static readonly PyType SignalDict = PyType.NewNative("decimal.SignalDictMixin", "decimal");
    public static readonly PyType ContextManager = PyType.NewNative("decimal.ContextManager", "decimal");
    public static readonly PyType DecimalTuple = PyType.NewNative("DecimalTuple", "decimal");

    public static readonly PyType DecimalException = Exc("DecimalException", ExcTypes.ArithmeticError);
    public static readonly PyType Clamped = Exc("Clamped", DecimalException);
    public static readonly PyType InvalidOperation = Exc("InvalidOperation", DecimalException);
    public static readonly PyType ConversionSyntax = Exc("ConversionSyntax", InvalidOperation);
    public static readonly PyType DivisionByZero = Exc("DivisionByZero", DecimalException, ExcTypes.ZeroDivisionError);
    public static readonly PyType DivisionImpossible = Exc("DivisionImpossible", InvalidOperation);
    public static readonly PyType DivisionUndefined = Exc("DivisionUndefined", InvalidOperation, ExcTypes.ZeroDivisionError);
    public static readonly PyType Inexact = Exc("Inexact", DecimalException);
    public static readonly PyType InvalidContext = Exc("InvalidContext", InvalidOperation);
    public static readonly PyType Rounded = Exc("Rounded", DecimalException);
    public static readonly PyType Subnormal = Exc("Subnormal", DecimalException);
    public static readonly PyType Overflow = Exc("Overflow", Inexact, Rounded);
    public static readonly PyType Underflow = Exc("Underflow", Inexact, Rounded, Subnormal);
    public static readonly PyType FloatOperation = Exc("FloatOperation", DecimalException, ExcTypes.TypeError);

    /// <summary>The nine signals in CPython's order (the order of <c>flags</c> and <c>traps</c> dicts).</summary>
    public static readonly (PyType Type, DecimalCondition Bits, string Name)[] Signals =
    {
        (InvalidOperation, DecimalCondition.AnyInvalid, "InvalidOperation"),
        (FloatOperation, DecimalCondition.FloatOperation, "FloatOperation"),
        (DivisionByZero, DecimalCondition.DivisionByZero, "DivisionByZero"),
        (Overflow, DecimalCondition.Overflow, "Overflow"),
        (Underflow, DecimalCondition.Underflow, "Underflow"),
        (Subnormal, DecimalCondition.Subnormal, "Subnormal"),
        (Inexact, DecimalCondition.Inexact, "Inexact"),
        (Rounded, DecimalCondition.Rounded, "Rounded"),
        (Clamped, DecimalCondition.Clamped, "Clamped"),
    };

    /// <summary>Specific conditions named in a trapped exception's argument list, before the other signals.</summary>
    public static readonly (PyType Type, DecimalCondition Bit)[] Conditions =
    {
        (InvalidOperation, DecimalCondition.InvalidOperation),
        (ConversionSyntax, DecimalCondition.ConversionSyntax),
        (DivisionImpossible, DecimalCondition.DivisionImpossible),
        (DivisionUndefined, DecimalCondition.DivisionUndefined),
        (InvalidContext, DecimalCondition.InvalidContext),
    };

    public static readonly PyType[] ExceptionTypes =
    {
        DecimalException, Clamped, InvalidOperation, ConversionSyntax, DivisionByZero, DivisionImpossible, DivisionUndefined,
        Inexact, InvalidContext, Rounded, Subnormal, Overflow, Underflow, FloatOperation,
    };

    private static PyType Exc(string name, params PyType[] bases)
    {
        var t = PyType.NewHeap(name, bases, null);
        t.Module = "decimal";
        t.Members["__module__"] = PyStr.From("decimal");
        return t;
    }
}
