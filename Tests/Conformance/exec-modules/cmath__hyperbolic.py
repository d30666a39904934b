import cmath

points = [0, 1, -1, 1j, 0.5 + 0.5j, 2 - 1j, -3 + 0.25j, 20, -20 + 1j, 710 + 1j, -710 - 0.5j, 400 + 2j]
for z in points:
    print(z, cmath.sinh(z), cmath.cosh(z), cmath.tanh(z))

# cosh^2 - sinh^2 = 1
for z in [1 + 2j, -0.3 + 0.7j, 4 - 5j]:
    s, c = cmath.sinh(z), cmath.cosh(z)
    print(cmath.isclose(c * c - s * s, 1, abs_tol=1e-9))

for f in (cmath.sinh, cmath.cosh):
    try:
        f(complex(720, 1))
    except OverflowError as e:
        print(f.__name__, 'OverflowError', e)
print(cmath.tanh(complex(720, 1)), cmath.tanh(complex(-720, -1)))
