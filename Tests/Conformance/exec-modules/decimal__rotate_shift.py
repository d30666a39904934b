from decimal import Decimal, Context, localcontext

ctx = Context(prec=9)
for n in [-9, -3, -1, 0, 1, 2, 8, 9]:
    print(n, ctx.rotate(Decimal("123456789"), n), ctx.shift(Decimal("123456789"), n))
print(ctx.rotate(Decimal("34"), 8), ctx.shift(Decimal("34"), 8), ctx.rotate(Decimal("-12.34"), 2))
print(ctx.rotate(Decimal("1234567890123"), 1), ctx.shift(Decimal("1234567890123"), -2))
print(ctx.rotate(Decimal("Infinity"), 3), ctx.shift(Decimal("-Infinity"), -3))
with localcontext(prec=4):
    print(Decimal(1234).rotate(1), Decimal(1234).shift(2), Decimal(5).rotate(-1))
quiet = Context(prec=5, traps=[])
print(quiet.rotate(Decimal(1), Decimal(6)), quiet.shift(Decimal(1), Decimal("1.0")), quiet.rotate(Decimal("NaN5"), 1))
print(sorted(k.__name__ for k, f in quiet.flags.items() if f))
try:
    Decimal(12).shift(50)
except Exception as e:
    print(type(e).__name__, e)
