from decimal import Decimal
print(Decimal("sNaN") + 1)
