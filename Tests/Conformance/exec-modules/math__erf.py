import math
for x in [0, 0.1, 0.5, 1, 1.5, 2, 3, -1, 6, 30, -30]:
    print(x, math.erf(x), math.erfc(x))
print(math.erf(math.inf), math.erfc(-math.inf), math.erf(math.nan))
