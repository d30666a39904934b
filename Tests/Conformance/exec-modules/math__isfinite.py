import math
for x in [0, 1.5, math.inf, -math.inf, math.nan, 10**300]:
    print(x, math.isfinite(x), math.isinf(x), math.isnan(x))
math.isnan(10**400)
