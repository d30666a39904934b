from decimal import *
c = getcontext()
c.traps[Inexact] = True
print(Decimal(1) / 4)
try:
    Decimal(1) / 3
except Inexact as e:
    print(type(e).__name__, e.args, isinstance(e, DecimalException), isinstance(e, ArithmeticError))
c.traps[Inexact] = False
c.traps[DivisionByZero] = False
print(Decimal(1) / 0, Decimal(-1) / 0, c.flags[DivisionByZero])
c.traps[InvalidOperation] = False
print(Decimal(0) / 0, Decimal("inf") - Decimal("inf"), Decimal(-4).sqrt())
print(c.traps[InvalidOperation], c.traps[Overflow])
c.clear_traps()
print(c)
