from fractions import Fraction as F

a, b = F(1, 3), F(-22, 7)
print(f"{a}", f"{b}", format(a, ''), str(F(4)), f"{F(4)!r}")
for spec in ['f', '.2f', '.0f', '#.0f', '10.4f', '<10.3f', '^12.2f', '=+10.2f', '+.3f', ' .3f', '010.3f', 'e', '.3e', 'E', '.2g', 'g', 'G', '.10g', '%', '.1%', ',.2f', '_.2f', 'z.2f', '*>12.5f']:
    print(spec, repr(format(a, spec)), repr(format(b, spec)))
print(format(F(1234567, 8), ',.3f'), format(F(10 ** 20, 3), '.3e'), format(F(1, 10 ** 8), 'g'), format(F(123456789), '.3g'))
print(format(F(-1, 10 ** 9), '.2f'), format(F(-1, 10 ** 9), 'z.2f'), format(F(0), 'e'), format(F(0), 'g'), format(F(5, 2), '.0f'), format(F(7, 2), '.0f'))
print('{:.2f} of {:.1%}'.format(F(7, 3), F(1, 8)))
for spec in ['d', 'x', '>10', '.2', '=010.2f', 'n', 's']:
    try:
        print(format(a, spec))
    except ValueError as e:
        print('ValueError', e)
