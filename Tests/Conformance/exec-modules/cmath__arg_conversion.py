import cmath
from decimal import Decimal
from fractions import Fraction


class Impedance:
    def __init__(self, r, x):
        self.r, self.x = r, x

    def __complex__(self):
        return complex(self.r, self.x)


class Level:
    def __float__(self):
        return 2.25


class Slot:
    def __index__(self):
        return 9


print(cmath.sqrt(Impedance(3, 4)), cmath.phase(Impedance(0, 1)), cmath.polar(Impedance(-1, 0)))
print(cmath.sqrt(Level()), cmath.sqrt(Slot()), cmath.sqrt(True), cmath.sqrt(False))
print(cmath.sqrt(Fraction(9, 4)), cmath.sqrt(Decimal('6.25')), cmath.exp(Fraction(1, 2)))
print(cmath.rect(Fraction(1, 2), Slot()), cmath.rect(Decimal(2), 0), cmath.log(Fraction(1, 8), 2))


class Bad:
    def __complex__(self):
        return 5


try:
    cmath.sqrt(Bad())
except TypeError as e:
    print('TypeError', e)
try:
    cmath.sqrt('1+2j')
except TypeError as e:
    print('TypeError', e)
