from decimal import Decimal, ROUND_HALF_EVEN, localcontext
values = ["0.5", "1.5", "2.5", "-0.5", "-1.5", "-2.5", "1.05", "1.15", "1.25", "1.251", "-1.249", "0.04", "0.06", "5.5", "10.5", "1.001", "-1.999", "0.15", "0.25", "2.45"]
for v in values:
    d = Decimal(v)
    print(v, d.quantize(Decimal("1"), rounding=ROUND_HALF_EVEN), d.quantize(Decimal("0.1"), rounding=ROUND_HALF_EVEN), d.to_integral_value(rounding=ROUND_HALF_EVEN))
with localcontext() as c:
    c.rounding = ROUND_HALF_EVEN
    c.prec = 3
    print([str(Decimal(x) + 0) for x in ["1.2345", "-1.2345", "9.995", "-9.995", "1.005", "1.015", "12.55", "0.1235"]])
    print(Decimal(1) / 3, Decimal(2) / 3, Decimal(-2) / 3, Decimal(100) / 7)
