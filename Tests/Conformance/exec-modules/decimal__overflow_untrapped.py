from decimal import *
c = getcontext()
c.traps[Overflow] = False
print(Decimal("9e999999") * 10, Decimal("-9e999999") * 10)
print(c)
c.rounding = ROUND_DOWN
print(Decimal("9e999999") * 10)
c.prec = 3
print(Decimal("9e999999") * 10)
