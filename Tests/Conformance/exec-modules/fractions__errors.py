from fractions import Fraction as F

cases = [
    lambda: F(1, 0),
    lambda: F(-3, 0),
    lambda: F(F(1, 2), 0),
    lambda: F(1.5, 2),
    lambda: F(1, 2.0),
    lambda: F('1', 2),
    lambda: F([]),
    lambda: F(None),
    lambda: F(1j),
    lambda: F(float('nan')),
    lambda: F(float('inf')),
    lambda: F('3/4 apples'),
    lambda: F.from_float('1.5'),
    lambda: F.from_decimal(1.5),
    lambda: F(1, 3).limit_denominator(0),
    lambda: F(1, 2) + 'x',
    lambda: round(F(1, 3), 'x'),
    lambda: round(F(1, 3), 1.5),
    lambda: round(F(1234, 1), -2.0),
    lambda: F(1, 2)[0],
]
for case in cases:
    try:
        print(case())
    except (TypeError, ValueError, ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
