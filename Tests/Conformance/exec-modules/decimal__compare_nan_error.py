from decimal import Decimal
print(Decimal("nan") == 1)
print(Decimal("nan") < 1)
