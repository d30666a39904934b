import cmath

print(cmath.isclose(1 + 1j, 1 + 1j), cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1 + 1j, 1 + 1.001j))
print(cmath.isclose(1 + 1j, 1 + 1.001j, rel_tol=0.01), cmath.isclose(0j, 1e-10j), cmath.isclose(0j, 1e-10j, abs_tol=1e-9))
inf = float('inf')
print(cmath.isclose(complex(inf, 0), complex(inf, 0)), cmath.isclose(complex(inf, 0), complex(-inf, 0)), cmath.isclose(complex(inf, 1), 1e308))
nan = float('nan')
print(cmath.isclose(complex(nan, 0), complex(nan, 0)), cmath.isclose(1, 1.0), cmath.isclose(1, 1j))
print(cmath.isclose(a=2j, b=2.0000000001j), cmath.isclose(3, 3 + 1e-12j, rel_tol=0))
for kw in [{'rel_tol': -1}, {'abs_tol': -0.5}]:
    try:
        cmath.isclose(1, 1, **kw)
    except ValueError as e:
        print('ValueError', e)
try:
    cmath.isclose(1, 2, 1e-3)
except TypeError as e:
    print('TypeError', e)
