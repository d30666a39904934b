from decimal import Decimal
print(Decimal("9e999999") * 10)
