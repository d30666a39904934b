from decimal import *
print(getcontext().prec)
with localcontext() as ctx:
    ctx.prec = 6
    print(Decimal(1) / 7, getcontext().prec, ctx is getcontext())
    with localcontext(prec=3, rounding=ROUND_UP) as inner:
        print(Decimal(1) / 7, inner.rounding)
    print(Decimal(1) / 7)
print(Decimal(1) / 7, getcontext().prec)
with localcontext(Context(prec=4)):
    print(Decimal(2).sqrt())
def f():
    with localcontext() as c:
        c.prec = 2
        raise ValueError(str(Decimal(1) / 3))
try:
    f()
except ValueError as e:
    print("restored after error:", e, getcontext().prec)
