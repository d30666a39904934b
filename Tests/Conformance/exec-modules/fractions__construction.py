from fractions import Fraction
from decimal import Decimal

print(Fraction(), Fraction(7), Fraction(-7), Fraction(3, 4), Fraction(6, -8), Fraction(-6, -8), Fraction(0, 5))
print(repr(Fraction(10, -8)), repr(Fraction(0, -3)), repr(Fraction(12)))
print(Fraction(Fraction(1, 7), 5), Fraction(Fraction(1, 7), Fraction(2, 3)), Fraction(3, Fraction(1, 2)))
print(Fraction(True), Fraction(False, True), Fraction(2.25), Fraction(-0.1), Fraction(1.47), Fraction(1e-5))
print(Fraction(Decimal('1.47')), Fraction(Decimal('-0.125')), Fraction(Decimal('1E+3')), Fraction(3, None))
print(Fraction(numerator=5, denominator=15), Fraction(denominator=4))
big = Fraction(10 ** 30 + 1, 10 ** 20)
print(big, big.numerator, big.denominator)
f = Fraction(21, 14)
print(f.numerator, f.denominator, f.as_integer_ratio(), f.is_integer(), Fraction(8, 4).is_integer())
print(Fraction.from_float(0.1), Fraction.from_float(2), Fraction.from_float(-2.5))
print(Fraction.from_decimal(Decimal('3.14159')), Fraction.from_decimal(7))
print(Fraction(1, 3) is Fraction(1, 3), Fraction(f) == f, type(Fraction(3)).__name__)
g = Fraction(5, 3)
print(+g, -g, abs(-g), bool(g), bool(Fraction(0)))
