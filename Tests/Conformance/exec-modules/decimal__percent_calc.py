from decimal import Decimal, ROUND_HALF_UP
rates = [Decimal("0.075"), Decimal("0.0825"), Decimal("0.19"), Decimal("0.2")]
amounts = [Decimal("19.99"), Decimal("100"), Decimal("0.01"), Decimal("1234.56")]
for r in rates:
    row = [(a * r).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP) for a in amounts]
    print(f"{r:%}", row)
