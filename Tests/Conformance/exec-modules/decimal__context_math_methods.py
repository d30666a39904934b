from decimal import Decimal, Context, ROUND_DOWN

ctx = Context(prec=10, rounding=ROUND_DOWN)
print(ctx.exp(1), ctx.ln(10), ctx.log10(2), ctx.logb(12345), ctx.sqrt(2))
print(ctx.power(3, Decimal("0.5")), ctx.power(Decimal("1.5"), 3), ctx.fma(2, 3, 4))
print(ctx.next_plus(1), ctx.next_minus(1), ctx.next_toward(1, 0), ctx.number_class(-0))
print(ctx.scaleb(5, 3), ctx.rotate(12, 1), ctx.shift(12, 1), ctx.logical_and(11, 10), ctx.logical_invert(1))
print(ctx.compare_total(1, 2), ctx.compare_total_mag(-3, 2), ctx.max(1, 2), ctx.min_mag(-1, 2))
print(ctx.copy_abs(Decimal(-3)), ctx.copy_negate(Decimal(3)), ctx.copy_decimal(7), ctx.divmod(17, 5))
print(ctx.to_sci_string(Decimal("1.5E+7")), ctx.to_eng_string(Decimal("1.5E+7")), ctx.to_integral(Decimal("2.9")))
print(ctx.is_finite(1), ctx.is_nan(Decimal("NaN")), ctx.is_zero(0), ctx.is_signed(-1), ctx.is_normal(Decimal("1E-999999")), ctx.is_subnormal(Decimal("1E-1000000")))
print(ctx.is_qnan(Decimal("NaN")), ctx.is_snan(Decimal("sNaN")), ctx.is_infinite(Decimal("Inf")), ctx.is_canonical(Decimal(2)))
print(ctx.compare(1, 2), ctx.compare_signal(2, 1), ctx.remainder_near(10, 6), ctx.same_quantum(1, 2))
for bad in [lambda: ctx.exp("1"), lambda: ctx.fma(1, 2), lambda: ctx.canonical(1), lambda: ctx.ln(1.0), lambda: ctx.power(2)]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
