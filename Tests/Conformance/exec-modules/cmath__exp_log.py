import cmath

for z in [0, 1, 1j, cmath.pi * 1j, -1 + 0.5j, 2 - 3j, 700]:
    print(z, cmath.exp(z))

for z in [1, -1, 1j, -1j, 10, 0.5 + 0.5j, 1e-300 + 1e-300j, 1e308 + 1e308j, 0.9 + 0.2j]:
    print(z, cmath.log(z), cmath.log10(z))

# log with a base: log(z) / log(base), computed as a complex quotient.
print(cmath.log(8, 2), cmath.log(100, 10), cmath.log(1j, 1j), cmath.log(-8, 2))
print(cmath.log(2 + 2j, 1 + 1j), cmath.log(1000, 10.0), cmath.log(0.5, 4))

# exp and log are inverse on the principal branch.
for z in [1 + 1j, -2 + 3j, 0.1 - 3j]:
    w = cmath.log(cmath.exp(z))
    print(w, cmath.isclose(w, z))

# Logarithm of zero and a base of one are domain errors; exp overflows with a range error.
for f, args in [(cmath.log, (0,)), (cmath.log10, (0j,)), (cmath.log, (5, 1)), (cmath.log, (1, 0)), (cmath.exp, (710,)), (cmath.exp, (complex(800, 1),))]:
    try:
        print(f(*args))
    except (ValueError, OverflowError) as e:
        print(f.__name__, args, type(e).__name__, e)
