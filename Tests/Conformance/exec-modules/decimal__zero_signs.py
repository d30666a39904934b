from decimal import *
print(Decimal("-0") + Decimal("0"), Decimal("-0") - Decimal("0"), Decimal("0") - Decimal("0"), Decimal("-0") * 5, Decimal("-0") / 5)
print(Decimal("1.5") - Decimal("1.5"), Decimal("-1.5") + Decimal("1.5"))
with localcontext(rounding=ROUND_FLOOR):
    print(Decimal("1.5") - Decimal("1.5"), Decimal("-0") + Decimal("0"), -Decimal("0"))
print(Decimal("0.00") + Decimal("0.0"), Decimal("0E+5") + Decimal("0E+3"), Decimal("-0.0").quantize(Decimal("0.01")))
