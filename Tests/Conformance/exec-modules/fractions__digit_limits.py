from fractions import Fraction
# Like int(), Fraction refuses to convert more than 4300 digits to or from text.
for f in [lambda: int('1' * 5000), lambda: str(10 ** 5000)[:5], lambda: Fraction('1' * 5000), lambda: Fraction('0.' + '1' * 5000), lambda: str(Fraction(10 ** 5000, 3))[:5], lambda: repr(Fraction(1, 10 ** 5000))[:5], lambda: Fraction('1e5000').numerator.bit_length(), lambda: format(Fraction(10 ** 5000, 3), '.2e')]:
    try:
        print(f())
    except ValueError as e:
        print('ValueError', e)
for f in [lambda: Fraction(10 ** 5000, 0), lambda: Fraction('7' * 4300).numerator % 10, lambda: format(Fraction(10 ** 5000, 3), '.2f'), lambda: format(Fraction(1, 10 ** 4400), '.2f'), lambda: format(Fraction(10**4299, 7), '.1e'), lambda: Fraction('1/' + '3' * 4301)]:
    try:
        print(f())
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
