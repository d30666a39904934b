from decimal import Decimal, Context, localcontext

ctx = Context(prec=9)
a, b = Decimal("1100"), Decimal("1010")
print(ctx.logical_and(a, b), ctx.logical_or(a, b), ctx.logical_xor(a, b))
print(ctx.logical_invert(Decimal(0)), ctx.logical_invert(Decimal("101010")))
print(a.logical_and(b), a.logical_or(11), Decimal(1).logical_xor(1))
with localcontext(prec=4):
    print(Decimal("111111").logical_and(Decimal("101")), Decimal("11").logical_invert(), Decimal("1").logical_or(Decimal("10000")))
quiet = Context(traps=[])
for x, y in [("2", "1"), ("-1", "1"), ("1.0", "1"), ("1E+1", "1"), ("NaN", "1")]:
    print(x, y, quiet.logical_and(Decimal(x), Decimal(y)))
print(sorted(k.__name__ for k, f in quiet.flags.items() if f))
try:
    Decimal(12).logical_or(1)
except Exception as e:
    print(type(e).__name__, e)
# Feature flags stored as a binary digit string
flags = Decimal("10110")
mask = Decimal("00100")
print(flags.logical_and(mask) != 0, flags.logical_xor(mask), flags.logical_or(Decimal("1")))
