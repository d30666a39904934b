from decimal import Decimal
for v in [0, 1, -1, 10**30, -(2**70), True, False, 123456789]:
    print(repr(Decimal(v)))
print(Decimal(), repr(Decimal()))
print(Decimal(Decimal("1.50")))
