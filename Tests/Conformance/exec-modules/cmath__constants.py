import cmath
import math

print(cmath.pi, cmath.e, cmath.tau)
print(cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(type(cmath.pi).__name__, type(cmath.infj).__name__, type(cmath.nanj).__name__)
print(cmath.pi == math.pi, cmath.e == math.e, cmath.tau == 2 * cmath.pi)
print(cmath.infj.real, cmath.infj.imag, cmath.nanj.real)
print(cmath.isinf(cmath.infj), cmath.isnan(cmath.nanj), cmath.isfinite(cmath.pi))
print(cmath.isinf(cmath.inf), cmath.isnan(cmath.nan), cmath.isfinite(cmath.nanj))
print(cmath.isfinite(1 + 2j), cmath.isinf(complex(1, float('-inf'))), cmath.isnan(complex(float('nan'), 0)))
print(cmath.isfinite(5), cmath.isinf(10 ** 300), cmath.isnan(0.0))
print(cmath.inf > 10 ** 300, -cmath.inf < 0, cmath.nan != cmath.nan)
print(sorted(n for n in dir(cmath) if not n.startswith('_')))
