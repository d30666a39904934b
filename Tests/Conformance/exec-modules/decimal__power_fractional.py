from decimal import Decimal, Context, localcontext, getcontext

cases = [("2", "0.5"), ("4", "0.5"), ("10", "1.5"), ("1.21", "0.5"), ("8", "-0.25"), ("100", "2.5"),
         ("1.05", "0.0833333"), ("0.5", "1.5"), ("27", "0.3333333333"), ("1", "0.7"), ("16", "-0.5"), ("2", "10.5")]
for a, b in cases:
    ctx = getcontext()
    ctx.clear_flags()
    r = Decimal(a) ** Decimal(b)
    print(a, b, r, sorted(k.__name__ for k, f in ctx.flags.items() if f))

with localcontext(prec=12):
    print(Decimal(2) ** Decimal("0.5"), pow(Decimal("1.5"), Decimal("2.25")))
print(Decimal("-8") ** 3, Decimal("0") ** Decimal("0.5"), Decimal("Infinity") ** Decimal("0.5"))
print(Decimal(2) ** Decimal("Infinity"), Decimal("0.5") ** Decimal("Infinity"), Decimal(2) ** Decimal("-Infinity"))
quiet = Context(traps=[])
print(quiet.power(Decimal(-8), Decimal("0.5")), quiet.power(Decimal(0), Decimal(0)))
print(sorted(k.__name__ for k, f in quiet.flags.items() if f))
try:
    Decimal(-2) ** Decimal("0.5")
except Exception as e:
    print(type(e).__name__, e)
try:
    Decimal(2) ** 0.5
except TypeError as e:
    print(e)
tiny = Context(prec=6, Emin=-20, Emax=20, traps=[])
print(tiny.power(Decimal("0.01"), Decimal("10.5")), tiny.power(Decimal(10), Decimal("25.5")))
print(sorted(k.__name__ for k, f in tiny.flags.items() if f))
print(2 ** Decimal("0.5"), Decimal("2.0") ** 2, Decimal("1.0") ** 5)
