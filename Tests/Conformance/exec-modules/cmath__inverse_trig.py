import cmath

points = [0, 0.5, -0.5, 2, -2, 2j, -0.5j, 1 + 1j, -3 + 0.25j, 1e300, 1e300j, complex(2, -0.0), complex(-2, 0.0)]
for z in points:
    print(z, cmath.asin(z), cmath.acos(z), cmath.atan(z))

# The inverse functions undo the forward ones on their principal branches.
for z in [0.3 + 0.2j, -0.7 + 0.1j]:
    print(cmath.isclose(cmath.sin(cmath.asin(z)), z), cmath.isclose(cmath.cos(cmath.acos(z)), z), cmath.isclose(cmath.tan(cmath.atan(z)), z))

# atan has singularities at +-1j.
for z in [1j, -1j]:
    try:
        print(cmath.atan(z))
    except ValueError as e:
        print(z, 'ValueError', e)
