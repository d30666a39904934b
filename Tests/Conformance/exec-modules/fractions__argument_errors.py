from fractions import Fraction

calls = [
    lambda: Fraction(1, 2, 3),
    lambda: Fraction(foo=1),
    lambda: Fraction(numerator=3, denominator=9),
    lambda: Fraction(1, numerator=2),
    lambda: Fraction(1).limit_denominator(1, 2),
    lambda: Fraction(7, 3).limit_denominator(max_denominator=2),
    lambda: Fraction.from_float(),
    lambda: Fraction.from_float(f=0.5),
    lambda: Fraction.from_decimal(),
    lambda: Fraction(1, 2).is_integer(1),
    lambda: Fraction(1, 2).as_integer_ratio(None),
    lambda: Fraction(5, 3).__round__(1, 2),
    lambda: Fraction(5, 3).__round__(ndigits=1),
    lambda: Fraction(5, 3).__format__(),
    lambda: Fraction(5, 3).__format__('.2f'),
]
for call in calls:
    try:
        print(call())
    except TypeError as e:
        print('TypeError', e)
