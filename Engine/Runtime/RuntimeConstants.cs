using System.Numerics;
using RuleSandbox.Engine.Compiler;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Runtime;

/// <summary>A code object as a constant of its enclosing code (the operand of MAKE_FUNCTION).</summary>
internal sealed class PyCodeRef : PyObject
{
    public static readonly PyType TypeObject = PyType.NewBuiltin("code", null);

    public PyCodeRef(CodeObject code) => Code = code;

    public CodeObject Code { get; }

    public override PyType Type => TypeObject;
}

/// <summary>
/// Converts a code object's compile-time constants and names to Python objects once, and caches
/// them on the code object. The conversion is idempotent and the results immutable, so sharing a
/// compiled program between threads is safe even when two threads race to fill the cache.
/// </summary>
internal static class RuntimeConstants
{
    private sealed class Cache(PyObject[] consts, PyStr[] names)
    {
        public readonly PyObject[] Consts = consts;
        public readonly PyStr[] Names = names;
    }

    private static Cache Get(CodeObject code)
    {
        if (code.RuntimeCache is Cache c) return c;
        var consts = new PyObject[code.Constants.Length];
        for (int i = 0; i < consts.Length; i++) consts[i] = Convert(code.Constants[i]);
        var names = new PyStr[code.Names.Length];
        for (int i = 0; i < names.Length; i++) names[i] = new PyStr(string.Intern(code.Names[i]));
        c = new Cache(consts, names);
        Interlocked.CompareExchange(ref code.RuntimeCache, c, null);
        return (Cache)code.RuntimeCache!;
    }

    public static PyObject[] For(CodeObject code) => Get(code).Consts;

    public static PyStr[] NamesFor(CodeObject code) => Get(code).Names;

    public static PyObject Convert(object? value) => value switch
    {
        null => PyNone.Instance,
        bool b => PyBool.From(b),
        BigInteger bi => PyInt.From(bi),
        long l => PyInt.From(l),
        int i => PyInt.From(i),
        double d => PyFloat.From(d),
        string s => new PyStr(s),
        byte[] by => new PyBytes(by),
        ImaginaryConstant im => new PyComplex(0, im.Imag),
        EllipsisConstant => PyEllipsis.Instance,
        CodeObject co => new PyCodeRef(co),
        string[] names => new PyTuple(names.Select(n => (PyObject)PyStr.From(n)).ToArray()),
        object?[] tuple => PyTuple.From(tuple.Select(Convert).ToArray()),
        _ => throw new InvalidOperationException($"unexpected constant {value.GetType().Name}"),
    };
}
