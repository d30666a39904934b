from fractions import Fraction as F
from decimal import Decimal

for f, other in [(F(1, 2), 0.5), (F(2), 2), (F(-3), -3), (F(5, 4), 1.25), (F(10 ** 20), 10 ** 20), (F(1, 2 ** 60), 2.0 ** -60), (F(-1), -1), (F(0), 0)]:
    print(f, hash(f) == hash(other), hash(f))
print(hash(F(1, 3)), hash(F(-1, 3)), hash(F(7, 10)), hash(F(10 ** 30 + 7, 3 ** 40)))
print(hash(F(1, 2)) == hash(Decimal('0.5')), hash(F(1, 3)) == hash(F(2, 6)))
print(hash(F(1, 2305843009213693951)), hash(F(-1, 2305843009213693951)))
# Equal values collapse in sets and dict keys, whatever the type.
print(len({F(1, 2), 0.5, F(2, 4)}), len({F(2), 2, 2.0, True + True}))
d = {F(1, 4): 'quarter'}
print(d[0.25], d.get(F(2, 8)), 0.25 in d)
