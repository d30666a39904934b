import cmath

points = [0, 1, -1, 1j, -1j, 0.5 + 0.5j, 2 - 1j, -3 + 0.25j, cmath.pi, cmath.pi / 2, 20j, -40 + 2j]
for z in points:
    print(z, cmath.sin(z), cmath.cos(z), cmath.tan(z))

# sin^2 + cos^2 = 1 holds for complex arguments too.
for z in [1 + 2j, -0.3 + 0.7j, 4 - 5j]:
    s, c = cmath.sin(z), cmath.cos(z)
    print(cmath.isclose(s * s + c * c, 1, abs_tol=1e-9))

# tan of a large imaginary part tends to +-1j instead of overflowing.
print(cmath.tan(complex(1, 400)), cmath.tan(complex(1, -400)))
# sin and cos of a large imaginary part overflow.
for f in (cmath.sin, cmath.cos):
    try:
        f(complex(1, 1000))
    except OverflowError as e:
        print(f.__name__, e)
print(cmath.sin(complex(0.0, -0.0)), cmath.cos(complex(-0.0, 0.0)))
