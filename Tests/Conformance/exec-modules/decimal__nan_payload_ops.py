from decimal import *
c = getcontext()
c.traps[InvalidOperation] = False
print(Decimal("NaN5") + 1, 1 + Decimal("-NaN7"), Decimal("sNaN3") * 2, Decimal("NaN1") + Decimal("sNaN2"))
print(Decimal("nan").sqrt(), Decimal("snan9").sqrt(), Decimal("NaN").quantize(Decimal(1)))
print(c.flags[InvalidOperation])
