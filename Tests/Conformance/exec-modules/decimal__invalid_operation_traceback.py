from decimal import Decimal
x = Decimal("inf")
print(x - x)
