from fractions import Fraction

shares = [Fraction(1, 3), Fraction(1, 3), Fraction(1, 3)]
amount = Fraction(order["total"]).limit_denominator(100)
parts = [amount * s for s in shares]
result = [float(p) for p in parts]
