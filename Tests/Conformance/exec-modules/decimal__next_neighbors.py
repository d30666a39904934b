from decimal import Decimal, Context, localcontext

ctx = Context(prec=5, Emax=9, Emin=-9)
for s in ["1", "-1", "0", "1.2345", "9.9999E+9", "-9.9999E+9", "1E-13", "Infinity", "-Infinity", "NaN", "123456789"]:
    d = Decimal(s)
    print(s, ctx.next_minus(d), ctx.next_plus(d))
print(sorted(k.__name__ for k, f in ctx.flags.items() if f))
for x, y in [("1", "2"), ("1", "0"), ("1", "1"), ("-0", "0"), ("0", "-1"), ("9.9999E+9", "Infinity"), ("1E-13", "0"), ("1E-9", "0")]:
    ctx.clear_flags()
    r = ctx.next_toward(Decimal(x), Decimal(y))
    print(x, y, r, sorted(k.__name__ for k, f in ctx.flags.items() if f))
with localcontext(prec=3):
    print(Decimal("1.00").next_plus(), Decimal(100).next_minus(), Decimal(5).next_toward(6))
try:
    Decimal("sNaN").next_plus()
except Exception as e:
    print(type(e).__name__, e)
