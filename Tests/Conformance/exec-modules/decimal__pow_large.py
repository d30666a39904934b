from decimal import *
print(Decimal('1.0000001') ** 1000000000, Decimal(2) ** 10000000 if False else '', Decimal('0.5') ** 100000)
getcontext().traps[Overflow] = False
print(Decimal(2) ** 10000000, Decimal(2) ** (10**18), Decimal('0.1') ** (10**18), Decimal(10) ** -1000000000, Decimal('1.5') ** -3000000)
print(Decimal(3) ** 5000, Decimal('-2') ** 1001)
print(getcontext())
