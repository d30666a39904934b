from decimal import *
c = getcontext()
c.traps[FloatOperation] = True
print(Decimal("0.5") == 0.5)
try:
    Decimal(0.5)
except FloatOperation as e:
    print("FloatOperation", e, isinstance(e, TypeError))
try:
    Decimal(1) < 0.5
except FloatOperation as e:
    print("FloatOperation", e)
print(Decimal("1.5"))
