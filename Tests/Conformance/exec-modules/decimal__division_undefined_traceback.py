from decimal import Decimal
print(Decimal(0) / Decimal(0))
