using System.Numerics;

namespace RuleSandbox.Engine.Runtime.Objects;

/// <summary>
/// Python <c>int</c>: a machine word while the value fits (the fast path every arithmetic opcode
/// tries first) and a <see cref="BigInteger"/> beyond. Values from -5 to 1024 are cached.
/// </summary>
public class PyInt : PyObject
{
    private const int CacheMin = -5;
    private const int CacheMax = 1024;
    private static readonly PyInt[] s_cache = BuildCache();

    /// <summary><c>int</c>.</summary>
    public static readonly PyType TypeObject = PyType.NewBuiltin("int", null);

    private readonly long _small;
    private readonly BigInteger _big;

    /// <summary>For <see cref="PyBool"/> and the cache.</summary>
    protected PyInt(long value) { _small = value; IsPlainSmall = true; }

    /// <summary>For <see cref="PyIntSub"/>: the value of <paramref name="value"/>, never on the fast paths.</summary>
    protected PyInt(PyInt value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _small = value._small;
        _big = value._big;
        IsBig = value.IsBig;
    }

    private PyInt(BigInteger value) { _big = value; IsBig = true; }

    private static PyInt[] BuildCache()
    {
        var c = new PyInt[CacheMax - CacheMin + 1];
        for (int i = 0; i < c.Length; i++) c[i] = new PyInt(i + CacheMin);
        return c;
    }

    /// <summary>The int for a machine word, shared for small values.</summary>
    public static PyInt From(long value)
        => value >= CacheMin && value <= CacheMax ? s_cache[value - CacheMin] : new PyInt(value);

    /// <summary>The plain int with the value of <paramref name="value"/> (itself unless it is a subclass instance or a bool).</summary>
    public static PyInt Exact(PyInt value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.GetType() == typeof(PyInt)) return value;
        return value.IsBig ? new PyInt(value.Big) : From(value.Small);
    }

    /// <summary>The int for any integer; normalised to the machine-word form when it fits.</summary>
    public static PyInt From(BigInteger value)
        => value >= long.MinValue && value <= long.MaxValue ? From((long)value) : new PyInt(value);

    /// <summary>True when the value does not fit a <see cref="long"/>.</summary>
    public bool IsBig { get; }

    /// <summary>
    /// True for a machine-word int or bool that is not an instance of a Python subclass of int:
    /// the arithmetic and comparison fast paths take only these, so a subclass's operators are
    /// never skipped.
    /// </summary>
    public bool IsPlainSmall { get; }

    /// <summary>The value when <see cref="IsBig"/> is false.</summary>
    public long Small => _small;

    /// <summary>The value as a big integer (always valid).</summary>
    public BigInteger Big => IsBig ? _big : _small;

    /// <inheritdoc />
    public override PyType Type => TypeObject;

    /// <summary>Approximate number of bits in the magnitude (for metering and preflight checks).</summary>
    public long BitLength => IsBig ? (long)_big.GetBitLength() : 64 - BitOperations.LeadingZeroCount((ulong)Math.Abs(Math.Max(_small, -long.MaxValue)));

    /// <inheritdoc />
    public override string ToString() => IsBig ? _big.ToString() : _small.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
