from fractions import Fraction as F

a = F(2, 3)
print(a ** 2, a ** 0, a ** -2, a ** 1, F(-2, 3) ** 3, F(-2, 3) ** -3, F(-2, 3) ** -2)
print(a ** F(2), a ** F(-1), F(4, 9) ** F(1, 2), F(4) ** 0.5, a ** 0.5, a ** (1 + 0j))
print(2 ** F(3), 2 ** F(-1), 4 ** F(1, 2), 2.0 ** F(2), (-8) ** F(1, 3), 2 ** F(1, 2))
print(F(1, 2) ** 100)
print(type(a ** 2).__name__, type(a ** F(1, 2)).__name__, type(2 ** F(3)).__name__, type(2 ** F(-2)).__name__)
print(pow(F(3, 5), 3), pow(F(3, 5), -1), F(0) ** 5, F(0) ** 0)
for base, exp in [(F(0), -1), (F(0), -3), (F(0, 4), F(-2))]:
    try:
        print(base ** exp)
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e)
try:
    print(0 ** F(-1, 2))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
# Compound growth: 5% a year for 10 years, exactly.
print(F(105, 100) ** 10, float(F(105, 100) ** 10))
