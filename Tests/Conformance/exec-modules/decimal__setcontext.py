from decimal import *
old = getcontext()
new = Context(prec=5, rounding=ROUND_HALF_UP)
setcontext(new)
print(getcontext() is new, Decimal(2) / 3, Decimal("2.5").quantize(Decimal(1)))
setcontext(old)
print(Decimal(2) / 3)
try:
    setcontext(5)
except TypeError as e:
    print("TypeError", e)
c2 = getcontext().copy()
c2.prec = 3
print(getcontext().prec, c2.prec)
print(c2.create_decimal("3.14159"), c2.create_decimal(1234567), c2.create_decimal(0.1))
