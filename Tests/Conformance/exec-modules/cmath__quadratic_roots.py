import cmath


def roots(a, b, c):
    d = cmath.sqrt(b * b - 4 * a * c)
    return (-b + d) / (2 * a), (-b - d) / (2 * a)


for coeffs in [(1, -3, 2), (1, 2, 5), (1, 0, 1), (2, 4, 2), (1, 0, -2), (3, 1, 7), (1, -2j, -1)]:
    r1, r2 = roots(*coeffs)
    a, b, c = coeffs
    ok = all(cmath.isclose(a * r * r + b * r + c, 0, abs_tol=1e-12) for r in (r1, r2))
    print(coeffs, r1, r2, ok)

# Cube roots of unity via exp and rect agree.
for k in range(3):
    u = cmath.exp(2j * cmath.pi * k / 3)
    v = cmath.rect(1, 2 * cmath.pi * k / 3)
    print(k, u, v, cmath.isclose(u, v), cmath.isclose(u ** 3, 1))
