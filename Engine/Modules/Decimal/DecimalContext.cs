namespace RuleSandbox.Engine.Modules.Decimal;

/// <summary>
/// The arithmetic context: precision, rounding, exponent limits, and the sticky flags and traps.
/// Mutable and owned by one execution (a rule's <c>getcontext()</c>), never shared.
/// </summary>
public sealed class DecimalContext
{
    /// <summary>The largest precision and exponent magnitude accepted (CPython's MAX_PREC is far larger;
    /// this bound keeps one operation's work proportional to what an execution may spend).</summary>
    public const long MaxPrec = 999_999_999;

    /// <summary>The largest Emax (and -Emin) accepted.</summary>
    public const long MaxEmax = 999_999_999;

    /// <summary>A context with CPython's defaults (prec 28, ROUND_HALF_EVEN, Emax 999999).</summary>
    public DecimalContext() { }

    /// <summary>Significant digits kept.</summary>
    public int Prec { get; set; } = 28;

    /// <summary>The rounding mode.</summary>
    public DecimalRounding Rounding { get; set; } = DecimalRounding.HalfEven;

    /// <summary>The smallest adjusted exponent of a normal number.</summary>
    public long Emin { get; set; } = -999999;

    /// <summary>The largest adjusted exponent.</summary>
    public long Emax { get; set; } = 999999;

    /// <summary>1 prints the exponent with 'E', 0 with 'e'.</summary>
    public int Capitals { get; set; } = 1;

    /// <summary>1 clamps exponents to Emax - prec + 1 (IEEE interchange formats).</summary>
    public int Clamp { get; set; }

    /// <summary>Sticky flags of the conditions raised so far.</summary>
    public DecimalCondition Flags { get; set; }

    /// <summary>Conditions that raise an exception.</summary>
    public DecimalCondition Traps { get; set; } = DecimalCondition.AnyInvalid | DecimalCondition.DivisionByZero | DecimalCondition.Overflow;

    /// <summary>Emin - prec + 1: the smallest exponent of a subnormal number.</summary>
    public long Etiny => Emin - Prec + 1;

    /// <summary>Emax - prec + 1: the largest exponent when clamping.</summary>
    public long Etop => Emax - Prec + 1;

    /// <summary>
    /// Called with the number of digits an operation is about to produce, before it allocates them,
    /// so the host can charge and refuse work (the binding charges the execution's fuel).
    /// </summary>
    public Action<long>? Meter { get; set; }

    /// <summary>
    /// Called with an estimate of the work units (about one interpreter instruction each) that a
    /// long computation (exp, ln, log10, real powers: cubic in the precision) is about to do, so
    /// the host can charge fuel and refuse it before it starts: no deadline is checked inside it.
    /// </summary>
    public Action<long>? Work { get; set; }

    /// <summary>A copy with the same settings, flags and traps.</summary>
    public DecimalContext Copy() => new()
    {
        Prec = Prec, Rounding = Rounding, Emin = Emin, Emax = Emax, Capitals = Capitals, Clamp = Clamp, Flags = Flags, Traps = Traps, Meter = Meter, Work = Work,
    };
}
