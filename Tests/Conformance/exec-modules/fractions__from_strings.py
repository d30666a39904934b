from fractions import Fraction

for text in ['3/4', ' -1.5e3 ', '314', '-35/4', '3.1415', '-47e-2', '.5', '5.', '+7', '1_000', '1_000.000_5',
             ' 3 / 4 ', '\t-2/6\n', '1E3', '2.5e-3', '0/9', '00012/0004', '١٢/٣', '1e+2']:
    f = Fraction(text)
    print(repr(text), f, repr(f))

for bad in ['x', '1/', '/3', '1_', '_1', '1__0', '1.5/2', '', ' ', '1 .5', '1. 5', 'inf', 'nan', '3/-4', '3/+4', '1/2/3', '0x10', '1e', '1e+', '3/4.0', '--1']:
    try:
        print(Fraction(bad))
    except ValueError as e:
        print('ValueError', e)

try:
    Fraction('7/0')
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
