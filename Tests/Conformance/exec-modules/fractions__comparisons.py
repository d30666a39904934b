from fractions import Fraction as F

a = F(1, 3)
print(a < F(1, 2), a <= F(1, 3), a > 0, a >= 1, 1 < a, 0 <= a, a != F(2, 6), a == F(2, 6))
print(a < 0.34, a > 0.33, 0.5 > a, F(1, 2) <= 0.5, F(1, 2) >= 0.5, F(1, 10) == 0.1, F(1, 10) < 0.1)
inf, nan = float('inf'), float('nan')
print(a < inf, a > -inf, a < nan, a > nan, a == nan, a != nan, a == inf)
print(sorted([F(3, 4), 0.5, 1, F(2, 3), -1, 0.7]), max(F(1, 2), 0.4, F(3, 7)), min(2, F(7, 4), 1.8))
print(F(5, 4) in [1.25, 2], 1.25 in [F(5, 4)], F(2, 1) in {2: 'two'}, [F(1, 2), F(1, 4)].index(0.25))
for compare in [lambda x, y: x < y, lambda x, y: x <= y, lambda x, y: x > y, lambda x, y: x >= y]:
    try:
        print(compare(a, 1j))
    except TypeError as e:
        print('TypeError', e)
try:
    a < 'x'
except TypeError as e:
    print('TypeError', e)
print(a == 'x', a != None, a == 1j * 0 + F(1, 3))
