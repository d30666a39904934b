import cmath

points = [0, 0.5, -0.5, 2, -2, 1j, -1j, 1 + 1j, -3 + 0.25j, 1e300, -1e300j, complex(0.5, -0.0), complex(-2, 0.0), 1e-200j]
for z in points:
    print(z, cmath.asinh(z), cmath.acosh(z), cmath.atanh(z))

for z in [0.3 + 0.2j, -0.7 + 0.1j]:
    print(cmath.isclose(cmath.sinh(cmath.asinh(z)), z), cmath.isclose(cmath.cosh(cmath.acosh(z)), z), cmath.isclose(cmath.tanh(cmath.atanh(z)), z))

# atanh is singular at +-1.
print(cmath.atanh(complex(1, 1e-200)), cmath.atanh(complex(-1, -1e-200)))
for z in [1, -1, 1.0 + 0j]:
    try:
        print(cmath.atanh(z))
    except ValueError as e:
        print(z, 'ValueError', e)
