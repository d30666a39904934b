import cmath
import math

for z in [1, -1, 1j, -1j, 3 + 4j, -3 - 4j, complex(-1, 0.0), complex(-1, -0.0), 0j, complex(-0.0, -0.0)]:
    print(z, cmath.phase(z), cmath.polar(z))

for r, phi in [(1, 0), (2, math.pi / 2), (2, math.pi), (1, -math.pi / 4), (5, 0.9272952180016122), (0, 1), (-2, 0.0), (3, -0.0)]:
    print(r, phi, cmath.rect(r, phi))

# polar and rect round-trip.
for z in [1 + 1j, -2.5 + 0.1j, 1e-5 - 3j]:
    r, phi = cmath.polar(z)
    back = cmath.rect(r, phi)
    print(round(r, 12), round(phi, 12), cmath.isclose(back, z))

# Very large parts: polar's modulus may overflow, phase never does.
print(cmath.polar(complex(1e308, 1e308)))
try:
    cmath.polar(complex(1.7e308, 1.7e308))
except OverflowError as e:
    print('OverflowError', e)
print(cmath.phase(complex(1.7e308, 1.7e308)))
print(cmath.polar(complex(float('inf'), float('nan'))), cmath.polar(complex(float('nan'), 1)))
print(cmath.rect(float('inf'), 1), cmath.rect(float('inf'), 0.0), cmath.rect(0.0, float('inf')))
try:
    cmath.rect(1, float('inf'))
except ValueError as e:
    print('ValueError', e)
# An angle that underflows to zero is a range error for phase() (C's atan2 sets ERANGE), not for polar().
try:
    print(cmath.phase(complex(1e300, -1e-300)))
except OverflowError as e:
    print('OverflowError', e)
print(cmath.polar(complex(1e300, -1e-300)), cmath.phase(complex(-1e300, 1e-300)))
