from fractions import Fraction as F
import math

pi = F('3.141592653589793')
for m in [1, 5, 7, 10, 100, 1000, 10 ** 6]:
    print(m, pi.limit_denominator(m))
print(F(4321, 8765).limit_denominator(10000), F(7, 2).limit_denominator(1), F(-7, 2).limit_denominator(1))
print(F(1.1).limit_denominator(), F(math.sqrt(2)).limit_denominator(100), F(0.333).limit_denominator(10))
print(F(3, 1).limit_denominator(2), F(-1, 3).limit_denominator(2), F(5, 2).limit_denominator(1))
print(F(1, 7).limit_denominator(max_denominator=6))
# A measured ratio turned into a nice gear ratio with at most 50 teeth.
print(F(2.718281828).limit_denominator(50))
for bad in [0, -5]:
    try:
        F(1, 3).limit_denominator(bad)
    except ValueError as e:
        print('ValueError', e)
