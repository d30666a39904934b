namespace RuleSandbox.Engine.Runtime.Text;

/// <summary>
/// The bound on results whose size a rule controls through a number rather than through input it
/// already holds: widths (<c>format(1, '999999999')</c>, <c>s.center(n)</c>, <c>'%*d'</c>), precisions
/// (<c>'%.999999999f'</c>), tab sizes and replacement counts. Checked before allocating.
/// </summary>
/// <remarks>
/// The limit lives on the executing thread, like the interpreter's other meters, so concurrent
/// executions with different budgets do not interfere. The interpreter sets it from the execution's
/// remaining memory budget; the default is large enough never to matter for trusted callers.
/// </remarks>
public static class TextLimits
{
    /// <summary>The default: about 256 M UTF-16 units (512 MB).</summary>
    public const long DefaultMaxResultLength = 1L << 28;

    [ThreadStatic]
    private static long t_max;

    /// <summary>Largest result length (UTF-16 units) a text operation may build on this thread.</summary>
    public static long MaxResultLength
    {
        get => t_max == 0 ? DefaultMaxResultLength : t_max;
        set => t_max = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value));
    }

    /// <summary>Throws <see cref="TextLimitException"/> when <paramref name="length"/> exceeds the limit.</summary>
    /// <exception cref="TextLimitException">The result would be too long.</exception>
    public static void Check(long length)
    {
        long max = MaxResultLength;
        if (length > max || length < 0) throw new TextLimitException(length < 0 ? long.MaxValue : length, max);
    }
}
