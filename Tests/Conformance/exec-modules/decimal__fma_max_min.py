from decimal import Decimal, Context, localcontext

print(Decimal(2).fma(3, 5), Decimal("0.1").fma(Decimal("0.1"), Decimal("-0.01")))
with localcontext(prec=5):
    print(Decimal("1.2345").fma(Decimal("1.2345"), Decimal("-1.524")), Decimal("1.2345") * Decimal("1.2345") - Decimal("1.524"))
ctx = Context(prec=6, traps=[])
print(ctx.fma(Decimal("Infinity"), 0, 1), ctx.fma(2, 3, Decimal("NaN")), ctx.fma(Decimal("sNaN"), 1, 1))
print(sorted(k.__name__ for k, f in ctx.flags.items() if f))
ctx.clear_flags()
pairs = [("1", "2"), ("-1", "-2"), ("1", "1.0"), ("-0", "0"), ("NaN", "5"), ("5", "NaN"), ("3", "-3"), ("1E+9", "123456789")]
for a, b in pairs:
    x, y = Decimal(a), Decimal(b)
    print(a, b, ctx.max(x, y), ctx.min(x, y), ctx.max_mag(x, y), ctx.min_mag(x, y))
print(Decimal(7).max(9), Decimal(7).min(Decimal("7.0")), Decimal(-7).max_mag(5), Decimal(-7).min_mag(5))
for a, b in [("10", "3"), ("10", "6"), ("-10", "6"), ("10.2", "1"), ("10", "0.3"), ("3.6", "1.2")]:
    print("rn", a, b, Decimal(a).remainder_near(Decimal(b)), ctx.remainder_near(Decimal(a), Decimal(b)))
print(ctx.remainder_near(Decimal(1), Decimal(0)), ctx.remainder_near(Decimal("1E+10"), Decimal("3")))
print(sorted(k.__name__ for k, f in ctx.flags.items() if f))
ctx.clear_flags()
print(ctx.compare_signal(Decimal(1), Decimal(2)), ctx.compare_signal(Decimal("NaN"), Decimal(1)), ctx.compare(Decimal("NaN"), 1))
print(sorted(k.__name__ for k, f in ctx.flags.items() if f))
try:
    Decimal(1).compare_signal(Decimal("NaN"))
except Exception as e:
    print(type(e).__name__, e)
try:
    Decimal(1).fma(2, 3.0)
except TypeError as e:
    print(e)
