from decimal import Context, Decimal, ROUND_DOWN
c = Context(prec=4, rounding=ROUND_DOWN)
print(c.add(Decimal("1.2345"), Decimal("0")), c.subtract(10, Decimal("0.0001")), c.multiply(Decimal("3.333"), 3))
print(c.divide(1, 3), c.divide_int(10, 3), c.remainder(10, 3), c.power(2, 20), c.sqrt(2))
print(c.quantize(Decimal("1.23456"), Decimal("0.01")), c.plus(Decimal("1.23456")), c.minus(Decimal("1.23456")), c.abs(Decimal("-9.87654")))
print(c.normalize(Decimal("1.200")), c.to_integral_value(Decimal("2.7")), c.Etiny(), c.Etop())
print(c)
