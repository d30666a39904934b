from decimal import Decimal
print("before")
Decimal("12,50")
