import math
from fractions import Fraction as F

for f in [F(7, 2), F(5, 2), F(-7, 2), F(-5, 2), F(1, 3), F(-1, 3), F(2, 3), F(9), F(-9, 4)]:
    print(f, round(f), math.floor(f), math.ceil(f), math.trunc(f), int(f), float(f))
print(round(F(2, 3), 2), round(F(1, 8), 2), round(F(3, 8), 2), round(F(-1, 8), 2), round(F(5, 3), 0))
print(round(F(1234567, 10), -2), round(F(125), -1), round(F(135), -1), round(F(1, 3), 5))
print(repr(round(F(2, 3), 2)), repr(round(F(7, 2))), repr(round(F(1, 3), 0)), type(round(F(1, 3), None)).__name__)
print(math.floor(F(10 ** 25 + 1, 10)), math.ceil(F(-10 ** 25 - 1, 10)), int(F(-1, 10 ** 30)))
print(float(F(10 ** 400, 10 ** 399)), float(F(1, 3 ** 500)), float(F(2 ** 1023 * 3, 2)) if False else float(F(1, 7)))
try:
    float(F(10 ** 400))
except OverflowError as e:
    print('OverflowError', e)
# Rounding a price to cents with banker's rounding, exactly.
for price in ['2.675', '2.665', '0.125', '19.995']:
    p = F(price)
    print(price, round(p, 2), float(round(p, 2)), round(float(price), 2))
