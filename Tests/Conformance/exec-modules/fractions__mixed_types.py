from fractions import Fraction as F
from decimal import Decimal

a = F(1, 3)
print(a + 1, 1 + a, a - 2, 2 - a, a * 3, 3 * a, a / 2, 2 / a, a + True)
print(a + 0.5, 0.5 + a, a * 1.5, 1.5 * a, a / 0.25, 0.25 / a, a - 1.0)
print(type(a + 1).__name__, type(a + 0.5).__name__, type(a + 1j).__name__)
print(a + 1j, 1j + a, a * (2 - 1j), (2 - 1j) / F(1, 2), F(1, 2) - 1j)
print(F(1, 2) + F(1, 2) * 2.0, sum([F(1, 2), 0.25, 1]), sum([F(1, 4)] * 4, F(0)))
ops = [lambda x, y: x + y, lambda x, y: x - y, lambda x, y: x * y, lambda x, y: x / y, lambda x, y: x // y, lambda x, y: x % y, lambda x, y: x < y]
for op in ops:
    for left, right in [(a, Decimal('1.5')), (Decimal('1.5'), a), (a, 'x'), (None, a)]:
        try:
            print(op(left, right))
        except TypeError as e:
            print('TypeError', e)
print(a == 1 / 3, a == F(1, 3), F(1, 2) == 0.5, F(1, 2) == 0.5 + 0j, F(1, 2) == 0.5 + 1j, F(2) == 2, 2 == F(2))
print(F(1, 2) == Decimal('0.5'), Decimal('0.5') == F(1, 2))
