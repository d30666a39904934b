from decimal import Decimal, Context

for s in ["250", "0.00123", "1", "-7.5E+10", "Infinity", "-Infinity", "NaN"]:
    print("logb", s, Decimal(s).logb())
try:
    Decimal(0).logb()
except Exception as e:
    print(type(e).__name__, e)
for s, n in [("1.23", 2), ("1.23", -5), ("-7", 3), ("Infinity", 4), ("5E+5", 0)]:
    print("scaleb", s, n, Decimal(s).scaleb(n))
ctx = Context(prec=5, Emax=10, Emin=-10, traps=[])
print(ctx.scaleb(Decimal("9.9999"), Decimal(12)), ctx.scaleb(Decimal("1.2345"), Decimal(-13)))
print(sorted(k.__name__ for k, f in ctx.flags.items() if f))
ctx.clear_flags()
print(ctx.scaleb(Decimal(1), Decimal("1.5")), ctx.scaleb(Decimal(1), Decimal(100)), ctx.logb(Decimal(0)))
print(sorted(k.__name__ for k, f in ctx.flags.items() if f))
print(Context(prec=3).logb(Decimal("1E+12345")), Decimal("123456").logb(Context(prec=2)))
try:
    Decimal(1).scaleb(1.5)
except TypeError as e:
    print(e)
