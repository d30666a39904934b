from decimal import Decimal
for f in [0.1, 0.5, 2.0, -0.0, 1e20, 1.5e-7, 123.456, float("inf"), float("-inf"), 3.0e-320]:
    print(repr(Decimal(f)))
print(repr(Decimal.from_float(0.25)), repr(Decimal.from_float(7)))
print(Decimal(float("nan")))
