from fractions import Fraction as F

a, b = F(7, 2), F(2, 3)
print(a // b, a % b, divmod(a, b), -a // b, -a % b, divmod(-a, b))
print(a // 1, a % 1, divmod(a, 2), 7 // F(2, 3), 7 % F(2, 3), divmod(7, F(2, 3)))
print(F(-7, 2) // F(-2, 3), F(-7, 2) % F(-2, 3), divmod(F(7, 2), F(-2, 3)))
print(a // 0.5, a % 0.75, divmod(a, 0.4), 2.5 // F(1, 3), 2.5 % F(1, 3), divmod(2.5, F(1, 3)))
print(type(a // b).__name__, type(a % b).__name__, type(a // 0.5).__name__)
# Splitting 10 3/4 hours into 1 1/4-hour slots: how many fit, and what is left over.
slots, rest = divmod(F('10.75'), F(5, 4))
print(slots, rest, slots * F(5, 4) + rest)
for bad in [(a, F(0)), (a, 0), (3, F(0))]:
    for op in [lambda x, y: x // y, lambda x, y: x % y]:
        try:
            print(op(*bad))
        except ZeroDivisionError as e:
            print('ZeroDivisionError', e)
try:
    divmod(a, 0.0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
