from decimal import Decimal, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN
CENT = Decimal("0.01")
prices = ["19.995", "0.005", "0.015", "0.025", "2.675", "1.004999", "-3.335", "100", "99.9999"]
for p in prices:
    d = Decimal(p)
    print(p, d.quantize(CENT), d.quantize(CENT, rounding=ROUND_HALF_UP), d.quantize(CENT, ROUND_DOWN))
subtotal = sum(Decimal(p) for p in ["19.99", "5.01", "0.10"])
tax = (subtotal * Decimal("0.0825")).quantize(CENT, ROUND_HALF_UP)
print(subtotal, tax, subtotal + tax)
print(Decimal("1.2").quantize(Decimal("1.000")), Decimal("123").quantize(Decimal("1e1")), Decimal("-0.5").quantize(Decimal("1")))
