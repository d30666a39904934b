from decimal import *
c = getcontext()
print(c.flags[Inexact], c.flags[Rounded])
x = Decimal(1) / 3
print(c.flags[Inexact], c.flags[Rounded], c.flags[DivisionByZero])
print(c)
c.clear_flags()
print(c)
Decimal(4) / 2
print(c.flags[Inexact], c.flags[Rounded])
Decimal(0.5)
print(c.flags[FloatOperation])
Decimal("0.1") == 0.1
print(c)
