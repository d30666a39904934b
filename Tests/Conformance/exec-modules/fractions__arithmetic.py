from fractions import Fraction as F

a, b = F(1, 3), F(1, 6)
print(a + b, a - b, a * b, a / b, b - a, b / a)
print(F(3, 4) + F(5, 6), F(3, 4) - F(5, 6), F(3, 4) * F(5, 6), F(3, 4) / F(5, 6))
print(F(1, 2) + F(1, 2), repr(F(1, 2) + F(1, 2)), F(2, 3) * F(3, 2), repr(F(2, 3) * F(3, 2)))
total = F(0)
for k in range(1, 11):
    total += F(1, k * (k + 1))
print(total)
h = sum(F(1, n) for n in range(1, 21))
print(h, float(h))
x = F(7, 5)
x *= 3
x -= F(1, 10)
x /= F(41, 2)
print(x)
print(F(10 ** 20, 3) * F(3, 10 ** 20), F(-5, 7) * 0, F(0) - F(2, 9))
try:
    F(1, 2) / F(0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    F(1, 2) / 0
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    5 / F(0, 3)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
