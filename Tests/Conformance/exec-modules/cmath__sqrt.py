import cmath

for z in [-1, -4, 4, 2j, -2j, 3 + 4j, 3 - 4j, -3 + 4j, -3 - 4j, 0, 0.25, 1e-320, 1e308 + 1e308j]:
    print(z, cmath.sqrt(z))

# The branch cut runs along the negative real axis: the sign of a zero imaginary part decides
# which side of it the argument lies on.
print(cmath.sqrt(complex(-4.0, 0.0)), cmath.sqrt(complex(-4.0, -0.0)))
print(cmath.sqrt(complex(0.0, -0.0)), cmath.sqrt(complex(-0.0, 0.0)))

# sqrt(z) ** 2 gives z back up to rounding.
for z in [2 + 3j, -5 + 0.5j, 1e-3 - 7j]:
    r = cmath.sqrt(z)
    print(r, r * r, cmath.isclose(r * r, z))

# Large and tiny arguments are rescaled, so there is no spurious overflow or underflow.
print(cmath.sqrt(complex(1e308, -1e308)))
print(cmath.sqrt(complex(5e-324, 5e-324)))
print(cmath.sqrt(True), cmath.sqrt(10 ** 20))
