from decimal import Decimal, getcontext, InvalidOperation
c = getcontext()
c.traps[InvalidOperation] = False
d = Decimal("not a number")
print(repr(d), c.flags[InvalidOperation])
print(d + 1)
